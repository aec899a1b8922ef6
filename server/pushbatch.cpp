// The batched side of a push: the rows its changes touch read up front, its row writes
// and audit rows written a hundred to a statement, retried ops looked up at once.
#include "syncservice.h"

#include "serverstore.h"

#include <QJsonDocument>

namespace df {

namespace {

constexpr qsizetype kPerStatement = 100; // rows per multi-row statement of a push
constexpr int kOpColumns = 9;

QString wire(Entity e)
{
    return QString::fromLatin1(Schema::spec(e).wire);
}

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

void SyncService::prefetch(const QList<Change> &changes)
{
    // The rows a push touches, read a hundred at a time instead of one by one.
    QHash<Entity, QStringList> ids;
    for (const Change &c : changes) {
        if (!m_rows.contains(rowKey(c.entity, c.rowId)))
            ids[c.entity].append(c.rowId);
    }
    for (auto group = ids.cbegin(); group != ids.cend(); ++group) {
        QStringList list = group.value();
        list.removeDuplicates();
        for (qsizetype from = 0; from < list.size(); from += kPerStatement) {
            const qsizetype n = std::min(kPerStatement, list.size() - from);
            QVariantList values{wire(group.key())};
            for (qsizetype i = from; i < from + n; ++i) {
                values.append(list[i]);
                m_rows.insert(rowKey(group.key(), list[i]), Current{}); // absent unless found
            }
            QString sql = QStringLiteral("SELECT id, data, versions, scope FROM rows WHERE "
                                         "entity = ? AND id IN (?");
            sql += QStringLiteral(", ?").repeated(n - 1) + QLatin1Char(')');
            for (const QVariantList &row : m_store.select(sql, values)) {
                Current &c = m_rows[rowKey(group.key(), row[0].toString())];
                c.row.exists = true;
                c.row.fields = QJsonDocument::fromJson(row[1].toString().toUtf8()).object();
                c.row.versions = FieldVersions::decode(row[2].toString());
                c.scope = row[3].toString();
            }
        }
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

QHash<QString, SyncService::Seen> SyncService::receivedOps(const QList<Change> &changes)
{
    QHash<QString, Seen> out;
    for (qsizetype from = 0; from < changes.size(); from += kPerStatement) {
        const qsizetype n = std::min(kPerStatement, changes.size() - from);
        QString sql = QStringLiteral("SELECT op_id, accepted, reason FROM ops WHERE op_id IN (?");
        sql += QStringLiteral(", ?").repeated(n - 1) + QLatin1Char(')');
        QVariantList ids;
        for (qsizetype i = from; i < from + n; ++i)
            ids.append(changes[i].opId);
        for (const QVariantList &row : m_store.select(sql, ids))
            out.insert(row[0].toString(), {row[1].toInt() != 0, row[2].toString()});
    }
    return out;
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
