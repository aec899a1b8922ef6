#include "sync/fieldversions.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace df {

void FieldVersions::set(const QString &field, const Version &v)
{
    if (v == m_all)
        m_fields.remove(field);
    else
        m_fields.insert(field, v);
}

Version FieldVersions::newest() const
{
    Version best = m_all;
    for (const Version &v : m_fields) {
        if (v > best)
            best = v;
    }
    return best;
}

QString FieldVersions::encode() const
{
    // Hand-built: this runs on every write. Keys are column names and versions are
    // "digits/device-id", neither of which needs JSON escaping.
    QString out;
    out.reserve(32 + 48 * int(m_fields.size()));
    out += QLatin1Char('{');
    const auto add = [&out](QLatin1StringView key, const QString &keyText, const Version &v) {
        if (out.size() > 1)
            out += QLatin1Char(',');
        out += QLatin1Char('"');
        if (keyText.isNull())
            out += key;
        else
            out += keyText;
        out += QLatin1String("\":\"");
        out += QString::number(v.hlc);
        out += QLatin1Char('/');
        out += v.device;
        out += QLatin1Char('"');
    };
    if (!m_all.isNull())
        add(QLatin1StringView("*"), QString(), m_all);
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        add({}, it.key(), it.value());
    out += QLatin1Char('}');
    return out;
}

FieldVersions FieldVersions::decode(const QString &text, bool *ok)
{
    if (text.isEmpty()) {
        if (ok)
            *ok = true;
        return {};
    }
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (!doc.isObject()) {
        if (ok)
            *ok = false;
        return {};
    }
    return fromJson(doc.object(), ok);
}

FieldVersions FieldVersions::fromJson(const QJsonObject &o, bool *ok)
{
    FieldVersions out;
    bool good = true;
    for (auto it = o.begin(); it != o.end() && good; ++it) {
        const Version v = Version::fromString(it.value().toString(), &good);
        if (it.key() == QLatin1String("*"))
            out.m_all = v;
        else
            out.m_fields.insert(it.key(), v);
    }
    if (ok)
        *ok = good;
    return good ? out : FieldVersions();
}

} // namespace df
