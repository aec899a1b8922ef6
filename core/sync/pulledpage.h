#pragma once

#include "sync/change.h"

#include <QByteArrayView>
#include <QList>
#include <memory>
#include <optional>
#include <vector>

namespace simdjson::dom {
class element;
}

namespace df {

// One pull answer (docs/PROTOCOL.md, GET /api/v1/sync/pull), parsed into flat column
// values: a first sync reads over a million rows, and building a JSON object per row
// cost more than writing it. Texts are views into the parser's buffers, valid as long as
// the page. rowState() gives a row in the form the merge takes, for the pages that need
// one.
class PulledPage
{
public:
    struct Value
    {
        enum Kind : quint8 { Absent, Null, Int, Real, Text };
        Kind kind = Absent;
        qint64 integer = 0;
        double real = 0;
        QByteArrayView text; // UTF-8
    };
    struct Row
    {
        Entity entity = Entity::Member;
        QByteArrayView id;
        qint64 newest = 0; // the newest field version's clock
        qint64 seq = 0;
        qsizetype firstValue = 0; // index of its first column's value
        qsizetype versionsAt = 0; // its encoded versions, in versionsText()
        qsizetype versionsLength = 0;
    };
    enum class Error { None, Page, Row };

    PulledPage();
    ~PulledPage();
    PulledPage(PulledPage &&) noexcept;
    PulledPage &operator=(PulledPage &&) noexcept;

    // Reads a pull answer. Values are checked and made canonical for their columns as
    // Schema::normalize does; unknown fields are left out. On an error the page is empty.
    Error parse(const QByteArray &body);

    qsizetype size() const { return m_rows.size(); }
    const Row &row(qsizetype i) const { return m_rows[i]; }
    // The values of a row, one per column of its entity, in column order.
    const Value *values(const Row &row) const { return m_values.data() + row.firstValue; }
    // The row's versions in the stored form (FieldVersions::encode).
    QByteArrayView versions(const Row &row) const;
    RowState rowState(qsizetype i) const;
    // One row on its own, in the form a pull page carries it ({entity, id, fields,
    // versions}; a rejected push's `current` with its entity and id added), read by the
    // same rules as a page's rows: nullopt when it breaks them.
    std::optional<RowState> readOne(const QByteArray &rowJson);

    QList<RowRef> evictions;
    qint64 cursor = 0;
    bool more = false;
    QString serverHlc;
    qint64 serverTime = 0;
    qint64 remaining = 0;

private:
    Error read(const QByteArray &body);
    bool readRow(simdjson::dom::element item);

    struct Parser; // simdjson's, kept out of this header
    std::unique_ptr<Parser> m_parser;
    std::vector<Row> m_rows;
    std::vector<Value> m_values;
    QByteArray m_versions;
};

} // namespace df
