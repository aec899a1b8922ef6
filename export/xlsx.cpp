#include "xlsx.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringList>
#include <xlsxwriter.h>

namespace df::xlsx {

Book::Book(const QString &path)
    : m_path(path)
{
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    m_tmpDir = QFile::encodeName(QDir::tempPath());
    options.tmpdir = m_tmpDir.data();
    m_wb = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    if (!m_wb)
        throw ExportError(QCoreApplication::translate(
                              "Export", "Could not start the file “%1”. Check that the folder "
                                        "exists and can be written.")
                              .arg(QDir::toNativeSeparators(path)));
    for (int s = 0; s < 7; ++s) {
        lxw_format *f = workbook_add_format(m_wb);
        switch (Style(s)) {
        case Plain:
            format_set_text_wrap(f);
            format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
            break;
        case Title:
            format_set_bold(f);
            format_set_font_size(f, 13);
            break;
        case Header:
            format_set_bold(f);
            format_set_text_wrap(f);
            format_set_bg_color(f, 0xDDE7F0);
            format_set_border(f, LXW_BORDER_THIN);
            format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
            break;
        case Number:
            format_set_num_format(f, "#,##0.##");
            format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
            break;
        case Decimal:
            format_set_num_format(f, "#,##0.0");
            format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
            break;
        case Whole:
            format_set_num_format(f, "#,##0");
            format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
            break;
        case Date:
            format_set_num_format(f, "dd/mm/yyyy");
            format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
            break;
        }
        m_formats[s] = f;
    }
}

Book::~Book()
{
    if (m_wb) { // not closed: an error was thrown; leave no half-written file
        workbook_close(m_wb);
        QFile::remove(m_path);
    }
}

lxw_format *Book::format(Style style) const
{
    return m_formats[style];
}

Book::Sheet Book::sheet(const QString &name)
{
    QString clean = name;
    for (QChar c : QStringLiteral("[]:*?/\\"))
        clean.replace(c, QLatin1Char('-'));
    clean = clean.trimmed().left(31);
    if (clean.isEmpty())
        clean = QStringLiteral("Sheet");
    QString unique = clean;
    for (int n = 2; m_names.contains(unique, Qt::CaseInsensitive); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        unique = clean.left(31 - suffix.size()) + suffix;
    }
    m_names.append(unique);
    return Sheet(this, workbook_add_worksheet(m_wb, unique.toUtf8().constData()));
}

void Book::close()
{
    const lxw_error e = workbook_close(m_wb);
    m_wb = nullptr;
    if (e != LXW_NO_ERROR) {
        QFile::remove(m_path);
        throw ExportError(
            QCoreApplication::translate("Export",
                                        "Could not write “%1” (%2). Check that the disk has "
                                        "room and the folder can be written, then try again.")
                .arg(QDir::toNativeSeparators(m_path), QString::fromUtf8(lxw_strerror(e))));
    }
}

void Book::Sheet::text(int row, int col, const QString &value, Style style)
{
    worksheet_write_string(m_ws, lxw_row_t(row), lxw_col_t(col), value.toUtf8().constData(),
                           m_book->format(style));
}

void Book::Sheet::number(int row, int col, double value, Style style)
{
    worksheet_write_number(m_ws, lxw_row_t(row), lxw_col_t(col), value, m_book->format(style));
}

void Book::Sheet::width(int col, double chars)
{
    worksheet_set_column(m_ws, lxw_col_t(col), lxw_col_t(col), chars, nullptr);
}

void Book::Sheet::freezeAbove(int row)
{
    worksheet_freeze_panes(m_ws, lxw_row_t(row), 0);
}

} // namespace df::xlsx
