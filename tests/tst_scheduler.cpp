// The sync scheduler: when it syncs, how it backs off, and what it tells the user. The
// transport is scripted (a fault a real server cannot produce on demand); the database is
// a real file shared by the UI connection and the sync thread.
#include "fakes.h"

#include "domain/member.h"
#include "domain/orgunit.h"
#include "store/database.h"
#include "sync/syncscheduler.h"
#include "sync/syncstore.h"
#include "sync/transport.h"
#include "write/localstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>

using namespace df;

using df::test::ScriptedTransport;

namespace {

// Answers like a server with nothing to send, or with a scripted failure status.
struct Script
{
    std::atomic<int> requests{0};
    std::atomic<int> failWith{0}; // 0: answer normally
    std::atomic<int> retryAfter{-1};
};

// The server as the scheduler needs it: pushes accepted, empty pages, or (when the script
// says) the same failure for every request.
TransportReply answer(Script &script, ScriptedTransport::Method method, const QByteArray &json)
{
    if (method == ScriptedTransport::Method::Delete)
        return {204, {}, {}}; // sign-out: not counted, never failed
    ++script.requests;
    if (const int status = script.failWith) {
        TransportReply r{
            status == -1 ? 0 : status, R"({"error":"x","message":"Máy chủ đang bận."})",
            status == -1 ? QStringLiteral("The server cannot be reached.") : QString()};
        r.retryAfterSeconds = script.retryAfter;
        return r;
    }
    if (method == ScriptedTransport::Method::Get)
        return {
            200,
            R"({"protocol":1,"rows":[],"evictions":[],"cursor":0,"has_more":false,"remaining":0,"server_hlc":"0","server_time":0})",
            {}};
    QJsonArray accepted;
    const QJsonArray changes =
        QJsonDocument::fromJson(json).object().value(QStringLiteral("changes")).toArray();
    for (const QJsonValue &c : changes)
        accepted.append(c.toObject().value(QStringLiteral("op_id")));
    return {200,
            QJsonDocument(QJsonObject{{QStringLiteral("protocol"), 1},
                                      {QStringLiteral("accepted"), accepted},
                                      {QStringLiteral("rejected"), QJsonArray{}},
                                      {QStringLiteral("server_hlc"), QStringLiteral("0")},
                                      {QStringLiteral("server_time"), 0}})
                .toJson(),
            {}};
}

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void syncsOnStart();
    void localChangeIsDebounced();
    void connectivityRegainedTriggersSync();
    void backoffGrowsAndResets();
    void backoffFormula();
    void unauthorizedStopsRetrying();
    void upgradeRequired();
    void retryAfterIsHonoured();

private:
    std::unique_ptr<SyncScheduler> make();
    QTemporaryDir m_dir;
    QString m_path;
    Script m_script;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LocalStore> m_store;
    int m_n = 0;
};

void TestScheduler::init()
{
    m_path = m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_n));
    m_db = std::make_unique<Database>(m_path);
    m_store = std::make_unique<LocalStore>(*m_db);
    m_script.requests = 0;
    m_script.failWith = 0;
    m_script.retryAfter = -1;
}

void TestScheduler::cleanup()
{
    m_store.reset();
    m_db.reset();
}

std::unique_ptr<SyncScheduler> TestScheduler::make()
{
    auto s = std::make_unique<SyncScheduler>(m_path, [this] {
        return std::make_unique<ScriptedTransport>(
            [this](ScriptedTransport::Method m, const QString &, const QByteArray &body) {
                return answer(m_script, m, body);
            });
    });
    SyncScheduler::Timing t;
    t.debounceMs = 150;
    t.periodMs = 600000;
    t.backoffBaseMs = 100;
    t.backoffCapMs = 800;
    s->setTiming(t);
    return s;
}

void TestScheduler::syncsOnStart()
{
    auto s = make();
    QCOMPARE(s->syncsStarted(), 0);
    s->start();
    QTRY_COMPARE(s->state(), SyncScheduler::State::Idle);
    QCOMPARE(s->syncsStarted(), 1);
    QVERIFY(s->lastSuccess().isValid());
    QVERIFY(m_script.requests >= 1);
}

void TestScheduler::localChangeIsDebounced()
{
    auto s = make();
    s->start();
    QTRY_VERIFY(s->lastSuccess().isValid());
    const int before = s->syncsStarted();
    OrgUnit u{{}, {}, UnitLevel::Branch, QStringLiteral("Chi đoàn 1"), {}};
    const WriteResult unit = m_store->saveUnit(u);
    QVERIFY(unit);
    for (int i = 0; i < 5; ++i) {
        Member m;
        m.unitId = unit.id;
        m.fullName = QStringLiteral("Đoàn viên %1").arg(i);
        QVERIFY(m_store->saveMember(m));
        s->localChange(m_store->sync().pendingCount());
        QTest::qWait(20);
    }
    QCOMPARE(s->pending(), 6);
    QCOMPARE(s->syncsStarted(), before); // still waiting for the typing to stop
    QTRY_COMPARE(s->syncsStarted(), before + 1);
    QTRY_COMPARE(s->pending(), 0);
    QTest::qWait(300);
    QCOMPARE(s->syncsStarted(), before + 1); // one sync for the burst
    QCOMPARE(m_store->sync().pendingCount(), 0);
}

void TestScheduler::connectivityRegainedTriggersSync()
{
    auto s = make();
    s->setOnline(false);
    s->start();
    QCOMPARE(s->state(), SyncScheduler::State::Offline);
    QCOMPARE(s->syncsStarted(), 0);
    s->localChange(1);
    QTest::qWait(250);
    QCOMPARE(s->syncsStarted(), 0); // offline: nothing is tried
    s->setOnline(true);
    QTRY_COMPARE(s->syncsStarted(), 1);
    QTRY_COMPARE(s->state(), SyncScheduler::State::Idle);
}

void TestScheduler::backoffGrowsAndResets()
{
    auto s = make();
    m_script.failWith = 503;
    s->start();
    QList<int> delays;
    for (int i = 1; i <= 4; ++i) {
        QTRY_COMPARE(s->failures(), i);
        QCOMPARE(s->state(), SyncScheduler::State::Error);
        QVERIFY(!s->lastError().isEmpty());
        delays.append(s->retryDelayMs());
    }
    // base 100 ms doubling with ±20 % jitter: 80–120, 160–240, 320–480, then the cap 640–960.
    QVERIFY2(delays[0] >= 80 && delays[0] <= 120, qPrintable(QString::number(delays[0])));
    QVERIFY(delays[1] >= 160 && delays[1] <= 240);
    QVERIFY(delays[2] >= 320 && delays[2] <= 480);
    QVERIFY(delays[3] >= 640 && delays[3] <= 960);
    m_script.failWith = 0;
    QTRY_COMPARE_WITH_TIMEOUT(s->state(), SyncScheduler::State::Idle, 3000);
    QCOMPARE(s->failures(), 0);
    QCOMPARE(s->retryDelayMs(), -1);
    QVERIFY(s->lastError().isEmpty());
    // The next failure starts from the base again.
    m_script.failWith = 503;
    s->syncNow();
    QTRY_COMPARE(s->failures(), 1);
    QVERIFY(s->retryDelayMs() <= 120);
}

void TestScheduler::backoffFormula()
{
    SyncScheduler::Timing t;
    t.backoffBaseMs = 2000;
    t.backoffCapMs = 300000;
    QCOMPARE(SyncScheduler::backoffMs(t, 1, 0.5), 2000);
    QCOMPARE(SyncScheduler::backoffMs(t, 2, 0.5), 4000);
    QCOMPARE(SyncScheduler::backoffMs(t, 3, 0.0), 6400);
    QCOMPARE(SyncScheduler::backoffMs(t, 30, 0.5), 300000); // capped, never overflows
    QCOMPARE(SyncScheduler::backoffMs(t, 30, 1.0), 360000);
}

void TestScheduler::unauthorizedStopsRetrying()
{
    OrgUnit u{{}, {}, UnitLevel::Branch, QStringLiteral("Chi đoàn 2"), {}};
    QVERIFY(m_store->saveUnit(u));
    auto s = make();
    m_script.failWith = 401;
    s->start();
    QTRY_COMPARE(s->state(), SyncScheduler::State::SignedOut);
    const int requests = m_script.requests;
    s->localChange(1);
    s->syncNow();
    QTest::qWait(400);
    QCOMPARE(int(m_script.requests), requests);  // no retries until a new sign-in
    QCOMPARE(m_store->sync().pendingCount(), 1); // the outbox is kept
    m_script.failWith = 0;
    s->setToken("new-token");
    s->syncNow();
    QTRY_COMPARE(s->state(), SyncScheduler::State::Idle);
    QCOMPARE(m_store->sync().pendingCount(), 0);
}

void TestScheduler::upgradeRequired()
{
    auto s = make();
    m_script.failWith = 426;
    s->start();
    QTRY_COMPARE(s->state(), SyncScheduler::State::UpdateRequired);
    QVERIFY(s->lastError().contains(QStringLiteral("Update")));
    QTest::qWait(300);
    QCOMPARE(s->syncsStarted(), 1);
}

void TestScheduler::retryAfterIsHonoured()
{
    auto s = make();
    m_script.failWith = 503;
    m_script.retryAfter = 1; // 1 s, more than the 100 ms backoff
    s->start();
    QTRY_COMPARE(s->failures(), 1);
    QCOMPARE(s->retryDelayMs(), 800); // Retry-After, but never above the cap
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
