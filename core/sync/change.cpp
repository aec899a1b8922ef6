#include "sync/change.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

namespace df {

Version Change::newest() const
{
    Version best = version;
    for (const Version &v : fieldVersions)
        best = std::max(best, v);
    return best;
}

QJsonObject Change::toJson() const
{
    QJsonObject o{{QStringLiteral("op_id"), opId},
                  {QStringLiteral("entity"), QLatin1String(Schema::spec(entity).wire)},
                  {QStringLiteral("id"), rowId},
                  {QStringLiteral("fields"), fields},
                  {QStringLiteral("version"), version.toString()}};
    if (hasBase) {
        QJsonObject b;
        for (auto it = base.cbegin(); it != base.cend(); ++it)
            b.insert(it.key(), it.value().toString());
        o.insert(QStringLiteral("base"), b);
    }
    if (!seen.isNull())
        o.insert(QStringLiteral("seen"), seen.toString());
    if (!fieldVersions.isEmpty()) {
        QJsonObject v;
        for (auto it = fieldVersions.cbegin(); it != fieldVersions.cend(); ++it)
            v.insert(it.key(), it.value().toString());
        o.insert(QStringLiteral("versions"), v);
    }
    return o;
}

namespace {

// Ids are compared as text everywhere (keys, scopes, references), so only the 36-character
// lower-case form names a row: "{…}" or upper-case letters would make another row of the
// same UUID. QUuid::fromString takes both, so its answer is compared back.
bool isCanonicalUuid(const QString &text)
{
    const QUuid id = QUuid::fromString(text);
    return !id.isNull() && id.toString(QUuid::WithoutBraces) == text;
}

} // namespace

std::optional<Change> Change::fromJson(const QJsonObject &json, QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<Change> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    static const QStringList known{QStringLiteral("op_id"),   QStringLiteral("entity"),
                                   QStringLiteral("id"),      QStringLiteral("fields"),
                                   QStringLiteral("version"), QStringLiteral("base"),
                                   QStringLiteral("seen"),    QStringLiteral("versions")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(
                QCoreApplication::translate("Sync", "Unknown key “%1” in a change.").arg(it.key()));
    }
    Change c;
    c.opId = json.value(QStringLiteral("op_id")).toString();
    if (!isCanonicalUuid(c.opId))
        return fail(QCoreApplication::translate(
            "Sync",
            "A change needs an op_id that is a UUID in its lower-case form, without braces."));
    const EntitySpec *spec = Schema::find(json.value(QStringLiteral("entity")).toString());
    if (!spec)
        return fail(QCoreApplication::translate("Sync", "Unknown entity type “%1”.")
                        .arg(json.value(QStringLiteral("entity")).toVariant().toString()));
    c.entity = spec->entity;
    c.rowId = json.value(QStringLiteral("id")).toString();
    if (!isCanonicalUuid(c.rowId))
        return fail(QCoreApplication::translate(
            "Sync",
            "A change needs a row id that is a UUID in its lower-case form, without braces."));
    bool ok = false;
    c.version = Version::fromString(json.value(QStringLiteral("version")).toString(), &ok);
    if (!ok || c.version.device.isEmpty() || c.version.device.size() > 64)
        return fail(QCoreApplication::translate(
            "Sync", "A change needs a version of the form “hlc/device”."));
    const QJsonValue fields = json.value(QStringLiteral("fields"));
    if (!fields.isObject() || fields.toObject().isEmpty())
        return fail(
            QCoreApplication::translate("Sync", "A change needs a non-empty “fields” object."));
    const QJsonObject f = fields.toObject();
    for (auto it = f.begin(); it != f.end(); ++it) {
        const Column *column = spec->column(it.key());
        if (!column)
            return fail(QCoreApplication::translate("Sync", "Unknown field “%1” of %2.")
                            .arg(it.key(), QLatin1String(spec->wire)));
        QJsonValue v = it.value();
        QString why;
        if (!Schema::normalize(*column, v, &why))
            return fail(why);
        c.fields.insert(it.key(), v);
    }
    const QJsonValue base = json.value(QStringLiteral("base"));
    c.hasBase = !base.isUndefined();
    if (c.hasBase) {
        if (!base.isObject())
            return fail(QCoreApplication::translate("Sync", "“base” must be an object."));
        const QJsonObject b = base.toObject();
        for (auto it = b.begin(); it != b.end(); ++it) {
            const Version v = Version::fromString(it.value().toString(), &ok);
            if (!ok || !spec->column(it.key()))
                return fail(QCoreApplication::translate("Sync", "Bad base version for “%1”.")
                                .arg(it.key()));
            c.base.insert(it.key(), v);
        }
    }
    const QJsonValue versions = json.value(QStringLiteral("versions"));
    if (!versions.isUndefined()) {
        if (!versions.isObject())
            return fail(QCoreApplication::translate("Sync", "“versions” must be an object."));
        const QJsonObject vs = versions.toObject();
        for (auto it = vs.begin(); it != vs.end(); ++it) {
            const Version v = Version::fromString(it.value().toString(), &ok);
            if (!ok || !c.fields.contains(it.key()))
                return fail(
                    QCoreApplication::translate("Sync", "Bad version for “%1”.").arg(it.key()));
            c.fieldVersions.insert(it.key(), v);
        }
    }
    const QJsonValue seen = json.value(QStringLiteral("seen"));
    if (!seen.isUndefined()) {
        c.seen = Version::fromString(seen.toString(), &ok);
        if (!ok)
            return fail(QCoreApplication::translate("Sync", "Bad “seen” version."));
    }
    return c;
}

} // namespace df
