#include "sync/syncstore.h"

#include "store/database.h"
#include "sync/rowsql.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace df {

SyncStore::SyncStore(Database &db)
    : m_db(db)
{
    m_clock.restore(state("hlc").toLongLong());
    m_clock.setOffsetMs(state("clock_offset").toLongLong());
    m_initialLoad = !state("initial_load").isEmpty();
    if (!state("adopt_unversioned").isEmpty())
        adoptUnversioned();
}

void SyncStore::adoptUnversioned()
{
    Transaction tx(m_db);
    int adopted = 0;
    for (const EntitySpec &spec : Schema::entities()) {
        if (spec.entity == Entity::Conflict) // made by sync, so never without versions
            continue;
        // Parents before children, as they were written (org units by rowid).
        QStringList ids;
        auto st = m_db.prepare(QByteArray("SELECT id FROM ") + spec.table +
                               " WHERE _v IS NULL ORDER BY rowid");
        while (st.step())
            ids.append(st.text(0));
        st.reset();
        auto stamp =
            m_db.prepare(QByteArray("UPDATE ") + spec.table + " SET _v = ?2 WHERE id = ?1");
        for (const QString &id : std::as_const(ids)) {
            Change change;
            change.entity = spec.entity;
            change.rowId = id;
            change.fields = read(spec, id).fields; // every column: a new row on the wire
            change.version = {m_clock.now(), deviceId()};
            stamp.bind(1, id).bind(2, FieldVersions(change.version).encode()).exec();
            stamp.reset();
            addToOutbox(spec, change);
            ++adopted;
        }
    }
    m_db.prepare("DELETE FROM sync_state WHERE key = 'adopt_unversioned'").exec();
    saveClock();
    tx.commit();
    qCInfo(lcSync) << "rows written before sync, now waiting to be sent:" << adopted;
}

SyncStore::~SyncStore() = default;

void SyncStore::setTimeSource(HybridClock::TimeSource source)
{
    const qint64 last = m_clock.last();
    const qint64 offset = m_clock.offsetMs();
    m_clock = HybridClock(std::move(source));
    m_clock.restore(last);
    m_clock.setOffsetMs(offset);
}

QString SyncStore::deviceId()
{
    if (m_deviceId.isEmpty()) {
        m_deviceId = state("device");
        if (m_deviceId.isEmpty()) {
            m_deviceId = QString::number(QRandomGenerator::system()->generate64(), 16)
                             .rightJustified(16, QLatin1Char('0'));
            setState("device", m_deviceId);
        }
    }
    return m_deviceId;
}

QString SyncStore::state(const char *key)
{
    auto st = m_db.prepare("SELECT value FROM sync_state WHERE key = ?1");
    st.bind(1, QString::fromLatin1(key));
    return st.step() ? st.text(0) : QString();
}

void SyncStore::setState(const char *key, const QString &value)
{
    m_db.prepare("INSERT INTO sync_state(key, value) VALUES (?1, ?2) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bind(1, QString::fromLatin1(key))
        .bind(2, value)
        .exec();
}

qint64 SyncStore::cursor()
{
    return state("cursor").toLongLong();
}

void SyncStore::setCursor(qint64 cursor)
{
    setState("cursor", QString::number(cursor));
}

void SyncStore::saveClock()
{
    setState("hlc", QString::number(m_clock.last()));
}

StoredRow SyncStore::read(const EntitySpec &spec, const QString &id)
{
    StoredRow row;
    auto st = m_db.prepare(sqlFor(spec).select);
    st.bind(1, id);
    if (!st.step())
        return row;
    row.exists = true;
    int i = 0;
    for (const Column &c : spec.columns)
        row.fields.insert(QLatin1String(c.name), readValue(st, i++, c));
    row.versions = FieldVersions::decode(st.text(i));
    return row;
}

void SyncStore::writeRow(const EntitySpec &spec, const QString &id, const QJsonObject &fields,
                         const FieldVersions &versions)
{
    auto st = m_db.prepare(sqlFor(spec).upsert);
    st.bind(1, id);
    int n = 1;
    for (const Column &c : spec.columns)
        bindValue(st, ++n, c, fields.value(QLatin1String(c.name)));
    if (spec.entity == Entity::Member)
        bindDerived(st, n, spec, fields.value(QStringLiteral("full_name")).toString(),
                    fields.value(QStringLiteral("card_number")).toString());
    st.bind(++n, versions.encode());
    st.exec();
}

void SyncStore::updateRow(const EntitySpec &spec, const QString &id, const QStringList &columns,
                          const QJsonObject &fields, const FieldVersions &versions)
{
    QByteArray sql = QByteArray("UPDATE ") + spec.table + " SET ";
    QList<const Column *> set;
    for (const Column &c : spec.columns) {
        if (!columns.contains(QLatin1String(c.name)))
            continue;
        set.append(&c);
        sql += c.name + QByteArray("=?") + QByteArray::number(set.size() + 1) + ", ";
    }
    int n = int(set.size()) + 1;
    const bool derived =
        spec.entity == Entity::Member && (columns.contains(QLatin1String("full_name")) ||
                                          columns.contains(QLatin1String("card_number")));
    if (derived) {
        sql += "search_key=?" + QByteArray::number(n + 1) + ", sort_key=?" +
               QByteArray::number(n + 2) + ", ";
    }
    sql += "_v=?" + QByteArray::number(n + (derived ? 3 : 1)) + " WHERE id=?1";
    auto st = m_db.prepare(sql);
    st.bind(1, id);
    n = 1;
    for (const Column *c : std::as_const(set))
        bindValue(st, ++n, *c, fields.value(QLatin1String(c->name)));
    if (derived)
        bindDerived(st, n, spec, fields.value(QStringLiteral("full_name")).toString(),
                    fields.value(QStringLiteral("card_number")).toString());
    st.bind(++n, versions.encode());
    st.exec();
}

bool SyncStore::writeLocal(Entity entity, const QString &id, const QJsonObject &fields, QDate today,
                           Refusal *refused)
{
    const EntitySpec &spec = Schema::spec(entity);
    Transaction tx(m_db);
    const StoredRow current = read(spec, id);
    Change change;
    if (!current.exists) {
        change.fields = fields;
    } else {
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            const auto mine = current.fields.constFind(it.key());
            if (mine == current.fields.constEnd() || *mine != it.value())
                change.fields.insert(it.key(), it.value());
        }
    }
    if (change.fields.isEmpty())
        return false;
    if (refused) {
        // Only what is sent, as the server judges a change: a value the row already held
        // (however it came) does not stop an edit of another field.
        for (auto it = change.fields.begin(); it != change.fields.end(); ++it) {
            if (!Schema::check(*spec.column(it.key()), it.value(), today, &refused->why)) {
                refused->field = it.key();
                return false;
            }
        }
    }
    change.entity = entity;
    change.rowId = id;
    change.version = {m_clock.now(), deviceId()};
    if (current.exists) {
        for (auto it = change.fields.begin(); it != change.fields.end(); ++it) {
            const Version v = current.versions.of(it.key());
            if (!v.isNull())
                change.base.insert(it.key(), v);
        }
        change.seen = current.versions.newest();
    }
    const MergeResult merged = Merger::applyChange(spec, current, change);
    if (merged.anyChange() && current.exists)
        updateRow(spec, id, merged.changed, merged.fields, merged.versions);
    else if (merged.anyChange())
        writeRow(spec, id, merged.fields, merged.versions);
    if (m_tracking)
        addToOutbox(spec, change);
    saveClock();
    tx.commit();
    return true;
}

namespace {

// Rows arrive in server-sequence order, not in reference order: a member can come a page
// before the unit it belongs to when the unit changed later. The server has already
// checked every reference, so foreign keys are off while its rows are applied (the pragma
// only takes effect outside a transaction) and on again for local writes.
class ServerRowsGuard
{
public:
    explicit ServerRowsGuard(Database &db)
        : m_db(db)
        , m_active(!db.inTransaction())
    {
        if (m_active)
            m_db.exec("PRAGMA foreign_keys=OFF");
    }
    ~ServerRowsGuard()
    {
        if (m_active)
            m_db.exec("PRAGMA foreign_keys=ON");
    }

private:
    Database &m_db;
    bool m_active;
};

} // namespace

void SyncStore::applyPage(const QList<RowState> &rows, const QList<RowRef> &evictions,
                          qint64 cursor, qint64 serverHlc)
{
    applyRows(
        rows.size(),
        [&](qsizetype i, bool fresh, bool outboxEmpty) {
            if (fresh) {
                m_clock.observe(rows[i].versions.newest().hlc);
                writeRow(Schema::spec(rows[i].entity), rows[i].rowId, rows[i].fields,
                         rows[i].versions);
            } else {
                applyPulled(rows[i], outboxEmpty);
            }
        },
        evictions, cursor, serverHlc);
}

void SyncStore::applyRows(qsizetype count, const std::function<void(qsizetype, bool, bool)> &apply,
                          const QList<RowRef> &evictions, qint64 cursor, qint64 serverHlc)
{
    ServerRowsGuard guard(m_db);
    if (m_initialLoad && !m_db.inTransaction())
        m_loadTx = std::make_unique<Transaction>(m_db);
    Transaction tx(m_db);
    auto any = m_db.prepare("SELECT 1 FROM outbox LIMIT 1");
    const bool outboxEmpty = !any.step();
    any.reset();
    // During a first sync into an empty store, with nothing local waiting, a row from the
    // server is the row: no read and no merge (a row seen twice takes its later state).
    const bool fresh = m_initialLoad && outboxEmpty;
    for (qsizetype i = 0; i < count; ++i) {
        if (m_pageHook)
            m_pageHook(int(i));
        apply(i, fresh, outboxEmpty);
    }
    for (const RowRef &ref : evictions)
        evict(ref.entity, ref.rowId);
    setCursor(cursor);
    m_clock.observe(serverHlc);
    saveClock();
    tx.commit();
    m_loadRows += count;
    if (m_loadRows >= m_loadBatchRows)
        commitLoad();
}

void SyncStore::applyPulled(const RowState &row, bool outboxEmpty)
{
    const EntitySpec &spec = Schema::spec(row.entity);
    m_clock.observe(row.versions.newest().hlc);
    const StoredRow current = read(spec, row.rowId);
    const MergeResult merged = Merger::applyRow(spec, current, row);
    if (!merged.anyChange())
        return;
    if (!outboxEmpty && current.exists)
        pinOverwritten(spec, row.rowId, current, merged);
    writeRow(spec, row.rowId, merged.fields, merged.versions);
}

void SyncStore::pinOverwritten(const EntitySpec &spec, const QString &rowId,
                               const StoredRow &current, const MergeResult &merged)
{
    auto find = m_db.prepare("SELECT seq, fields, pinned FROM outbox WHERE entity = ?1 AND "
                             "row_id = ?2 ORDER BY seq");
    find.bind(1, QString::fromLatin1(spec.wire)).bind(2, rowId);
    QList<std::tuple<qint64, QStringList, QJsonObject>> entries;
    while (find.step())
        entries.append({find.int64(0), fieldNames(spec, find.text(1)),
                        QJsonDocument::fromJson(find.text(2).toUtf8()).object()});
    find.reset();
    for (auto &[seq, names, pinned] : entries) {
        bool changed = false;
        for (const QString &field : names) {
            if (pinned.contains(field) || !merged.changed.contains(field))
                continue;
            pinned.insert(field, QJsonObject{{QStringLiteral("value"), current.fields.value(field)},
                                             {QStringLiteral("version"),
                                              current.versions.of(field).toString()}});
            changed = true;
        }
        if (changed) {
            m_db.prepare("UPDATE outbox SET pinned = ?2 WHERE seq = ?1")
                .bind(1, seq)
                .bind(2, QString::fromUtf8(QJsonDocument(pinned).toJson(QJsonDocument::Compact)))
                .exec();
        }
    }
}

void SyncStore::resetToServer(Entity entity, const QString &id, const QStringList &fields,
                              const std::optional<RowState> &server)
{
    const EntitySpec &spec = Schema::spec(entity);
    ServerRowsGuard guard(m_db);
    Transaction tx(m_db);
    if (!server) {
        evict(entity, id);
        tx.commit();
        return;
    }
    const StoredRow row = read(spec, id);
    MergeResult r;
    r.fields = row.fields;
    r.versions = row.versions;
    const QStringList names = row.exists ? fields : fieldNames(spec, QStringLiteral("*"));
    for (const QString &f : names) {
        r.fields.insert(f, server->fields.value(f));
        r.versions.set(f, server->versions.of(f));
    }
    writeRow(spec, id, r.fields, r.versions);
    tx.commit();
}

void SyncStore::evict(Entity entity, const QString &id)
{
    const EntitySpec &spec = Schema::spec(entity);
    m_db.prepare(QByteArray("DELETE FROM ") + spec.table + " WHERE id = ?1").bind(1, id).exec();
}

QString SyncStore::rowVersions(Entity entity, const QString &id)
{
    const EntitySpec &spec = Schema::spec(entity);
    auto st = m_db.prepare(QByteArray("SELECT _v FROM ") + spec.table + " WHERE id = ?1");
    st.bind(1, id);
    return st.step() ? st.text(0) : QString();
}

} // namespace df
