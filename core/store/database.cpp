#include "store/database.h"
#include "domain/vntext.h"
#include "store/migrations.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <chrono>
#include <sqlite3.h>
#include <thread>

Q_LOGGING_CATEGORY(lcStore, "doanfield.store")

namespace df {

namespace {

// df_prefix_match(folded_text, folded_query): every query token is a prefix of some word
// of the text. Lets the planner walk the name-order index for broad as-you-type queries.
void prefixMatchFunction(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const auto *query = reinterpret_cast<const char *>(sqlite3_value_text(argv[1]));
    if (!text || !query) {
        sqlite3_result_int(ctx, 0);
        return;
    }
    sqlite3_result_int(ctx, vn::tokensPrefixMatch(text, query) ? 1 : 0);
}

QString argText(sqlite3_value *value)
{
    const auto *data = static_cast<const char16_t *>(sqlite3_value_text16(value));
    return data ? QString::fromUtf16(data, sqlite3_value_bytes16(value) / 2) : QString();
}

// df_search_key(full_name, card_number) and df_sort_key(full_name): the derived member
// columns, available to SQL so migrations can backfill them.
void searchKeyFunction(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    const QByteArray key = vn::searchKey(argText(argv[0]), argText(argv[1])).toUtf8();
    sqlite3_result_text(ctx, key.constData(), int(key.size()), SQLITE_TRANSIENT);
}

void sortKeyFunction(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    const QByteArray key = vn::sortKey(argText(argv[0]));
    sqlite3_result_blob(ctx, key.constData(), int(key.size()), SQLITE_TRANSIENT);
}

} // namespace

Statement::Statement(Database *db, sqlite3_stmt *stmt, bool *inUse)
    : m_db(db)
    , m_stmt(stmt)
    , m_inUse(inUse)
{}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt)
    , m_inUse(other.m_inUse)
{
    other.m_stmt = nullptr;
}

Statement::~Statement()
{
    if (!m_stmt)
        return;
    if (m_inUse) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        *m_inUse = false;
    } else {
        sqlite3_finalize(m_stmt);
    }
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const int rc =
        sqlite3_bind_text16(m_stmt, index, value.utf16(), int(value.size() * 2), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        m_db->fail(rc, "bind");
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    if (blob.isNull())
        return bindNull(index);
    const int rc =
        sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        m_db->fail(rc, "bind");
    return *this;
}

Statement &Statement::bindText(int index, const QByteArray &utf8)
{
    if (utf8.isNull())
        return bindNull(index);
    const int rc =
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        m_db->fail(rc, "bind");
    return *this;
}

Statement &Statement::bindStaticText(int index, QByteArrayView utf8)
{
    // A view of no text still binds '' (not NULL), as text.
    const int rc = sqlite3_bind_text(m_stmt, index, utf8.isNull() ? "" : utf8.data(),
                                     int(utf8.size()), SQLITE_STATIC);
    if (rc != SQLITE_OK)
        m_db->fail(rc, "bind");
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK)
        m_db->fail(rc, "bind");
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    const int rc = sqlite3_bind_double(m_stmt, index, value);
    if (rc != SQLITE_OK)
        m_db->fail(rc, "bind");
    return *this;
}

Statement &Statement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK)
        m_db->fail(rc, "bind");
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    m_db->fail(rc, sqlite3_sql(m_stmt));
}

void Statement::exec()
{
    while (step()) {
    }
    sqlite3_reset(m_stmt); // ready to bind again, as in a loop of exec() calls
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf16(data, sqlite3_column_bytes16(m_stmt, column) / 2);
}

QByteArray Statement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    if (!data)
        return {};
    return QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, column));
}

Database::Database(const QString &path, Migrate migrate)
    : m_path(path)
{
    const int rc =
        sqlite3_open_v2(path.toUtf8().constData(), &m_db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString why = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
        sqlite3_close(m_db);
        m_db = nullptr;
        throw StoreError(
            QCoreApplication::translate("Store", "Cannot open the database %1: %2").arg(path, why));
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
    try {
        // WAL lets the UI read while a worker writes; NORMAL sync is durable against an
        // app crash, which is what a phone sees (a power cut may lose the last commit).
        // A new file's switch to WAL needs the file to itself, and a second connection
        // opening it at that moment (a sign-in's worker and the workspace) is told "busy"
        // without the busy handler being asked: it tries again here, for up to 5 s.
        int rc = SQLITE_BUSY;
        for (int attempt = 0; attempt < 100; ++attempt) {
            rc = sqlite3_exec(m_db, "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr);
            if (rc != SQLITE_BUSY)
                break;
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        if (rc != SQLITE_OK)
            exec("PRAGMA journal_mode=WAL"); // fails again, with the usual sentence
        exec("PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY;"
             "PRAGMA cache_size=-32768;");
        sqlite3_create_function_v2(m_db, "df_prefix_match", 2,
                                   SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                   prefixMatchFunction, nullptr, nullptr, nullptr);
        sqlite3_create_function_v2(m_db, "df_search_key", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                   nullptr, searchKeyFunction, nullptr, nullptr, nullptr);
        sqlite3_create_function_v2(m_db, "df_sort_key", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                   nullptr, sortKeyFunction, nullptr, nullptr, nullptr);
        if (migrate == Migrate::Yes)
            Migrations::apply(*this);
    } catch (...) {
        for (auto &[sql, entry] : m_cache)
            sqlite3_finalize(entry.stmt);
        m_cache.clear();
        sqlite3_close(m_db);
        m_db = nullptr;
        throw;
    }
}

Database::~Database()
{
    for (auto &[sql, entry] : m_cache)
        sqlite3_finalize(entry.stmt);
    if (m_db && sqlite3_close(m_db) != SQLITE_OK)
        qCWarning(lcStore) << "database closed with statements still open:" << m_path;
}

void Database::exec(const char *sql)
{
    char *error = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        sqlite3_free(error);
        fail(rc, sql);
    }
}

Statement Database::prepare(const char *sql)
{
    auto &entry = m_cache[std::string(sql)];
    if (!entry.stmt) {
        const int rc =
            sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &entry.stmt, nullptr);
        if (rc != SQLITE_OK)
            fail(rc, sql);
    }
    if (!entry.inUse) {
        entry.inUse = true;
        return Statement(this, entry.stmt, &entry.inUse);
    }
    // The cached copy is borrowed (a nested use of the same SQL): prepare a one-off.
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        fail(rc, sql);
    return Statement(this, stmt, nullptr);
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

int Database::userVersion()
{
    auto st = prepare("PRAGMA user_version");
    st.step();
    return st.int32(0);
}

void Database::fail(int code, const char *context) const
{
    const QString why = QString::fromUtf8(sqlite3_errmsg(m_db));
    const int primary = code & 0xff;
    // An interrupt is a caller's deliberate budget (MemberSearch), not a fault to log.
    if (primary != SQLITE_INTERRUPT)
        qCWarning(lcStore) << "SQLite error" << code << why << "in" << context;
    if (primary == SQLITE_FULL)
        throw StoreError(QCoreApplication::translate(
            "Store", "The device is out of storage space; free some space and try again."));
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        throw StoreError(QCoreApplication::translate("Store", "The database file %1 is damaged: %2")
                             .arg(m_path, why));
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        throw StoreError(QCoreApplication::translate(
            "Store", "The database is busy with another task; try again in a moment."));
    if (primary == SQLITE_CONSTRAINT)
        throw StoreError(
            QCoreApplication::translate("Store", "The change breaks a data rule: %1").arg(why));
    throw StoreError(QCoreApplication::translate("Store", "Database error: %1").arg(why));
}

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_nested(db.inTransaction())
    , m_savepoint(m_nested && db.savepoints())
{
    if (m_nested && !m_savepoint)
        return; // inside a BulkWrite: the outer transaction stands or falls as one
    m_db.prepare(m_nested ? "SAVEPOINT df_tx" : "BEGIN IMMEDIATE").exec();
}

Transaction::~Transaction()
{
    if (m_done || (m_nested && !m_savepoint))
        return;
    try {
        if (m_nested) {
            m_db.prepare("ROLLBACK TO df_tx").exec();
            m_db.prepare("RELEASE df_tx").exec();
        } else {
            m_db.prepare("ROLLBACK").exec();
        }
    } catch (const StoreError &e) {
        qCWarning(lcStore) << "rollback failed:" << e.message();
    }
}

void Transaction::commit()
{
    if (!m_nested || m_savepoint)
        m_db.prepare(m_nested ? "RELEASE df_tx" : "COMMIT").exec();
    m_done = true;
}

} // namespace df
