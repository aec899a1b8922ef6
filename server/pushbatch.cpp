// The batched side of a push: the rows its changes touch read up front, its row writes
// and audit rows written a hundred to a statement, retried ops looked up at once.
#include "syncservice.h"

#include "serverstore.h"

#include <QJsonDocument>

namespace df {

namespace {

constexpr qsizetype kPerStatement = 100; // rows per multi-row statement of a push
constexpr int kOpColumns = 9;

} // namespace

QString SyncService::rowKey(Entity entity, const QString &id)
{
    return QString::number(int(entity)) + QLatin1Char('/') + id;
}

QString SyncService::placeholders(qsizetype n, int columns)
{
    QString one = QStringLiteral("(?");
    one += QStringLiteral(", ?").repeated(columns - 1) + QLatin1Char(')');
    return one + (QLatin1String(", ") + one).repeated(n - 1);
}

QList<ServerStore::Query> SyncService::prefetchQueries(const QList<Change> &changes,
                                                       QList<Entity> *entities)
{
    // The rows a push touches, read a hundred at a time instead of one by one.
    QHash<Entity, QStringList> ids;
    for (const Change &c : changes) {
        if (!m_rows.contains(rowKey(c.entity, c.rowId)))
            ids[c.entity].append(c.rowId);
    }
    QList<ServerStore::Query> queries;
    for (auto group = ids.cbegin(); group != ids.cend(); ++group) {
        QStringList list = group.value();
        list.removeDuplicates();
        for (qsizetype from = 0; from < list.size(); from += kPerStatement) {
            const qsizetype n = std::min(kPerStatement, list.size() - from);
            QVariantList values{Schema::wireName(group.key())};
            for (qsizetype i = from; i < from + n; ++i) {
                values.append(list[i]);
                m_rows.insert(rowKey(group.key(), list[i]), Current{}); // absent unless found
            }
            QString sql = QStringLiteral("SELECT id, data, versions, scope FROM rows WHERE "
                                         "entity = ? AND id IN (?");
            sql += QStringLiteral(", ?").repeated(n - 1) + QLatin1Char(')');
            queries.append({sql, values});
            entities->append(group.key());
        }
    }
    return queries;
}

void SyncService::prefetched(Entity entity, const QList<QVariantList> &rows)
{
    for (const QVariantList &row : rows) {
        Current &c = m_rows[rowKey(entity, row[0].toString())];
        c.row.exists = true;
        c.row.fields = QJsonDocument::fromJson(row[1].toString().toUtf8()).object();
        c.row.versions = FieldVersions::decode(row[2].toString());
        c.scope = row[3].toString();
    }
}

void SyncService::flushWrites()
{
    QVariantList values;
    for (const PendingRow &r : std::as_const(m_pending))
        values << r.entity << r.id << r.scope << r.data << r.versions << r.seq;
    m_pending.clear();
    const qsizetype rows = values.size() / 6;
    for (qsizetype from = 0; from < rows; from += kPerStatement) {
        const qsizetype n = std::min(kPerStatement, rows - from);
        m_store.write(QStringLiteral("INSERT INTO rows(entity, id, scope, data, versions, seq) "
                                     "VALUES ") +
                          placeholders(n, 6) +
                          QStringLiteral(" ON CONFLICT(entity, id) DO UPDATE SET "
                                         "scope = excluded.scope, data = excluded.data, "
                                         "versions = excluded.versions, seq = excluded.seq"),
                      values.mid(from * 6, n * 6));
    }
}

QList<ServerStore::Query> SyncService::receivedOpsQueries(const QList<Change> &changes)
{
    QList<ServerStore::Query> queries;
    for (qsizetype from = 0; from < changes.size(); from += kPerStatement) {
        const qsizetype n = std::min(kPerStatement, changes.size() - from);
        QString sql = QStringLiteral("SELECT op_id, accepted, reason FROM ops WHERE op_id IN (?");
        sql += QStringLiteral(", ?").repeated(n - 1) + QLatin1Char(')');
        QVariantList ids;
        for (qsizetype i = from; i < from + n; ++i)
            ids.append(changes[i].opId);
        queries.append({sql, ids});
    }
    return queries;
}

qint64 SyncService::startPush(const QList<Change> &changes, QHash<QString, Seen> *seen)
{
    // One batch of reads, in one round trip on PostgreSQL: the sequence row (locked for the
    // whole push there, so sequence order is commit order and a pull can never skip a row
    // that commits later with a lower number), the ops already received (retries; an op
    // repeated within this push finds its first answer there too), and the rows the
    // changes touch.
    QList<ServerStore::Query> queries;
    if (m_store.isPostgres())
        queries.append({QStringLiteral("SELECT value FROM meta WHERE key = ? FOR UPDATE"),
                        {QStringLiteral("seq")}});
    const qsizetype opsFrom = queries.size();
    queries += receivedOpsQueries(changes);
    const qsizetype rowsFrom = queries.size();
    QList<Entity> entities;
    queries += prefetchQueries(changes, &entities);
    const QList<QList<QVariantList>> results = m_store.selectAll(queries);
    for (qsizetype i = opsFrom; i < rowsFrom; ++i) {
        for (const QVariantList &row : results[i])
            seen->insert(row[0].toString(), {row[1].toInt() != 0, row[2].toString()});
    }
    for (qsizetype i = rowsFrom; i < results.size(); ++i)
        prefetched(entities[i - rowsFrom], results[i]);
    return m_store.isPostgres() ? results[0].value(0).value(0).toLongLong() : m_store.meta("seq");
}

void SyncService::writeOps(const QVariantList &values)
{
    // One statement per hundred ops instead of one each: on PostgreSQL every statement is
    // a round trip.
    const qsizetype rows = values.size() / kOpColumns;
    for (qsizetype from = 0; from < rows; from += kPerStatement) {
        const qsizetype n = std::min(kPerStatement, rows - from);
        m_store.write(QStringLiteral("INSERT INTO ops(op_id, user_id, device, received_at, "
                                     "entity, row_id, body, accepted, reason) VALUES ") +
                          placeholders(n, kOpColumns),
                      values.mid(from * kOpColumns, n * kOpColumns));
    }
}

} // namespace df
