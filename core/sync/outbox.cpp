// The outbox half of SyncStore: local edits queued as changes, taken for a push (and
// frozen on their first send), acknowledged, refused or re-stamped.
#include "sync/syncstore.h"

#include "domain/uuid.h"
#include "store/database.h"
#include "sync/rowsql.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace df {

void SyncStore::addToOutbox(const EntitySpec &spec, const Change &change)
{
    const QString wire = QString::fromLatin1(spec.wire);
    auto find = m_db.prepare("SELECT seq, fields, base, pinned FROM outbox WHERE entity = ?1 AND "
                             "row_id = ?2 AND sent = 0 ORDER BY seq DESC LIMIT 1");
    find.bind(1, wire).bind(2, change.rowId);
    bool grow = find.step();
    if (grow && !find.isNull(3)) {
        // A field whose earlier local value was pinned (a pull overwrote it) is edited
        // again: the pinned value still goes to the server in its own entry, so the
        // conflict is recorded there, and the new value follows in a new entry.
        const QJsonObject pinned = QJsonDocument::fromJson(find.text(3).toUtf8()).object();
        for (auto it = change.fields.begin(); grow && it != change.fields.end(); ++it)
            grow = !pinned.contains(it.key());
    }
    if (grow) {
        // Not sent yet: the same entry grows, keeping what was seen before the first edit.
        const qint64 seq = find.int64(0);
        QStringList names = fieldNames(spec, find.text(1));
        QJsonObject base = QJsonDocument::fromJson(find.text(2).toUtf8()).object();
        find.reset();
        for (auto it = change.fields.begin(); it != change.fields.end(); ++it) {
            if (names.contains(it.key()))
                continue;
            names.append(it.key());
            if (change.base.contains(it.key()))
                base.insert(it.key(), change.base.value(it.key()).toString());
        }
        m_db.prepare("UPDATE outbox SET fields = ?2, base = ?3 WHERE seq = ?1")
            .bind(1, seq)
            .bind(2, names.join(QLatin1Char(',')))
            .bind(3, base.isEmpty()
                         ? QString()
                         : QString::fromUtf8(QJsonDocument(base).toJson(QJsonDocument::Compact)))
            .exec();
        return;
    }
    find.reset();
    QString base;
    if (!change.base.isEmpty()) {
        QJsonObject b;
        for (auto it = change.base.cbegin(); it != change.base.cend(); ++it)
            b.insert(it.key(), it.value().toString());
        base = QString::fromUtf8(QJsonDocument(b).toJson(QJsonDocument::Compact));
    }
    m_db.prepare("INSERT INTO outbox(op_id, entity, row_id, fields, base, seen, created_at) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .bind(1, Uuid::v7())
        .bind(2, wire)
        .bind(3, change.rowId)
        // "*": a new row, every column; keeps the outbox small during bulk entry.
        .bind(4, change.base.isEmpty() && change.seen.isNull() &&
                         change.fields.size() == spec.columns.size()
                     ? QStringLiteral("*")
                     : QStringList(change.fields.keys()).join(QLatin1Char(',')))
        .bind(5, base)
        .bind(6, change.seen.toString())
        .bind(7, QDateTime::currentMSecsSinceEpoch())
        .exec();
}

bool SyncStore::retractUnsent(Entity entity, const QString &id, const QString &versions)
{
    const EntitySpec &spec = Schema::spec(entity);
    Transaction tx(m_db);
    if (versions.isNull() || rowVersions(entity, id) != versions)
        return false;
    // Unsent: the row's changes are all still in the outbox, none of them sent. A row with
    // no outbox entry at all, on a device that sends (tracking), was acknowledged by the
    // server (its entries are gone), so it cannot be taken back quietly: the caller writes a
    // change instead. A device that never sends (a demo) can always take it back.
    auto sent = m_db.prepare("SELECT count(*), coalesce(sum(sent), 0) FROM outbox "
                             "WHERE entity = ?1 AND row_id = ?2");
    sent.bind(1, QString::fromLatin1(spec.wire)).bind(2, id);
    if (!sent.step() || (m_tracking && sent.int64(0) == 0) || sent.int64(1) > 0)
        return false;
    sent.reset();
    m_db.prepare("DELETE FROM outbox WHERE entity = ?1 AND row_id = ?2")
        .bind(1, QString::fromLatin1(spec.wire))
        .bind(2, id)
        .exec();
    evict(entity, id);
    tx.commit();
    return true;
}

QList<OutboxEntry> SyncStore::pending(int limit)
{
    QList<OutboxEntry> out;
    Transaction tx(m_db);
    auto st = m_db.prepare("SELECT seq, op_id, entity, row_id, fields, base, seen, pinned, "
                           "sent FROM outbox ORDER BY seq LIMIT ?1");
    st.bind(1, limit);
    struct Raw
    {
        qint64 seq;
        QString opId, entity, rowId, fields, base, seen, pinned;
        bool sent;
    };
    QList<Raw> raws;
    while (st.step())
        raws.append({st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5),
                     st.text(6), st.text(7), st.int64(8) != 0});
    st.reset();
    // An entry sent for the first time keeps what it carries (every field pinned, the
    // fields pinned only now listed under "*"): a retry of its op_id carries the same
    // change, not the row's later values. The server applied only the first copy of an op
    // it received; had the retry carried a later edit of the row, a later entry, whose base
    // is the version before that edit, would seem to the server concurrent with it.
    auto freeze = m_db.prepare("UPDATE outbox SET sent = 1, pinned = ?2 WHERE seq = ?1");
    for (const Raw &raw : raws) {
        OutboxEntry e;
        e.seq = raw.seq;
        Change &c = e.change;
        c.opId = raw.opId;
        c.rowId = raw.rowId;
        const EntitySpec *spec = Schema::find(raw.entity);
        if (!spec)
            continue;
        c.entity = spec->entity;
        const StoredRow row = read(*spec, raw.rowId);
        const QJsonObject pinned = QJsonDocument::fromJson(raw.pinned.toUtf8()).object();
        QHash<QString, Version> versions;
        for (const QString &field : fieldNames(*spec, raw.fields)) {
            if (pinned.contains(field)) {
                const QJsonObject p = pinned.value(field).toObject();
                c.fields.insert(field, p.value(QStringLiteral("value")));
                versions.insert(field,
                                Version::fromString(p.value(QStringLiteral("version")).toString()));
            } else if (row.exists) {
                c.fields.insert(field, row.fields.value(field));
                versions.insert(field, row.versions.of(field));
            }
        }
        // One version for the change, overrides for fields written at another one.
        for (const Version &v : versions)
            c.version = std::max(c.version, v);
        for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
            if (it.value() != c.version)
                c.fieldVersions.insert(it.key(), it.value());
        }
        const QJsonObject base = QJsonDocument::fromJson(raw.base.toUtf8()).object();
        for (auto it = base.begin(); it != base.end(); ++it)
            c.base.insert(it.key(), Version::fromString(it.value().toString()));
        c.seen = Version::fromString(raw.seen);
        out.append(e);
        if (raw.sent)
            continue;
        QJsonObject frozen = pinned;
        QJsonArray pinnedNow;
        for (auto it = c.fields.constBegin(); it != c.fields.constEnd(); ++it) {
            if (frozen.contains(it.key()))
                continue;
            QJsonObject p;
            p.insert(QStringLiteral("value"), it.value());
            p.insert(QStringLiteral("version"), c.versionOf(it.key()).toString());
            frozen.insert(it.key(), p);
            pinnedNow.append(it.key());
        }
        if (!pinnedNow.isEmpty())
            frozen.insert(QStringLiteral("*"), pinnedNow);
        freeze.bind(1, raw.seq);
        if (frozen.isEmpty())
            freeze.bindNull(2);
        else
            freeze.bind(2, QString::fromUtf8(QJsonDocument(frozen).toJson(QJsonDocument::Compact)));
        freeze.exec();
    }
    freeze.reset();
    tx.commit();
    return out;
}

int SyncStore::pendingCount()
{
    auto st = m_db.prepare("SELECT count(*) FROM outbox");
    st.step();
    return st.int32(0);
}

void SyncStore::acknowledge(const QStringList &opIds)
{
    Transaction tx(m_db);
    auto st = m_db.prepare("DELETE FROM outbox WHERE op_id = ?1");
    for (const QString &op : opIds) {
        st.bind(1, op);
        st.exec();
    }
    tx.commit();
}

void SyncStore::logRejection(const Change &change, const QString &reason)
{
    m_db.prepare("INSERT INTO sync_log(at, op_id, entity, row_id, message) "
                 "VALUES (?1, ?2, ?3, ?4, ?5)")
        .bind(1, QDateTime::currentMSecsSinceEpoch())
        .bind(2, change.opId)
        .bind(3, QString::fromLatin1(Schema::spec(change.entity).wire))
        .bind(4, change.rowId)
        .bind(5, reason)
        .exec();
}

void SyncStore::restamp(const QStringList &opIds)
{
    Transaction tx(m_db);
    auto select =
        m_db.prepare("SELECT entity, row_id, fields, pinned FROM outbox WHERE op_id = ?1");
    auto unfreeze = m_db.prepare("UPDATE outbox SET sent = 0, pinned = ?2 WHERE op_id = ?1");
    const QString me = deviceId();
    for (const QString &op : opIds) {
        select.bind(1, op);
        if (!select.step()) {
            select.reset();
            continue;
        }
        const EntitySpec *spec = Schema::find(select.text(0));
        const QString rowId = select.text(1);
        const QString fieldList = select.text(2);
        QJsonObject pinned = QJsonDocument::fromJson(select.text(3).toUtf8()).object();
        select.reset();
        if (!spec)
            continue;
        // The server did not record the op: what it carried when first sent is let go (it is
        // taken from the row again, re-stamped, at the next push), and our own stamps on
        // values a pull overwrote move to the corrected clock as well, below the row's.
        for (const QJsonValue &f : pinned.take(QStringLiteral("*")).toArray())
            pinned.remove(f.toString());
        for (auto it = pinned.begin(); it != pinned.end(); ++it) {
            QJsonObject p = it.value().toObject();
            if (Version::fromString(p.value(QStringLiteral("version")).toString()).device != me)
                continue;
            p.insert(QStringLiteral("version"), Version{m_clock.now(), me}.toString());
            it.value() = p;
        }
        unfreeze.bind(1, op);
        if (pinned.isEmpty())
            unfreeze.bindNull(2);
        else
            unfreeze.bind(2,
                          QString::fromUtf8(QJsonDocument(pinned).toJson(QJsonDocument::Compact)));
        unfreeze.exec();
        const QStringList names = fieldNames(*spec, fieldList);
        StoredRow row = read(*spec, rowId);
        if (!row.exists)
            continue;
        // Our own versions on these fields move to the corrected clock.
        const Version now{m_clock.now(), me};
        MergeResult same;
        same.fields = row.fields;
        same.versions = row.versions;
        for (const QString &field : names) {
            if (row.versions.of(field).device == me)
                same.versions.set(field, now);
        }
        updateRow(*spec, rowId, {}, same.fields, same.versions); // the versions only
    }
    saveClock();
    tx.commit();
}

} // namespace df
