// TCVN3 (ABC) text that Excel or a Windows-1252 reading stored as Latin-1 characters:
// recognised by the characters it leaves behind, and turned back into Unicode by glibc's
// own TCVN5712-1 table, so no code table is written out here.
#include "csvreader.h"
#include "sheetfile.h"

namespace df::io::VnLegacy {

namespace {

// The Latin-1 letters that Vietnamese in Unicode uses; they say nothing either way.
bool isVietnameseLatin1(char16_t c)
{
    switch (c) {
    case u'à':
    case u'á':
    case u'â':
    case u'ã':
    case u'è':
    case u'é':
    case u'ê':
    case u'ì':
    case u'í':
    case u'ò':
    case u'ó':
    case u'ô':
    case u'õ':
    case u'ù':
    case u'ú':
    case u'ý':
    case u'À':
    case u'Á':
    case u'Â':
    case u'Ã':
    case u'È':
    case u'É':
    case u'Ê':
    case u'Ì':
    case u'Í':
    case u'Ò':
    case u'Ó':
    case u'Ô':
    case u'Õ':
    case u'Ù':
    case u'Ú':
    case u'Ý':
        return true;
    default:
        return false;
    }
}

// Vietnamese letters (and the combining tone marks of decomposed text) above U+00FF:
// TCVN3 read as Latin-1 never has them.
bool isVietnameseAboveLatin1(char16_t c)
{
    return c == 0x102 || c == 0x103 || c == 0x110 || c == 0x111 || c == 0x128 || c == 0x129 ||
           c == 0x168 || c == 0x169 || c == 0x1A0 || c == 0x1A1 || c == 0x1AF || c == 0x1B0 ||
           (c >= 0x1EA0 && c <= 0x1EF9) || c == 0x300 || c == 0x301 || c == 0x303 || c == 0x309 ||
           c == 0x323;
}

// A vowel as a Windows-1258 file shows when read as Windows-1252 (ă ơ ư are ã õ ý there).
bool isVowel1258(char16_t c)
{
    switch (c) {
    case u'a':
    case u'e':
    case u'i':
    case u'o':
    case u'u':
    case u'y':
    case u'A':
    case u'E':
    case u'I':
    case u'O':
    case u'U':
    case u'Y':
    case u'â':
    case u'ê':
    case u'ô':
    case u'Â':
    case u'Ê':
    case u'Ô':
    case u'ã':
    case u'õ':
    case u'ý':
    case u'Ã':
    case u'Õ':
    case u'Ý':
        return true;
    default:
        return false;
    }
}

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

} // namespace

bool looksLikeTcvn3(const QString &text)
{
    // TCVN3 puts ă â ê ô ơ ư đ and most toned vowels on ¨ © ª « ¬ ­ ® µ ¸ ¹ Ç × Þ ...:
    // characters no Vietnamese text in Unicode has. Three of them are ambiguous with a
    // Windows-1258 file read as Windows-1252 (the other reading the CSV reader weighs):
    // Ð and ð are its Đ and đ, which begin words (and people type Ð for Đ), and Þ is its
    // combining tilde, which follows a vowel; in TCVN3, Ð (é) and Þ (ị) follow a letter.
    // The Windows-1258 tone marks Ì ì Ò ò after a vowel count against as well.
    int tcvn = 0;
    int against = 0;
    char16_t prev = 0;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c >= 0x100) {
            if (isVietnameseAboveLatin1(c))
                return false;
        } else if (c >= 0xA1 && !isVietnameseLatin1(c)) {
            if (c == u'Ð' || c == u'Þ') {
                const bool afterLetter = isAsciiLetter(prev) || (prev >= 0xC0 && prev != 0xD7);
                if (c == u'Þ' && isVowel1258(prev))
                    ++against;
                else if (afterLetter)
                    ++tcvn;
                else
                    ++against;
            } else if (c == u'ð') {
                ++against;
            } else if (c < 0xB0 || c > 0xB4) { // ° ± ² ³ ´: TCVN3's rare combining marks
                ++tcvn;
            }
        } else if ((c == u'Ì' || c == u'ì' || c == u'Ò' || c == u'ò') && isVowel1258(prev)) {
            ++against;
        }
        prev = c;
    }
    return tcvn > 0 && tcvn >= against;
}

QString fromTcvn3(const QString &text)
{
    // ASCII is the same in TCVN3, except that TCVN5712-1 puts a few capitals on control
    // codes 0x01–0x17, which a cell can only hold as TCVN3.
    bool plain = true;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c >= 0x80 || (c >= 0x01 && c <= 0x17 && c != u'\t' && c != u'\n' && c != u'\r')) {
            plain = false;
            break;
        }
    }
    if (plain)
        return text;

    const auto &cp1252 = detail::windows1252();
    thread_local detail::IconvDecoder tcvn("TCVN5712-1");
    if (!tcvn.isValid())
        return text;
    QString out;
    out.reserve(text.size());
    QByteArray run;
    run.reserve(text.size());
    const auto flush = [&] {
        if (run.isEmpty())
            return;
        tcvn.reset();
        tcvn.decode(run, true, &out);
        run.clear();
    };
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        int byte = c < 0x100 ? int(c) : -1;
        for (int b = 0x80; byte < 0 && b < 0xA0; ++b)
            if (cp1252[b] == c)
                byte = b;
        if (byte >= 0) {
            run.append(char(byte));
        } else {
            flush();
            out.append(ch);
        }
    }
    flush();
    return out.normalized(QString::NormalizationForm_C);
}

} // namespace df::io::VnLegacy
