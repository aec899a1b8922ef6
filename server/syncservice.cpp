#include "syncservice.h"

#include "domain/uuid.h"
#include "sync/merger.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcServerSync, "doanfield.server.sync")

namespace df {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Server", text);
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject rejection(const Change &c, const char *code, const QString &message)
{
    return {{QStringLiteral("op_id"), c.opId},
            {QStringLiteral("code"), QLatin1String(code)},
            {QStringLiteral("message"), message}};
}

bool isOfficer(const User &u)
{
    return u.role == QLatin1String("admin") || u.role == QLatin1String("officer");
}

} // namespace

SyncService::SyncService(ServerStore &store, HybridClock::TimeSource time)
    : m_store(store)
    , m_clock(std::move(time))
{
    m_clock.restore(m_store.meta("hlc"));
}

SyncService::Current SyncService::load(Entity entity, const QString &id)
{
    if (m_batching) {
        const auto it = m_rows.constFind(rowKey(entity, id));
        if (it != m_rows.constEnd())
            return *it;
    }
    Current c;
    QSqlQuery q = m_store.exec(
        QStringLiteral("SELECT data, versions, scope FROM rows WHERE entity = ? AND id = ?"),
        {Schema::wireName(entity), id});
    if (q.next()) {
        c.row.exists = true;
        c.row.fields = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        c.row.versions = FieldVersions::decode(q.value(1).toString());
        c.scope = q.value(2).toString();
    }
    q.finish();
    if (m_batching)
        m_rows.insert(rowKey(entity, id), c);
    return c;
}

QString SyncService::scopeOf(Entity entity, const QString &id, const QJsonObject &f,
                             QString *reason)
{
    const auto unitScope = [&](const QString &unitId) {
        const QString path = m_store.unitPath(unitId);
        if (path.isEmpty())
            *reason = tr("The unit %1 does not exist on the server.").arg(unitId);
        return path;
    };
    switch (entity) {
    case Entity::Unit: {
        const QString parent = f.value(QStringLiteral("parent_id")).toString();
        if (parent.isEmpty())
            return QLatin1Char('/') + id + QLatin1Char('/');
        const QString parentPath = unitScope(parent);
        if (parentPath.isEmpty())
            return {};
        if (parentPath.contains(QLatin1Char('/') + id + QLatin1Char('/'))) {
            *reason = tr("A unit cannot be moved under itself or one of its own units.");
            return {};
        }
        return parentPath + id + QLatin1Char('/');
    }
    case Entity::Member:
    case Entity::Activity:
    case Entity::Target:
        return unitScope(f.value(QStringLiteral("unit_id")).toString());
    case Entity::Attendance:
    case Entity::VolunteerEntry: {
        const bool attendance = entity == Entity::Attendance;
        const QString ref =
            f.value(attendance ? QStringLiteral("activity_id") : QStringLiteral("member_id"))
                .toString();
        const Current owner = load(attendance ? Entity::Activity : Entity::Member, ref);
        if (!owner.row.exists)
            *reason = attendance ? tr("The activity %1 does not exist on the server.").arg(ref)
                                 : tr("The member %1 does not exist on the server.").arg(ref);
        return owner.scope;
    }
    case Entity::Conflict:
        break;
    }
    *reason = tr("Conflict records are made by the server.");
    return {};
}

void SyncService::writeRow(Entity entity, const QString &id, const QString &scope,
                           const MergeResult &merged)
{
    const qint64 seq = ++m_seq;
    if (m_batching) {
        // Written with the rest of the push; later reads of this push see it here.
        const QString key = rowKey(entity, id);
        Current &c = m_rows[key];
        c.row.exists = true;
        c.row.fields = merged.fields;
        c.row.versions = merged.versions;
        c.scope = scope;
        m_pending.insert(key, {Schema::wireName(entity), id, scope, compact(merged.fields),
                               merged.versions.encode(), seq});
        return;
    }
    m_store.exec(QStringLiteral("INSERT INTO rows(entity, id, scope, data, versions, seq) VALUES "
                                "(?, ?, ?, ?, ?, ?) ON CONFLICT(entity, id) DO UPDATE SET "
                                "scope = excluded.scope, data = excluded.data, "
                                "versions = excluded.versions, seq = excluded.seq"),
                 {Schema::wireName(entity), id, scope, compact(merged.fields),
                  merged.versions.encode(), seq});
}

void SyncService::evict(Entity entity, const QString &id, const QString &oldScope,
                        const QString &newScope)
{
    m_store.exec(QStringLiteral("INSERT INTO evictions(seq, entity, id, old_scope, new_scope) "
                                "VALUES (?, ?, ?, ?, ?)"),
                 {++m_seq, Schema::wireName(entity), id, oldScope, newScope});
}

void SyncService::moveSubtree(const QString &oldPath, const QString &newPath)
{
    // Every row under the moved unit changes scope: devices of the new scope receive
    // them (a new sequence number), devices of the old one an eviction. The table is
    // brought up to date first, and what this push has read is read again afterwards.
    flushWrites();
    m_rows.clear();
    QSqlQuery q = m_store.exec(
        QStringLiteral("SELECT entity, id, scope FROM rows WHERE scope LIKE ? ORDER BY seq"),
        {oldPath + QLatin1Char('%')});
    QList<std::tuple<QString, QString, QString>> moved;
    while (q.next())
        moved.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    for (const auto &[entity, id, scope] : moved) {
        moveStoredRow(entity, id, scope, newPath + scope.mid(oldPath.size()));
    }
    for (const auto &[id, path] : m_store.unitsUnder(oldPath))
        m_store.setUnitPath(id, newPath + path.mid(oldPath.size()));
}

void SyncService::moveDependents(Entity entity, const QString &id, const QString &oldScope,
                                 const QString &newScope)
{
    // Rows whose scope is this row's go with it: a transferred member's volunteer hours,
    // a moved activity's attendance, and the conflict records of all of them. The devices
    // of the old scope get evictions, those of the new one the rows.
    flushWrites();
    m_rows.clear();
    const auto withField = [&](const char *entityWire, const char *field, const QString &value) {
        const QString needle = QStringLiteral("%\"%1\":\"%2\"%").arg(QLatin1String(field), value);
        QSqlQuery q = m_store.exec(QStringLiteral("SELECT id, data FROM rows WHERE entity = ? AND "
                                                  "scope = ? AND data LIKE ?"),
                                   {QLatin1String(entityWire), oldScope, needle});
        QStringList ids;
        while (q.next()) {
            // The text match finds candidates; the parsed field decides.
            const QJsonObject data =
                QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
            if (data.value(QLatin1String(field)).toString() == value)
                ids.append(q.value(0).toString());
        }
        return ids;
    };
    QList<std::pair<QString, QString>> moved; // (entity wire, id)
    QStringList owners{id};
    if (entity == Entity::Member) {
        for (const QString &e : withField("volunteer_entry", "member_id", id)) {
            moved.append({QStringLiteral("volunteer_entry"), e});
            owners.append(e);
        }
    } else if (entity == Entity::Activity) {
        for (const QString &a : withField("attendance", "activity_id", id))
            moved.append({QStringLiteral("attendance"), a});
    }
    for (const QString &owner : std::as_const(owners)) {
        for (const QString &conflict : withField("conflict", "row_id", owner))
            moved.append({QStringLiteral("conflict"), conflict});
    }
    for (const auto &[wireName, rowId] : moved)
        moveStoredRow(wireName, rowId, oldScope, newScope);
}

void SyncService::moveStoredRow(const QString &entity, const QString &id, const QString &oldScope,
                                const QString &newScope)
{
    m_store.exec(QStringLiteral("INSERT INTO evictions(seq, entity, id, old_scope, new_scope) "
                                "VALUES (?, ?, ?, ?, ?)"),
                 {++m_seq, entity, id, oldScope, newScope});
    m_store.exec(QStringLiteral("UPDATE rows SET scope = ?, seq = ? WHERE entity = ? AND id = ?"),
                 {newScope, ++m_seq, entity, id});
}

void SyncService::recordConflicts(Entity entity, const QString &rowId, const QString &scope,
                                  const QList<ConflictNote> &notes)
{
    for (const ConflictNote &n : notes) {
        const QString id = n.id(entity, rowId);
        if (load(Entity::Conflict, id).row.exists)
            continue;
        MergeResult r;
        r.fields = {{QStringLiteral("entity"), Schema::wireName(entity)},
                    {QStringLiteral("row_id"), rowId},
                    {QStringLiteral("field"), n.field},
                    {QStringLiteral("kind"), qint64(n.kind)},
                    {QStringLiteral("kept_value"), Merger::encodeValue(n.keptValue)},
                    {QStringLiteral("lost_value"), Merger::encodeValue(n.lostValue)},
                    {QStringLiteral("kept_version"), n.keptVersion.toString()},
                    {QStringLiteral("lost_version"), n.lostVersion.toString()},
                    {QStringLiteral("kept_user"), m_store.usernameForDevice(n.keptVersion.device)},
                    {QStringLiteral("lost_user"), m_store.usernameForDevice(n.lostVersion.device)},
                    {QStringLiteral("resolved"), qint64(0)},
                    {QStringLiteral("resolved_by"), QJsonValue::Null},
                    {QStringLiteral("deleted"), qint64(0)}};
        r.versions = FieldVersions({m_clock.now(), QStringLiteral("server")});
        writeRow(Entity::Conflict, id, scope, r);
    }
}

QJsonObject SyncService::applyOne(const User &user, const QString &userScope, const QString &device,
                                  QDate today, const Change &c)
{
    const EntitySpec &spec = Schema::spec(c.entity);
    const Current cur = load(c.entity, c.rowId);
    if (cur.row.exists && !cur.scope.startsWith(userScope))
        return rejection(c, "out_of_scope",
                         tr("This record belongs to a unit outside your scope."));
    // Who wrote it comes from the session, not from the change.
    QList<Version> stamps = c.fieldVersions.values();
    stamps.append(c.version);
    for (const Version &v : std::as_const(stamps)) {
        if (v.device != device)
            return rejection(c, "forbidden",
                             tr("A change must be stamped with this session's device “%1”, "
                                "not “%2”.")
                                 .arg(device, v.device));
    }
    for (auto it = c.fields.begin(); it != c.fields.end(); ++it) {
        QString why;
        if (!Schema::check(*spec.column(it.key()), it.value(), today, &why))
            return rejection(c, "invalid", why);
    }
    for (const char *by : {"resolved_by", "confirmed_by"}) {
        const QJsonValue who = c.fields.value(QLatin1String(by));
        if (who.isString() && who.toString() != user.username)
            return rejection(c, "forbidden",
                             tr("“%1” must be the signed-in user “%2”, not “%3”.")
                                 .arg(QLatin1String(by), user.username, who.toString()));
    }
    if (c.entity == Entity::Conflict) {
        if (!cur.row.exists)
            return rejection(c, "forbidden", tr("Conflict records are made by the server."));
        for (auto it = c.fields.begin(); it != c.fields.end(); ++it) {
            if (it.key() != QLatin1String("resolved") && it.key() != QLatin1String("resolved_by"))
                return rejection(c, "immutable",
                                 tr("Only the resolution of a conflict can change."));
        }
    }
    if (!cur.row.exists) {
        for (const Column &col : spec.columns) {
            if (col.required && !c.fields.contains(QLatin1String(col.name)))
                return rejection(c, "incomplete",
                                 tr("A new %1 needs the field “%2”.")
                                     .arg(QLatin1String(spec.wire), QLatin1String(col.name)));
        }
        // parent_id absent or null: a top-level unit.
        if (c.entity == Entity::Unit &&
            c.fields.value(QStringLiteral("parent_id")).toString().isEmpty() &&
            user.role != QLatin1String("admin"))
            return rejection(c, "forbidden", tr("Only an administrator can add a top-level unit."));
    } else {
        for (const Column &col : spec.columns) {
            const QString name = QLatin1String(col.name);
            if (col.immutable && c.fields.contains(name) &&
                c.fields.value(name) != cur.row.fields.value(name))
                return rejection(c, "immutable",
                                 c.entity == Entity::VolunteerEntry
                                     ? tr("Volunteer entries cannot be edited; add a new entry "
                                          "instead.")
                                     : tr("The field “%1” cannot change.").arg(name));
        }
    }
    if (c.entity == Entity::Attendance) {
        const QJsonObject &f = cur.row.exists ? cur.row.fields : c.fields;
        if (Uuid::attendanceId(f.value(QStringLiteral("activity_id")).toString(),
                               f.value(QStringLiteral("member_id")).toString()) != c.rowId)
            return rejection(c, "invalid",
                             tr("An attendance id must be derived from its "
                                "activity and member."));
    }
    // A new entry from a secretary starts pending; only an officer moves it on.
    if (c.entity == Entity::VolunteerEntry && c.fields.contains(QStringLiteral("confirmation")) &&
        !isOfficer(user) &&
        c.fields.value(QStringLiteral("confirmation")) !=
            (cur.row.exists ? cur.row.fields.value(QStringLiteral("confirmation"))
                            : QJsonValue(qint64(0))))
        return rejection(c, "forbidden",
                         tr("Only an officer can confirm or reject volunteer hours."));

    const MergeResult merged = Merger::applyChange(spec, cur.row, c);
    QString reason;
    QString scope = cur.scope;
    if (c.entity != Entity::Conflict) {
        scope = scopeOf(c.entity, c.rowId, merged.fields, &reason);
        if (scope.isEmpty())
            return rejection(
                c, reason.contains(QLatin1String("itself")) ? "cycle" : "unknown_reference",
                reason);
    }
    if (!scope.startsWith(userScope))
        return rejection(c, "out_of_scope",
                         tr("The change would put this record in a unit outside your scope."));
    // A unit's targets are set from above: by an officer of an ancestor unit, or by an
    // administrator for the top of their scope too.
    if (c.entity == Entity::Target &&
        (!isOfficer(user) || (scope == userScope && user.role != QLatin1String("admin"))))
        return rejection(c, "forbidden",
                         tr("A unit's targets are set by an officer of a unit above it."));
    if (merged.anyChange() || scope != cur.scope) {
        writeRow(c.entity, c.rowId, scope, merged);
        if (c.entity == Entity::Unit)
            m_store.setUnitPath(c.rowId, scope);
        if (cur.row.exists && scope != cur.scope) {
            evict(c.entity, c.rowId, cur.scope, scope);
            if (c.entity == Entity::Unit)
                moveSubtree(cur.scope, scope);
            else
                moveDependents(c.entity, c.rowId, cur.scope, scope);
        }
    }
    recordConflicts(c.entity, c.rowId, scope, merged.conflicts);
    m_clock.observe(c.newest().hlc);
    return {};
}

QJsonObject SyncService::push(const User &user, const QString &device, const QJsonValue &changes)
{
    if (!changes.isArray())
        throw RequestError{400, QStringLiteral("bad_request"), tr("“changes” must be an array.")};
    const QJsonArray array = changes.toArray();
    if (array.size() > kMaxChanges)
        throw RequestError{413, QStringLiteral("too_many_changes"),
                           tr("Send at most %1 changes at a time.").arg(kMaxChanges)};
    QList<Change> parsed;
    parsed.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString why;
        if (!array[i].isObject())
            throw RequestError{400, QStringLiteral("bad_change"),
                               tr("Change %1 is not an object.").arg(i)};
        auto c = Change::fromJson(array[i].toObject(), &why);
        if (!c)
            throw RequestError{400, QStringLiteral("bad_change"),
                               tr("Change %1: %2").arg(i).arg(why)};
        parsed.append(*c);
    }

    const QString userScope = m_store.unitPath(user.unitId);
    if (userScope.isEmpty())
        throw RequestError{403, QStringLiteral("no_scope"),
                           tr("Your account is attached to a unit that no longer exists.")};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // The latest date that is "today" anywhere (UTC+14): a date no later is not in the future.
    const QDate today =
        QDateTime::fromMSecsSinceEpoch(m_clock.wallMs() + 14 * 3600 * 1000, Qt::UTC).date();
    const qint64 limitMs = m_clock.wallMs() + m_maxSkewMs;
    QJsonArray accepted, rejected;
    m_store.begin();
    try {
        QHash<QString, Seen> seen;
        m_batching = true;
        m_seq = startPush(parsed, &seen);
        QVariantList log; // the ops rows of this push, written together at the end
        for (const Change &c : parsed) {
            const auto known = seen.constFind(c.opId);
            if (known != seen.constEnd()) {
                // Already applied (a retry): the same answer, nothing applied twice.
                if (known->accepted) {
                    accepted.append(c.opId);
                } else {
                    // The row as it is now, like the first answer, so the device can reset.
                    QJsonObject again = rejection(c, "rejected", known->reason);
                    again.insert(QStringLiteral("current"),
                                 currentJson(c.entity, c.rowId, userScope));
                    rejected.append(again);
                }
                continue;
            }
            if (c.newest().wallMs() > limitMs) {
                // Not recorded: the device re-stamps the change and sends it again.
                QJsonObject ahead = rejection(
                    c, "clock_ahead",
                    tr("The device clock is ahead of the server; the change was stamped %1.")
                        .arg(QDateTime::fromMSecsSinceEpoch(c.newest().wallMs(), Qt::UTC)
                                 .toString(Qt::ISODate)));
                ahead.insert(QStringLiteral("current"), currentJson(c.entity, c.rowId, userScope));
                rejected.append(ahead);
                continue;
            }
            // applyOne decides every refusal before it writes anything, so a refused change
            // leaves nothing behind and needs no savepoint; an error rolls back the push.
            QJsonObject refusal = applyOne(user, userScope, device, today, c);
            const QString reason = refusal.value(QStringLiteral("message")).toString();
            seen.insert(c.opId, {refusal.isEmpty(), reason});
            log << c.opId << user.id << device << now << Schema::wireName(c.entity) << c.rowId
                << compact(c.toJson()) << (refusal.isEmpty() ? 1 : 0) << reason;
            if (refusal.isEmpty()) {
                accepted.append(c.opId);
            } else {
                refusal.insert(QStringLiteral("current"),
                               currentJson(c.entity, c.rowId, userScope));
                rejected.append(refusal);
            }
        }
        flushWrites();
        m_batching = false;
        m_rows.clear();
        writeOps(log);
        m_store.setSeqAndHlc(m_seq, m_clock.last());
        m_store.commit();
    } catch (...) {
        m_batching = false;
        m_rows.clear();
        m_pending.clear();
        m_store.rollback();
        throw;
    }
    return {{QStringLiteral("protocol"), kProtocol},
            {QStringLiteral("accepted"), accepted},
            {QStringLiteral("rejected"), rejected},
            {QStringLiteral("server_hlc"), QString::number(m_clock.now())},
            {QStringLiteral("server_time"), m_clock.wallMs()}};
}

void SyncService::beginBulk()
{
    m_seq = m_store.meta("seq");
    m_bulk = true;
}

void SyncService::endBulk()
{
    m_bulk = false;
    m_store.setMeta("seq", m_seq);
    m_store.setMeta("hlc", m_clock.last());
}

void SyncService::putRow(Entity entity, const QString &id, const QJsonObject &fields)
{
    if (!m_bulk)
        m_seq = m_store.meta("seq");
    QString reason;
    const QString scope = scopeOf(entity, id, fields, &reason);
    if (scope.isEmpty())
        throw ServerStoreError(reason);
    MergeResult r;
    r.fields = fields;
    r.versions = FieldVersions({m_clock.now(), QStringLiteral("server")});
    writeRow(entity, id, scope, r);
    if (entity == Entity::Unit)
        m_store.setUnitPath(id, scope);
    if (!m_bulk) {
        m_store.setMeta("seq", m_seq);
        m_store.setMeta("hlc", m_clock.last());
    }
}

} // namespace df
