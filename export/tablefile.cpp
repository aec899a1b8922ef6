#include "tablefile.h"

#include "domain/vntext.h"
#include "xlsx.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace df {

struct TableFile::SheetRef
{
    xlsx::Book::Sheet sheet;
};

TableFile::Format TableFile::formatOf(const QString &path)
{
    return path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? Csv : Xlsx;
}

TableFile::TableFile(const QString &path, Format format, const QString &sheetName)
    : m_format(format)
    , m_path(path)
{
    if (format == Xlsx) {
        m_book = std::make_unique<xlsx::Book>(path);
        m_sheet = std::make_unique<SheetRef>(SheetRef{m_book->sheet(sheetName)});
        return;
    }
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw ExportError(QCoreApplication::translate(
                              "Export", "The file %1 could not be written: %2. Choose another "
                                        "folder or free some space, then try again.")
                              .arg(path, m_file.errorString()));
    m_buffer.reserve(1 << 17);
    m_buffer.append("\xEF\xBB\xBF");
}

TableFile::~TableFile()
{
    if (m_format == Csv && m_file.isOpen()) { // not closed: an exception on the way
        m_file.close();
        m_file.remove();
    }
}

void TableFile::header(const QStringList &titles, const QList<double> &widths)
{
    for (int c = 0; c < titles.size(); ++c) {
        if (m_format == Xlsx) {
            m_sheet->sheet.text(0, c, titles[c], xlsx::Book::Header);
            m_sheet->sheet.width(c, widths.value(c, 14));
        } else {
            csvField(titles[c]);
        }
    }
    if (m_format == Xlsx)
        m_sheet->sheet.freezeAbove(1);
    else
        m_buffer.append("\r\n");
    m_col = 0;
}

void TableFile::csvField(const QString &value)
{
    if (m_col++ > 0)
        m_buffer.append(',');
    QString v = value;
    // A cell that Excel would run as a formula ("=…", "@…") is written as text.
    if (!v.isEmpty() && (v.at(0) == QLatin1Char('=') || v.at(0) == QLatin1Char('@')))
        v.prepend(QLatin1Char('\''));
    const bool quote = v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) ||
                       v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r')) ||
                       v.contains(QLatin1Char(';')) || v.contains(QLatin1Char('\t'));
    if (quote) {
        m_buffer.append('"');
        m_buffer.append(v.replace(QLatin1Char('"'), QLatin1String("\"\"")).toUtf8());
        m_buffer.append('"');
    } else {
        m_buffer.append(v.toUtf8());
    }
}

void TableFile::text(const QString &value)
{
    if (m_format == Xlsx) {
        if (!value.isEmpty())
            m_sheet->sheet.text(int(m_row) + 1, m_col, value);
        ++m_col;
    } else {
        csvField(value);
    }
}

void TableFile::number(double value)
{
    if (m_format == Xlsx)
        m_sheet->sheet.number(int(m_row) + 1, m_col++, value, xlsx::Book::Number);
    else
        csvField(QString::number(value, 'g', 12));
}

void TableFile::whole(qint64 value)
{
    if (m_format == Xlsx)
        m_sheet->sheet.number(int(m_row) + 1, m_col++, double(value), xlsx::Book::Whole);
    else
        csvField(QString::number(value));
}

void TableFile::date(QDate value)
{
    if (!value.isValid()) {
        text({});
    } else if (m_format == Xlsx) { // a date Excel sorts and filters as one (1900 system)
        m_sheet->sheet.number(int(m_row) + 1, m_col++, double(QDate(1899, 12, 30).daysTo(value)),
                              xlsx::Book::Date);
    } else {
        text(value.toString(QStringLiteral("dd/MM/yyyy")));
    }
}

void TableFile::isoDate(const QString &iso)
{
    if (iso.size() != 10) {
        date(QDate::fromString(iso, Qt::ISODate));
    } else if (m_format == Xlsx) {
        date(QDate(iso.left(4).toInt(), iso.mid(5, 2).toInt(), iso.mid(8, 2).toInt()));
    } else { // no QDate on the CSV path, the one that must be fastest
        text(iso.mid(8, 2) + QLatin1Char('/') + iso.mid(5, 2) + QLatin1Char('/') + iso.left(4));
    }
}

void TableFile::endRow()
{
    ++m_row;
    m_col = 0;
    if (m_format == Csv) {
        m_buffer.append("\r\n");
        if (m_buffer.size() > (1 << 16)) {
            if (m_file.write(m_buffer) != m_buffer.size())
                throw ExportError(QCoreApplication::translate(
                                      "Export", "The file %1 could not be written: %2. Choose "
                                                "another folder or free some space, then try "
                                                "again.")
                                      .arg(m_path, m_file.errorString()));
            m_buffer.clear();
        }
    }
}

void TableFile::close()
{
    if (m_format == Xlsx) {
        m_book->close();
        return;
    }
    const bool ok = m_file.write(m_buffer) == m_buffer.size() && m_file.flush();
    const QString error = m_file.errorString();
    m_file.close();
    if (!ok) {
        m_file.remove();
        throw ExportError(QCoreApplication::translate(
                              "Export", "The file %1 could not be written: %2. Choose another "
                                        "folder or free some space, then try again.")
                              .arg(m_path, error));
    }
}

QString fileSlug(const QString &words, QDate made)
{
    QString s = vn::fold(words);
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]+"));
    s.replace(other, QStringLiteral("-"));
    s = s.mid(0, 80);
    while (s.endsWith(QLatin1Char('-')))
        s.chop(1);
    while (s.startsWith(QLatin1Char('-')))
        s.remove(0, 1);
    return s + QLatin1Char('-') + made.toString(QStringLiteral("dd-MM-yyyy"));
}

} // namespace df
