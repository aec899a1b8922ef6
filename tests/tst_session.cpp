// The session's wiring as the app runs it, without a window: Session, Workspace, the sync
// scheduler and the network monitor over the real server. A write through the workspace
// reaches the scheduler as a local change and is sent; a 401 (the server revoked this
// device's session) leaves the app asking for a new sign-in with the local database and
// its unsent change kept, and signing in again sends it from the same file. After a real
// sign-in the token is in the keychain and, like the password, in no file the app wrote.
#include "faultproxy.h"
#include "networkmonitor.h"
#include "secretscan.h"
#include "secretstore.h"
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

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QScopeGuard>
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

// Changes the phones of the first `count` members through the workspace, one save each;
// how many saves succeeded.
int editMembers(Workspace &workspace, int count, const QString &phonePrefix)
{
    QStringList ids;
    auto st = workspace.store().database().prepare(
        "SELECT id FROM members WHERE deleted = 0 ORDER BY sort_key LIMIT ?");
    st.bind(1, count);
    while (st.step())
        ids << st.text(0);
    st.reset();
    int saved = 0;
    for (int i = 0; i < ids.size(); ++i) {
        auto m = workspace.queries().member(ids.at(i));
        if (!m)
            continue;
        m->phone = phonePrefix + QString::number(i);
        if (!workspace.store().saveMember(*m))
            continue;
        workspace.written();
        ++saved;
    }
    return saved;
}

// The rows in the outbox of the database open in `workspace`, counted with SQL.
int outboxRows(Workspace &workspace)
{
    auto st = workspace.store().database().prepare("SELECT count(*) FROM outbox");
    return st.step() ? st.int32(0) : -1;
}

// The HTTP status of an authenticated pull with `token`, as any client would send it.
int pullStatus(const QUrl &url, const QByteArray &token)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(
        url.resolved(QUrl(QStringLiteral("/api/v1/sync/pull?cursor=0&limit=1"))));
    request.setRawHeader("DoanField-Protocol", "1");
    request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status;
}

// The sessions the server lists as active for admin.
int activeSessions(const QString &serverDb)
{
    const ServerProcess::Run r =
        ServerProcess::run(serverDb, {QStringLiteral("sessions"), QStringLiteral("--username"),
                                      QStringLiteral("admin")});
    return r.exitCode == 0 ? int(r.out.count(QStringLiteral("active"))) : -1;
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
    void signOutRemovesEverything();
    void restartWithValidTokenResumes();
    void networkChangeReachesScheduler();
    void quitRightAfterSignOutRevokes();
    void quitDuringSignIn();
    void tokenAndPasswordOnlyInKeychain();

private:
    // Signs `session` in as admin and waits for the first sync to end.
    bool signIn(Session &session, Workspace &workspace, const QUrl &url = {});

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

bool TestSession::signIn(Session &session, Workspace &workspace, const QUrl &url)
{
    session.signIn((url.isEmpty() ? m_url : url).toString(), QStringLiteral("admin"), kPassword);
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

// Signing out with unsent changes: the number the sign-out dialog names (Session.pending)
// is the outbox's; then the database, its -wal and -shm files and the keychain entry are
// gone, and the server no longer accepts the old token.
void TestSession::signOutRemovesEverything()
{
    const QString dataDir = m_dir.filePath(QStringLiteral("signout"));
    Workspace workspace;
    Session session(&workspace, dataDir);
    QVERIFY(signIn(session, workspace));
    const QString path = workspace.path();
    const QString server = session.property("serverUrl").toString();
    QCOMPARE(path, session.accountDatabase(server, QStringLiteral("admin")));
    const QString key = QStringLiteral("admin@") + server; // as Session keys it

    // The token the app keeps, read from the keychain; the server accepts it.
    df::SecretStore secrets;
    QString error;
    const auto token = secrets.read(key, &error);
    QVERIFY2(token && !token->isEmpty(), qPrintable(error));
    QCOMPARE(pullStatus(m_url, *token), 200);

    // Changes that are not sent yet: nothing runs the event loop between the saves and
    // the sign-out, so the scheduler's debounce cannot send them.
    QCOMPARE(editMembers(workspace, 3, QStringLiteral("091300000")), 3);
    const int outbox = outboxRows(workspace);
    QVERIFY2(outbox >= 3, qPrintable(QString::number(outbox)));
    QCOMPARE(workspace.store().pendingCount(), outbox);
    // What the sign-out dialog (SyncPage.qml) names: Session.pending.
    QCOMPARE(session.property("pending").toInt(), outbox);
    QVERIFY(QFile::exists(path));
    QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(QFile::exists(path + QStringLiteral("-shm")));

    session.signOut();
    QCOMPARE(session.mode(), Session::Mode::SignedOut);
    QVERIFY(!workspace.isReady());
    QVERIFY(!session.scheduler());
    QVERIFY2(!QFile::exists(path), qPrintable(path));
    QVERIFY2(!QFile::exists(path + QStringLiteral("-wal")), qPrintable(path));
    QVERIFY2(!QFile::exists(path + QStringLiteral("-shm")), qPrintable(path));
    QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
    error.clear();
    const auto after = secrets.read(key, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error)); // the keychain answered: no entry
    QVERIFY(!after.has_value());
    QVERIFY(!QSettings().value(QStringLiteral("account/signedIn")).toBool());

    // The server revokes the session in the background; the old token stops working.
    QVERIFY(QTest::qWaitFor([&] { return pullStatus(m_url, *token) == 401; }, 30000));
    // Nothing came back on disk meanwhile (no connection left to recreate the files).
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));

    // A restart finds nothing to resume: the sign-in page shows.
    Workspace again;
    Session restarted(&again, dataDir);
    restarted.restore();
    QCOMPARE(restarted.mode(), Session::Mode::SignedOut);
    QVERIFY(!QFile::exists(path));
}

// The app quits while signed in and starts again: the token comes from the keychain, the
// same database opens (same device id, the unsent change still there) and a sync
// succeeds, without a new sign-in (the server has no new session).
void TestSession::restartWithValidTokenResumes()
{
    const QString dataDir = m_dir.filePath(QStringLiteral("restart"));
    QString path, device, member;
    int sessions = -1;
    {
        Workspace workspace;
        Session session(&workspace, dataDir);
        QVERIFY(signIn(session, workspace));
        path = workspace.path();
        device = workspace.store().sync().deviceId();
        QVERIFY(!device.isEmpty());
        // A change left unsent when the app quits (no event loop runs before the exit).
        member = editFirstMember(workspace, QStringLiteral("0911000004"));
        QVERIFY(!member.isEmpty());
        QCOMPARE(workspace.store().pendingCount(), 1);
        sessions = activeSessions(m_serverDb);
        QVERIFY(sessions >= 1);
    } // the app exits: Session and Workspace are gone, the files stay
    QVERIFY(QFile::exists(path));

    Workspace workspace;
    Session session(&workspace, dataDir);
    QCOMPARE(session.mode(), Session::Mode::SignedOut);
    session.restore(); // as main() does at start
    QCOMPARE(session.mode(), Session::Mode::Account);
    QVERIFY(!session.property("busy").toBool()); // no sign-in request
    QCOMPARE(session.property("username").toString(), QStringLiteral("admin"));
    QCOMPARE(workspace.path(), path);
    SyncScheduler *s = session.scheduler();
    QVERIFY(s);
    QVERIFY(QTest::qWaitFor([&] { return workspace.isReady(); }, 30000));
    QCOMPARE(workspace.store().sync().deviceId(), device);
    // The change made before the exit is sent with the token from the keychain.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return s->lastSuccess().isValid() && s->state() == SyncScheduler::State::Idle &&
                   workspace.store().pendingCount() == 0;
        },
        60000));
    QCOMPARE(syncState(session), Session::SyncState::Idle);
    QCOMPARE(activeSessions(m_serverDb), sessions); // no new sign-in on the server
    QCOMPARE(phoneOnServer(m_url, member), QStringLiteral("0911000004"));
}

// The account's network monitor drives its scheduler. With the server out of reach (its
// port closed) the session goes offline and an edit waits: no sync is tried. When the
// server answers again, a sync starts by itself and sends the edit.
void TestSession::networkChangeReachesScheduler()
{
    FaultProxy proxy(m_url);
    QVERIFY(proxy.start());
    Workspace workspace;
    Session session(&workspace, m_dir.filePath(QStringLiteral("network")));
    QVERIFY(signIn(session, workspace, proxy.url()));
    NetworkMonitor *monitor = session.network();
    QVERIFY(monitor);
    QVERIFY(QTest::qWaitFor([&] { return monitor->isOnline(); }, 30000));
    SyncScheduler *s = session.scheduler();

    proxy.setFault(FaultProxy::Fault::Refuse);
    monitor->probe(); // as its timer does every 30 s
    QVERIFY(
        QTest::qWaitFor([&] { return syncState(session) == Session::SyncState::Offline; }, 30000));
    QCOMPARE(s->state(), SyncScheduler::State::Offline);
    const int before = s->syncsStarted();
    const QString member = editFirstMember(workspace, QStringLiteral("0911000009"));
    QVERIFY(!member.isEmpty());
    QCOMPARE(s->pending(), 1);
    QTest::qWait(600); // four debounce periods: an online scheduler would have started
    QCOMPARE(s->syncsStarted(), before);
    QCOMPARE(s->state(), SyncScheduler::State::Offline);

    // Back in reach: a tap on "sync now" asks the monitor at once, not at its next probe.
    proxy.heal();
    const int probes = monitor->probesSent();
    session.syncNow();
    QCOMPARE(monitor->probesSent(), probes + 1);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return s->syncsStarted() > before && s->state() == SyncScheduler::State::Idle &&
                   s->pending() == 0;
        },
        60000));
    QCOMPARE(phoneOnServer(m_url, member), QStringLiteral("0911000009"));
}

// The app quits at once after signing out (the Session goes with no event loop run): the
// revoke still reached the server before the Session was gone.
void TestSession::quitRightAfterSignOutRevokes()
{
    QByteArray token;
    {
        Workspace workspace;
        Session session(&workspace, m_dir.filePath(QStringLiteral("quit")));
        QVERIFY(signIn(session, workspace));
        df::SecretStore secrets;
        QString error;
        const auto stored = secrets.read(
            QStringLiteral("admin@") + session.property("serverUrl").toString(), &error);
        QVERIFY2(stored && !stored->isEmpty(), qPrintable(error));
        token = *stored;
        QCOMPARE(pullStatus(m_url, token), 200);
        session.signOut();
    }
    QCOMPARE(pullStatus(m_url, token), 401);
}

// The app quits while a sign-in is under way: the worker's answer finds no Session and is
// dropped (under the asan preset a use after free fails here); a new Session then signs in.
void TestSession::quitDuringSignIn()
{
    const QString dataDir = m_dir.filePath(QStringLiteral("quit-signing-in"));
    {
        Workspace workspace;
        Session session(&workspace, dataDir);
        session.signIn(m_url.toString(), QStringLiteral("admin"), kPassword);
        QVERIFY(session.property("busy").toBool());
    }
    Workspace workspace;
    Session session(&workspace, dataDir);
    // Runs the event loop: the first answer arrives and must find no Session.
    const bool signedIn = signIn(session, workspace);
    QVERIFY2(signedIn, qPrintable(session.property("errorText").toString() + QLatin1Char(' ') +
                                  QString::number(int(session.mode()))));
    QCOMPARE(session.mode(), Session::Mode::Account);
}

namespace {
// Every message logged while the secrets test runs, with all of the app's categories on
// at every level (the test's environment turns their info off): what the app would print.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;
void keepMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log << QString::fromUtf8(context.category ? context.category : "") + QLatin1Char(' ') +
                     message;
    }
    if (type != QtDebugMsg && type != QtInfoMsg)
        g_previousHandler(type, context, message);
}
void everyLevel(QLoggingCategory *category)
{
    if (g_previousFilter) // not yet while installFilter() runs this over every category
        g_previousFilter(category);
    if (qstrncmp(category->categoryName(), "doanfield.", 10) == 0) {
        for (const QtMsgType type : {QtDebugMsg, QtInfoMsg, QtWarningMsg, QtCriticalMsg})
            category->setEnabled(type, true);
    }
}
} // namespace

// The session token lives in the keychain and nowhere else, and the password nowhere at
// all: after a real sign-in through Session and a sync of a change, every file the app
// has written (the settings, the account's database, its -wal and -shm with the latest
// pages while it is open, whatever else is in the data, config and cache folders) is read
// as bytes and holds neither, in any encoding (tests/secretscan.h); the same after the
// database is closed; and no log message carries them.
void TestSession::tokenAndPasswordOnlyInKeychain()
{
    const QString dataDir = m_dir.filePath(QStringLiteral("secrets"));
    g_log.clear();
    g_previousHandler = qInstallMessageHandler(keepMessage);
    g_previousFilter = QLoggingCategory::installFilter(everyLevel);
    const auto restoreLog = qScopeGuard([] {
        QLoggingCategory::installFilter(g_previousFilter);
        qInstallMessageHandler(g_previousHandler);
    });

    Workspace workspace;
    auto session = std::make_unique<Session>(&workspace, dataDir);
    QVERIFY(signIn(*session, workspace));
    const QString path = workspace.path();
    const QString key = QStringLiteral("admin@") + session->property("serverUrl").toString();
    // Fresh pages after the sign-in: a change, sent.
    const QString member = editFirstMember(workspace, QStringLiteral("0911000009"));
    QVERIFY(!member.isEmpty());
    session->syncNow();
    QVERIFY(QTest::qWaitFor(
        [&] {
            return workspace.store().pendingCount() == 0 &&
                   syncState(*session) == Session::SyncState::Idle;
        },
        60000));

    // The token the app uses, from the keychain: the server takes it.
    QString error;
    const auto token = df::SecretStore().read(key, &error);
    QVERIFY2(token && token->size() >= 40, qPrintable(error));
    QCOMPARE(pullStatus(m_url, *token), 200);

    secretscan::Needles needles;
    needles.add(QStringLiteral("the session token"), *token);
    needles.add(QStringLiteral("the password"), kPassword.toUtf8());
    const QStringList roots{
        dataDir,
        QFileInfo(QSettings().fileName()).absolutePath(),
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation),
        QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation),
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
        QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation),
    };
    const QString db = QFileInfo(path).canonicalFilePath();
    const QString settings = QFileInfo(QSettings().fileName()).canonicalFilePath();

    // The database open: the files a crash would leave, the -wal holding recent pages.
    QStringList files = secretscan::filesUnder(roots);
    for (const QString &expected :
         {db, db + QStringLiteral("-wal"), db + QStringLiteral("-shm"), settings})
        QVERIFY2(files.contains(expected), qPrintable(expected + QStringLiteral(" not found")));
    QVERIFY(QFileInfo(db + QStringLiteral("-wal")).size() > 0);
    QVERIFY(QSettings().value(QStringLiteral("account/signedIn")).toBool()); // written
    QStringList found = needles.in(files);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));

    // The app quits: the connections close, SQLite folds the -wal into the database.
    session.reset();
    workspace.close();
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    files = secretscan::filesUnder(roots);
    QVERIFY(files.contains(db));
    QVERIFY(files.contains(settings));
    found = needles.in(files);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));

    // Nothing logged carries them either.
    {
        QMutexLocker lock(&g_logMutex);
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!needles.inText(line), qPrintable(line));
    }
    // The keychain keeps the token for the next start.
    QCOMPARE(df::SecretStore().read(key), token);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
