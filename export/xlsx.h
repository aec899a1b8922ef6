#pragma once

#include <QString>
#include <QStringList>
#include <memory>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace df::xlsx {

// A workbook written by libxlsxwriter in constant-memory mode: rows go to disk as they
// are written, in order, so memory does not grow with them. Throws ExportError.
class Book
{
public:
    explicit Book(const QString &path);
    ~Book();
    Book(const Book &) = delete;
    Book &operator=(const Book &) = delete;

    enum Style { Plain, Title, Header, Number, Decimal, Whole, Date }; // Date: a serial day number
    class Sheet
    {
    public:
        void text(int row, int col, const QString &value, Style style = Plain);
        void number(int row, int col, double value, Style style = Number);
        void width(int col, double chars);
        // Rows above `row` stay in view when scrolling.
        void freezeAbove(int row);

    private:
        friend class Book;
        Sheet(Book *book, lxw_worksheet *ws)
            : m_book(book)
            , m_ws(ws)
        {}
        Book *m_book;
        lxw_worksheet *m_ws;
    };
    // A new sheet; the name is cut to Excel's 31 characters, its forbidden characters
    // replaced, and numbered when it repeats an earlier one.
    Sheet sheet(const QString &name);
    // Writes the file; throws ExportError when it cannot.
    void close();

private:
    lxw_format *format(Style style) const;
    lxw_workbook *m_wb = nullptr;
    lxw_format *m_formats[7] = {};
    QString m_path;
    QByteArray m_tmpDir;
    QStringList m_names;
};

} // namespace df::xlsx

namespace df {
// A file that could not be written, with a sentence for the user.
class ExportError
{
public:
    explicit ExportError(QString message)
        : m_message(std::move(message))
    {}
    const QString &message() const { return m_message; }

private:
    QString m_message;
};
} // namespace df
