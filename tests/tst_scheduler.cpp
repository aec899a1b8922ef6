// The sync scheduler: when it syncs, how it backs off, and what it tells the user. The
// transport is scripted (a fault a real server cannot produce on demand); the database is
// a real file shared by the UI connection and the sync thread. Time is a ManualClock that
// the tests move by hand: a debounce, a retry or a period passes only when a test says so,
// and never because the machine was slow. The only real waits are for the sync thread to
// report a round back, with a timeout far above any round's length.
#include "fakes.h"
#include "manualclock.h"

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

using df::test::ManualClock;
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

// A round on the sync thread reports back: it does real work on a real database, so this
// waits for an event; the timeout only bounds a hang.
bool roundDone(const SyncScheduler &s)
{
    return QTest::qWaitFor([&s] { return s.state() != SyncScheduler::State::Syncing; }, 30000);
}

constexpr int kDebounceMs = 150;
constexpr int kPeriodMs = 600000;

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void syncsOnStart();
    void localChangeIsDebounced();
    void periodicSyncRuns();
    void connectivityRegainedTriggersSync();
    void backoffGrowsAndResets();
    void backoffFormula();
    void unauthorizedStopsRetrying();
    void upgradeRequired();
    void retryAfterIsHonoured();

private:
    std::unique_ptr<SyncScheduler> make(int periodMs = kPeriodMs);
    void saveMember(const QString &name);
    QTemporaryDir m_dir;
    QString m_path;
    Script m_script;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LocalStore> m_store;
    QString m_unit;
    int m_n = 0;
};

void TestScheduler::init()
{
    m_path = m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_n));
    m_clock = std::make_unique<ManualClock>();
    m_db = std::make_unique<Database>(m_path);
    m_store = std::make_unique<LocalStore>(*m_db);
    m_unit.clear();
    m_script.requests = 0;
    m_script.failWith = 0;
    m_script.retryAfter = -1;
}

void TestScheduler::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_clock.reset(); // after each test's scheduler, which holds its timers
}

std::unique_ptr<SyncScheduler> TestScheduler::make(int periodMs)
{
    auto s = std::make_unique<SyncScheduler>(
        m_path,
        [this] {
            return std::make_unique<ScriptedTransport>(
                [this](ScriptedTransport::Method m, const QString &, const QByteArray &body) {
                    return answer(m_script, m, body);
                });
        },
        *m_clock);
    SyncScheduler::Timing t;
    t.debounceMs = kDebounceMs;
    t.periodMs = periodMs;
    t.backoffBaseMs = 100;
    t.backoffCapMs = 800;
    s->setTiming(t);
    return s;
}

// A change in the outbox (the first one also writes its unit).
void TestScheduler::saveMember(const QString &name)
{
    if (m_unit.isEmpty()) {
        OrgUnit u{{}, {}, UnitLevel::Branch, QStringLiteral("Chi đoàn 1"), {}};
        const WriteResult unit = m_store->saveUnit(u);
        QVERIFY(unit);
        m_unit = unit.id;
    }
    Member m;
    m.unitId = m_unit;
    m.fullName = name;
    QVERIFY(m_store->saveMember(m));
}

void TestScheduler::syncsOnStart()
{
    auto s = make();
    QCOMPARE(s->syncsStarted(), 0);
    s->start();
    QCOMPARE(s->syncsStarted(), 1); // at once, not after a timer
    QVERIFY(roundDone(*s));
    QCOMPARE(s->state(), SyncScheduler::State::Idle);
    QCOMPARE(s->lastSuccess(), m_clock->nowUtc()); // the injected clock's time
    QVERIFY(m_script.requests >= 1);
}

// A burst of edits, each less than the debounce after the last, is sent once, a debounce
// after the last edit: the debounce starts over with every change.
void TestScheduler::localChangeIsDebounced()
{
    auto s = make();
    s->start();
    QVERIFY(roundDone(*s));
    const int before = s->syncsStarted();
    const int gap = kDebounceMs * 2 / 3;
    for (int i = 0; i < 5; ++i) {
        if (i > 0)
            m_clock->advance(gap); // the burst outlasts one debounce
        saveMember(QStringLiteral("Đoàn viên %1").arg(i));
        s->localChange(m_store->sync().pendingCount());
        QCOMPARE(s->syncsStarted(), before); // still waiting for the typing to stop
    }
    QCOMPARE(s->pending(), 6); // the unit and five members
    m_clock->advance(kDebounceMs - 1);
    QCOMPARE(s->syncsStarted(), before);
    m_clock->advance(1);
    QCOMPARE(s->syncsStarted(), before + 1);
    QVERIFY(roundDone(*s));
    QCOMPARE(s->pending(), 0);
    QCOMPARE(m_store->sync().pendingCount(), 0);
    m_clock->advance(10 * kDebounceMs);
    QCOMPARE(s->syncsStarted(), before + 1); // one sync for the burst
}

// While online the scheduler syncs every period with no other cause; offline it does not.
void TestScheduler::periodicSyncRuns()
{
    const int period = 60000;
    auto s = make(period);
    s->start();
    QVERIFY(roundDone(*s));
    for (int n = 2; n <= 4; ++n) {
        m_clock->advance(period - 1);
        QCOMPARE(s->syncsStarted(), n - 1);
        m_clock->advance(1);
        QCOMPARE(s->syncsStarted(), n);
        QVERIFY(roundDone(*s));
        QCOMPARE(s->state(), SyncScheduler::State::Idle);
        QCOMPARE(s->lastSuccess(), m_clock->nowUtc());
    }
    s->setOnline(false);
    m_clock->advance(3 * period);
    QCOMPARE(s->syncsStarted(), 4);
    QCOMPARE(s->state(), SyncScheduler::State::Offline);
}

// Offline nothing is tried, whatever comes due; the network's return syncs at once and
// sends what waited.
void TestScheduler::connectivityRegainedTriggersSync()
{
    saveMember(QStringLiteral("Đoàn viên"));
    auto s = make();
    s->setOnline(false);
    s->start();
    QCOMPARE(s->state(), SyncScheduler::State::Offline);
    QCOMPARE(s->syncsStarted(), 0);
    s->localChange(m_store->sync().pendingCount());
    m_clock->advance(2 * kPeriodMs); // past the debounce and a period
    QCOMPARE(s->syncsStarted(), 0);
    QCOMPARE(int(m_script.requests), 0);
    QCOMPARE(s->state(), SyncScheduler::State::Offline);
    QCOMPARE(s->pending(), 2);
    s->setOnline(true);
    QCOMPARE(s->syncsStarted(), 1); // at once, not by a timer: no time has passed
    QVERIFY(roundDone(*s));
    QCOMPARE(s->state(), SyncScheduler::State::Idle);
    QCOMPARE(s->pending(), 0);
    QCOMPARE(m_store->sync().pendingCount(), 0);
}

// Each retry waits its backoff (not a millisecond less), the backoff doubles up to the
// cap, and a success starts the next failure from the base again.
void TestScheduler::backoffGrowsAndResets()
{
    auto s = make();
    m_script.failWith = 503;
    s->start();
    QList<int> delays;
    for (int i = 1; i <= 4; ++i) {
        QVERIFY(roundDone(*s));
        QCOMPARE(s->failures(), i);
        QCOMPARE(s->state(), SyncScheduler::State::Error);
        QVERIFY(!s->lastError().isEmpty());
        const int delay = s->retryDelayMs();
        delays.append(delay);
        if (i == 4)
            break;
        m_clock->advance(delay - 1);
        QCOMPARE(s->syncsStarted(), i);
        m_clock->advance(1);
        QCOMPARE(s->syncsStarted(), i + 1);
    }
    // base 100 ms doubling with ±20 % jitter: 80–120, 160–240, 320–480, then the cap 640–960.
    QVERIFY2(delays[0] >= 80 && delays[0] <= 120, qPrintable(QString::number(delays[0])));
    QVERIFY2(delays[1] >= 160 && delays[1] <= 240, qPrintable(QString::number(delays[1])));
    QVERIFY2(delays[2] >= 320 && delays[2] <= 480, qPrintable(QString::number(delays[2])));
    QVERIFY2(delays[3] >= 640 && delays[3] <= 960, qPrintable(QString::number(delays[3])));
    m_script.failWith = 0;
    m_clock->advance(delays[3]);
    QCOMPARE(s->syncsStarted(), 5);
    QVERIFY(roundDone(*s));
    QCOMPARE(s->state(), SyncScheduler::State::Idle);
    QCOMPARE(s->failures(), 0);
    QCOMPARE(s->retryDelayMs(), -1);
    QVERIFY(s->lastError().isEmpty());
    // The next failure starts from the base again.
    m_script.failWith = 503;
    s->syncNow();
    QVERIFY(roundDone(*s));
    QCOMPARE(s->failures(), 1);
    QVERIFY2(s->retryDelayMs() >= 80 && s->retryDelayMs() <= 120,
             qPrintable(QString::number(s->retryDelayMs())));
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

// A 401 is reported (the state and a sentence the sync bar shows) and nothing is tried
// again, by a retry, a period, a local change or "sync now", until a new sign-in gives a
// token; the outbox waits for it.
void TestScheduler::unauthorizedStopsRetrying()
{
    saveMember(QStringLiteral("Đoàn viên"));
    auto s = make();
    m_script.failWith = 401;
    s->start();
    QVERIFY(roundDone(*s));
    QCOMPARE(s->state(), SyncScheduler::State::SignedOut);
    QVERIFY2(s->lastError().contains(QStringLiteral("Sign in again")), qPrintable(s->lastError()));
    QCOMPARE(s->retryDelayMs(), -1);
    const int requests = m_script.requests;
    QVERIFY(requests >= 1);
    s->localChange(m_store->sync().pendingCount());
    s->syncNow();
    m_clock->advance(2 * kPeriodMs); // past the debounce, every backoff and a period
    QCOMPARE(int(m_script.requests), requests);
    QCOMPARE(s->syncsStarted(), 1);
    QCOMPARE(s->state(), SyncScheduler::State::SignedOut);
    QCOMPARE(m_store->sync().pendingCount(), 2); // the outbox is kept
    m_script.failWith = 0;
    s->setToken("new-token");
    QCOMPARE(s->state(), SyncScheduler::State::Idle);
    s->syncNow();
    QVERIFY(roundDone(*s));
    QCOMPARE(s->state(), SyncScheduler::State::Idle);
    QCOMPARE(m_store->sync().pendingCount(), 0);
}

void TestScheduler::upgradeRequired()
{
    auto s = make();
    m_script.failWith = 426;
    s->start();
    QVERIFY(roundDone(*s));
    QCOMPARE(s->state(), SyncScheduler::State::UpdateRequired);
    QVERIFY(s->lastError().contains(QStringLiteral("Update")));
    s->syncNow();
    m_clock->advance(2 * kPeriodMs);
    QCOMPARE(s->syncsStarted(), 1);
}

void TestScheduler::retryAfterIsHonoured()
{
    auto s = make();
    m_script.failWith = 503;
    m_script.retryAfter = 1; // 1 s, more than the 100 ms backoff
    s->start();
    QVERIFY(roundDone(*s));
    QCOMPARE(s->failures(), 1);
    QCOMPARE(s->retryDelayMs(), 800); // Retry-After, but never above the cap
    m_clock->advance(799);
    QCOMPARE(s->syncsStarted(), 1);
    m_clock->advance(1);
    QCOMPARE(s->syncsStarted(), 2);
    QVERIFY(roundDone(*s));
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
