#pragma once

#include "xlsx.h"

#include <QDate>
#include <QFile>
#include <QStringList>
#include <memory>

namespace df {

// A list written row by row to an XLSX sheet (libxlsxwriter, constant memory) or a CSV
// file (UTF-8 with a byte-order mark so that Excel shows Vietnamese, comma-separated,
// CRLF). Rows go to disk as they are written. Throws ExportError.
class TableFile
{
public:
    enum Format { Xlsx, Csv };
    // The format from the file name's extension (.csv or anything else: XLSX).
    static Format formatOf(const QString &path);

    TableFile(const QString &path, Format format, const QString &sheetName);
    ~TableFile();

    // The header row (frozen in XLSX), with column widths in characters.
    void header(const QStringList &titles, const QList<double> &widths);
    void text(const QString &value);
    void number(double value);
    void whole(qint64 value);
    void date(QDate value);           // a date cell in XLSX (dd/mm/yyyy), dd/MM/yyyy text in CSV
    void isoDate(const QString &iso); // the same from a stored yyyy-MM-dd ("" for none)
    void endRow();
    qint64 rows() const { return m_row; }
    // Finishes the file; throws ExportError when it cannot be written.
    void close();

private:
    void csvField(const QString &value);
    Format m_format;
    QString m_path;
    std::unique_ptr<xlsx::Book> m_book;
    struct SheetRef;
    std::unique_ptr<SheetRef> m_sheet;
    QFile m_file;
    QByteArray m_buffer;
    qint64 m_row = 0; // data rows finished
    int m_col = 0;
};

// "danh-sach-doan-vien-chi-doan-thon-3-04-12-2026": a file name from words and the date
// it was made (folded to ASCII, so every file system and mail client keeps it).
QString fileSlug(const QString &words, QDate made);

} // namespace df
