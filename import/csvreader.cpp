#include "csvreader.h"

#include <QCoreApplication>
#include <QtEndian>
#include <cerrno>
#include <cstring>
#include <memory>

namespace df::io {

namespace detail {

IconvDecoder::IconvDecoder(const char *codepage)
    : m_cd(iconv_open(QSysInfo::ByteOrder == QSysInfo::LittleEndian ? "UTF-16LE" : "UTF-16BE",
                      codepage))
{}

IconvDecoder::~IconvDecoder()
{
    if (isValid())
        iconv_close(m_cd);
}

void IconvDecoder::reset()
{
    if (isValid())
        iconv(m_cd, nullptr, nullptr, nullptr, nullptr);
}

// Lets out the character the code page holds back, keeping the order of the text.
void IconvDecoder::flush(QString *out, qsizetype *used)
{
    for (;;) {
        if (out->size() - *used < 4)
            out->resize(*used + 64);
        char *to = reinterpret_cast<char *>(out->data() + *used);
        size_t room = size_t(out->size() - *used) * 2;
        const size_t r = iconv(m_cd, nullptr, nullptr, &to, &room);
        *used = (to - reinterpret_cast<char *>(out->data())) / 2;
        if (r != size_t(-1) || errno != E2BIG)
            return;
        out->resize(out->size() + 64);
    }
}

void IconvDecoder::decode(QByteArrayView bytes, bool last, QString *out)
{
    qsizetype used = out->size();
    if (!isValid()) { // no such code page: read the bytes as Latin-1 rather than lose them
        out->append(QLatin1StringView(bytes.data(), bytes.size()));
        return;
    }
    char *in = const_cast<char *>(bytes.data());
    size_t inLeft = size_t(bytes.size());
    // One byte gives at most one UTF-16 unit in these code pages; the rest is for the
    // character held back from the previous piece.
    out->resize(used + qsizetype(inLeft) + 16);
    while (inLeft > 0) {
        char *to = reinterpret_cast<char *>(out->data() + used);
        size_t room = size_t(out->size() - used) * 2;
        const size_t r = iconv(m_cd, &in, &inLeft, &to, &room);
        used = (to - reinterpret_cast<char *>(out->data())) / 2;
        if (r != size_t(-1))
            continue;
        if (errno == E2BIG) {
            out->resize(out->size() + qsizetype(inLeft) + 64);
        } else { // EILSEQ or EINVAL: a byte the code page leaves undefined
            flush(out, &used);
            if (out->size() - used < 1)
                out->resize(used + qsizetype(inLeft) + 16);
            (*out)[used++] = QChar(uchar(*in));
            ++in;
            --inLeft;
        }
    }
    if (last)
        flush(out, &used);
    out->resize(used);
}

const std::array<char16_t, 256> &windows1252()
{
    static const std::array<char16_t, 256> table = [] {
        std::array<char16_t, 256> t{};
        IconvDecoder cp1252("WINDOWS-1252");
        for (int b = 0; b < 256; ++b) {
            QString one;
            const char byte = char(b);
            cp1252.reset();
            cp1252.decode(QByteArrayView(&byte, 1), true, &one);
            t[b] = one.size() == 1 ? one.at(0).unicode() : char16_t(b);
        }
        return t;
    }();
    return table;
}

} // namespace detail

namespace {

constexpr qsizetype kChunk = 256 * 1024;

bool isUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const auto *end = p + bytes.size();
    while (p < end) {
        const uchar c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int n;
        uint cp;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            n = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= n)
            return false;
        for (int i = 1; i <= n; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if ((n == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
            (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
            return false;
        p += n + 1;
    }
    return true;
}

bool hasCombiningMark(const QString &s)
{
    for (const QChar c : s)
        if (c.unicode() >= 0x300 && c.unicode() <= 0x36F)
            return true;
    return false;
}

// Bytes to text in the file's encoding, a piece at a time.
class TextDecoder
{
public:
    explicit TextDecoder(CsvReader::Encoding encoding)
        : m_encoding(encoding)
    {
        using E = CsvReader::Encoding;
        if (encoding == E::Utf16LE)
            m_qt = QStringDecoder(QStringDecoder::Utf16LE);
        else if (encoding == E::Utf16BE)
            m_qt = QStringDecoder(QStringDecoder::Utf16BE);
        else if (encoding == E::Utf8 || encoding == E::Utf8Bom)
            m_qt = QStringDecoder(QStringDecoder::Utf8);
        else if (encoding == E::Windows1258)
            m_iconv = std::make_unique<detail::IconvDecoder>("WINDOWS-1258");
    }

    void decode(QByteArrayView bytes, bool last, QString *out)
    {
        if (m_iconv) {
            m_iconv->decode(bytes, last, out);
        } else if (m_encoding == CsvReader::Encoding::Tcvn3) {
            // TCVN3 stays as its Windows-1252 reading, for VnLegacy::fromTcvn3.
            const auto &table = detail::windows1252();
            const qsizetype at = out->size();
            out->resize(at + bytes.size());
            QChar *to = out->data() + at;
            for (const char b : bytes)
                *to++ = QChar(table[uchar(b)]);
        } else {
            out->append(m_qt.decode(bytes));
        }
    }

private:
    CsvReader::Encoding m_encoding;
    QStringDecoder m_qt;
    std::unique_ptr<detail::IconvDecoder> m_iconv;
};

// RFC 4180 records from text given a piece at a time: "" is a quote inside a quoted field,
// and a quoted field may hold separators and line breaks. Lines end in LF, CRLF or CR.
class CsvParser
{
public:
    // Gets a record's fields (to take from) and its first line's number; false stops.
    using Record = std::function<bool(QList<QString> &fields, int line)>;

    explicit CsvParser(QChar separator)
        : m_sep(separator.unicode())
    {
        m_fields.reserve(64);
    }

    // False when `record` stopped the parse.
    bool feed(QStringView text, const Record &record)
    {
        const char16_t *p = text.utf16();
        const char16_t *const end = p + text.size();
        while (p < end) {
            switch (m_state) {
            case FieldStart:
                if (m_skipLf) {
                    m_skipLf = false;
                    if (*p == u'\n') {
                        ++p;
                        continue;
                    }
                }
                if (*p == u'"') {
                    m_state = Quoted;
                    ++p;
                    continue;
                }
                m_state = Unquoted;
                [[fallthrough]];
            case Unquoted: {
                const char16_t *q = p;
                while (q < end && *q != m_sep && *q != u'\n' && *q != u'\r')
                    ++q;
                if (q != p)
                    m_field.append(QStringView(p, q - p));
                p = q;
                if (p == end)
                    break;
                if (*p == m_sep) {
                    ++p;
                    endField();
                } else if (!endLine(*p++, record)) {
                    return false;
                }
                break;
            }
            case Quoted: {
                const char16_t *q = p;
                for (; q < end && *q != u'"'; ++q) {
                    if (*q == u'\r' || (*q == u'\n' && !m_prevCr))
                        ++m_line;
                    m_prevCr = *q == u'\r';
                }
                if (q != p)
                    m_field.append(QStringView(p, q - p));
                p = q;
                if (p < end) {
                    m_state = QuoteInQuoted;
                    m_prevCr = false;
                    ++p;
                }
                break;
            }
            case QuoteInQuoted:
                if (*p == u'"') {
                    m_field.append(u'"');
                    m_state = Quoted;
                    ++p;
                } else if (*p == m_sep) {
                    ++p;
                    endField();
                } else if (*p == u'\n' || *p == u'\r') {
                    if (!endLine(*p++, record))
                        return false;
                } else {
                    m_state = Unquoted; // "ab"c: kept as abc, as Excel reads it
                }
                break;
            }
        }
        return true;
    }

    // Ends the input; false when `record` stopped the parse.
    bool finish(const Record &record)
    {
        if (m_state == Quoted)
            return true;
        if (m_state == FieldStart && m_fields.isEmpty())
            return true;
        endField();
        return record(m_fields, m_recordLine);
    }

    bool unterminated() const { return m_state == Quoted; }
    int recordLine() const { return m_recordLine; }

private:
    enum State { FieldStart, Unquoted, Quoted, QuoteInQuoted };

    void endField()
    {
        m_fields.append(std::move(m_field));
        m_field = QString();
        m_state = FieldStart;
    }

    bool endLine(char16_t c, const Record &record)
    {
        endField();
        const bool go = record(m_fields, m_recordLine);
        m_fields.clear();
        ++m_line;
        m_recordLine = m_line;
        m_skipLf = c == u'\r';
        return go;
    }

    const char16_t m_sep;
    State m_state = FieldStart;
    QString m_field;
    QList<QString> m_fields;
    int m_line = 1;
    int m_recordLine = 1;
    bool m_skipLf = false;
    bool m_prevCr = false;
};

} // namespace

bool CsvReader::detectEncoding(const QByteArray &bytes, Encoding *encoding, qsizetype *bomLength)
{
    *bomLength = 0;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        *encoding = Encoding::Utf8Bom;
        *bomLength = 3;
        return true;
    }
    if (bytes.startsWith("\xFF\xFE")) {
        *encoding = Encoding::Utf16LE;
        *bomLength = 2;
        return true;
    }
    if (bytes.startsWith("\xFE\xFF")) {
        *encoding = Encoding::Utf16BE;
        *bomLength = 2;
        return true;
    }

    // UTF-16 without a BOM: the high byte of ASCII characters is zero, so zeros gather at
    // odd offsets (little-endian) or even ones (big-endian).
    const qsizetype sample = qMin(bytes.size(), qsizetype(64 * 1024)) & ~qsizetype(1);
    qsizetype zeroEven = 0, zeroOdd = 0, controls = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const uchar b = uchar(bytes[i]);
        if (b == 0)
            ++(i % 2 ? zeroOdd : zeroEven);
        else if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1A)
            ++controls;
    }
    const qsizetype pairs = sample / 2;
    if (pairs > 0 && zeroOdd > pairs / 4 && zeroEven < pairs / 50) {
        *encoding = Encoding::Utf16LE;
        return true;
    }
    if (pairs > 0 && zeroEven > pairs / 4 && zeroOdd < pairs / 50) {
        *encoding = Encoding::Utf16BE;
        return true;
    }
    if (zeroEven + zeroOdd > 0 || bytes.contains('\0') || controls * 20 > qMax(sample, 1))
        return false;

    if (isUtf8(bytes)) {
        *encoding = Encoding::Utf8;
        return true;
    }
    // A legacy 8-bit file: Windows-1258, unless its Windows-1252 reading is TCVN3 text.
    const auto &table = detail::windows1252();
    QString latin(bytes.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i)
        latin[i] = QChar(table[uchar(bytes[i])]);
    *encoding = VnLegacy::looksLikeTcvn3(latin) ? Encoding::Tcvn3 : Encoding::Windows1258;
    return true;
}

// The separator that splits the first records into the same number of fields (more than
// one), with Excel's "sep=;" first line taking precedence.
void CsvReader::detectSeparator(QStringView sample, bool complete)
{
    if (sample.startsWith(u"sep=") && sample.size() >= 5 &&
        (sample.size() == 5 || sample[5] == u'\r' || sample[5] == u'\n')) {
        m_separator = sample[4];
        m_sepLine = true;
        return;
    }
    constexpr int kRecords = 30;
    int bestScore = 0, bestWidth = 0;
    for (const QChar sep : {QChar(u','), QChar(u';'), QChar(u'\t')}) {
        CsvParser parser(sep);
        QList<int> widths;
        const auto onRecord = [&](QList<QString> &fields, int) {
            const bool blank = fields.size() == 1 && fields.first().isEmpty();
            if (!blank)
                widths.append(int(fields.size()));
            return widths.size() < kRecords;
        };
        // feed() gives only records that ended; a cut sample's last one waits for finish().
        if (parser.feed(sample, onRecord) && complete)
            parser.finish(onRecord);
        // The most common width above one, scored by how many records have it.
        int score = 0, width = 0;
        for (const int w : std::as_const(widths)) {
            const int n = int(widths.count(w));
            if (w > 1 && (n > score || (n == score && w > width))) {
                score = n;
                width = w;
            }
        }
        if (score > bestScore || (score == bestScore && width > bestWidth)) {
            bestScore = score;
            bestWidth = width;
            m_separator = sep;
        }
    }
}

std::unique_ptr<CsvReader> CsvReader::open(QByteArray bytes, QString *why)
{
    std::unique_ptr<CsvReader> reader(new CsvReader);
    if (!detectEncoding(bytes, &reader->m_encoding, &reader->m_bomLength)) {
        if (why)
            *why = QCoreApplication::translate(
                "Import", "This file is neither an Excel workbook (.xlsx) nor a CSV text file. "
                          "Save the list from Excel as .xlsx or .csv and import that file.");
        return nullptr;
    }
    const qsizetype size = bytes.size() - reader->m_bomLength;
    const bool complete = size <= 64 * 1024;
    QString sample;
    TextDecoder decoder(reader->m_encoding);
    decoder.decode(QByteArrayView(bytes).sliced(reader->m_bomLength, qMin(size, 64 * 1024)),
                   complete, &sample);
    reader->detectSeparator(sample, complete);
    reader->m_bytes = std::move(bytes);
    return reader;
}

SheetInfo CsvReader::info() const
{
    SheetInfo info;
    info.format = QStringLiteral("csv");
    switch (m_encoding) {
    case Encoding::Utf8:
        info.encoding = QStringLiteral("UTF-8");
        break;
    case Encoding::Utf8Bom:
        info.encoding = QStringLiteral("UTF-8 BOM");
        break;
    case Encoding::Utf16LE:
        info.encoding = QStringLiteral("UTF-16LE");
        break;
    case Encoding::Utf16BE:
        info.encoding = QStringLiteral("UTF-16BE");
        break;
    case Encoding::Windows1258:
        info.encoding = QStringLiteral("Windows-1258");
        break;
    case Encoding::Tcvn3:
        info.encoding = QStringLiteral("TCVN3");
        break;
    }
    info.separator = m_separator;
    return info;
}

bool CsvReader::read(const std::function<bool(const SheetRow &)> &row, QString *why)
{
    // The reference width is the first non-empty record's: CSV files from Excel give every
    // record the same number of fields (title rows above the header included), so a record
    // that differs lost a quote or a separator. Trailing empty fields do not count: a
    // record may end early where the reference has only empty fields left, and may run on
    // with empty fields past the reference's width.
    int refFields = -1, refUsed = -1;
    bool first = true;
    QString failure;
    SheetRow out;
    out.cells.reserve(64);
    const bool nfc = m_encoding == Encoding::Windows1258;
    const auto onRecord = [&](QList<QString> &fields, int line) {
        if (first && m_sepLine) {
            first = false;
            return true;
        }
        first = false;
        qsizetype used = fields.size();
        while (used > 0 && fields[used - 1].isEmpty())
            --used;
        if (used == 0)
            return true;
        if (refFields < 0) {
            refFields = int(fields.size());
            refUsed = int(used);
        } else if (used > refFields || fields.size() < refUsed) {
            const bool more = used > refFields;
            failure = QCoreApplication::translate(
                          "Import", "Row %1 has %2 fields, but the header row has %3: a quote or "
                                    "a separator is probably missing. Fix that row and import "
                                    "again.")
                          .arg(line)
                          .arg(more ? used : fields.size())
                          .arg(more ? refFields : refUsed);
            return false;
        }
        if (line > kMaxRows) {
            failure = rowLimitSentence(line);
            return false;
        }
        out.number = line;
        out.cells.clear();
        for (qsizetype i = 0; i < used; ++i) {
            Cell &cell = out.cells.emplace_back();
            QString &text = fields[i];
            if (text.isEmpty())
                continue;
            cell.kind = Cell::Text;
            if (nfc && hasCombiningMark(text))
                text = text.normalized(QString::NormalizationForm_C);
            cell.text = std::move(text);
        }
        if (!row(out)) {
            failure.clear();
            return false;
        }
        return true;
    };

    TextDecoder decoder(m_encoding);
    CsvParser parser(m_separator);
    QString text;
    bool going = true;
    for (qsizetype at = m_bomLength; going && at < m_bytes.size(); at += kChunk) {
        const qsizetype n = qMin(kChunk, m_bytes.size() - at);
        text.resize(0);
        decoder.decode(QByteArrayView(m_bytes).sliced(at, n), at + n == m_bytes.size(), &text);
        going = parser.feed(text, onRecord);
    }
    if (going) {
        if (parser.unterminated()) {
            failure = QCoreApplication::translate(
                          "Import", "The quoted field that starts in row %1 has no closing "
                                    "quote (\"). Add the missing quote and import again.")
                          .arg(parser.recordLine());
            going = false;
        } else {
            going = parser.finish(onRecord);
        }
    }
    if (!going && !failure.isEmpty()) {
        if (why)
            *why = failure;
        return false;
    }
    return true;
}

} // namespace df::io
