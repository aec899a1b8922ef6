#pragma once

#include "domain/member.h"

#include <QList>
#include <QStringList>
#include <optional>
#include <string>
#include <vector>

namespace df {

class Database;

struct MemberFilter
{
    QString rootUnitId; // empty: every unit on the device
    QString text;       // as typed; folded here
    std::optional<MemberStatus> status = MemberStatus::Active;
    std::optional<UnionPosition> position;
    std::optional<bool> hardship;
    std::optional<bool> outstanding;
};

// What a member list shows for one row.
struct MemberRow
{
    QString id;
    QString fullName;
    QString unitId;
    QString unitName;
    QDate birthDate;
    UnionPosition position = UnionPosition::Member;
    MemberStatus status = MemberStatus::Active;
    bool hardship = false;
    bool outstanding = false;
    bool partyMember = false;
    QString cardNumber;
    bool operator==(const MemberRow &) const = default;
};

// Members matching a filter, in Vietnamese name order (given name first), a page at a
// time. Text search is as-you-type prefix matching on folded names and card numbers.
class MemberSearch
{
public:
    explicit MemberSearch(Database &db);

    // All: no text. Walk: the name-order index, `INDEXED BY members_sort` when searching
    // every unit. Fts: the FTS5 prefix doclists.
    enum class Plan { All, Fts, Walk };
    // What answered the last find(), for tests: the plan whose statement ran to the end,
    // that statement, and whether a walk ran out of its time budget first.
    struct LastRun
    {
        Plan plan = Plan::All;
        QByteArray sql;
        bool fellBack = false;
    };
    const LastRun &lastRun() const { return m_last; }
    // The walk's time budget in nanoseconds; 0 (the default): twice its estimated cost.
    void setWalkBudgetNs(qint64 ns) { m_walkBudgetNs = ns; }

    QList<MemberRow> find(const MemberFilter &filter, int limit, int offset = 0);
    // The folded search tokens of typed text, as df_prefix_match(search_key, ?) takes them.
    static QString foldedTokens(const QString &text);
    // The filter's status, position, hardship and outstanding conditions on members `m`
    // (" AND m.status = ?4" …, parameters 4 to 7), and their values bound.
    static QByteArray filterConditions(const MemberFilter &filter);
    template<typename Statement> static void bindConditions(Statement &st, const MemberFilter &f)
    {
        if (f.status)
            st.bind(4, int(*f.status));
        if (f.position)
            st.bind(5, int(*f.position));
        if (f.hardship)
            st.bind(6, *f.hardship);
        if (f.outstanding)
            st.bind(7, *f.outstanding);
    }

    // Call after bulk changes so the plan estimates are taken afresh.
    void invalidateStatistics() { m_sample.clear(); }

private:
    QList<MemberRow> run(const MemberFilter &filter, Plan plan, const QString &tokens,
                         const QString &fts, int limit, int offset);
    void loadSample();
    // Per sampled key, bit t set when folded token t prefix-matches one of its words.
    std::vector<quint32> sampleMatches(const QStringList &tokens) const;

    bool hasSortIndex();
    Database &m_db;
    // A random sample of folded search keys: per-token frequencies for choosing a plan.
    std::vector<std::string> m_sample;
    qint64 m_total = 0;
    qint64 m_walkBudgetNs = 0;
    LastRun m_last;
};

} // namespace df
