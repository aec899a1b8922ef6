#pragma once

#include "sheetfile.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringDecoder>
#include <array>
#include <iconv.h>

namespace df::io {

namespace detail {

// A legacy 8-bit code page decoded by glibc iconv, fed in pieces. Windows-1258 and TCVN3
// hold a vowel back until they see whether a combining tone mark follows, so the text of
// a piece may arrive with the next one; `last` lets it out. Bytes the code page leaves
// undefined come out as the C1 control of the same code, as Windows reads them.
class IconvDecoder
{
public:
    explicit IconvDecoder(const char *codepage);
    ~IconvDecoder();
    IconvDecoder(const IconvDecoder &) = delete;
    IconvDecoder &operator=(const IconvDecoder &) = delete;

    bool isValid() const { return m_cd != iconv_t(-1); }
    void reset();
    void decode(QByteArrayView bytes, bool last, QString *out);

private:
    void flush(QString *out, qsizetype *used);
    iconv_t m_cd;
};

// Windows-1252 as glibc iconv has it, byte to character; the five bytes it leaves
// undefined are the C1 controls of the same code.
const std::array<char16_t, 256> &windows1252();

} // namespace detail

// A CSV file held in memory (at most kMaxFileBytes), decoded and split into records afresh
// on every read, so the import's passes see the same bytes and no table is kept.
class CsvReader final : public SheetFile
{
public:
    // Null with `why` set when `bytes` are not text.
    static std::unique_ptr<CsvReader> open(QByteArray bytes, QString *why);

    SheetInfo info() const override;
    bool read(const std::function<bool(const SheetRow &)> &row, QString *why) override;

    enum class Encoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Windows1258, Tcvn3 };

private:
    CsvReader() = default;
    // False when `bytes` are not text (a NUL byte, or many control characters).
    static bool detectEncoding(const QByteArray &bytes, Encoding *encoding, qsizetype *bomLength);
    void detectSeparator(QStringView sample, bool complete);

    QByteArray m_bytes;
    Encoding m_encoding = Encoding::Utf8;
    qsizetype m_bomLength = 0;
    QChar m_separator = u',';
    bool m_sepLine = false; // the first line is Excel's "sep=;", which is not a record
};

} // namespace df::io
