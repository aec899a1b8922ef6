// End to end through the real UI: the real doanfield-server with demo data (behind a TCP
// proxy that can play a server gone away), the app's Main.qml in Vietnamese, the real
// keychain (with-keyring.sh). Everything a person does here is a mouse click on the
// centre of an item that shows, is enabled and has stopped moving, or keys typed into the
// field that has the focus: sign in (a wrong password first), the Activities tab and "+"
// to create an activity, check three members in (and undo a fourth), log their hours,
// "Sync now" on the sync page, then, with the server out of reach, two more check-ins and
// the sign-out dialog that names them: cancel keeps everything, confirm deletes it.
#include "faultproxy.h"
#include "secretscan.h"
#include "secretstore.h"
#include "serverprocess.h"
#include "session.h"
#include "store/database.h"
#include "sync/syncengine.h"
#include "sync/syncscheduler.h"
#include "sync/transport.h"
#include "workspace.h"
#include "write/localstore.h"

#include <QInputMethodEvent>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QtQml/qqmlextensionplugin.h>
#include <algorithm>
#include <functional>
#include <optional>

Q_IMPORT_QML_PLUGIN(DoanFieldPlugin)

using namespace df;

namespace {

const QString kPassword = QStringLiteral("doanfield-demo");

// The catalogue's sentence for `source`; empty (and a warning) when the catalogue has
// none, so that English never passes for Vietnamese.
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

// The items of the window that a person can see now (visible, not faded out) and that
// `match` accepts, in the order of the item tree. Dialogs are in it while they show.
void collect(QQuickItem *item, const std::function<bool(QQuickItem *)> &match,
             QList<QQuickItem *> &out)
{
    if (!item->isVisible() || item->opacity() <= 0.0)
        return;
    if (match(item))
        out << item;
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children)
        collect(child, match, out);
}

QList<QQuickItem *> shownItems(QQuickWindow *window, const std::function<bool(QQuickItem *)> &match)
{
    QList<QQuickItem *> out;
    collect(window->contentItem(), match, out);
    return out;
}

// The one item called `name` that shows now; null when none does, or more than one.
QQuickItem *shown(QQuickWindow *window, const char *name)
{
    const QString n = QLatin1String(name);
    const QList<QQuickItem *> items =
        shownItems(window, [&n](QQuickItem *i) { return i->objectName() == n; });
    return items.size() == 1 ? items.first() : nullptr;
}

// The text of an item that shows; empty for none.
QString textOf(QQuickItem *item)
{
    return item ? item->property("text").toString() : QString();
}

// The nearest item at or above `item` that has `property` (a page's activityId).
QQuickItem *holderOf(QQuickItem *item, const char *property)
{
    while (item && !item->property(property).isValid())
        item = item->parentItem();
    return item;
}

// The dialog, menu or drawer (a QQuickPopup) that `item` belongs to, if any.
QObject *popupOf(QQuickItem *item)
{
    for (QObject *o = item; o; o = o->parent())
        if (o->inherits("QQuickPopup"))
            return o;
    return nullptr;
}

// Scrolls the flickables around `item` with the mouse wheel until it is inside them, as
// a person scrolls to a button below the fold.
void scrollIntoView(QQuickWindow *window, QQuickItem *item)
{
    for (QQuickItem *f = item->parentItem(); f; f = f->parentItem()) {
        if (!f->inherits("QQuickFlickable"))
            continue;
        for (int turn = 0; turn < 100; ++turn) {
            const QRectF r = item->mapRectToItem(f, QRectF(0, 0, item->width(), item->height()));
            if (r.top() >= 0 && r.bottom() <= f->height())
                break;
            const QPointF at = f->mapToScene(QPointF(f->width() / 2, f->height() / 2));
            // A notch down (negative) brings what is below into view.
            QWheelEvent wheel(at, window->mapToGlobal(at), QPoint(),
                              QPoint(0, r.bottom() > f->height() ? -120 : 120), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QCoreApplication::sendEvent(window, &wheel);
            if (!QTest::qWaitFor([f] { return !f->property("moving").toBool(); }, 5000))
                return; // still moving: whyNotTappable says so
        }
    }
}

// The item a press at `scenePos` would go to, as far as the item tree tells: the topmost
// (in paint order) enabled item under the point that takes mouse presses; children of a
// clipping item only within it. Null when nothing takes it. (Modal popups are told
// apart in whyNotTappable.)
QQuickItem *pressTarget(QQuickItem *item, QPointF scenePos)
{
    if (!item->isVisible() || item->opacity() <= 0.0 || !item->isEnabled())
        return nullptr;
    const QPointF local = item->mapFromScene(scenePos);
    const bool inside = QRectF(0, 0, item->width(), item->height()).contains(local);
    if (item->clip() && !inside)
        return nullptr;
    QList<QQuickItem *> children = item->childItems();
    std::stable_sort(children.begin(), children.end(),
                     [](QQuickItem *a, QQuickItem *b) { return a->z() < b->z(); });
    for (auto it = children.crbegin(); it != children.crend(); ++it)
        if (QQuickItem *target = pressTarget(*it, scenePos))
            return target;
    // The popups' overlay lets presses through while no modal popup shows, and a text
    // unless a link is pressed.
    return inside && (item->acceptedMouseButtons() & Qt::LeftButton) &&
                   !item->inherits("QQuickOverlay") && !item->inherits("QQuickText")
               ? item
               : nullptr;
}

// Why a person could not tap `item` right now; empty when they could: it shows, is
// enabled and opaque, no page or list is moving, no dialog is on its way or covers it
// (a modal one it is not in), its centre is in the window and in view, nothing but it (or
// a part of it) takes a press there (a message, another control), and the centre has
// stayed put for three looks in a row (`last`, `still`).
QString whyNotTappable(QQuickWindow *window, QQuickItem *item, QPointF *last, int *still)
{
    if (!item->isVisible())
        return QStringLiteral("hidden");
    if (!item->isEnabled())
        return QStringLiteral("disabled");
    qreal opacity = 1;
    for (QQuickItem *p = item; p; p = p->parentItem())
        opacity *= p->opacity();
    if (opacity < 0.99)
        return QStringLiteral("fading in or out");
    const QList<QQuickItem *> busy = shownItems(window, [](QQuickItem *i) {
        return (i->inherits("QQuickStackView") && i->property("busy").toBool()) ||
               (i->inherits("QQuickFlickable") && i->property("moving").toBool());
    });
    if (!busy.isEmpty())
        return QStringLiteral("a page or a list is moving");
    QObject *own = popupOf(item);
    const QList<QObject *> popups = window->findChildren<QObject *>();
    for (QObject *p : popups) {
        if (!p->inherits("QQuickPopup") || !p->property("visible").toBool())
            continue;
        if (!p->property("opened").toBool())
            return QStringLiteral("a dialog is opening or closing");
        if (p != own && p->property("modal").toBool())
            return QStringLiteral("under the dialog %1").arg(p->objectName());
    }
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    if (!QRectF(0, 0, window->width(), window->height()).contains(centre))
        return QStringLiteral("outside the window");
    for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
        if (p->clip() && !p->mapRectToScene(QRectF(0, 0, p->width(), p->height())).contains(centre))
            return QStringLiteral("scrolled out of view");
    }
    if (QQuickItem *top = pressTarget(window->contentItem(), centre);
        top != item && !item->isAncestorOf(top)) {
        QString name;
        QDebug(&name) << top;
        return QStringLiteral("covered by ") + name;
    }
    if (centre != *last) {
        *last = centre;
        *still = 0;
        return QStringLiteral("moving");
    }
    if (++*still < 3)
        return QStringLiteral("moving");
    return {};
}

// Where a finger would tap `item`, once it can be tapped (scrolled to first); nothing,
// with `why`, when it cannot within the time a loaded machine may need.
std::optional<QPoint> tapPoint(QQuickWindow *window, QQuickItem *item, QString *why)
{
    for (int attempt = 0; attempt < 3; ++attempt) {
        scrollIntoView(window, item);
        QPointF last(-1, -1);
        int still = 0;
        if (QTest::qWaitFor(
                [&] {
                    *why = whyNotTappable(window, item, &last, &still);
                    return why->isEmpty();
                },
                20000))
            return last.toPoint();
        if (*why != QLatin1String("scrolled out of view")) // else scroll again
            break;
    }
    return std::nullopt;
}

// A click on the middle of `item`, once it shows, is enabled and has stopped moving.
void tap(QQuickWindow *window, QQuickItem *item, const char *what)
{
    QVERIFY2(item, what);
    QString why;
    const auto at = tapPoint(window, item, &why);
    QVERIFY2(at, qPrintable(QStringLiteral("%1 cannot be tapped: %2").arg(what, why)));
    QTest::mouseClick(window, Qt::LeftButton, Qt::NoModifier, *at);
}

// Taps the field, then types as a keyboard does: Ctrl+A and Backspace clear what was
// there, ASCII comes as key presses and Vietnamese letters as an input method commits
// them (Telex and VNI keyboards hand over composed letters so).
void type(QQuickWindow *window, QQuickItem *field, const QString &text, const char *what)
{
    tap(window, field, what);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY2(field->hasActiveFocus(), what);
    QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(window, Qt::Key_Backspace);
    QCOMPARE(field->property("text").toString(), QString());
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 && c.unicode() < 0x7f) {
            QTest::keyClick(window, char(c.unicode()));
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(QString(c));
            QCoreApplication::sendEvent(window, &commit);
        }
    }
    QCOMPARE(field->property("text").toString(), text);
}

// Waits for the item called `name` to show (a page may still be on its way).
QQuickItem *await(QQuickWindow *window, const char *name, int timeoutMs = 20000)
{
    QQuickItem *item = nullptr;
    return QTest::qWaitFor([&] { return (item = shown(window, name)) != nullptr; }, timeoutMs)
               ? item
               : nullptr;
}

} // namespace

// A failed step ends the test function there.
#define TAP(window, name)                                                                          \
    do {                                                                                           \
        tap(window, await(window, name), name);                                                    \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)
#define TYPE(window, field, text, what)                                                            \
    do {                                                                                           \
        type(window, field, text, what);                                                           \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

class TestFieldApp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void signInCheckInLogHoursSyncSignOut();
    void lockoutSaysTheWaitInVietnamese();

private:
    // Taps the first `count` members of the check-in roster now showing who are not
    // marked yet; their ids, in order.
    QStringList checkIn(QQuickWindow *window, int count);

    QTemporaryDir m_dir;
    QString m_db;
    ServerProcess m_server;
    QUrl m_url;
    QTranslator m_vi;
};

void TestFieldApp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings under ~/.qttest, not the user's
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    // The app as a Vietnamese officer sees it.
    QVERIFY2(m_vi.load(QStringLiteral(DF_VI_QM)), DF_VI_QM);
    QVERIFY(QCoreApplication::installTranslator(&m_vi));
    m_db = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.db"));
    ServerProcess::admin(
        m_db, {QStringLiteral("seed-demo"), QStringLiteral("--members"), QStringLiteral("800")});
    m_url = m_server.start(m_db);
    QVERIFY(m_url.isValid());
}

void TestFieldApp::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_vi);
    m_server.stop();
}

QStringList TestFieldApp::checkIn(QQuickWindow *window, int count)
{
    QStringList ids;
    QQuickItem *roster = nullptr;
    if (!QTest::qWaitFor(
            [&] {
                return (roster = shown(window, "roster")) &&
                       roster->property("count").toInt() >= count;
            },
            20000)) {
        qWarning("no roster with %d members shows", count);
        return ids;
    }
    const int rows = roster->property("count").toInt();
    for (int i = 0; i < rows && ids.size() < count; ++i) {
        QQuickItem *row = nullptr;
        QMetaObject::invokeMethod(roster, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, row),
                                  Q_ARG(int, i));
        if (!row || row->property("status").toInt() >= 0)
            continue; // someone already marked, in the demo data or by an earlier tap
        tap(window, row, "a member on the roster");
        if (QTest::currentTestFailed())
            return {};
        if (!QTest::qWaitFor([row] { return row->property("status").toInt() == 0; }, 10000)) {
            qWarning("a tap on a roster row did not mark the member present");
            return {};
        }
        ids << row->property("memberId").toString();
    }
    return ids;
}

void TestFieldApp::signInCheckInLogHoursSyncSignOut()
{
    FaultProxy proxy(m_url); // the server's address as the app knows it
    QVERIFY(proxy.start());
    const QString server = proxy.url().toString();
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
    TYPE(window, await(window, "serverField"), server, "the server field");
    TYPE(window, await(window, "usernameField"), QStringLiteral("chidoan"), "the username field");
    TYPE(window, await(window, "passwordField"), QStringLiteral("sai-mat-khau"),
         "the password field");
    TAP(window, "signInButton");
    QTRY_VERIFY_WITH_TIMEOUT(!textOf(shown(window, "signInError")).isEmpty(), 20000);
    QCOMPARE(session.mode(), Session::Mode::SignedOut);

    TYPE(window, await(window, "passwordField"), kPassword, "the password field");
    TAP(window, "signInButton");
    QTRY_COMPARE_WITH_TIMEOUT(session.mode(), Session::Mode::Account, 20000);
    // The first sync brings the branch down; then the app's own screens show.
    QTRY_VERIFY_WITH_TIMEOUT(session.scheduler()->lastSuccess().isValid(), 60000);
    QTRY_VERIFY(workspace.isReady() && !workspace.rootUnitId().isEmpty());
    QVERIFY(await(window, "tab_activities", 60000));

    // The token is in the keychain; neither it nor a password typed on the sign-in page
    // is in any file the app has written, with the database open (its -wal and -shm too).
    const QString key = QStringLiteral("chidoan@") + server; // as Session keys it
    const auto token = SecretStore().read(key);
    QVERIFY(token && token->size() >= 40);
    {
        secretscan::Needles needles;
        needles.add(QStringLiteral("the session token"), *token);
        needles.add(QStringLiteral("the password"), kPassword.toUtf8());
        needles.add(QStringLiteral("the wrong password"), QByteArrayLiteral("sai-mat-khau"));
        const QStringList files =
            secretscan::filesUnder({dataDir, QFileInfo(QSettings().fileName()).absolutePath()});
        const QString db = QFileInfo(workspace.path()).canonicalFilePath();
        QVERIFY2(files.contains(db) && files.contains(db + QStringLiteral("-wal")),
                 qPrintable(files.join(QLatin1Char('\n'))));
        const QStringList found = needles.in(files);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    // A new activity for today: the Activities tab, "+", a title typed in, Save.
    TAP(window, "tab_activities");
    TAP(window, "newActivityButton");
    QQuickItem *titleField = await(window, "titleField");
    QVERIFY(titleField);
    TYPE(window, titleField->property("field").value<QQuickItem *>(),
         QStringLiteral("Chủ nhật xanh"), "the title field");
    TAP(window, "saveActivityButton");
    QTRY_COMPARE(textOf(shown(window, "activityTitle")), QStringLiteral("Chủ nhật xanh"));
    QQuickItem *activityPage = holderOf(shown(window, "activityTitle"), "activityId");
    QVERIFY(activityPage);
    const QString activityId = activityPage->property("activityId").toString();
    QVERIFY(!activityId.isEmpty());

    // Check-in: each tap marks a member present at once.
    TAP(window, "checkInButton");
    QQuickItem *checkInPage = holderOf(await(window, "roster"), "activityId");
    QVERIFY(checkInPage);
    QCOMPARE(checkInPage->property("activityId").toString(), activityId);
    auto *model = checkInPage->property("model").value<QObject *>();
    QVERIFY(model);
    const int before = model->property("attended").toInt();
    QStringList checkedIn = checkIn(window, 4);
    QCOMPARE(checkedIn.size(), 4);
    QCOMPARE(model->property("attended").toInt(), before + 4);
    // The fourth tap was a mistake: undo takes it back entirely (it was never sent).
    TAP(window, "undoButton");
    QTRY_COMPARE(model->property("attended").toInt(), before + 3);
    const QString undone = checkedIn.takeLast();
    int status = 0;
    QMetaObject::invokeMethod(model, "statusOf", Q_RETURN_ARG(int, status), Q_ARG(QString, undone));
    QCOMPARE(status, -1);

    // Hours for everyone present, prefilled with 4 h each.
    TAP(window, "backButton");
    QTRY_VERIFY(!shown(window, "roster"));
    TAP(window, "logHoursButton");
    QQuickItem *hoursList = nullptr;
    QTRY_VERIFY((hoursList = shown(window, "hoursList")) &&
                hoursList->property("count").toInt() >= 3);
    const int attendees = hoursList->property("count").toInt();
    TAP(window, "saveHoursButton");
    QTRY_VERIFY2(!shown(window, "hoursList"), qPrintable(textOf(shown(window, "hoursError"))));

    // "Sync now" on the sync page starts a round at once, and everything reaches the server.
    TAP(window, "tab_sync");
    QQuickItem *syncNow = await(window, "syncNowButton");
    QVERIFY(syncNow);
    QString why;
    const auto at = tapPoint(window, syncNow, &why); // enabled: no round is running
    QVERIFY2(at, qPrintable(why));
    SyncScheduler *scheduler = session.scheduler();
    const int rounds = scheduler->syncsStarted();
    QTest::mouseClick(window, Qt::LeftButton, Qt::NoModifier, *at);
    QCOMPARE(scheduler->syncsStarted(), rounds + 1);
    QTRY_VERIFY_WITH_TIMEOUT(session.property("pending").toInt() == 0 &&
                                 session.property("syncState").value<Session::SyncState>() ==
                                     Session::SyncState::Idle,
                             30000);
    QTRY_COMPARE(textOf(shown(window, "pendingCount")), QStringLiteral("0"));

    // The server as another device reads it.
    const auto readServer = [this](Database &db) {
        LocalStore store(db);
        HttpTransport transport(m_url, 20000);
        SyncEngine reader(store.sync(), transport);
        return reader.signIn(QStringLiteral("admin"), kPassword).ok && reader.sync().ok;
    };
    {
        Database db(QStringLiteral(":memory:"));
        QVERIFY(readServer(db));
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
    }

    // The server goes out of reach. Two check-ins from the home page's "Check in" wait on
    // the device.
    proxy.setFault(FaultProxy::Fault::Refuse);
    TAP(window, "tab_home");
    TAP(window, "quickCheckIn");
    QQuickItem *offlinePage = holderOf(await(window, "roster"), "activityId");
    QVERIFY(offlinePage);
    const QString offlineActivity = offlinePage->property("activityId").toString();
    const QStringList offline = checkIn(window, 2);
    QCOMPARE(offline.size(), 2);
    TAP(window, "backButton");
    TAP(window, "tab_sync");
    // The rows in the outbox, counted with SQL.
    const auto outboxRows = [&workspace] {
        auto st = workspace.store().database().prepare("SELECT count(*) FROM outbox");
        return st.step() ? st.int32(0) : -1;
    };
    const int k = outboxRows();
    QVERIFY2(k >= 2, qPrintable(QString::number(k)));
    QTRY_COMPARE(textOf(shown(window, "pendingCount")), QString::number(k));

    // "Sign out" asks first, naming the k changes that would be lost, in Vietnamese.
    const QString path = workspace.path();
    const QString warning =
        vi("SyncPage",
           "%n change(s) on this device have not reached the server and will be deleted with "
           "this account's data. Sync first if you can.",
           k);
    QVERIFY(!warning.isEmpty());
    TAP(window, "signOutButton");
    QQuickItem *said = await(window, "signOutText");
    QVERIFY(said);
    QCOMPARE(textOf(said), warning);
    QVERIFY2(textOf(said).startsWith(QString::number(k) + QStringLiteral(" thay đổi")),
             qPrintable(textOf(said)));
    // Cancel keeps everything: the account, its database and unsent changes, the token.
    TAP(window, "dialogReject");
    QTRY_VERIFY(!shown(window, "signOutText"));
    QCOMPARE(session.mode(), Session::Mode::Account);
    QVERIFY(shown(window, "syncNowButton"));
    QVERIFY(QFile::exists(path));
    QCOMPARE(outboxRows(), k);
    QVERIFY(SecretStore().read(key));
    QVERIFY(QSettings().value(QStringLiteral("account/signedIn")).toBool());

    // Confirmed: this account's data leaves the device and the sign-in page shows.
    TAP(window, "signOutButton");
    QTRY_COMPARE(textOf(shown(window, "signOutText")), warning);
    TAP(window, "dialogAccept");
    QVERIFY(await(window, "signInButton"));
    QTRY_VERIFY(!shown(window, "tab_sync") && !shown(window, "signOutText"));
    QCOMPARE(session.mode(), Session::Mode::SignedOut);
    QCOMPARE(textOf(shown(window, "passwordField")), QString());
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QVERIFY2(!QFile::exists(path + QLatin1String(suffix)), suffix);
    QString error;
    QVERIFY(!SecretStore().read(key, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!QSettings().value(QStringLiteral("account/signedIn")).toBool());

    // What was deleted never reached the server.
    proxy.heal();
    {
        Database db(QStringLiteral(":memory:"));
        QVERIFY(readServer(db));
        for (const QString &member : offline) {
            auto st = db.prepare("SELECT count(*) FROM attendance WHERE activity_id = ?1 AND "
                                 "member_id = ?2");
            st.bind(1, offlineActivity).bind(2, member);
            QVERIFY(st.step());
            QCOMPARE(st.int32(0), 0);
        }
    }
}

// Six wrong passwords through the sign-in page against the real server: the lockout is
// said in Vietnamese, with the wait the server sent in Retry-After (30 s at first), and
// not in the server's English.
void TestFieldApp::lockoutSaysTheWaitInVietnamese()
{
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
    TYPE(window, await(window, "serverField"), m_url.toString(), "the server field");
    TYPE(window, await(window, "usernameField"), QStringLiteral("huyen"), "the username field");
    QString said;
    for (int attempt = 1; attempt <= 6; ++attempt) {
        TYPE(window, await(window, "passwordField"), QStringLiteral("sai-%1").arg(attempt),
             "the password field");
        TAP(window, "signInButton");
        QTRY_VERIFY_WITH_TIMEOUT(!session.property("busy").toBool(), 20000);
        said = textOf(shown(window, "signInError"));
        QVERIFY2(!said.isEmpty(), "a sentence after each attempt");
    }
    QVERIFY2(said.contains(QStringLiteral("Hãy chờ")), qPrintable(said));
    QVERIFY2(QRegularExpression(QStringLiteral("\\b(2\\d|30) giây")).match(said).hasMatch(),
             qPrintable(said));
    QVERIFY2(!said.contains(QLatin1String("server")), qPrintable(said));
    QCOMPARE(session.mode(), Session::Mode::SignedOut);
    // The button waits out the lockout, counting down.
    QVERIFY(session.property("signInWait").toInt() > 20);
    QObject *button = shown(window, "signInButton");
    QVERIFY(button);
    QVERIFY(!button->property("enabled").toBool());
    const int before = session.property("signInWait").toInt();
    QVERIFY2(button->property("text").toString().contains(QString::number(before)),
             qPrintable(button->property("text").toString()));
    QTRY_VERIFY_WITH_TIMEOUT(session.property("signInWait").toInt() < before, 3000);
}

QTEST_MAIN(TestFieldApp)
#include "tst_fieldapp.moc"
