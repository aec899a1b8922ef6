// Which reader a file needs, decided by its first bytes rather than its name: people
// rename files, and Excel saves "Unicode text" and CSV under whatever name they type.
#include "sheetfile.h"
#include "csvreader.h"
#include "xlsxreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace df::io {

namespace {

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / (1024 * 1024), 'f', 1);
}

} // namespace

QString SheetFile::rowLimitSentence(int row)
{
    return QCoreApplication::translate("Import",
                                       "Row %1 has data, but at most %2 rows can be imported "
                                       "from one file. Split the list into smaller files and "
                                       "import them one by one.")
        .arg(row)
        .arg(kMaxRows);
}

std::unique_ptr<SheetFile> SheetFile::open(const QString &path, QString *why)
{
    QString failure;
    const auto fail = [&](const QString &sentence) -> std::unique_ptr<SheetFile> {
        if (why)
            *why = sentence;
        return nullptr;
    };
    const QFileInfo fi(path);
    const QString name = fi.fileName();
    QFile file(path);
    if (fi.isDir() || !file.open(QIODevice::ReadOnly)) {
        if (!file.exists() && !fi.isDir())
            return fail(QCoreApplication::translate(
                            "Import", "The file “%1” could not be found. Check that it is still "
                                      "there and choose it again.")
                            .arg(name));
        return fail(QCoreApplication::translate(
                        "Import", "The file “%1” could not be opened. Check that it is a file you "
                                  "are allowed to read (copy it to this device if it is on a "
                                  "network or in another app), then choose it again.")
                        .arg(name));
    }
    const auto tooLarge = [&](qint64 size) {
        return fail(QCoreApplication::translate(
                        "Import", "The file is %1 MB, but files over %2 MB cannot be imported. "
                                  "Split the list into smaller files and import them one by one.")
                        .arg(megabytes(size), megabytes(kMaxFileBytes)));
    };
    if (file.size() > kMaxFileBytes)
        return tooLarge(file.size());
    // Read to one byte past the limit: a file whose size was not known up front (a pipe,
    // an Android content URI) is refused the same way.
    QByteArray bytes = file.read(kMaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(QCoreApplication::translate(
                        "Import", "The file “%1” could not be read to the end. Copy it to this "
                                  "device and try again.")
                        .arg(name));
    if (bytes.size() > kMaxFileBytes)
        return tooLarge(bytes.size());
    file.close();

    if (bytes.startsWith("PK\x03\x04")) {
        auto xlsx = XlsxReader::open(std::move(bytes), &failure);
        return xlsx ? std::move(xlsx) : fail(failure);
    }
    if (bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        // An OLE compound file: an .xls, or an .xlsx that Excel encrypted with a password
        // (its stream is named "EncryptedPackage").
        QByteArray needle; // the name in UTF-16LE, as the compound file stores it
        for (const char c : QByteArrayView("EncryptedPackage"))
            needle.append(c).append('\0');
        if (bytes.contains(needle))
            return fail(QCoreApplication::translate(
                "Import", "This workbook is protected with a password, so it cannot be read. In "
                          "Excel, remove the password (File → Info → Protect Workbook → Encrypt "
                          "with Password, clear it and press OK), save, and import it again."));
        return fail(QCoreApplication::translate(
            "Import", "This is an old Excel 97-2003 workbook (.xls), which cannot be imported. "
                      "Open it in Excel and save it as .xlsx (Excel Workbook) or .csv, then "
                      "import that file."));
    }
    // Not a zip, so not a workbook: text is read as CSV whatever its name says; anything
    // else named like a workbook is one that was damaged (a download cut short, say).
    auto csv = CsvReader::open(std::move(bytes), &failure);
    if (csv)
        return csv;
    const QString suffix = fi.suffix().toLower();
    if (suffix == u"xlsx" || suffix == u"xlsm" || suffix == u"xltx")
        return fail(XlsxReader::damagedSentence());
    return fail(failure);
}

} // namespace df::io
