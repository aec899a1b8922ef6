// The error states a user meets, each shown in words and in Vietnamese: the app's real
// catalogue is installed, Main.qml is loaded, each state is brought about through the
// code that produces it (the real server, stopped or busy; a database file that is not
// one; a file from a newer version), and the sentence is read from the QML item that
// shows it. Each expected sentence is the catalogue's translation of the English that the
// code says, and must differ from that English.
#include "serverprocess.h"
#include "session.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/queries.h"
#include "store/storeerror.h"
#include "sync/syncengine.h"
#include "sync/syncscheduler.h"
#include "sync/transport.h"
#include "workspace.h"
#include "write/localstore.h"

#include <QFile>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(DoanFieldPlugin)

using namespace df;

namespace {

const QString kPassword = QStringLiteral("doanfield-demo");

QQuickItem *find(QObject *root, const char *name)
{
    return root->findChild<QQuickItem *>(QLatin1String(name));
}

QString textOf(QObject *root, const char *name)
{
    QQuickItem *item = find(root, name);
    return item ? item->property("text").toString() : QStringLiteral("<no %1>").arg(name);
}

// The catalogue's sentence for `source`; fails the test (returns empty) when the
// catalogue has none, so that English can never pass for Vietnamese.
QString vi(const char *context, const char *source, int n = -1)
{
    const QString out = QCoreApplication::translate(context, source, nullptr, n);
    QString english = QString::fromUtf8(source);
    if (n >= 0)
        english.replace(QLatin1String("%n"), QString::number(n));
    if (out == english || out.isEmpty()) {
        qWarning("no Vietnamese for %s|%s", context, source);
        return {};
    }
    return out;
}

// The app's window over `workspace` and `session`, phone sized.
class App
{
public:
    App()
    {
        m_engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        m_engine.load(QUrl(QStringLiteral("qrc:/qt/qml/DoanField/Main.qml")));
        window = qobject_cast<QQuickWindow *>(m_engine.rootObjects().value(0));
        if (window) {
            window->resize(412, 915);
            (void)QTest::qWaitForWindowExposed(window);
        }
    }
    QQuickWindow *window = nullptr;

private:
    QQmlApplicationEngine m_engine;
};

} // namespace

class TestErrorStates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void signInWithAnUnreachableServer();
    void workspaceThatFailsToOpen();
    void dataFileFromANewerVersion();
    void syncBarAndSyncPage();

private:
    // A demo workspace over the file at `path`, whose opening must fail: the loading page's
    // sentence.
    QString failedOpening(const QString &path);

    QTranslator m_vi;
    QTemporaryDir m_dir;
};

void TestErrorStates::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings under ~/.qttest, not the user's
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_vi.load(QStringLiteral(DF_VI_QM)), DF_VI_QM);
    QVERIFY(QCoreApplication::installTranslator(&m_vi));
}

void TestErrorStates::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_vi);
}

// A server address where nothing listens: the sign-in page says so under the button.
void TestErrorStates::signInWithAnUnreachableServer()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    } // closed: nothing listens there now
    const QString dataDir = m_dir.filePath(QStringLiteral("unreachable"));
    Workspace workspace;
    Workspace::setInstance(&workspace);
    Session session(&workspace, dataDir);
    Session::setInstance(&session);
    App app;
    QVERIFY(app.window);
    find(app.window, "serverField")
        ->setProperty("text", QStringLiteral("http://127.0.0.1:%1").arg(port));
    find(app.window, "usernameField")->setProperty("text", QStringLiteral("huyen"));
    find(app.window, "passwordField")->setProperty("text", kPassword);
    QQuickItem *button = find(app.window, "signInButton");
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(
        app.window, Qt::LeftButton, {},
        button->mapToScene(QPointF(button->width() / 2, button->height() / 2)).toPoint());
    QTRY_VERIFY(session.property("busy").toBool() == false &&
                !session.property("errorText").toString().isEmpty());
    const QString expected = vi("Sync", "The server cannot be reached.");
    QVERIFY(!expected.isEmpty());
    QCOMPARE(textOf(app.window, "signInError"), expected);
    QVERIFY(find(app.window, "signInError")->isVisible());
    QCOMPARE(session.mode(), Session::Mode::SignedOut);
}

QString TestErrorStates::failedOpening(const QString &path)
{
    Workspace workspace;
    Workspace::setInstance(&workspace);
    Session session(&workspace, m_dir.filePath(QStringLiteral("failing")));
    Session::setInstance(&session);
    session.setDemo(path, 50);
    App app;
    if (!app.window)
        return QStringLiteral("<no window>");
    session.openDemo();
    if (!QTest::qWaitFor([&] { return workspace.property("failed").toBool(); }))
        return QStringLiteral("<the workspace did not fail>");
    QQuickItem *label = find(app.window, "loadingText");
    if (!label || !label->isVisible())
        return QStringLiteral("<the loading page's sentence is not shown>");
    if (!find(app.window, "retryButton")->isVisible() ||
        !find(app.window, "backToSignInButton")->isVisible())
        return QStringLiteral("<a dead end: no way on>");
    return label->property("text").toString();
}

// A data file that is not a database: the loading page says the data could not be
// opened, with SQLite's reason inside a Vietnamese sentence, and offers a way on.
void TestErrorStates::workspaceThatFailsToOpen()
{
    const QString path = m_dir.filePath(QStringLiteral("not-a-database.sqlite"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    const QString shown = failedOpening(path);
    const QString outer =
        vi("Workspace", "The data on this device could not be opened. Try again; if it still "
                        "fails, go back to sign-in (details: %1).");
    const QString damaged = vi("Store", "The database file %1 is damaged: %2");
    QVERIFY(!outer.isEmpty() && !damaged.isEmpty());
    // SQLite's own reason, in its English, ends the inner sentence.
    QCOMPARE(shown, outer.arg(damaged.arg(path, QStringLiteral("file is not a database"))));
}

// A database whose format is above what this app knows: the loading page asks for an
// update, naming both formats, and the file is left as it was.
void TestErrorStates::dataFileFromANewerVersion()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
    const int newer = Migrations::latestVersion() + 1;
    {
        Database db(path);
        db.exec(QByteArray("PRAGMA user_version = " + QByteArray::number(newer)).constData());
    }
    const QString shown = failedOpening(path);
    const QString outer =
        vi("Workspace", "The data on this device could not be opened. Try again; if it still "
                        "fails, go back to sign-in (details: %1).");
    const QString update =
        vi("Store", "This data file was written by a newer version of Đoàn Field (format %1; "
                    "this app reads up to %2). Update the app to open it.");
    QVERIFY(!outer.isEmpty() && !update.isEmpty());
    QCOMPARE(shown, outer.arg(update.arg(newer).arg(Migrations::latestVersion())));
    Database raw(path, Database::Migrate::No);
    QCOMPARE(raw.userVersion(), newer);
}

// Signed in against the real server: the sync bar (and the sync page, open beside it)
// say "n of m" while a large pull comes down, "k changes waiting", "offline", and
// "sync failed" with the reason, in Vietnamese. Every change of the sync state is
// recorded as the bar showed it, so a state that passes quickly is still checked.
void TestErrorStates::syncBarAndSyncPage()
{
    const QString serverDb =
        QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.db"));
    ServerProcess::admin(serverDb, {QStringLiteral("seed-demo"), QStringLiteral("--members"),
                                    QStringLiteral("1100")});
    ServerProcess server;
    const QUrl url = server.start(serverDb);
    QVERIFY(url.isValid());

    const QString dataDir = m_dir.filePath(QStringLiteral("account"));
    Workspace workspace;
    Workspace::setInstance(&workspace);
    Session session(&workspace, dataDir);
    Session::setInstance(&session);
    App app;
    QVERIFY(app.window);
    session.signIn(url.toString(), QStringLiteral("admin"), kPassword);
    QTRY_COMPARE_WITH_TIMEOUT(session.mode(), Session::Mode::Account, 20000);
    SyncScheduler *scheduler = session.scheduler();
    QTRY_VERIFY_WITH_TIMEOUT(scheduler->lastSuccess().isValid(), 60000);
    QTRY_VERIFY(workspace.isReady() && !workspace.rootUnitId().isEmpty());
    QMetaObject::Connection recording;
    const auto signOut = qScopeGuard([&] {
        disconnect(recording);
        session.signOut();
    });
    QMetaObject::invokeMethod(app.window, "openSection", Q_ARG(QVariant, QStringLiteral("sync")));
    QQuickItem *bar = nullptr;
    QTRY_VERIFY((bar = find(app.window, "syncText")) && bar->isVisible());
    QTRY_VERIFY(find(app.window, "syncState") && find(app.window, "syncState")->isVisible());

    // What the sync bar and the sync page said at each change, and what the scheduler's
    // state asked for at that moment (computed here from the catalogue).
    struct Seen
    {
        QString bar, page, expected;
        bool visible = false;
        qint64 done = 0, total = 0;
    };
    QList<Seen> seen;
    const auto expectedNow = [&]() -> QString {
        const int k = scheduler->pending();
        switch (scheduler->state()) {
        case SyncScheduler::State::Syncing:
            return scheduler->progressTotal() > 0
                       ? vi("Session", "Syncing %1 of %2")
                             .arg(QLocale().toString(scheduler->progressDone()),
                                  QLocale().toString(scheduler->progressTotal()))
                       : vi("Session", "Syncing…");
        case SyncScheduler::State::Offline:
            return k > 0 ? vi("Session", "Offline · %n change(s) waiting", k)
                         : vi("Session", "Offline");
        case SyncScheduler::State::Error:
            return k > 0 ? vi("Session", "Sync failed · %n change(s) waiting", k)
                         : vi("Session", "Sync failed");
        case SyncScheduler::State::Idle:
            return k > 0 ? vi("Session", "%n change(s) waiting", k) : QString(); // "Synced at"
        default:
            return {};
        }
    };
    const auto record = [&] {
        seen.append({bar->property("text").toString(), textOf(app.window, "syncState"),
                     expectedNow(), bar->isVisible(), scheduler->progressDone(),
                     scheduler->progressTotal()});
    };
    // Connected after QML's bindings, so the labels already show the new state.
    recording = connect(&session, &Session::syncChanged, this, record);
    const auto saw = [&](const QString &text) {
        return std::any_of(seen.cbegin(), seen.cend(), [&](const Seen &s) {
            return s.bar == text && s.page == text && s.visible;
        });
    };

    // n of m: another device changes 1,100 members; this one pulls them in two pages
    // (1,000 rows a page) and says how far it is.
    {
        Database db(QStringLiteral(":memory:"));
        LocalStore store(db);
        store.setTracking(true);
        HttpTransport transport(url, 20000);
        SyncEngine other(store.sync(), transport);
        QVERIFY(other.signIn(QStringLiteral("admin"), kPassword).ok);
        QVERIFY(other.sync().ok);
        Queries queries(db);
        auto ids = db.prepare("SELECT id FROM members WHERE deleted = 0 LIMIT 1100");
        QStringList members;
        while (ids.step())
            members.append(ids.text(0));
        ids.reset();
        QCOMPARE(members.size(), 1100);
        Transaction tx(db);
        for (int i = 0; i < members.size(); ++i) {
            auto m = queries.member(members[i]);
            QVERIFY(m);
            m->phone = QStringLiteral("09%1").arg(10000000 + i);
            QVERIFY(store.saveMember(*m));
        }
        tx.commit();
        const SyncResult pushed = other.sync();
        QVERIFY2(pushed.ok, qPrintable(pushed.error));
        QCOMPARE(store.pendingCount(), 0);
    }
    const QDateTime before = scheduler->lastSuccess();
    seen.clear();
    session.syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(scheduler->lastSuccess() > before &&
                                 scheduler->state() == SyncScheduler::State::Idle,
                             60000);
    int midway = 0;
    for (const Seen &s : std::as_const(seen)) {
        if (s.expected.isEmpty())
            continue;
        QVERIFY(s.visible);
        QCOMPARE(s.bar, s.expected);
        QCOMPARE(s.page, s.expected);
        if (s.done > 0 && s.done < s.total)
            ++midway;
    }
    QVERIFY2(midway > 0, "no \"n of m\" before the pull ended");

    // Offline, nothing waiting.
    seen.clear();
    scheduler->setOnline(false);
    QCOMPARE(bar->property("text").toString(), vi("Session", "Offline"));
    QCOMPARE(textOf(app.window, "syncState"), vi("Session", "Offline"));
    scheduler->setOnline(true); // a sync round, then idle again
    QTRY_VERIFY_WITH_TIMEOUT(scheduler->state() == SyncScheduler::State::Idle, 30000);
    QVERIFY(!bar->property("text").toString().isEmpty());

    // Two changes on this device, not yet sent (read before the debounce sends them).
    const auto edit = [&](int row, const QString &phone) {
        auto st = workspace.store().database().prepare(
            "SELECT id FROM members WHERE deleted = 0 ORDER BY sort_key LIMIT 1 OFFSET ?1");
        st.bind(1, row);
        QVERIFY(st.step());
        auto m = workspace.queries().member(st.text(0));
        st.reset();
        QVERIFY(m);
        m->phone = phone;
        QVERIFY(workspace.store().saveMember(*m));
        workspace.written(); // as the member form does after saving
    };
    edit(0, QStringLiteral("0911000001"));
    edit(1, QStringLiteral("0911000002"));
    QCOMPARE(scheduler->state(), SyncScheduler::State::Idle);
    QCOMPARE(bar->property("text").toString(), vi("Session", "%n change(s) waiting", 2));
    QCOMPARE(textOf(app.window, "syncState"), vi("Session", "%n change(s) waiting", 2));
    QCOMPARE(textOf(app.window, "pendingCount"), QStringLiteral("2"));

    // The network goes: still two waiting.
    scheduler->setOnline(false);
    QCOMPARE(bar->property("text").toString(), vi("Session", "Offline · %n change(s) waiting", 2));
    QCOMPARE(textOf(app.window, "syncState"), vi("Session", "Offline · %n change(s) waiting", 2));

    // It comes back, but the server is gone: the sync fails, and the page says why.
    server.stop();
    seen.clear();
    scheduler->setOnline(true);
    const QString failed = vi("Session", "Sync failed · %n change(s) waiting", 2);
    QTRY_VERIFY_WITH_TIMEOUT(saw(failed), 20000);
    // (A kept-alive connection to the stopped server may first say that it broke off.)
    QTRY_COMPARE_WITH_TIMEOUT(textOf(app.window, "lastError"),
                              vi("Sync", "The server cannot be reached."), 15000);
    QVERIFY(find(app.window, "lastError")->isVisible());
    for (const Seen &s : std::as_const(seen)) {
        if (!s.expected.isEmpty())
            QCOMPARE(s.bar, s.expected);
    }
}

QTEST_MAIN(TestErrorStates)
#include "tst_errorstates.moc"
