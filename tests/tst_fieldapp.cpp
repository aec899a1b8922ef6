// End to end through the real UI: the real doanfield-server with demo data, the app's
// Main.qml driven by mouse clicks and typing, the real keychain (with-keyring.sh).
// Signs in, checks three members in (and undoes a fourth), logs their hours, syncs, and
// then reads the server back as another device.
#include "secretstore.h"
#include "serverprocess.h"
#include "session.h"
#include "store/database.h"
#include "sync/syncengine.h"
#include "sync/syncscheduler.h"
#include "sync/transport.h"
#include "workspace.h"
#include "write/localstore.h"

#include <QDirIterator>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
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

// A real click in the middle of the item.
void tap(QQuickWindow *window, QQuickItem *item)
{
    QVERIFY(item);
    QVERIFY(item->isVisible());
    // Wait out page transitions: the item must be inside the window, where a finger is.
    const auto centreOf = [item] {
        return item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    };
    QTRY_VERIFY(QRectF(0, 0, window->width(), window->height()).contains(centreOf()));
    QTest::qWait(400); // the StackView's push animation settles
    const QPointF centre = centreOf();
    QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
}

void type(QQuickWindow *window, QQuickItem *field, const QString &text)
{
    tap(window, field);
    QTRY_VERIFY(field->hasActiveFocus());
    field->setProperty("text", QString());
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::KeyAction::Click, window, Qt::Key_unknown, c, Qt::NoModifier);
    QCOMPARE(field->property("text").toString(), text);
}

} // namespace

class TestFieldApp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void signInCheckInLogHoursSync();
    void lockoutSaysTheWaitInVietnamese();

private:
    QTemporaryDir m_dir;
    QString m_db;
    ServerProcess m_server;
    QUrl m_url;
};

void TestFieldApp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings under ~/.qttest, not the user's
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_db = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.db"));
    ServerProcess::admin(
        m_db, {QStringLiteral("seed-demo"), QStringLiteral("--members"), QStringLiteral("800")});
    m_url = m_server.start(m_db);
    QVERIFY(m_url.isValid());
}

void TestFieldApp::cleanupTestCase()
{
    m_server.stop();
}

void TestFieldApp::signInCheckInLogHoursSync()
{
    const QString dataDir = m_dir.filePath(QStringLiteral("app"));
    Workspace workspace;
    Workspace::setInstance(&workspace);
    Session session(&workspace, dataDir);
    Session::setInstance(&session);
    session.setDemo(dataDir + QStringLiteral("/demo.sqlite"), 100);
    session.restore(); // nothing saved: the sign-in page shows

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/DoanField/Main.qml")));
    QVERIFY(!engine.rootObjects().isEmpty());
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    QVERIFY(window);
    window->resize(412, 915);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCOMPARE(session.mode(), Session::Mode::SignedOut);

    // A wrong password first: a sentence, still signed out.
    type(window, find(window, "serverField"), m_url.toString());
    type(window, find(window, "usernameField"), QStringLiteral("chidoan"));
    type(window, find(window, "passwordField"), QStringLiteral("sai-mat-khau"));
    tap(window, find(window, "signInButton"));
    QTRY_VERIFY_WITH_TIMEOUT(!find(window, "signInError")->property("text").toString().isEmpty(),
                             20000);
    QCOMPARE(session.mode(), Session::Mode::SignedOut);

    type(window, find(window, "passwordField"), kPassword);
    tap(window, find(window, "signInButton"));
    QTRY_COMPARE_WITH_TIMEOUT(session.mode(), Session::Mode::Account, 20000);
    // The first sync brings the branch down.
    QTRY_VERIFY_WITH_TIMEOUT(session.scheduler()->lastSuccess().isValid(), 60000);
    QTRY_VERIFY(workspace.isReady() && !workspace.rootUnitId().isEmpty());

    // The token is in the keychain and nowhere in the app's files.
    const auto token = SecretStore().read(QStringLiteral("chidoan@") + m_url.toString());
    QVERIFY(token && token->size() >= 40);
    QStringList files{QSettings().fileName()};
    for (QDirIterator it(dataDir, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
        files.append(it.next());
    for (const QString &path : files) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(*token), qPrintable(path));
    }

    // A new activity for today, through the form.
    QMetaObject::invokeMethod(window, "showScreen",
                              Q_ARG(QVariant, QStringLiteral("edit-activity")));
    QQuickItem *titleField = nullptr;
    QTRY_VERIFY((titleField = find(window, "titleField")));
    type(window, titleField->property("field").value<QQuickItem *>(),
         QStringLiteral("Chủ nhật xanh"));
    tap(window, find(window, "saveActivityButton"));
    QTRY_COMPARE(find(window, "activityTitle") ? find(window, "activityTitle")->property("text")
                                               : QVariant(),
                 QVariant(QStringLiteral("Chủ nhật xanh")));

    // Check-in: each tap marks a member present at once.
    tap(window, find(window, "checkInButton"));
    QQuickItem *roster = nullptr;
    QTRY_VERIFY((roster = find(window, "roster")) && roster->property("count").toInt() >= 4);
    auto *page = roster->parentItem();
    while (page && !page->property("activityId").isValid())
        page = page->parentItem();
    QVERIFY(page);
    const QString activityId = page->property("activityId").toString();
    QVERIFY(!activityId.isEmpty());
    auto *model = page->property("model").value<QObject *>();
    QVERIFY(model);
    const int before = model->property("attended").toInt();
    QStringList checkedIn;
    for (int i = 0, tapped = 0; tapped < 4; ++i) {
        QQuickItem *row = nullptr;
        QMetaObject::invokeMethod(roster, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, row),
                                  Q_ARG(int, i));
        QVERIFY(row);
        if (row->property("status").toInt() >= 0)
            continue; // someone already marked in the demo data
        tap(window, row);
        QTRY_COMPARE(row->property("status").toInt(), 0);
        checkedIn.append(row->property("memberId").toString());
        ++tapped;
    }
    QCOMPARE(model->property("attended").toInt(), before + 4);
    // The fourth tap was a mistake: undo takes it back entirely (it was never sent).
    tap(window, find(window, "undoButton"));
    QTRY_COMPARE(model->property("attended").toInt(), before + 3);
    const QString undone = checkedIn.takeLast();
    int status = 0;
    QMetaObject::invokeMethod(model, "statusOf", Q_RETURN_ARG(int, status), Q_ARG(QString, undone));
    QCOMPARE(status, -1);

    // Hours for everyone present, prefilled with 4 h each.
    tap(window, find(window, "backButton"));
    QTRY_VERIFY(!find(window, "roster"));
    tap(window, find(window, "logHoursButton"));
    QQuickItem *hoursList = nullptr;
    QTRY_VERIFY((hoursList = find(window, "hoursList")) &&
                hoursList->property("count").toInt() >= 3);
    const int attendees = hoursList->property("count").toInt();
    tap(window, find(window, "saveHoursButton"));
    QTRY_VERIFY2(!find(window, "hoursList"),
                 qPrintable(find(window, "hoursError")
                                ? find(window, "hoursError")->property("text").toString()
                                : QString()));

    // Everything reaches the server.
    session.syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(session.property("pending").toInt() == 0 &&
                                 session.property("syncState").value<Session::SyncState>() ==
                                     Session::SyncState::Idle,
                             30000);

    Database db(QStringLiteral(":memory:"));
    LocalStore store(db);
    HttpTransport transport(m_url, 20000);
    SyncEngine reader(store.sync(), transport);
    QVERIFY(reader.signIn(QStringLiteral("admin"), kPassword).ok);
    QVERIFY(reader.sync().ok);
    for (const QString &member : std::as_const(checkedIn)) {
        auto st = db.prepare("SELECT status, checked_in_at IS NOT NULL FROM attendance "
                             "WHERE activity_id = ?1 AND member_id = ?2");
        st.bind(1, activityId).bind(2, member);
        QVERIFY2(st.step(), qPrintable(member));
        QCOMPARE(st.int32(0), 0);
        QCOMPARE(st.int32(1), 1);
        auto hours = db.prepare("SELECT hours FROM volunteer_entries WHERE activity_id = ?1 "
                                "AND member_id = ?2");
        hours.bind(1, activityId).bind(2, member);
        QVERIFY(hours.step());
        QCOMPARE(hours.real(0), 4.0);
    }
    auto none = db.prepare("SELECT count(*) FROM attendance WHERE activity_id = ?1 AND "
                           "member_id = ?2");
    none.bind(1, activityId).bind(2, undone);
    QVERIFY(none.step());
    QCOMPARE(none.int32(0), 0);
    auto entries = db.prepare("SELECT count(*) FROM volunteer_entries WHERE activity_id = ?1");
    entries.bind(1, activityId);
    QVERIFY(entries.step());
    QCOMPARE(entries.int32(0), attendees);

    // Signing out wipes this account's data from the device.
    const QString path = workspace.path();
    QVERIFY(QFile::exists(path));
    session.signOut();
    QCOMPARE(session.mode(), Session::Mode::SignedOut);
    QVERIFY(!QFile::exists(path));
    QVERIFY(!SecretStore().read(QStringLiteral("chidoan@") + m_url.toString()));
}

// Six wrong passwords through the sign-in page against the real server: the lockout is
// said in Vietnamese, with the wait the server sent in Retry-After (30 s at first), and
// not in the server's English.
void TestFieldApp::lockoutSaysTheWaitInVietnamese()
{
    QTranslator vi;
    QVERIFY(vi.load(QStringLiteral(DF_VI_QM)));
    QCoreApplication::installTranslator(&vi);
    const auto removeTranslator = qScopeGuard([&vi] { QCoreApplication::removeTranslator(&vi); });
    const QString dataDir = m_dir.filePath(QStringLiteral("lockout"));
    Workspace workspace;
    Workspace::setInstance(&workspace);
    Session session(&workspace, dataDir);
    Session::setInstance(&session);
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/DoanField/Main.qml")));
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    QVERIFY(window);
    window->resize(412, 915);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    type(window, find(window, "serverField"), m_url.toString());
    type(window, find(window, "usernameField"), QStringLiteral("huyen"));
    QString said;
    for (int attempt = 1; attempt <= 6; ++attempt) {
        type(window, find(window, "passwordField"), QStringLiteral("sai-%1").arg(attempt));
        tap(window, find(window, "signInButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!session.property("busy").toBool(), 20000);
        said = find(window, "signInError")->property("text").toString();
        QVERIFY2(!said.isEmpty(), "a sentence after each attempt");
    }
    QVERIFY2(said.contains(QStringLiteral("Hãy chờ")), qPrintable(said));
    QVERIFY2(QRegularExpression(QStringLiteral("\\b(2\\d|30) giây")).match(said).hasMatch(),
             qPrintable(said));
    QVERIFY2(!said.contains(QLatin1String("server")), qPrintable(said));
    QCOMPARE(session.mode(), Session::Mode::SignedOut);
    // The button waits out the lockout, counting down.
    QVERIFY(session.property("signInWait").toInt() > 20);
    QObject *button = find(window, "signInButton");
    QVERIFY(!button->property("enabled").toBool());
    const int before = session.property("signInWait").toInt();
    QVERIFY2(button->property("text").toString().contains(QString::number(before)),
             qPrintable(button->property("text").toString()));
    QTRY_VERIFY_WITH_TIMEOUT(session.property("signInWait").toInt() < before, 3000);
}

QTEST_MAIN(TestFieldApp)
#include "tst_fieldapp.moc"
