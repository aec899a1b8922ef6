#include "vntext.h"

#include <QList>
#include <array>
#include <cstring>

namespace df::vn {

namespace {

constexpr char32_t kTableEnd = 0x1F00; // Latin, Latin Extended and Vietnamese blocks

// Primary ranks in Vietnamese alphabet order; f, j, w, z for foreign names.
constexpr const char16_t *kAlphabet = u"aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";

struct CharInfo
{
    char16_t folded = 0; // lower-case base letter without diacritics (0: unchanged)
    quint8 primary = 0;  // 0: ignored for sorting
    quint8 tone = 0;     // 0 ngang, 1 huyền, 2 hỏi, 3 ngã, 4 sắc, 5 nặng
};

quint8 toneOf(char16_t mark)
{
    switch (mark) {
    case 0x0300:
        return 1; // huyền
    case 0x0309:
        return 2; // hỏi
    case 0x0303:
        return 3; // ngã
    case 0x0301:
        return 4; // sắc
    case 0x0323:
        return 5; // nặng
    default:
        return 0;
    }
}

std::array<CharInfo, kTableEnd> buildTable()
{
    std::array<CharInfo, kTableEnd> table{};
    const QString alphabet = QString::fromUtf16(kAlphabet);
    for (char32_t c = 0; c < kTableEnd; ++c) {
        CharInfo &info = table[c];
        const QChar qc{char16_t(c)};
        if (c == 0x0110 || c == 0x0111) { // Đ đ
            info.folded = u'd';
            info.primary = quint8(16 + alphabet.indexOf(QChar(0x0111)));
            continue;
        }
        const QString nfd = QString(qc.toLower()).normalized(QString::NormalizationForm_D);
        if (nfd.isEmpty())
            continue;
        const QChar base = nfd.at(0);
        info.folded = base.unicode();
        // Rebuild the letter with its shape marks (breve, circumflex, horn) but no tone.
        QString letter(base);
        for (qsizetype i = 1; i < nfd.size(); ++i) {
            const char16_t mark = nfd.at(i).unicode();
            if (const quint8 tone = toneOf(mark))
                info.tone = tone;
            else if (mark == 0x0306 || mark == 0x0302 || mark == 0x031B)
                letter += QChar(mark);
        }
        const QChar composed = letter.normalized(QString::NormalizationForm_C).at(0);
        const qsizetype rank = alphabet.indexOf(composed);
        if (rank >= 0)
            info.primary = quint8(16 + rank);
        else if (base.isDigit())
            info.primary = quint8(4 + base.digitValue());
        else if (base.isLetter())
            info.primary = 0xF0; // other letters sort after z
    }
    return table;
}

const std::array<CharInfo, kTableEnd> &table()
{
    static const auto t = buildTable();
    return t;
}

QList<QStringView> words(QStringView text)
{
    QList<QStringView> out;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool space = i == text.size() || text.at(i).isSpace();
        if (space && start >= 0) {
            out.append(text.mid(start, i - start));
            start = -1;
        } else if (!space && start < 0) {
            start = i;
        }
    }
    return out;
}

} // namespace

QString fold(QStringView text)
{
    const auto &t = table();
    QString out;
    out.resize(text.size());
    QChar *dst = out.data();
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c < 0x80) {
            *dst++ = (c >= 'A' && c <= 'Z') ? QChar(char16_t(c + 32)) : ch;
        } else if (c < kTableEnd && t[c].folded) {
            *dst++ = QChar(t[c].folded);
        } else if (ch.isMark()) {
            continue; // a combining diacritic typed as a separate character
        } else {
            *dst++ = ch.toLower();
        }
    }
    out.truncate(dst - out.constData());
    return out;
}

QString searchKey(QStringView fullName, QStringView cardNumber)
{
    QString key = fold(fullName);
    if (!cardNumber.isEmpty()) {
        key += QLatin1Char(' ');
        key += fold(cardNumber);
    }
    return key;
}

QStringView givenName(QStringView fullName)
{
    const auto w = words(fullName);
    return w.isEmpty() ? QStringView() : w.last();
}

QByteArray sortKey(QStringView fullName)
{
    const auto &t = table();
    QList<QStringView> w = words(fullName);
    if (w.size() > 1)
        w.prepend(w.takeLast());
    QByteArray primary;
    QByteArray tones;
    primary.reserve(fullName.size() + 8);
    tones.reserve(fullName.size() + 8);
    for (const QStringView word : w) {
        for (const QChar ch : word) {
            const char16_t c = ch.toLower().unicode();
            const CharInfo info = c < kTableEnd ? t[c] : CharInfo{0, 0xF1, 0};
            if (!info.primary)
                continue;
            primary.append(char(info.primary));
            tones.append(char(1 + info.tone));
        }
        // The word separator sorts below every letter, so "An" < "Anh".
        primary.append(char(1));
        tones.append(char(1));
    }
    primary.append(char(0));
    return primary + tones;
}

QString ftsPrefixQuery(QStringView userText)
{
    const QString folded = fold(userText);
    QString query;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        const bool word = i < folded.size() && folded.at(i).isLetterOrNumber();
        if (word && start < 0) {
            start = i;
        } else if (!word && start >= 0) {
            if (!query.isEmpty())
                query += QLatin1Char(' ');
            query += QLatin1Char('"') + folded.mid(start, i - start) + QLatin1String("\"*");
            start = -1;
        }
    }
    return query;
}

bool tokensPrefixMatch(const char *text, const char *query)
{
    const char *q = query;
    while (*q) {
        while (*q == ' ')
            ++q;
        if (!*q)
            break;
        const char *qEnd = q;
        while (*qEnd && *qEnd != ' ')
            ++qEnd;
        const size_t len = size_t(qEnd - q);
        bool found = false;
        for (const char *w = text; *w && !found;) {
            while (*w == ' ')
                ++w;
            if (!*w)
                break;
            if (std::strncmp(w, q, len) == 0)
                found = true;
            while (*w && *w != ' ')
                ++w;
        }
        if (!found)
            return false;
        q = qEnd;
    }
    return true;
}

} // namespace df::vn
