#include "syncbench.h"

#include "benchutil.h"
#include "domain/member.h"
#include "store/database.h"
#include "store/queries.h"
#include "sync/schema.h"
#include "sync/syncengine.h"
#include "sync/syncstore.h"
#include "sync/transport.h"
#include "write/localstore.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <csignal>
#include <cstdio>
#include <sqlite3.h>
#include <variant>

using namespace df;
using df::bench::emitLine;
using df::bench::percentile;

namespace {

const QString kPassword = QStringLiteral("doanfield-demo");

double round2(double v)
{
    return std::round(v * 100) / 100;
}

// A doanfield-server process on a free loopback port.
class ServerProcess
{
public:
    explicit ServerProcess(QString db)
        : m_db(std::move(db))
    {}
    ~ServerProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(10000))
                m_process.kill();
        }
    }
    bool admin(const QStringList &args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(QStringLiteral(DF_SERVER_EXE),
                QStringList{args.first(), QStringLiteral("--db"), m_db} + args.mid(1));
        p.closeWriteChannel();
        return p.waitForFinished(-1) && p.exitCode() == 0;
    }
    QUrl start()
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(DF_SERVER_EXE),
                        {QStringLiteral("serve"), QStringLiteral("--db"), m_db,
                         QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QByteArray out;
        while (!out.contains('\n') && m_process.waitForReadyRead(60000))
            out += m_process.readAllStandardOutput();
        const auto m =
            QRegularExpression(QStringLiteral(":(\\d+) \\(")).match(QString::fromUtf8(out));
        return m.hasMatch() ? QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m.captured(1)))
                            : QUrl();
    }

private:
    QString m_db;
    QProcess m_process;
};

struct Client
{
    Client(const QString &path, const QUrl &url)
        : db(path)
        , store(db)
        , transport(url, 120000)
        , engine(store.sync(), transport)
    {}
    Database db;
    LocalStore store;
    HttpTransport transport;
    SyncEngine engine;
};

// Records how long each request took.
class TimedTransport : public Transport
{
public:
    explicit TimedTransport(Transport &inner)
        : m_inner(inner)
    {}
    TransportReply post(const QString &path, const QByteArray &json) override
    {
        QElapsedTimer t;
        t.start();
        TransportReply r = m_inner.post(path, json);
        times.push_back(double(t.nsecsElapsed()) / 1e6);
        return r;
    }
    TransportReply get(const QString &p) override { return m_inner.get(p); }
    TransportReply deleteResource(const QString &p) override { return m_inner.deleteResource(p); }
    void setToken(const QByteArray &token) override { m_inner.setToken(token); }
    std::vector<double> times;

private:
    Transport &m_inner;
};

using Value = std::variant<std::monostate, qint64, double, QByteArray>;

// Plain SQLite: the same rows inserted into the same schema with prepared statements in
// one transaction; the baseline for an initial sync.
double rawInsertSeconds(Database &from, const QString &path)
{
    struct Table
    {
        QByteArray insert;
        int columns = 0;
        std::vector<Value> values;
    };
    std::vector<Table> tables;
    for (const EntitySpec &spec : Schema::entities()) {
        Table t;
        QByteArray cols = "id", marks = "?";
        for (const Column &c : spec.columns) {
            cols += QByteArray(", ") + c.name;
            marks += ", ?";
        }
        if (spec.entity == Entity::Member) {
            cols += ", search_key, sort_key";
            marks += ", ?, ?";
        }
        cols += ", _v";
        marks += ", ?";
        t.insert =
            "INSERT INTO " + QByteArray(spec.table) + "(" + cols + ") VALUES (" + marks + ")";
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(from.handle(), ("SELECT " + cols + " FROM " + spec.table).constData(),
                           -1, &s, nullptr);
        t.columns = sqlite3_column_count(s);
        while (sqlite3_step(s) == SQLITE_ROW) {
            for (int i = 0; i < t.columns; ++i) {
                switch (sqlite3_column_type(s, i)) {
                case SQLITE_INTEGER:
                    t.values.emplace_back(qint64(sqlite3_column_int64(s, i)));
                    break;
                case SQLITE_FLOAT:
                    t.values.emplace_back(sqlite3_column_double(s, i));
                    break;
                case SQLITE_NULL:
                    t.values.emplace_back(std::monostate{});
                    break;
                default:
                    t.values.emplace_back(
                        QByteArray(reinterpret_cast<const char *>(sqlite3_column_blob(s, i)),
                                   sqlite3_column_bytes(s, i)));
                }
            }
        }
        sqlite3_finalize(s);
        tables.push_back(std::move(t));
    }
    Database raw(path);
    raw.exec("PRAGMA foreign_keys=OFF");
    QElapsedTimer timer;
    timer.start();
    raw.exec("BEGIN");
    for (const Table &t : tables) {
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(raw.handle(), t.insert.constData(), -1, &s, nullptr);
        for (size_t row = 0; row + size_t(t.columns) <= t.values.size(); row += size_t(t.columns)) {
            for (int i = 0; i < t.columns; ++i) {
                const Value &v = t.values[row + size_t(i)];
                if (std::holds_alternative<qint64>(v))
                    sqlite3_bind_int64(s, i + 1, std::get<qint64>(v));
                else if (std::holds_alternative<double>(v))
                    sqlite3_bind_double(s, i + 1, std::get<double>(v));
                else if (std::holds_alternative<QByteArray>(v))
                    sqlite3_bind_text(s, i + 1, std::get<QByteArray>(v).constData(),
                                      int(std::get<QByteArray>(v).size()), SQLITE_STATIC);
                else
                    sqlite3_bind_null(s, i + 1);
            }
            sqlite3_step(s);
            sqlite3_reset(s);
        }
        sqlite3_finalize(s);
    }
    raw.exec("COMMIT");
    return double(timer.nsecsElapsed()) / 1e9;
}

void initialSync(const QTemporaryDir &dir, const QUrl &url, const char *scope, const QString &user)
{
    const QString path = dir.filePath(QStringLiteral("client-%1.db").arg(QLatin1String(scope)));
    Client c(path, url);
    c.engine.setPageSize(5000);
    if (!c.engine.signIn(user, kPassword).ok) {
        std::fprintf(stderr, "sign-in as %s failed\n", qPrintable(user));
        return;
    }
    QElapsedTimer t;
    t.start();
    const SyncResult r = c.engine.pull();
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    if (!r.ok) {
        std::fprintf(stderr, "initial sync failed: %s\n", qPrintable(r.error));
        return;
    }
    const double raw =
        rawInsertSeconds(c.db, dir.filePath(QStringLiteral("raw-%1.db").arg(QLatin1String(scope))));
    emitLine({{QStringLiteral("bench"), QStringLiteral("sync.initial")},
              {QStringLiteral("scope"), QLatin1String(scope)},
              {QStringLiteral("rows"), r.pulled},
              {QStringLiteral("seconds"), round2(seconds)},
              {QStringLiteral("rows_per_s"), qint64(r.pulled / seconds)},
              {QStringLiteral("raw_seconds"), round2(raw)},
              {QStringLiteral("ratio"), round2(seconds / raw)}});
}

#ifdef DF_SYNC_EXE
// A province's first sync through the doanfield-sync command, killed with SIGKILL once half
// of the rows are applied and started again: the second run pulls only what is left.
void resume(const QTemporaryDir &dir, const QUrl &url)
{
    struct Run
    {
        bool ok = false;
        double seconds = 0;
        qint64 pulled = 0, total = 0;
    };
    const auto run = [&](const QString &db, bool killAtHalf) {
        Run r;
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(QStringLiteral(DF_SYNC_EXE),
                {QStringLiteral("--db"), db, QStringLiteral("--server"), url.toString(),
                 QStringLiteral("--user"), QStringLiteral("admin"),
                 QStringLiteral("--password-stdin"), QStringLiteral("--page-size"),
                 QStringLiteral("5000"), QStringLiteral("--timeout"), QStringLiteral("120")});
        p.write(kPassword.toUtf8() + '\n');
        p.closeWriteChannel();
        QElapsedTimer t;
        t.start();
        static const QRegularExpression progress(QStringLiteral("pulled (\\d+) of (\\d+)"));
        static const QRegularExpression done(QStringLiteral("synced: pushed \\d+, pulled (\\d+)"));
        while (p.state() != QProcess::NotRunning) {
            if (!p.waitForReadyRead(100) && p.state() == QProcess::NotRunning)
                break;
            while (p.canReadLine()) {
                const QString line = QString::fromUtf8(p.readLine());
                if (const auto m = done.match(line); m.hasMatch())
                    r.pulled = m.captured(1).toLongLong();
                const auto m = progress.match(line);
                if (!m.hasMatch())
                    continue;
                r.pulled = m.captured(1).toLongLong();
                r.total = m.captured(2).toLongLong();
                if (killAtHalf && r.pulled * 2 >= r.total) {
                    ::kill(pid_t(p.processId()), SIGKILL);
                    p.waitForFinished();
                    r.seconds = double(t.nsecsElapsed()) / 1e9;
                    r.ok = true;
                    return r;
                }
            }
        }
        p.waitForFinished();
        while (p.canReadLine()) {
            const auto m = done.match(QString::fromUtf8(p.readLine()));
            if (m.hasMatch())
                r.pulled = m.captured(1).toLongLong();
        }
        r.seconds = double(t.nsecsElapsed()) / 1e9;
        r.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        return r;
    };
    const Run full = run(dir.filePath(QStringLiteral("resume-full.db")), false);
    const QString db = dir.filePath(QStringLiteral("resume.db"));
    const Run killed = run(db, true);
    const Run after = run(db, false);
    if (!full.ok || !killed.ok || !after.ok) {
        std::fprintf(stderr, "sync.resume: a run failed\n");
        return;
    }
    emitLine({{QStringLiteral("bench"), QStringLiteral("sync.resume")},
              {QStringLiteral("rows"), full.pulled},
              {QStringLiteral("killed_at_rows"), killed.pulled},
              {QStringLiteral("rows_after_kill"), after.pulled},
              {QStringLiteral("full_seconds"), round2(full.seconds)},
              {QStringLiteral("seconds_after_kill"), round2(after.seconds)},
              {QStringLiteral("ratio"), round2(after.seconds / full.seconds)}});
}
#endif

// Two devices of a district: each round the other device pushes 100 edits, this one makes
// 100 and syncs; the time of that sync (push 100, pull 200) is measured.
void roundtrip(const QTemporaryDir &dir, const QUrl &url, int rounds)
{
    Client a(dir.filePath(QStringLiteral("rt-a.db")), url);
    Client b(dir.filePath(QStringLiteral("rt-b.db")), url);
    for (Client *c : {&a, &b}) {
        c->engine.setPageSize(5000);
        if (!c->engine.signIn(QStringLiteral("huyen"), kPassword).ok || !c->engine.sync().ok)
            return;
    }
    QStringList ids;
    {
        auto st = a.db.prepare("SELECT id FROM members WHERE deleted = 0 ORDER BY id LIMIT 400");
        while (st.step())
            ids.append(st.text(0));
    }
    if (ids.size() < 200)
        return;
    std::vector<double> times;
    int serial = 0;
    const auto edit = [&](Client &c, int from) {
        Transaction tx(c.db);
        for (int i = 0; i < 100; ++i) {
            auto m = Queries(c.db).member(ids[from + i]);
            m->phone = QStringLiteral("09%1").arg(10000000 + ++serial);
            c.store.saveMember(*m);
        }
        tx.commit();
    };
    for (int round = 0; round < rounds; ++round) {
        edit(b, 200);
        if (!b.engine.sync().ok)
            return;
        edit(a, 0);
        QElapsedTimer t;
        t.start();
        const SyncResult r = a.engine.sync();
        if (!r.ok)
            return;
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    emitLine({{QStringLiteral("bench"), QStringLiteral("sync.roundtrip")},
              {QStringLiteral("local"), 100},
              {QStringLiteral("remote"), 100},
              {QStringLiteral("rounds"), rounds},
              {QStringLiteral("p50_ms"), round2(percentile(times, 0.5))},
              {QStringLiteral("p95_ms"), round2(percentile(times, 0.95))}});
}

// 50 devices of one branch push new members at once, 100 changes per request.
void serverPush(const QString &backend, const QString &dbUrl, const QTemporaryDir &dir, int clients,
                int perClient)
{
    ServerProcess server(dbUrl);
    if (!server.admin(
            {QStringLiteral("seed-demo"), QStringLiteral("--members"), QStringLiteral("2000")})) {
        std::fprintf(stderr, "seed-demo on %s failed\n", qPrintable(backend));
        return;
    }
    const QUrl url = server.start();
    if (url.isEmpty())
        return;
    QSemaphore ready, go, done;
    QMutex mutex;
    std::vector<double> times;
    qint64 accepted = 0;
    std::vector<QThread *> threads;
    for (int i = 0; i < clients; ++i) {
        threads.push_back(QThread::create([&, i] {
            Client c(dir.filePath(QStringLiteral("push-%1-%2.db").arg(backend).arg(i)), url);
            TimedTransport timed(c.transport);
            SyncEngine engine(c.store.sync(), timed);
            engine.setPushBatch(100);
            const bool ok =
                engine.signIn(QStringLiteral("chidoan"), kPassword).ok && engine.pull().ok;
            QString unit;
            if (ok) {
                auto st = c.db.prepare("SELECT id FROM org_units LIMIT 1");
                if (st.step())
                    unit = st.text(0);
            }
            {
                Transaction tx(c.db);
                for (int k = 0; ok && k < perClient; ++k) {
                    Member m;
                    m.unitId = unit;
                    m.fullName = QStringLiteral("Thành viên %1-%2").arg(i).arg(k);
                    c.store.saveMember(m);
                }
                tx.commit();
            }
            ready.release();
            go.acquire();
            const SyncResult r = ok ? engine.push() : SyncResult{};
            {
                QMutexLocker lock(&mutex);
                times.insert(times.end(), timed.times.begin(), timed.times.end());
                accepted += r.pushed;
            }
            done.release();
        }));
        threads.back()->start();
    }
    ready.acquire(clients);
    QElapsedTimer t;
    t.start();
    go.release(clients);
    done.acquire(clients);
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    for (QThread *th : threads) {
        th->wait();
        delete th;
    }
    emitLine({{QStringLiteral("bench"), QStringLiteral("server.push")},
              {QStringLiteral("backend"), backend},
              {QStringLiteral("clients"), clients},
              {QStringLiteral("changes"), accepted},
              {QStringLiteral("seconds"), round2(seconds)},
              {QStringLiteral("changes_per_s"), qint64(double(accepted) / seconds)},
              {QStringLiteral("p95_ms"), round2(percentile(times, 0.95))}});
}

} // namespace

namespace {
int runPushBench(const QTemporaryDir &dir);
} // namespace

int runSyncBench(int members, quint64 seed)
{
    QTemporaryDir dir;
    if (qEnvironmentVariableIsSet("DF_BENCH_DIR"))
        dir.setAutoRemove(false);
    {
        ServerProcess server(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("server.db")));
        QElapsedTimer t;
        t.start();
        if (!server.admin({QStringLiteral("seed-demo"), QStringLiteral("--members"),
                           QString::number(members), QStringLiteral("--seed"),
                           QString::number(seed)}))
            return 1;
        std::fprintf(stderr, "seeded %d members in %.1f s\n", members, double(t.elapsed()) / 1000);
        const QUrl url = server.start();
        if (url.isEmpty())
            return 1;
        initialSync(dir, url, "district", QStringLiteral("huyen"));
        initialSync(dir, url, "province", QStringLiteral("admin"));
#ifdef DF_SYNC_EXE
        resume(dir, url);
#endif
        roundtrip(dir, url, 40);
    }
    return runPushBench(dir);
}

namespace {

int runPushBench(const QTemporaryDir &dir)
{
    serverPush(QStringLiteral("sqlite"),
               QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("push.db")), dir, 50, 1000);
    const QString pg = qEnvironmentVariable("DF_TEST_POSTGRES");
    if (pg.isEmpty()) {
        emitLine({{QStringLiteral("bench"), QStringLiteral("server.push")},
                  {QStringLiteral("backend"), QStringLiteral("postgresql")},
                  {QStringLiteral("skipped"),
                   QStringLiteral("run through tests/with-postgres.sh to include PostgreSQL")}});
    } else {
        serverPush(QStringLiteral("postgresql"), pg, dir, 50, 1000);
    }
    return 0;
}

} // namespace

int runPushBench()
{
    QTemporaryDir dir;
    return runPushBench(dir);
}
