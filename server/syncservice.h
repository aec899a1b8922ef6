#pragma once

#include "serverstore.h"
#include "sync/change.h"
#include "sync/hlc.h"
#include "sync/merger.h"

#include <QJsonArray>
#include <QJsonObject>

namespace df {

// A request the server refuses as a whole: an HTTP status and a sentence.
struct RequestError
{
    int status = 400;
    QString code;
    QString message;
};

// The sync protocol's logic, independent of HTTP: push (merge, scope, audit) and pull
// (pages in server-sequence order, with evictions). Tests drive it in-process; the
// HTTP layer only parses requests and forwards them here.
class SyncService
{
public:
    static constexpr int kProtocol = 1;
    static constexpr int kMaxChanges = 1000;
    static constexpr int kMaxPage = 5000;

    explicit SyncService(ServerStore &store, HybridClock::TimeSource time = {});

    // Checks the whole body first (a malformed change refuses the request and changes
    // nothing), then applies each change in one transaction. Throws RequestError.
    QJsonObject push(const User &user, const QString &device, const QJsonValue &changes);
    // A page of rows changed after `cursor` within the user's scope, as JSON text.
    QByteArray pull(const User &user, qint64 cursor, int limit);

    // Writes a row as the server itself (admin commands, demo data), in the caller's
    // transaction when one is open.
    void putRow(Entity entity, const QString &id, const QJsonObject &fields);
    // Between these, putRow keeps the sequence in memory (bulk loads in one transaction).
    void beginBulk();
    void endBulk();

    qint64 serverHlc() { return m_clock.now(); }
    qint64 serverTimeMs() const { return m_clock.wallMs(); }
    void setMaxSkewMs(qint64 ms) { m_maxSkewMs = ms; }
    ServerStore &store() { return m_store; }

private:
    struct Current
    {
        StoredRow row;
        QString scope;
    };
    // A row as stored, or as this push has left it so far.
    Current load(Entity entity, const QString &id);
    // During a push: the rows its changes touch are read up front, and writes are kept
    // (m_rows answers reads) and written together by flushWrites().
    QList<ServerStore::Query> prefetchQueries(const QList<Change> &changes,
                                              QList<Entity> *entities);
    void prefetched(Entity entity, const QList<QVariantList> &rows);
    static QString rowKey(Entity entity, const QString &id);
    static QString placeholders(qsizetype n, int columns); // "(?, ?), (?, ?)" for n = columns = 2
    void flushWrites();
    struct PendingRow
    {
        QString entity, id, scope, data, versions;
        qint64 seq = 0;
    };
    bool m_batching = false;
    QHash<QString, Current> m_rows;
    QHash<QString, PendingRow> m_pending;
    // The row as the answer to a refusal carries it: null unless it is in `userScope`.
    QJsonValue currentJson(Entity entity, const QString &id, const QString &userScope);
    // The answer already given to each op of `changes` that was received before.
    struct Seen
    {
        bool accepted = false;
        QString reason;
    };
    QList<ServerStore::Query> receivedOpsQueries(const QList<Change> &changes);
    // A push's first reads, together: returns the sequence number (locked on PostgreSQL),
    // fills *seen with the ops received before, and prefetches the rows.
    qint64 startPush(const QList<Change> &changes, QHash<QString, Seen> *seen);
    // Appends ops rows (nine values each) to the audit table.
    void writeOps(const QVariantList &values);
    QString scopeOf(Entity entity, const QString &id, const QJsonObject &fields, QString *reason);
    void writeRow(Entity entity, const QString &id, const QString &scope,
                  const MergeResult &merged);
    void moveSubtree(const QString &oldPath, const QString &newPath);
    void moveDependents(Entity entity, const QString &id, const QString &oldScope,
                        const QString &newScope);
    // A stored row's new scope: an eviction for the old one, a new sequence number.
    void moveStoredRow(const QString &entity, const QString &id, const QString &oldScope,
                       const QString &newScope);
    void evict(Entity entity, const QString &id, const QString &oldScope, const QString &newScope);
    QJsonObject applyOne(const User &user, const QString &userScope, const QString &device,
                         QDate today, const Change &change);
    void recordConflicts(Entity entity, const QString &rowId, const QString &scope,
                         const QList<ConflictNote> &notes);

    ServerStore &m_store;
    HybridClock m_clock;
    qint64 m_seq = 0;
    qint64 m_maxSkewMs = 5 * 60 * 1000;
    bool m_bulk = false;
};

} // namespace df
