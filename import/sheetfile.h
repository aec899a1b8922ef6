#pragma once

#include <QList>
#include <QString>
#include <functional>
#include <memory>

namespace df::io {

// One cell as the file holds it. XLSX numbers keep their value; a number whose style is a
// date format is a Date (an Excel serial day number in `number`, 1900 date system). A
// formula cell with a cached value is that value; without one it is a Formula (`text` is
// the formula), which an import cannot use.
struct Cell
{
    enum Kind { Empty, Text, Number, Date, Bool, Formula, Error };
    Kind kind = Empty;
    QString text;      // Text: the string; Number/Date/Bool: as Excel shows it plainly
                       // (Number: "912345678", "1.5"; Date: "05/03/2001", with " 14:30"
                       // when it has a time of day; Bool: "TRUE"/"FALSE"; Error: "#N/A")
    double number = 0; // Number, Date, Bool (0/1)
};

// A row with at least one non-empty cell. `number` is the row's number in the file as a
// person sees it (1-based: Excel's row number, or the CSV line's record number counting
// the header). cells[i] is column i (A = 0); trailing empty cells may be missing.
struct SheetRow
{
    int number = 0;
    QList<Cell> cells;
};

// What a file is read as: the format, and for CSV the encoding found and the separator.
struct SheetInfo
{
    QString format;    // "xlsx" or "csv"
    QString encoding;  // CSV: "UTF-8", "UTF-8 BOM", "UTF-16LE", "UTF-16BE", "Windows-1258"
                       // or "TCVN3" (cells then hold the Windows-1252 reading of the bytes,
                       // for VnLegacy::fromTcvn3, exactly like an xlsx cell typed in TCVN3)
    QChar separator;   // CSV: ',', ';' or '\t'
    QString sheetName; // XLSX: the first worksheet's name
};

// A member list to import: the first worksheet of an .xlsx, or a .csv. Opened once, read
// as many times as needed (the import reads the first rows to find the header, then all
// rows for the dry run, then again to apply), so memory does not hold the whole table.
// Every failure is a sentence for the user (translated in context "Import"), never a raw
// library message.
class SheetFile
{
public:
    virtual ~SheetFile() = default;

    // Limits: files over kMaxFileBytes, and sheets with data past row kMaxRows, are refused.
    static constexpr qint64 kMaxFileBytes = 30 * 1024 * 1024;
    static constexpr int kMaxRows = 200000;

    // Opens `path` (by its content, not only its extension). Null with `why` set when the
    // file cannot be read: missing, too large, not a workbook or CSV, a malformed zip, a
    // password-protected or old .xls workbook, a workbook without a worksheet.
    static std::unique_ptr<SheetFile> open(const QString &path, QString *why);

    virtual SheetInfo info() const = 0;
    // Calls `row` for each non-empty row in order, from the first; `row` returns false to
    // stop early. Returns false with `why` set when the file turns out bad on the way
    // (malformed XML, a formula cell without a value, data past kMaxRows, a CSV row with
    // more or fewer fields than the header's, an unterminated quote): the caller then
    // uses nothing it was given.
    virtual bool read(const std::function<bool(const SheetRow &)> &row, QString *why) = 0;

protected:
    // The sentence for a non-empty row past kMaxRows, the same for both formats.
    static QString rowLimitSentence(int row);
};

// Text typed with the old TCVN3 (ABC, .VnTime) fonts: each byte of TCVN3 shows as the
// Latin-1/Windows-1252 character of the same code (Excel stores "NguyÔn V¨n An" for
// "Nguyễn Văn An").
namespace VnLegacy {
// True when `text` reads as TCVN3 rather than as Vietnamese in Unicode.
bool looksLikeTcvn3(const QString &text);
// The Unicode text (NFC) that TCVN3 `text` stands for; characters that are not TCVN3
// bytes are kept as they are.
QString fromTcvn3(const QString &text);
} // namespace VnLegacy

} // namespace df::io
