#include "cardcode.h"

#include "uuid.h"

#include <QUuid>

namespace df::CardCode {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"; // RFC 4648 base32
constexpr int kIdChars = 26; // 128 bits in 5-bit groups; the last group's 2 low bits are 0

int base32Value(char16_t c)
{
    if (c >= u'A' && c <= u'Z')
        return c - u'A';
    if (c >= u'a' && c <= u'z')
        return c - u'a';
    if (c >= u'2' && c <= u'7')
        return c - u'2' + 26;
    return -1;
}

bool cardNumberChar(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || c == u'.' || c == u'-' ||
           c == u'/';
}

QString cleanCardNumber(const QString &cardNumber)
{
    const QString upper = cardNumber.trimmed().toUpper();
    if (upper.isEmpty() || upper.size() > 20)
        return {};
    for (const QChar c : upper) {
        if (!cardNumberChar(c.unicode()))
            return {};
    }
    return upper;
}

} // namespace

QString encode(const QString &memberId, const QString &cardNumber)
{
    if (!Uuid::isValid(memberId.toLower()))
        return {};
    const QByteArray bytes = QUuid(memberId).toRfc4122();
    QString out = QStringLiteral("DF1:");
    out.reserve(4 + kIdChars + 22);
    quint32 buffer = 0;
    int bits = 0;
    for (const char b : bytes) {
        buffer = (buffer << 8) | quint8(b);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 31]);
    const QString card = cleanCardNumber(cardNumber);
    if (!card.isEmpty())
        out += QLatin1Char(':') + card;
    return out;
}

Parsed parse(QStringView text)
{
    Parsed p;
    const QStringView t = text.trimmed();
    if (t.size() < 3 || t.left(2).compare(u"DF", Qt::CaseInsensitive) != 0)
        return p;
    // "DF<version>:": a later version is named as such, not as damage.
    qsizetype colon = t.indexOf(u':');
    if (colon < 3) {
        return p;
    }
    bool numeric = false;
    const int version = t.mid(2, colon - 2).toInt(&numeric);
    if (!numeric)
        return p;
    if (version > 1) {
        p.kind = Parsed::Newer;
        return p;
    }
    p.kind = Parsed::Damaged;
    if (version != 1)
        return p;
    const QStringView rest = t.mid(colon + 1);
    const qsizetype second = rest.indexOf(u':');
    const QStringView id = second < 0 ? rest : rest.left(second);
    if (id.size() != kIdChars)
        return p;
    QByteArray bytes;
    bytes.reserve(17);
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : id) {
        const int v = base32Value(c.unicode());
        if (v < 0)
            return p;
        buffer = (buffer << 5) | quint32(v);
        bits += 5;
        if (bits >= 8) {
            bytes += char((buffer >> (bits - 8)) & 0xFF);
            bits -= 8;
        }
    }
    // 26 × 5 = 130 bits: the 2 left over must be zero, so each id has one spelling.
    if (bytes.size() != 16 || (buffer & ((1u << bits) - 1)) != 0)
        return p;
    QString card;
    if (second >= 0) {
        card = rest.mid(second + 1).toString().toUpper();
        if (card.isEmpty() || card.size() > 20)
            return p;
        for (const QChar c : std::as_const(card)) {
            if (!cardNumberChar(c.unicode()))
                return p;
        }
    }
    const QString uuid = QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
    if (!Uuid::isValid(uuid))
        return p;
    p.kind = Parsed::Valid;
    p.memberId = uuid;
    p.cardNumber = card;
    return p;
}

bool looksLikeStart(QStringView text)
{
    static const QString prefix = QStringLiteral("DF1:");
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return false;
    const qsizetype n = std::min<qsizetype>(t.size(), prefix.size());
    return t.left(n).compare(QStringView(prefix).left(n), Qt::CaseInsensitive) == 0;
}

} // namespace df::CardCode
