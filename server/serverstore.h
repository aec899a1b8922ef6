#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <optional>

struct pg_result;

namespace df {

// Thrown with a readable sentence when the server's database fails.
class ServerStoreError
{
public:
    explicit ServerStoreError(QString message)
        : m_message(std::move(message))
    {}
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

struct User
{
    QString id;
    QString username;
    QString role; // admin | officer | secretary
    QString unitId;
};

// The server's database through Qt SQL: SQLite by default, PostgreSQL at scale, one set
// of statements for both. Holds the merged state of every row with its field versions,
// its scope (the unit path it belongs to) and the server sequence of its last change;
// the op log (idempotency and audit trail); users, sessions, evictions.
class ServerStore
{
public:
    // url: "sqlite:PATH" (":memory:" allowed) or "postgresql://user:pass@host:port/db".
    explicit ServerStore(const QString &url);
    ~ServerStore();
    ServerStore(const ServerStore &) = delete;
    ServerStore &operator=(const ServerStore &) = delete;

    QSqlDatabase &db() { return m_db; }
    bool isPostgres() const { return m_postgres; }
    QString backendName() const
    {
        return m_postgres ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
    }

    void begin();
    void commit();
    void rollback();

    // Runs a statement; throws ServerStoreError on failure.
    QSqlQuery exec(const QString &sql, const QVariantList &values = {});
    QSqlQuery &run(QSqlQuery &query);
    // A statement without results (placeholders "?"), the fast way for the backend: on
    // PostgreSQL through libpq with the values sent apart from the SQL.
    void write(const QString &sql, const QVariantList &values);
    // A query's rows, read whole (on PostgreSQL through libpq, values as text).
    QList<QVariantList> select(const QString &sql, const QVariantList &values);
    using Query = std::pair<QString, QVariantList>;
    // Several queries' rows; on PostgreSQL sent together, in one round trip.
    QList<QList<QVariantList>> selectAll(const QList<Query> &queries);

    qint64 meta(const char *key);
    void setMeta(const char *key, qint64 value);
    void setSeqAndHlc(qint64 seq, qint64 hlc); // both in one statement

    // Unit paths ("/root/…/id/"), cached in memory.
    QString unitPath(const QString &unitId);
    void setUnitPath(const QString &unitId, const QString &path);
    QList<QPair<QString, QString>> unitsUnder(const QString &pathPrefix);
    int unitCount();

    std::optional<User> userByName(const QString &username, QString *passwordHash = nullptr);
    std::optional<User> userById(const QString &id);
    QString usernameForDevice(const QString &device);

private:
    void createSchema();
    QSqlDatabase m_db;
    QString m_connection;
    bool m_postgres = false;
    QHash<QString, QString> m_paths;
    QHash<QString, QString> m_deviceUsers;
    QHash<QString, QSqlQuery> m_prepared;
    // Ends the transaction state and resets the statements kept during it.
    void releaseStatements();
    QHash<QString, QSqlQuery> m_txStatements;
    // Runs a statement prepared once and kept in `cache`.
    QSqlQuery runCached(QHash<QString, QSqlQuery> &cache, const QString &sql,
                        const QVariantList &values);
    pg_result *pqExec(const QString &sql, const QVariantList &values);
    // PostgreSQL: the name of the statement prepared for `sql` on this connection.
    QByteArray pqPrepared(const QString &sql);
    // PostgreSQL: BEGIN and the writes of the open transaction are held back and sent
    // together in one round trip (libpq pipeline mode): with its next reads, whose results
    // are returned, or with its COMMIT.
    std::vector<pg_result *> pqSendHeld(bool commit, const QList<Query> &queries = {});
    std::vector<Query> m_held;                 // an empty SQL text stands for BEGIN
    QHash<QString, QByteArray> m_pqStatements; // SQL -> libpq prepared statement name
    bool m_inTransaction = false;
};

} // namespace df
