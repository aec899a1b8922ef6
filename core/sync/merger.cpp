#include "sync/merger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace df {

namespace {

bool isCheckInGroup(Entity e, const QString &field)
{
    return e == Entity::Attendance &&
           (field == QLatin1String("checked_in_at") || field == QLatin1String("method") ||
            field == QLatin1String("recorded_by"));
}

struct Incoming
{
    const QJsonObject &fields;
    std::function<Version(const QString &)> versionOf;
    const Change *change;          // null for a server row
    const FieldVersions *versions; // a server row's versions, null for a change
};

MergeResult merge(const EntitySpec &spec, const StoredRow &cur, const Incoming &in)
{
    MergeResult r;
    r.fields = cur.fields;
    r.versions = cur.versions;
    const auto take = [&](const QString &field, const QJsonValue &value, const Version &v) {
        if (r.fields.value(field) != value || r.versions.of(field) != v ||
            !r.fields.contains(field))
            r.changed.append(field);
        r.fields.insert(field, value);
        r.versions.set(field, v);
    };

    if (!cur.exists) {
        if (in.change && in.change->fieldVersions.isEmpty()) {
            // A new row from one local write: every field at the change's version.
            r.fields = in.fields;
            r.versions = FieldVersions(in.change->version);
            r.changed = in.fields.keys();
            return r;
        }
        if (in.versions) {
            // A new row from the server: its versions as they are, so that a row written
            // at one version keeps the one-version form ({"*": …}) and stays small.
            r.fields = in.fields;
            r.versions = *in.versions;
            r.changed = in.fields.keys();
            return r;
        }
        for (auto it = in.fields.begin(); it != in.fields.end(); ++it)
            take(it.key(), it.value(), in.versionOf(it.key()));
        return r;
    }

    // Attendance: the earliest check-in wins with its method and recorder; the group's
    // version is the newest of both sides, so every order of merges ends the same.
    if (spec.entity == Entity::Attendance && in.fields.contains(QStringLiteral("checked_in_at"))) {
        const QString key = QStringLiteral("checked_in_at");
        const QJsonValue mine = cur.fields.value(key);
        const QJsonValue theirs = in.fields.value(key);
        const QString by = QStringLiteral("recorded_by");
        // Equal times are ordered by recorder, so that the outcome never depends on order.
        const bool theirsEarlier =
            !theirs.isNull() &&
            (mine.isNull() || theirs.toInteger() < mine.toInteger() ||
             (theirs.toInteger() == mine.toInteger() &&
              in.fields.value(by).toString() < cur.fields.value(by).toString()));
        const Version v = std::max(in.versionOf(key), cur.versions.of(key));
        for (const char *f : {"checked_in_at", "method", "recorded_by"}) {
            const QString field = QLatin1String(f);
            take(field,
                 theirsEarlier && in.fields.contains(field) ? in.fields.value(field)
                                                            : r.fields.value(field),
                 v);
        }
    }

    // Attendance has its own rule (above). A conflict row's resolution is last-writer-wins
    // without a note: two people who resolve one conflict at once have both closed it, and
    // a conflict about which of them did would be one more question for a person, with no
    // right answer (its "restore" names the other user, which the server refuses from
    // anyone but that user).
    const bool conflicts =
        in.change && spec.entity != Entity::Attendance && spec.entity != Entity::Conflict;
    for (auto it = in.fields.begin(); it != in.fields.end(); ++it) {
        const QString &field = it.key();
        if (isCheckInGroup(spec.entity, field))
            continue;
        const Column *column = spec.column(field);
        if (column && column->immutable && cur.fields.contains(field)) {
            // Two creators of the same row (attendance ids derive from activity and
            // member): the earliest version is kept, so every order of merges agrees.
            if (cur.fields.value(field) == it.value() &&
                in.versionOf(field) < cur.versions.of(field))
                take(field, it.value(), in.versionOf(field));
            continue;
        }
        const Version iv = in.versionOf(field);
        const Version cv = cur.versions.of(field);
        const QJsonValue mine = cur.fields.value(field);
        const bool differ = mine != it.value();
        const bool concurrent = conflicts && in.change->hasBase && differ && !cv.isNull() &&
                                in.change->base.value(field) != cv;
        if (iv > cv) {
            take(field, it.value(), iv);
            if (concurrent)
                r.conflicts.append({ConflictKind::ConcurrentEdit, field, it.value(), mine, iv, cv});
        } else if (iv < cv && concurrent) {
            r.conflicts.append({ConflictKind::ConcurrentEdit, field, mine, it.value(), cv, iv});
        }
    }

    // Without "seen" the device said nothing of what it had seen: no edit-versus-delete note.
    if (conflicts && spec.hasTombstone && !in.change->seen.isNull()) {
        const QString del = QStringLiteral("deleted");
        const bool wasDeleted = cur.fields.value(del).toInteger() != 0;
        const bool deletes = in.fields.value(del).toInteger() != 0;
        if (deletes && !wasDeleted && cur.versions.newest() > in.change->seen &&
            cur.versions.newest().device != in.change->versionOf(del).device) {
            // Deleted by someone who had not seen the latest edit.
            r.conflicts.append({ConflictKind::EditVersusDelete, del, QJsonValue(qint64(1)),
                                QJsonValue(qint64(0)), in.change->versionOf(del),
                                cur.versions.newest()});
        } else if (wasDeleted && !in.fields.contains(del) &&
                   cur.versions.of(del) > in.change->seen) {
            // Edited by someone who had not seen the delete: the edit is applied underneath
            // the tombstone and kept here so that it can be restored.
            QJsonObject lost;
            for (auto it = in.fields.begin(); it != in.fields.end(); ++it)
                lost.insert(it.key(), it.value());
            r.conflicts.append({ConflictKind::EditVersusDelete, del, QJsonValue(qint64(1)),
                                QJsonValue(lost), cur.versions.of(del), in.change->newest()});
        }
    }
    return r;
}

} // namespace

QString ConflictNote::id(Entity entity, const QString &rowId) const
{
    static const QUuid ns(QStringLiteral("0b6a3f52-9d1e-5c47-8e2a-41f7c3d9e605"));
    return QUuid::createUuidV5(ns, QString(QString::number(int(entity)) + QLatin1Char('/') + rowId +
                                           QLatin1Char('/') + field + QLatin1Char('/') +
                                           lostVersion.toString() + QLatin1Char('/') +
                                           keptVersion.toString()))
        .toString(QUuid::WithoutBraces);
}

MergeResult Merger::applyChange(const EntitySpec &spec, const StoredRow &current,
                                const Change &change)
{
    return merge(
        spec, current,
        {change.fields, [&](const QString &f) { return change.versionOf(f); }, &change, nullptr});
}

MergeResult Merger::applyRow(const EntitySpec &spec, const StoredRow &current, const RowState &row)
{
    return merge(
        spec, current,
        {row.fields, [&](const QString &f) { return row.versions.of(f); }, nullptr, &row.versions});
}

QString Merger::encodeValue(const QJsonValue &value)
{
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QJsonValue Merger::decodeValue(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray('[' + text.toUtf8() + ']'));
    return doc.array().isEmpty() ? QJsonValue() : doc.array().first();
}

} // namespace df
