#include "xlsxreader.h"
#include "xmlscanner.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QHash>
#include <QUrl>
#include <QXmlStreamReader>
#include <charconv>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>
#include <zip.h>

namespace df::io {

namespace {

constexpr qint64 kChunk = 256 * 1024;
constexpr int kMaxColumns = 16384; // Excel's XFD

QString tooLargeSentence()
{
    return QCoreApplication::translate("Import",
                                       "The workbook is too large once unpacked (over %1 MB). "
                                       "Split the list into smaller files and import them one "
                                       "by one.")
        .arg(XlsxReader::kMaxPartBytes / (1024 * 1024));
}

// One part (file) of the workbook, inflated a piece at a time, refused past kMaxPartBytes.
class PartStream
{
public:
    PartStream(zip_t *zip, qint64 index)
        : m_zip(zip)
        , m_index(index)
    {}
    ~PartStream()
    {
        if (m_file)
            zip_fclose(m_file);
    }
    PartStream(const PartStream &) = delete;
    PartStream &operator=(const PartStream &) = delete;

    bool open(QString *why)
    {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(m_zip, zip_uint64_t(m_index), 0, &st) == 0 &&
            (st.valid & ZIP_STAT_SIZE) && st.size > zip_uint64_t(XlsxReader::kMaxPartBytes)) {
            *why = tooLargeSentence();
            return false;
        }
        m_file = zip_fopen_index(m_zip, zip_uint64_t(m_index), 0);
        if (!m_file) {
            *why = XlsxReader::damagedSentence();
            return false;
        }
        return true;
    }

    // The next piece into `chunk`, empty at the end; false when the part cannot be read.
    bool read(QByteArray *chunk)
    {
        chunk->resize(kChunk);
        const zip_int64_t n = zip_fread(m_file, chunk->data(), zip_uint64_t(kChunk));
        if (n < 0)
            return false;
        m_read += n;
        if (m_read > XlsxReader::kMaxPartBytes) {
            m_tooLarge = true;
            return false;
        }
        chunk->truncate(n);
        return true;
    }

    // Why the part could not be read, once reading or parsing it failed.
    QString failure() const
    {
        return m_tooLarge ? tooLargeSentence() : XlsxReader::damagedSentence();
    }

private:
    zip_t *m_zip;
    qint64 m_index;
    zip_file_t *m_file = nullptr;
    qint64 m_read = 0;
    bool m_tooLarge = false;
};

// A small part (relationships, workbook, styles) through QXmlStreamReader.
class Part : public PartStream
{
public:
    using PartStream::PartStream;

    // The next token, inflating more of the part whenever the reader runs out.
    QXmlStreamReader::TokenType next()
    {
        for (;;) {
            const auto token = xml.readNext();
            if (token != QXmlStreamReader::Invalid ||
                xml.error() != QXmlStreamReader::PrematureEndOfDocumentError || m_end)
                return token;
            if (!read(&m_chunk))
                return QXmlStreamReader::Invalid;
            m_end = m_chunk.isEmpty();
            xml.addData(m_chunk);
        }
    }

    QXmlStreamReader xml;

private:
    QByteArray m_chunk;
    bool m_end = false;
};

// The two large parts (the sheet and its shared strings) through XmlScanner.
class ScannedPart : public PartStream
{
public:
    using PartStream::PartStream;

    XmlScanner::Token next()
    {
        for (;;) {
            const auto token = xml.next();
            if (token != XmlScanner::NeedData)
                return token;
            if (!read(&m_chunk))
                return XmlScanner::Error;
            if (m_chunk.isEmpty())
                xml.endOfData();
            else
                xml.addData(m_chunk);
        }
    }

    XmlScanner xml;

private:
    QByteArray m_chunk;
};

struct Relationship
{
    QString id, type, target; // target resolved to a part name
};

bool locate(zip_t *zip, const QString &name, qint64 *index)
{
    const QByteArray utf8 = name.toUtf8();
    zip_int64_t i = zip_name_locate(zip, utf8.constData(), 0);
    if (i < 0)
        i = zip_name_locate(zip, utf8.constData(), ZIP_FL_NOCASE);
    *index = i;
    return i >= 0;
}

// A relationship's target, relative to the part that has it, as a part name.
QString resolve(const QString &source, QStringView target)
{
    const QString t = QUrl::fromPercentEncoding(target.toUtf8());
    if (t.startsWith(u'/'))
        return QDir::cleanPath(t.mid(1));
    return QDir::cleanPath(source.left(source.lastIndexOf(u'/') + 1) + t);
}

QString relationshipsOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return part.left(slash + 1) + QStringLiteral("_rels/") + part.mid(slash + 1) +
           QStringLiteral(".rels");
}

// The relationships of `source`; false (with `why`) when they are there but unreadable,
// true with none when the part has no relationships file.
bool readRelationships(zip_t *zip, const QString &source, QList<Relationship> *rels, QString *why)
{
    qint64 index;
    if (!locate(zip, relationshipsOf(source), &index))
        return true;
    Part part(zip, index);
    if (!part.open(why))
        return false;
    for (;;) {
        const auto token = part.next();
        if (token == QXmlStreamReader::EndDocument)
            return true;
        if (token == QXmlStreamReader::Invalid) {
            *why = part.failure();
            return false;
        }
        if (token == QXmlStreamReader::StartElement && part.xml.name() == u"Relationship") {
            const auto attrs = part.xml.attributes();
            if (attrs.value(QLatin1StringView("TargetMode")) == u"External")
                continue;
            rels->append({attrs.value(QLatin1StringView("Id")).toString(),
                          attrs.value(QLatin1StringView("Type")).toString(),
                          resolve(source, attrs.value(QLatin1StringView("Target")))});
        }
    }
}

const Relationship *findType(const QList<Relationship> &rels, QStringView typeEnd)
{
    for (const auto &r : rels)
        if (r.type.endsWith(typeEnd))
            return &r;
    return nullptr;
}

// Excel's built-in number formats that show a date or a time.
bool isBuiltinDate(int id)
{
    return (id >= 14 && id <= 22) || (id >= 45 && id <= 47);
}

// A custom number format shows a date or time when it has d, m, y or h outside quoted
// text, [brackets] (colours, locales, conditions), and escaped or fill characters.
bool isDateFormat(QStringView code)
{
    for (qsizetype i = 0; i < code.size(); ++i) {
        const char16_t c = code[i].unicode();
        if (c == u'"') {
            const qsizetype close = code.indexOf(u'"', i + 1);
            if (close < 0)
                return false;
            i = close;
        } else if (c == u'[') {
            const qsizetype close = code.indexOf(u']', i + 1);
            if (close < 0)
                return false;
            i = close;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u'd' || c == u'D' || c == u'm' || c == u'M' || c == u'y' || c == u'Y' ||
                   c == u'h' || c == u'H') {
            return true;
        }
    }
    return false;
}

// Undoes OOXML's escaping of characters XML cannot hold: "_x000D_" is a carriage return,
// "_x005F_" a literal underscore.
QString unescape(QString s)
{
    if (!s.contains(u"_x"))
        return s;
    const auto hex = [](char16_t c) {
        return (c >= u'0' && c <= u'9')   ? c - u'0'
               : (c >= u'a' && c <= u'f') ? c - u'a' + 10
               : (c >= u'A' && c <= u'F') ? c - u'A' + 10
                                          : -1;
    };
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size();) {
        if (s[i] == u'_' && i + 6 < s.size() && s[i + 1] == u'x' && s[i + 6] == u'_') {
            int v = 0;
            bool ok = true;
            for (int k = 2; k < 6 && ok; ++k) {
                const int h = hex(s[i + k].unicode());
                ok = h >= 0;
                v = v * 16 + h;
            }
            if (ok) {
                out.append(QChar(char16_t(v)));
                i += 7;
                continue;
            }
        }
        out.append(s[i++]);
    }
    return out;
}

// "AB12" → column 27 (0-based), row 12; row 0 when the reference has no row.
bool parseRef(QByteArrayView ref, int *col, int *row)
{
    qsizetype i = 0;
    int c = 0;
    for (; i < ref.size(); ++i) {
        const char ch = ref[i];
        if (ch >= 'A' && ch <= 'Z')
            c = c * 26 + (ch - 'A' + 1);
        else if (ch >= 'a' && ch <= 'z')
            c = c * 26 + (ch - 'a' + 1);
        else
            break;
        if (c > kMaxColumns)
            return false;
    }
    if (c == 0)
        return false;
    int r = 0;
    for (; i < ref.size(); ++i) {
        const char ch = ref[i];
        if (ch < '0' || ch > '9' || r > 10000000)
            return false;
        r = r * 10 + (ch - '0');
    }
    *col = c - 1;
    *row = r;
    return true;
}

QString columnName(int col)
{
    QString name;
    for (int c = col + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

bool parseUInt(QByteArrayView s, qint64 *out)
{
    if (s.isEmpty() || s.size() > 15)
        return false;
    qint64 v = 0;
    for (const char c : s) {
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *out = v;
    return true;
}

bool parseUInt(QStringView s, qint64 *out)
{
    return s.size() <= 15 && parseUInt(QByteArrayView(s.toLatin1()), out);
}

bool parseNumber(QByteArrayView s, double *out)
{
    qint64 v;
    if (parseUInt(s, &v)) {
        *out = double(v);
        return true;
    }
    const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), *out);
    return error == std::errc() && end == s.data() + s.size() && std::isfinite(*out);
}

// The plain text of a number: digits without an exponent for whole numbers (a phone
// number stored as a number is "912345678"), the shortest exact decimals otherwise.
QString numberText(double d)
{
    if (d == std::floor(d) && std::fabs(d) < 1e15)
        return QString::number(qint64(d));
    return QString::number(d, 'f', QLocale::FloatingPointShortest);
}

// dd/MM/yyyy[ HH:mm[:ss]] of an Excel serial (1900 system, with its 29/02/1900).
QString dateText(double serial)
{
    if (!(serial >= 1 && serial < 2958466)) // 01/01/1900 to 31/12/9999
        return numberText(serial);
    qint64 days = qint64(std::floor(serial));
    int seconds = int(std::lround((serial - double(days)) * 86400.0));
    if (seconds >= 86400) {
        ++days;
        seconds -= 86400;
    }
    int y = 1900, m = 2, d = 29;
    if (days != 60)
        (days < 60 ? QDate(1899, 12, 31) : QDate(1899, 12, 30)).addDays(days).getDate(&y, &m, &d);
    char16_t buf[24];
    int n = 0;
    const auto two = [&](int v) {
        buf[n++] = char16_t(u'0' + v / 10);
        buf[n++] = char16_t(u'0' + v % 10);
    };
    two(d);
    buf[n++] = u'/';
    two(m);
    buf[n++] = u'/';
    two(y / 100);
    two(y % 100);
    if (seconds > 0) {
        buf[n++] = u' ';
        two(seconds / 3600);
        buf[n++] = u':';
        two(seconds / 60 % 60);
        if (seconds % 60) {
            buf[n++] = u':';
            two(seconds % 60);
        }
    }
    return QString(reinterpret_cast<const QChar *>(buf), n);
}

// An ISO 8601 value (a cell of type "d") as an Excel serial.
bool isoSerial(const QString &iso, double *serial)
{
    QDateTime dt = QDateTime::fromString(iso, Qt::ISODate);
    if (!dt.isValid()) {
        const QDate date = QDate::fromString(iso, Qt::ISODate);
        if (!date.isValid())
            return false;
        dt = QDateTime(date, QTime(0, 0));
    }
    const qint64 days = QDate(1899, 12, 30).daysTo(dt.date());
    *serial = double(days < 61 ? days - 1 : days) + dt.time().msecsSinceStartOfDay() / 86400000.0;
    return true;
}

} // namespace

QString XlsxReader::damagedSentence()
{
    return QCoreApplication::translate(
        "Import", "The file is damaged or is not an Excel workbook. Open it in Excel, save it "
                  "again as .xlsx, and import it again.");
}

XlsxReader::~XlsxReader()
{
    if (m_zip)
        zip_discard(m_zip);
}

std::unique_ptr<XlsxReader> XlsxReader::open(QByteArray bytes, QString *why)
{
    std::unique_ptr<XlsxReader> reader(new XlsxReader);
    reader->m_bytes = std::move(bytes);
    QString failure;
    if (!reader->load(&failure)) {
        if (why)
            *why = failure;
        return nullptr;
    }
    return reader;
}

bool XlsxReader::load(QString *why)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source =
        zip_source_buffer_create(m_bytes.constData(), zip_uint64_t(m_bytes.size()), 0, &error);
    if (source)
        m_zip = zip_open_from_source(source, ZIP_RDONLY, &error);
    zip_error_fini(&error);
    if (!m_zip) {
        if (source)
            zip_source_free(source);
        *why = damagedSentence();
        return false;
    }

    // The package's relationships name the workbook part; xl/workbook.xml when they don't.
    QList<Relationship> rels;
    if (!readRelationships(m_zip, QString(), &rels, why))
        return false;
    const Relationship *office = findType(rels, u"/officeDocument");
    const QString workbook = office ? office->target : QStringLiteral("xl/workbook.xml");
    qint64 index;
    if (!locate(m_zip, workbook, &index)) {
        *why = damagedSentence();
        return false;
    }

    // The sheets in their order, and whether the workbook counts days from 1904.
    QList<std::pair<QString, QString>> sheets; // name, relationship id
    {
        Part part(m_zip, index);
        if (!part.open(why))
            return false;
        for (bool done = false; !done;) {
            switch (part.next()) {
            case QXmlStreamReader::Invalid:
                *why = part.failure();
                return false;
            case QXmlStreamReader::EndDocument:
                done = true;
                break;
            case QXmlStreamReader::EndElement:
                done = part.xml.name() == u"sheets"; // nothing after the sheets is needed
                break;
            case QXmlStreamReader::StartElement: {
                const auto name = part.xml.name();
                if (name == u"workbookPr") {
                    const auto v = part.xml.attributes().value(QLatin1StringView("date1904"));
                    m_date1904 = v == u"1" || v == u"true";
                } else if (name == u"sheet") {
                    const auto attrs = part.xml.attributes();
                    QString id;
                    for (const auto &a : attrs)
                        if (a.name() == u"id" && !a.namespaceUri().isEmpty())
                            id = a.value().toString();
                    sheets.append({attrs.value(QLatin1StringView("name")).toString(), id});
                }
                break;
            }
            default:
                break;
            }
        }
    }

    QList<Relationship> bookRels;
    if (!readRelationships(m_zip, workbook, &bookRels, why))
        return false;
    for (const auto &[name, id] : std::as_const(sheets)) {
        for (const auto &r : std::as_const(bookRels)) {
            if (r.id == id && r.type.endsWith(u"/worksheet")) {
                if (!locate(m_zip, r.target, &m_sheetIndex)) {
                    *why = damagedSentence();
                    return false;
                }
                m_sheetName = name;
                break;
            }
        }
        if (m_sheetIndex >= 0)
            break;
    }
    if (m_sheetIndex < 0) {
        *why = sheets.isEmpty() && bookRels.isEmpty()
                   ? damagedSentence()
                   : QCoreApplication::translate(
                         "Import", "The workbook has no worksheet to import (its sheets are "
                                   "charts, for example). Put the member list on the first "
                                   "sheet, save, and import again.");
        return false;
    }

    const auto partOf = [&](QStringView type, const QString &usual, qint64 *at) {
        const Relationship *r = findType(bookRels, type);
        return locate(m_zip, r ? r->target : usual, at);
    };
    if (partOf(u"/sharedStrings", QStringLiteral("xl/sharedStrings.xml"), &index) &&
        !readSharedStrings(index, why))
        return false;
    if (partOf(u"/styles", QStringLiteral("xl/styles.xml"), &index) && !readStyles(index, why))
        return false;
    return true;
}

bool XlsxReader::readSharedStrings(qint64 index, QString *why)
{
    ScannedPart part(m_zip, index);
    if (!part.open(why))
        return false;
    XmlScanner &xml = part.xml;
    QByteArray text;
    bool inText = false;
    int phonetic = 0; // <rPh> runs are reading aids, not the cell's text
    for (;;) {
        switch (part.next()) {
        case XmlScanner::Error:
        case XmlScanner::NeedData:
            *why = part.failure();
            return false;
        case XmlScanner::EndDocument:
            return true;
        case XmlScanner::StartElement: {
            const auto name = xml.name();
            if (name == "si") {
                text.resize(0);
            } else if (name == "t") {
                inText = phonetic == 0;
            } else if (name == "rPh") {
                ++phonetic;
            } else if (name == "sst") {
                // Reserve by the count the file claims, but no more than its size allows.
                qint64 count = 0;
                zip_stat_t st;
                zip_stat_init(&st);
                if (parseUInt(xml.attribute("uniqueCount"), &count) &&
                    zip_stat_index(m_zip, zip_uint64_t(index), 0, &st) == 0)
                    m_strings.reserve(qsizetype(qMin<qint64>(count, qint64(st.size / 16))));
            }
            break;
        }
        case XmlScanner::Text:
            if (inText && !xml.appendText(&text)) {
                *why = damagedSentence();
                return false;
            }
            break;
        case XmlScanner::EndElement: {
            const auto name = xml.name();
            if (name == "t")
                inText = false;
            else if (name == "rPh")
                --phonetic;
            else if (name == "si")
                m_strings.append(unescape(QString::fromUtf8(text)));
            break;
        }
        }
    }
}

bool XlsxReader::readStyles(qint64 index, QString *why)
{
    Part part(m_zip, index);
    if (!part.open(why))
        return false;
    QXmlStreamReader &xml = part.xml;
    QHash<int, bool> custom; // numFmtId → shows a date
    QList<int> formats;      // cellXfs: style index → numFmtId
    bool inNumFmts = false, inCellXfs = false;
    for (bool done = false; !done;) {
        switch (part.next()) {
        case QXmlStreamReader::Invalid:
            *why = part.failure();
            return false;
        case QXmlStreamReader::EndDocument:
            done = true;
            break;
        case QXmlStreamReader::StartElement: {
            const auto name = xml.name();
            if (name == u"numFmts") {
                inNumFmts = true;
            } else if (name == u"cellXfs") {
                inCellXfs = true;
            } else if (inNumFmts && name == u"numFmt") {
                const auto attrs = xml.attributes();
                qint64 id;
                if (parseUInt(attrs.value(QLatin1StringView("numFmtId")), &id))
                    custom.insert(int(id),
                                  isDateFormat(attrs.value(QLatin1StringView("formatCode"))));
            } else if (inCellXfs && name == u"xf") {
                qint64 id = 0;
                parseUInt(xml.attributes().value(QLatin1StringView("numFmtId")), &id);
                formats.append(int(id));
            }
            break;
        }
        case QXmlStreamReader::EndElement: {
            const auto name = xml.name();
            if (name == u"numFmts")
                inNumFmts = false;
            else if (name == u"cellXfs")
                done = true;
            break;
        }
        default:
            break;
        }
    }
    m_dateStyles.assign(size_t(formats.size()), false);
    for (qsizetype i = 0; i < formats.size(); ++i) {
        const int id = formats[i];
        const auto it = custom.constFind(id);
        m_dateStyles[size_t(i)] = it != custom.cend() ? *it : isBuiltinDate(id);
    }
    return true;
}

SheetInfo XlsxReader::info() const
{
    SheetInfo info;
    info.format = QStringLiteral("xlsx");
    info.sheetName = m_sheetName;
    return info;
}

bool XlsxReader::read(const std::function<bool(const SheetRow &)> &row, QString *why)
{
    QString failure;
    const auto fail = [&](const QString &sentence) {
        if (why)
            *why = sentence;
        return false;
    };
    ScannedPart part(m_zip, m_sheetIndex);
    if (!part.open(&failure))
        return fail(failure);
    XmlScanner &xml = part.xml;

    enum Type { Number, Shared, Inline, String, Bool, Error, IsoDate };
    SheetRow out;
    out.cells.reserve(64);
    QByteArray value; // the cell's <v>, or its inline string, as UTF-8
    value.reserve(256);
    bool inSheetData = false, inValue = false, inInline = false, inText = false;
    bool hasValue = false, hasFormula = false, rowUsed = false;
    int phonetic = 0, rowNumber = 0, col = -1, nextCol = 0, style = 0;
    Type type = Number;

    // Ends the cell: false (with `failure`) when it cannot be used.
    const auto endCell = [&]() -> bool {
        nextCol = col + 1;
        if (hasFormula && (!hasValue || (value.isEmpty() && type != String))) {
            failure =
                QCoreApplication::translate(
                    "Import",
                    "Cell %1 holds a formula whose result is not saved in the file. In Excel, "
                    "select the cells, Copy, then Paste Special → Values (or open the file in "
                    "Excel and save it), then import again.")
                    .arg(columnName(col) + QString::number(rowNumber));
            return false;
        }
        if (value.isEmpty())
            return true;
        if (col >= out.cells.size())
            out.cells.resize(col + 1);
        Cell &cell = out.cells[col];
        switch (type) {
        case Shared: {
            qint64 i;
            if (!parseUInt(value, &i) || i >= m_strings.size()) {
                failure = damagedSentence();
                return false;
            }
            cell.text = m_strings.at(i);
            cell.kind = Cell::Text;
            break;
        }
        case Inline:
        case String:
            cell.text = unescape(QString::fromUtf8(value));
            cell.kind = Cell::Text;
            break;
        case Bool:
            cell.kind = Cell::Bool;
            cell.number = value == "1" || value == "true" ? 1 : 0;
            cell.text = cell.number ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            break;
        case Error:
            cell.kind = Cell::Error;
            cell.text = QString::fromUtf8(value);
            break;
        case IsoDate:
            if (!isoSerial(QString::fromLatin1(value), &cell.number)) {
                failure = damagedSentence();
                return false;
            }
            cell.kind = Cell::Date;
            cell.text = dateText(cell.number);
            break;
        case Number:
            if (!parseNumber(value, &cell.number)) {
                failure = damagedSentence();
                return false;
            }
            if (size_t(style) < m_dateStyles.size() && m_dateStyles[size_t(style)]) {
                cell.kind = Cell::Date;
                if (m_date1904)
                    cell.number += 1462;
                cell.text = dateText(cell.number);
            } else {
                cell.kind = Cell::Number;
                cell.text = numberText(cell.number);
            }
            break;
        }
        rowUsed = true;
        return true;
    };

    for (;;) {
        switch (part.next()) {
        case XmlScanner::Error:
        case XmlScanner::NeedData:
            return fail(part.failure());
        case XmlScanner::EndDocument:
            return true;
        case XmlScanner::StartElement: {
            const auto name = xml.name();
            if (!inSheetData) {
                inSheetData = name == "sheetData";
            } else if (name == "c") {
                const auto ref = xml.attribute("r");
                int refRow = 0;
                if (ref.isEmpty())
                    col = nextCol;
                else if (!parseRef(ref, &col, &refRow))
                    return fail(damagedSentence());
                if (col >= kMaxColumns)
                    return fail(damagedSentence());
                qint64 s = 0;
                style = parseUInt(xml.attribute("s"), &s) && s < INT_MAX ? int(s) : 0;
                const auto t = xml.attribute("t");
                type = t.isEmpty() || t == "n" ? Number
                       : t == "s"              ? Shared
                       : t == "str"            ? String
                       : t == "inlineStr"      ? Inline
                       : t == "b"              ? Bool
                       : t == "e"              ? Error
                       : t == "d"              ? IsoDate
                                               : Number;
                value.resize(0);
                hasValue = hasFormula = false;
            } else if (name == "v") {
                inValue = hasValue = true;
            } else if (name == "f") {
                hasFormula = true;
            } else if (name == "is") {
                inInline = true;
            } else if (name == "t") {
                inText = inInline && phonetic == 0;
            } else if (name == "rPh") {
                ++phonetic;
            } else if (name == "row") {
                qint64 r = 0;
                const auto ref = xml.attribute("r");
                if (ref.isEmpty())
                    ++rowNumber;
                else if (parseUInt(ref, &r) && r > 0 && r <= 10000000)
                    rowNumber = int(r);
                else
                    return fail(damagedSentence());
                out.cells.clear();
                rowUsed = false;
                nextCol = 0;
            }
            break;
        }
        case XmlScanner::Text:
            if ((inValue || inText) && !xml.appendText(&value))
                return fail(damagedSentence());
            break;
        case XmlScanner::EndElement: {
            if (!inSheetData)
                break;
            const auto name = xml.name();
            if (name == "c") {
                if (!endCell())
                    return fail(failure);
            } else if (name == "v") {
                inValue = false;
            } else if (name == "t") {
                inText = false;
            } else if (name == "is") {
                inInline = false;
            } else if (name == "rPh") {
                --phonetic;
            } else if (name == "row") {
                if (rowUsed) {
                    if (rowNumber > kMaxRows)
                        return fail(rowLimitSentence(rowNumber));
                    out.number = rowNumber;
                    if (!row(out))
                        return true;
                }
            } else if (name == "sheetData") {
                return true; // nothing after the data is needed
            }
            break;
        }
        }
    }
}

} // namespace df::io
