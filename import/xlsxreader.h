#pragma once

#include "sheetfile.h"

#include <QByteArray>
#include <vector>

struct zip;

namespace df::io {

// The first worksheet of an .xlsx held in memory (at most kMaxFileBytes). The shared
// strings and the date styles are loaded once; the sheet's XML is inflated and parsed
// afresh in pieces on every read, so its rows are never all in memory.
class XlsxReader final : public SheetFile
{
public:
    ~XlsxReader() override;
    // Null with `why` set when the workbook cannot be read.
    static std::unique_ptr<XlsxReader> open(QByteArray bytes, QString *why);

    SheetInfo info() const override;
    bool read(const std::function<bool(const SheetRow &)> &row, QString *why) override;

    // "The file is damaged or is not an Excel workbook …"
    static QString damagedSentence();
    // Larger than this inflated, a part is refused (a zip bomb, or a sheet no import needs).
    static constexpr qint64 kMaxPartBytes = 400LL * 1024 * 1024;

private:
    XlsxReader() = default;
    bool load(QString *why);
    bool readSharedStrings(qint64 index, QString *why);
    bool readStyles(qint64 index, QString *why);

    QByteArray m_bytes;
    struct zip *m_zip = nullptr;
    QString m_sheetName;
    qint64 m_sheetIndex = -1;
    bool m_date1904 = false;
    QList<QString> m_strings;
    std::vector<bool> m_dateStyles; // by cell style index (the `s` of a cell)
};

} // namespace df::io
