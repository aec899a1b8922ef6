#include "serverstore.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QUuid>

#include <libpq-fe.h>

namespace df {

ServerStore::ServerStore(const QString &url)
{
    m_connection = QStringLiteral("df-server-") + QUuid::createUuid().toString(QUuid::Id128);
    if (url.startsWith(QLatin1String("sqlite:"))) {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        m_db.setDatabaseName(url.mid(7));
    } else if (url.startsWith(QLatin1String("postgresql://")) ||
               url.startsWith(QLatin1String("postgres://"))) {
        const QUrl u(url);
        m_postgres = true;
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
        m_db.setHostName(u.host().isEmpty() ? QStringLiteral("localhost") : u.host());
        m_db.setPort(u.port(5432));
        m_db.setUserName(u.userName());
        m_db.setPassword(u.password());
        m_db.setDatabaseName(u.path().mid(1));
    } else {
        throw ServerStoreError(
            QCoreApplication::translate("Server",
                                        "Unknown database “%1”: use sqlite:PATH or postgresql://…")
                .arg(url));
    }
    if (!m_db.open())
        throw ServerStoreError(QCoreApplication::translate("Server", "Cannot open the database: %1")
                                   .arg(m_db.lastError().text()));
    if (!m_postgres) {
        exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        // A pull reads a scope's rows scattered over the file: a 64 MB page cache and a
        // memory-mapped file (read without a copy per page) instead of SQLite's 2 MB.
        exec(QStringLiteral("PRAGMA cache_size=-65536"));
        exec(QStringLiteral("PRAGMA mmap_size=1073741824"));
        // Checkpoints (each ending in an fsync) every 32 MB of WAL instead of every 4 MB.
        exec(QStringLiteral("PRAGMA wal_autocheckpoint=8192"));
    }
    createSchema();
}

ServerStore::~ServerStore()
{
    m_prepared.clear();
    m_txStatements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

void ServerStore::createSchema()
{
    const QString big = QStringLiteral("BIGINT");
    const QStringList ddl{
        QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value %1 NOT NULL)")
            .arg(big),
        QStringLiteral("CREATE TABLE IF NOT EXISTS rows (entity TEXT NOT NULL, id TEXT NOT NULL, "
                       "scope TEXT NOT NULL, data TEXT NOT NULL, versions TEXT NOT NULL, "
                       "seq %1 NOT NULL, PRIMARY KEY (entity, id))")
            .arg(big),
        QStringLiteral("CREATE INDEX IF NOT EXISTS rows_seq ON rows(seq)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS rows_scope ON rows(scope)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS units (id TEXT PRIMARY KEY, path TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS evictions (seq %1 PRIMARY KEY, entity TEXT NOT NULL, "
            "id TEXT NOT NULL, old_scope TEXT NOT NULL, new_scope TEXT NOT NULL)")
            .arg(big),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS ops (op_id TEXT PRIMARY KEY, user_id TEXT NOT NULL, "
            "device TEXT NOT NULL, received_at %1 NOT NULL, entity TEXT NOT NULL, "
            "row_id TEXT NOT NULL, body TEXT NOT NULL, accepted INTEGER NOT NULL, "
            "reason TEXT)")
            .arg(big),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS users (id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE, "
            "password_hash TEXT NOT NULL, role TEXT NOT NULL, unit_id TEXT NOT NULL, "
            "created_at %1 NOT NULL)")
            .arg(big),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS sessions (token_hash TEXT PRIMARY KEY, user_id TEXT NOT "
            "NULL, "
            "device TEXT NOT NULL, created_at %1 NOT NULL, revoked INTEGER NOT NULL DEFAULT 0)")
            .arg(big),
        QStringLiteral("CREATE INDEX IF NOT EXISTS sessions_device ON sessions(device)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS failures (key TEXT PRIMARY KEY, count INTEGER NOT NULL, "
            "last_at %1 NOT NULL)")
            .arg(big),
    };
    for (const QString &sql : ddl)
        exec(sql);
    if (m_postgres) {
        exec(QStringLiteral(
            "INSERT INTO meta(key, value) VALUES ('seq', 0) ON CONFLICT DO NOTHING"));
        exec(QStringLiteral(
            "INSERT INTO meta(key, value) VALUES ('hlc', 0) ON CONFLICT DO NOTHING"));
    } else {
        exec(QStringLiteral("INSERT OR IGNORE INTO meta(key, value) VALUES ('seq', 0)"));
        exec(QStringLiteral("INSERT OR IGNORE INTO meta(key, value) VALUES ('hlc', 0)"));
    }
}

void ServerStore::begin()
{
    if (m_postgres) {
        m_held.emplace_back(QString(), QVariantList()); // sent with the first statement
        m_inTransaction = true;
        return;
    }
    if (!m_db.transaction())
        throw ServerStoreError(m_db.lastError().text());
    m_inTransaction = true;
}

void ServerStore::releaseStatements()
{
    m_inTransaction = false;
    for (QSqlQuery &q : m_txStatements)
        q.finish(); // reset: no statement keeps a read snapshot past the transaction
}

void ServerStore::commit()
{
    releaseStatements();
    if (m_postgres) {
        pqSendHeld(true);
        return;
    }
    if (!m_db.commit())
        throw ServerStoreError(m_db.lastError().text());
}

void ServerStore::rollback()
{
    releaseStatements();
    m_held.clear();
    m_db.rollback();
    m_paths.clear(); // may hold paths of the rolled-back transaction
    m_deviceUsers.clear();
}

QSqlQuery ServerStore::exec(const QString &sql, const QVariantList &values)
{
    if (!m_postgres && m_inTransaction) {
        // Inside a transaction SQLite statements are prepared once and kept (a push runs
        // a handful per change; parsing them again cost more than running them); they are
        // all reset when the transaction ends.
        return runCached(m_txStatements, sql, values);
    }
    QSqlQuery q(m_db);
    if (values.isEmpty()) {
        if (!m_held.empty())
            pqSendHeld(false); // BEGIN and the writes before this go first
        // Not prepared: PostgreSQL cannot prepare DDL or transaction control.
        if (!q.exec(sql))
            throw ServerStoreError(QCoreApplication::translate("Server", "Database error: %1 in %2")
                                       .arg(q.lastError().text(), sql));
        return q;
    }
    if (!m_postgres) {
        // SQLite prepares cheaply, and a kept statement that was not read to its end would
        // hold a read snapshot, hiding what admin commands write meanwhile.
        if (!q.prepare(sql))
            throw ServerStoreError(QCoreApplication::translate("Server", "Database error: %1 in %2")
                                       .arg(q.lastError().text(), sql));
        for (const QVariant &v : values)
            q.addBindValue(v);
        return std::move(run(q));
    }
    // PostgreSQL: prepared once per connection and kept, as every prepare is a round trip
    // (results are fetched whole, so nothing stays open). A statement must not be run
    // again while an earlier result of it is still being read.
    return runCached(m_prepared, sql, values);
}

QSqlQuery ServerStore::runCached(QHash<QString, QSqlQuery> &cache, const QString &sql,
                                 const QVariantList &values)
{
    auto it = cache.find(sql);
    if (it == cache.end()) {
        QSqlQuery q(m_db);
        if (!q.prepare(sql))
            throw ServerStoreError(QCoreApplication::translate("Server", "Database error: %1 in %2")
                                       .arg(q.lastError().text(), sql));
        it = cache.insert(sql, q);
    }
    QSqlQuery &cached = *it;
    for (int i = 0; i < values.size(); ++i)
        cached.bindValue(i, values[i]);
    run(cached);
    return cached;
}

void ServerStore::write(const QString &sql, const QVariantList &values)
{
    if (!m_postgres) {
        exec(sql, values);
        return;
    }
    if (m_inTransaction) {
        m_held.emplace_back(sql, values);
        return;
    }
    PQclear(pqExec(sql, values));
}

namespace {

// A result's rows, values as text; the result is freed.
QList<QVariantList> rowsOf(PGresult *res)
{
    QList<QVariantList> out;
    const int columns = PQnfields(res);
    for (int r = 0; r < PQntuples(res); ++r) {
        QVariantList row;
        for (int c = 0; c < columns; ++c)
            row.append(PQgetisnull(res, r, c) ? QVariant()
                                              : QVariant(QString::fromUtf8(PQgetvalue(res, r, c))));
        out.append(row);
    }
    PQclear(res);
    return out;
}

} // namespace

QList<QVariantList> ServerStore::select(const QString &sql, const QVariantList &values)
{
    QList<QVariantList> out;
    if (!m_postgres) {
        QSqlQuery q = exec(sql, values);
        const int columns = q.record().count();
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < columns; ++i)
                row.append(q.value(i));
            out.append(row);
        }
        q.finish();
        return out;
    }
    return rowsOf(pqExec(sql, values));
}

QList<QList<QVariantList>> ServerStore::selectAll(const QList<Query> &queries)
{
    QList<QList<QVariantList>> out;
    if (!m_postgres || !m_inTransaction) {
        for (const auto &[sql, values] : queries)
            out.append(select(sql, values));
        return out;
    }
    for (PGresult *res : pqSendHeld(false, queries))
        out.append(rowsOf(res));
    return out;
}

namespace {

// libpq's parameters: values as UTF-8 text, a null pointer for NULL.
struct PqParams
{
    explicit PqParams(const QVariantList &values)
        : texts(size_t(values.size()))
        , pointers(size_t(values.size()))
    {
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (values[i].isNull())
                continue;
            texts[size_t(i)] = values[i].toString().toUtf8();
            pointers[size_t(i)] = texts[size_t(i)].constData();
        }
    }
    std::vector<QByteArray> texts;
    std::vector<const char *> pointers;
};

PGconn *connection(const QSqlDatabase &db)
{
    return *static_cast<PGconn *const *>(db.driver()->handle().data());
}

[[noreturn]] void pqFail(PGconn *conn, PGresult *res, const QString &sql)
{
    const QString message = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    PQclear(res);
    throw ServerStoreError(
        QCoreApplication::translate("Server", "Database error: %1 in %2").arg(message, sql));
}

} // namespace

QByteArray ServerStore::pqPrepared(const QString &sql)
{
    auto name = m_pqStatements.constFind(sql);
    if (name != m_pqStatements.constEnd())
        return *name;
    QByteArray text;
    int n = 0;
    for (const QChar ch : sql) {
        if (ch == QLatin1Char('?'))
            text += '$' + QByteArray::number(++n);
        else
            text += QString(ch).toUtf8();
    }
    const QByteArray id = "df_w" + QByteArray::number(m_pqStatements.size());
    PGconn *conn = connection(m_db);
    PGresult *res = PQprepare(conn, id.constData(), text.constData(), n, nullptr);
    if (PQresultStatus(res) != PGRES_COMMAND_OK)
        pqFail(conn, res, sql);
    PQclear(res);
    m_pqStatements.insert(sql, id);
    return id;
}

pg_result *ServerStore::pqExec(const QString &sql, const QVariantList &values)
{
    // Qt's PostgreSQL driver runs a prepared statement as "EXECUTE name (values)": every
    // value quoted into SQL text here and lexed again by the server, which for a push of a
    // hundred rows of JSON cost more than the writes. libpq's extended protocol sends the
    // values apart from the statement, prepared once per connection.
    if (!m_held.empty())
        return pqSendHeld(false, {{sql, values}}).front();
    PGconn *conn = connection(m_db);
    const QByteArray name = pqPrepared(sql);
    PqParams params(values);
    PGresult *res = PQexecPrepared(conn, name.constData(), int(values.size()),
                                   params.pointers.data(), nullptr, nullptr, 0);
    const ExecStatusType status = PQresultStatus(res);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        pqFail(conn, res, sql);
    return res;
}

std::vector<pg_result *> ServerStore::pqSendHeld(bool commit, const QList<Query> &queries)
{
    // Every statement is sent, then one sync; the answers are read after. A failed
    // statement aborts the ones after it (the transaction is then rolled back).
    std::vector<std::pair<QString, QVariantList>> held;
    held.swap(m_held);
    const qsizetype firstQuery = qsizetype(held.size());
    held.insert(held.end(), queries.begin(), queries.end());
    PGconn *conn = connection(m_db);
    for (const auto &[sql, values] : held) {
        if (!sql.isEmpty())
            pqPrepared(sql); // before the pipeline: preparing waits for its answer
    }
    if (PQenterPipelineMode(conn) != 1)
        pqFail(conn, nullptr, QStringLiteral("pipeline"));
    QStringList sent;
    QString error;
    const auto failed = [&](const QString &sql, const char *message) {
        if (error.isEmpty())
            error = QCoreApplication::translate("Server", "Database error: %1 in %2")
                        .arg(QString::fromUtf8(message).trimmed(), sql);
    };
    for (const auto &[sql, values] : held) {
        PqParams params(values);
        const int ok =
            sql.isEmpty()
                ? PQsendQueryParams(conn, "BEGIN", 0, nullptr, nullptr, nullptr, nullptr, 0)
                : PQsendQueryPrepared(conn, m_pqStatements.value(sql).constData(),
                                      int(values.size()), params.pointers.data(), nullptr, nullptr,
                                      0);
        if (ok != 1) {
            failed(sql.isEmpty() ? QStringLiteral("BEGIN") : sql, PQerrorMessage(conn));
            break;
        }
        sent.append(sql.isEmpty() ? QStringLiteral("BEGIN") : sql);
    }
    if (commit && error.isEmpty()) {
        if (PQsendQueryParams(conn, "COMMIT", 0, nullptr, nullptr, nullptr, nullptr, 0) == 1)
            sent.append(QStringLiteral("COMMIT"));
        else
            failed(QStringLiteral("COMMIT"), PQerrorMessage(conn));
    }
    // Whatever was sent is read to the sync point, so the connection leaves pipeline mode
    // clean even after an error (the transaction is then rolled back).
    std::vector<PGresult *> answers(size_t(queries.size()), nullptr); // the queries' results
    if (PQpipelineSync(conn) == 1) {
        qsizetype index = 0; // each statement's results end with a null
        for (;;) {
            PGresult *res = PQgetResult(conn);
            if (!res) {
                if (PQstatus(conn) != CONNECTION_OK)
                    break;
                ++index;
                continue;
            }
            const ExecStatusType status = PQresultStatus(res);
            if (status == PGRES_PIPELINE_SYNC) {
                PQclear(res);
                break;
            }
            if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
                failed(sent.value(index), PQresultErrorMessage(res));
            const qsizetype query = index - firstQuery;
            if (query >= 0 && query < queries.size() && !answers[size_t(query)] &&
                status == PGRES_TUPLES_OK)
                answers[size_t(query)] = res;
            else
                PQclear(res);
        }
    } else {
        failed(QStringLiteral("pipeline"), PQerrorMessage(conn));
    }
    if (PQexitPipelineMode(conn) != 1)
        failed(QStringLiteral("pipeline"), PQerrorMessage(conn));
    if (!error.isEmpty()) {
        for (PGresult *res : answers)
            PQclear(res);
        throw ServerStoreError(error);
    }
    for (PGresult *&res : answers) {
        if (!res) // a statement without rows: its result was cleared
            res = PQmakeEmptyPGresult(conn, PGRES_COMMAND_OK);
    }
    return answers;
}

QSqlQuery &ServerStore::run(QSqlQuery &q)
{
    if (!m_held.empty())
        pqSendHeld(false); // what this reads may depend on them
    if (!q.exec())
        throw ServerStoreError(QCoreApplication::translate("Server", "Database error: %1 in %2")
                                   .arg(q.lastError().text(), q.lastQuery()));
    return q;
}

qint64 ServerStore::meta(const char *key)
{
    const QList<QVariantList> rows =
        select(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {QString::fromLatin1(key)});
    return rows.isEmpty() ? 0 : rows.first().value(0).toLongLong();
}

void ServerStore::setSeqAndHlc(qint64 seq, qint64 hlc)
{
    write(QStringLiteral("UPDATE meta SET value = CASE key WHEN 'seq' THEN CAST(? AS BIGINT) "
                         "ELSE CAST(? AS BIGINT) END "
                         "WHERE key IN ('seq', 'hlc')"),
          {seq, hlc});
}

void ServerStore::setMeta(const char *key, qint64 value)
{
    write(QStringLiteral("UPDATE meta SET value = ? WHERE key = ?"),
          {value, QString::fromLatin1(key)});
}

QString ServerStore::unitPath(const QString &unitId)
{
    if (unitId.isEmpty())
        return {};
    auto it = m_paths.constFind(unitId);
    if (it != m_paths.constEnd())
        return *it;
    QSqlQuery q = exec(QStringLiteral("SELECT path FROM units WHERE id = ?"), {unitId});
    const QString path = q.next() ? q.value(0).toString() : QString();
    if (!path.isEmpty())
        m_paths.insert(unitId, path);
    return path;
}

void ServerStore::setUnitPath(const QString &unitId, const QString &path)
{
    exec(QStringLiteral("INSERT INTO units(id, path) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET "
                        "path = excluded.path"),
         {unitId, path});
    m_paths.insert(unitId, path);
}

QList<QPair<QString, QString>> ServerStore::unitsUnder(const QString &pathPrefix)
{
    QList<QPair<QString, QString>> out;
    QSqlQuery q = exec(QStringLiteral("SELECT id, path FROM units WHERE path LIKE ? ORDER BY path"),
                       {pathPrefix + QLatin1Char('%')});
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

int ServerStore::unitCount()
{
    QSqlQuery q = exec(QStringLiteral("SELECT COUNT(*) FROM units"));
    return q.next() ? q.value(0).toInt() : 0;
}

std::optional<User> ServerStore::userByName(const QString &username, QString *passwordHash)
{
    QSqlQuery q =
        exec(QStringLiteral("SELECT id, username, role, unit_id, password_hash FROM users "
                            "WHERE username = ?"),
             {username});
    if (!q.next())
        return std::nullopt;
    if (passwordHash)
        *passwordHash = q.value(4).toString();
    return User{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString()};
}

std::optional<User> ServerStore::userById(const QString &id)
{
    QSqlQuery q =
        exec(QStringLiteral("SELECT id, username, role, unit_id FROM users WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return User{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString()};
}

QString ServerStore::usernameForDevice(const QString &device)
{
    auto it = m_deviceUsers.constFind(device);
    if (it != m_deviceUsers.constEnd())
        return *it;
    QSqlQuery q = exec(QStringLiteral("SELECT u.username FROM sessions s JOIN users u ON u.id = "
                                      "s.user_id WHERE s.device = ? ORDER BY s.created_at DESC"),
                       {device});
    const QString name = q.next() ? q.value(0).toString() : QString();
    m_deviceUsers.insert(device, name);
    return name;
}

} // namespace df
