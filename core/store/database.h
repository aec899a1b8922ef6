#pragma once

#include "storeerror.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace df {

class Database;

// A borrowed prepared statement. Statements are cached per connection by their SQL
// text; a Statement resets itself and clears its bindings when it goes out of scope,
// so the cached copy is ready for the next user and no read transaction is left open.
class Statement
{
public:
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&) = delete;
    Statement(const Statement &) = delete;
    ~Statement();

    // Binding: indexes start at 1, as in SQLite.
    Statement &bind(int index, const QString &value); // a null QString binds NULL
    Statement &bind(int index, const QByteArray &blob);
    Statement &bindText(int index, const QByteArray &utf8);
    // UTF-8 text that stays where it is until the statement has run: not copied.
    Statement &bindStaticText(int index, QByteArrayView utf8);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, double value);
    Statement &bindNull(int index);
    template<typename T> Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Runs one step: true when a row is available, false when done. Throws on error.
    bool step();
    // Runs a statement that returns no rows.
    void exec();
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    int int32(int column) const { return int(int64(column)); }
    double real(int column) const;
    QString text(int column) const; // NULL reads as a null QString
    QByteArray blob(int column) const;

private:
    friend class Database;
    Statement(Database *db, sqlite3_stmt *stmt, bool *inUse);
    Database *m_db;
    sqlite3_stmt *m_stmt;
    bool *m_inUse; // the cache slot's flag; null for a one-off statement
};

// One SQLite connection, used from one thread. Opening configures WAL, foreign keys and
// the project's SQL functions, and applies migrations.
class Database
{
public:
    enum class Migrate { Yes, No };
    // Opens or creates the file; throws StoreError with a readable sentence on failure,
    // including a file written by a newer app version.
    explicit Database(const QString &path, Migrate migrate = Migrate::Yes);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

    // Executes one or more statements without results.
    void exec(const char *sql);
    // A cached prepared statement (or a fresh one when the cached copy is in use).
    Statement prepare(const char *sql);
    Statement prepare(const QByteArray &sql) { return prepare(sql.constData()); }

    // Off: transactions nested in an open one make no savepoint (see BulkWrite).
    void setSavepoints(bool on) { m_savepoints = on; }
    bool savepoints() const { return m_savepoints; }

    qint64 lastInsertRowId() const;
    int changes() const;
    bool inTransaction() const;
    int userVersion();

    // Builds the readable error for the connection's last failure.
    [[noreturn]] void fail(int code, const char *context) const;

private:
    struct CacheEntry
    {
        sqlite3_stmt *stmt = nullptr;
        bool inUse = false;
    };
    QString m_path;
    sqlite3 *m_db = nullptr;
    bool m_savepoints = true;
    std::unordered_map<std::string, CacheEntry> m_cache;
};

// Commits only when commit() is called; otherwise rolls back on destruction. Nested
// transactions become savepoints, so a write path can be called inside a bulk import.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_nested;
    bool m_savepoint;
    bool m_done = false;
};

// A transaction of many writes that stand or fall together (an import): while it is open,
// the write paths' own nested transactions make no savepoint. Each savepoint costs, and
// FTS5 flushes its pending index to a new segment at every one; a failure anywhere inside
// must end in the whole transaction rolling back (not committing it), which is its purpose.
class BulkWrite
{
public:
    explicit BulkWrite(Database &db)
        : m_db(db)
        , m_tx(db)
    {
        m_db.setSavepoints(false);
    }
    ~BulkWrite() { m_db.setSavepoints(true); }
    void commit() { m_tx.commit(); }

private:
    Database &m_db;
    Transaction m_tx;
};

} // namespace df
