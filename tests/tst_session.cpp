// The session's wiring as the app runs it, without a window: Session, Workspace, the sync
// scheduler and the network monitor over the real server. A write through the workspace
// reaches the scheduler as a local change and is sent; a 401 (the server revoked this
// device's session) leaves the app asking for a new sign-in with the local database and
// its unsent change kept, and signing in again sends it from the same file.
#include "serverprocess.h"
#include "session.h"
#include "store/database.h"
#include "store/queries.h"
#include "sync/syncengine.h"
#include "sync/syncscheduler.h"
#include "sync/syncstore.h"
#include "sync/transport.h"
#include "workspace.h"
#include "write/localstore.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace df;

namespace {

const QString kPassword = QStringLiteral("doanfield-demo");

// The first member's phone, changed through the workspace as the member form changes it;
// the member's id, or nothing when that failed.
QString editFirstMember(Workspace &workspace, const QString &phone)
{
    auto st = workspace.store().database().prepare(
        "SELECT id FROM members WHERE deleted = 0 ORDER BY sort_key LIMIT 1");
    if (!st.step())
        return {};
    auto m = workspace.queries().member(st.text(0));
    st.reset();
    if (!m)
        return {};
    m->phone = phone;
    if (!workspace.store().saveMember(*m))
        return {};
    workspace.written(); // as the member form does after saving
    return m->id;
}

// A member's phone as the server has it, read by a new device.
QString phoneOnServer(const QUrl &url, const QString &memberId)
{
    Database db(QStringLiteral(":memory:"));
    LocalStore store(db);
    HttpTransport transport(url, 20000);
    SyncEngine engine(store.sync(), transport);
    if (!engine.signIn(QStringLiteral("admin"), kPassword).ok || !engine.sync().ok)
        return QStringLiteral("<no sync>");
    const auto m = Queries(db).member(memberId);
    return m ? m->phone : QStringLiteral("<no member>");
}

Session::SyncState syncState(const Session &session)
{
    return session.property("syncState").value<Session::SyncState>();
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void localWriteReachesScheduler();
    void unauthorizedAsksForSignIn();

private:
    // Signs `session` in as admin and waits for the first sync to end.
    bool signIn(Session &session, Workspace &workspace);

    QTemporaryDir m_dir;
    QString m_serverDb;
    ServerProcess m_server;
    QUrl m_url;
};

void TestSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings under ~/.qttest, not the user's
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_serverDb = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.db"));
    ServerProcess::admin(m_serverDb, {QStringLiteral("seed-demo"), QStringLiteral("--members"),
                                      QStringLiteral("20")});
    m_url = m_server.start(m_serverDb);
    QVERIFY(m_url.isValid());
}

void TestSession::cleanupTestCase()
{
    m_server.stop();
}

bool TestSession::signIn(Session &session, Workspace &workspace)
{
    session.signIn(m_url.toString(), QStringLiteral("admin"), kPassword);
    // Real work on real threads and a real server: generous timeouts that only bound a hang.
    // After a 401 the mode is still Account, so the answer is awaited first.
    if (!QTest::qWaitFor([&] { return !session.property("busy").toBool(); }, 30000) ||
        session.mode() != Session::Mode::Account)
        return false;
    SyncScheduler *s = session.scheduler();
    return s && QTest::qWaitFor(
                    [&] {
                        return s->lastSuccess().isValid() &&
                               s->state() == SyncScheduler::State::Idle && workspace.isReady() &&
                               !workspace.rootUnitId().isEmpty();
                    },
                    60000);
}

// A member saved through the workspace is a local change for the scheduler at once (it
// shows as waiting), and the scheduler sends it without anyone asking.
void TestSession::localWriteReachesScheduler()
{
    Workspace workspace;
    Session session(&workspace, m_dir.filePath(QStringLiteral("local")));
    QVERIFY(signIn(session, workspace));
    SyncScheduler *s = session.scheduler();
    const int before = s->syncsStarted();
    QCOMPARE(s->pending(), 0);
    const QString member = editFirstMember(workspace, QStringLiteral("0911000001"));
    QVERIFY(!member.isEmpty());
    QCOMPARE(s->pending(), 1); // through Workspace::localChanged, before any event is run
    QCOMPARE(session.property("pending").toInt(), 1);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return s->syncsStarted() > before && s->state() == SyncScheduler::State::Idle &&
                   s->pending() == 0;
        },
        60000));
    QCOMPARE(workspace.store().pendingCount(), 0);
    QCOMPARE(phoneOnServer(m_url, member), QStringLiteral("0911000001"));
}

// The server revokes this device's session: the next sync gets a 401, the session says
// to sign in again, nothing more is tried, and the database keeps the unsent change.
// Signing in again opens the same file and sends it.
void TestSession::unauthorizedAsksForSignIn()
{
    Workspace workspace;
    Session session(&workspace, m_dir.filePath(QStringLiteral("revoked")));
    QVERIFY(signIn(session, workspace));
    const QString path = workspace.path();
    QVERIFY(QFile::exists(path));
    const QString device = workspace.store().sync().deviceId();
    const QString revoked = ServerProcess::admin(
        m_serverDb, {QStringLiteral("revoke-device"), QStringLiteral("--username"),
                     QStringLiteral("admin"), QStringLiteral("--device"), device});
    QVERIFY2(revoked.startsWith(QStringLiteral("revoked 1 session")), qPrintable(revoked));

    const QString member = editFirstMember(workspace, QStringLiteral("0911000002"));
    QVERIFY(!member.isEmpty());
    session.syncNow(); // rather than wait for the debounce
    QVERIFY(QTest::qWaitFor([&] { return syncState(session) == Session::SyncState::SessionEnded; },
                            60000));
    QCOMPARE(session.property("syncText").toString(),
             QStringLiteral("Session ended: sign in again"));
    QCOMPARE(session.property("lastError").toString(),
             QStringLiteral("Your session has ended. Sign in again; your changes are kept."));
    QCOMPARE(session.mode(), Session::Mode::Account); // the data stays open to work on
    const int tried = session.scheduler()->syncsStarted();
    session.syncNow();
    QCOMPARE(session.scheduler()->syncsStarted(), tried); // nothing more until a sign-in
    QVERIFY(workspace.isReady());
    QVERIFY(QFile::exists(path));
    QCOMPARE(workspace.store().pendingCount(), 1);

    QVERIFY(signIn(session, workspace));
    QCOMPARE(workspace.path(), path);
    QVERIFY(QTest::qWaitFor([&] { return workspace.store().pendingCount() == 0; }, 60000));
    QCOMPARE(syncState(session), Session::SyncState::Idle);
    QCOMPARE(phoneOnServer(m_url, member), QStringLiteral("0911000002"));
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
