// doanfield-checkin-bench: the app's check-in page over a workspace, tapped with real
// mouse events (QTest) on roster rows, 1000 times. Each tap is timed from the press to the
// row showing "present": the attendance row and its outbox entry committed in one
// transaction and the delegate bound to the new status. Then, with the roster scrolled to
// the middle, 20 pulled pages of 100 changed rows each land (written through a second
// connection, as the sync worker writes them): each is timed on the GUI thread from
// Workspace::reload() to the view laid out again, and the first visible row must stay the
// same; then 20 more pages where a tenth of the rows are member edits. Prints one JSON line.
#include "domain/activity.h"
#include "domain/attendance.h"
#include "domain/cardcode.h"
#include "session.h"
#include "store/database.h"
#include "sync/schema.h"
#include "sync/syncstore.h"
#include "workspace.h"
#include "write/localstore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>
#include <algorithm>
#include <cstdio>
#include <vector>

Q_IMPORT_QML_PLUGIN(DoanFieldPlugin)

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("db"), QStringLiteral("Workspace."), QStringLiteral("path")},
                       {QStringLiteral("taps"), QStringLiteral("Taps."), QStringLiteral("n"),
                        QStringLiteral("1000")},
                       {QStringLiteral("scans"), QStringLiteral("Card codes checked in."),
                        QStringLiteral("n"), QStringLiteral("0")}});
    parser.process(app);
    const int taps = parser.value(QStringLiteral("taps")).toInt();
    const int scans = parser.value(QStringLiteral("scans")).toInt();

    QTemporaryDir dataDir;
    Workspace workspace;
    Workspace::setInstance(&workspace);
    Session session(&workspace, dataDir.path());
    Session::setInstance(&session);
    session.setDemo(parser.value(QStringLiteral("db")), 0);
    session.openDemo();
    if (!workspace.isReady()) {
        std::fprintf(stderr, "the workspace did not open\n");
        return 1;
    }
    // A congress of the whole workspace: the roster is every member.
    df::Activity congress;
    congress.unitId = workspace.rootUnitId();
    congress.kind = df::ActivityKind::Congress;
    congress.title = QStringLiteral("Đại hội đại biểu");
    congress.startsAt = QDateTime::currentDateTime();
    const QString activityId = workspace.store().saveActivity(congress).id;
    workspace.store().setTracking(true); // every tap also writes its outbox entry

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/DoanField/Main.qml")));
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window)
        return 1;
    window->resize(1280, 800);
    if (!QTest::qWaitForWindowExposed(window))
        return 1;
    QMetaObject::invokeMethod(window, "openCheckInForBench", Q_ARG(QVariant, activityId));
    QQuickItem *roster = nullptr;
    for (int waited = 0; !roster && waited < 10000; waited += 50) {
        QTest::qWait(50);
        roster = window->findChild<QQuickItem *>(QStringLiteral("roster"));
    }
    if (!roster)
        return 1;
    QTest::qWait(1000); // the push transition

    std::vector<double> ms;
    QElapsedTimer t;
    for (int i = 0; i < taps; ++i) {
        QMetaObject::invokeMethod(roster, "positionViewAtIndex", Q_ARG(int, i), Q_ARG(int, 0));
        QCoreApplication::processEvents();
        QQuickItem *row = nullptr;
        QMetaObject::invokeMethod(roster, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, row),
                                  Q_ARG(int, i));
        if (!row)
            continue;
        const QPoint at = row->mapToScene(QPointF(row->width() / 3, row->height() / 2)).toPoint();
        t.start();
        QTest::mouseClick(window, Qt::LeftButton, {}, at);
        const bool shown = row->property("status").toInt() == 0;
        const double elapsed = double(t.nsecsElapsed()) / 1e6;
        if (shown)
            ms.push_back(elapsed);
    }
    // Card codes as the camera's scanner hands them over: each timed from the decoded
    // text to the attendance and its outbox row committed and the answer on screen (the
    // page's banner, and the overlay when the camera view is open).
    std::vector<double> scanMs;
    if (scans > 0) {
        QObject *page = roster;
        while (page && page->metaObject()->indexOfMethod("scanned(QVariant)") < 0)
            page = page->parent();
        QObject *model = roster->property("model").value<QObject *>();
        if (!page || !model)
            return 1;
        page->setProperty("scanning", true);
        QTest::qWait(200);
        QStringList members;
        {
            auto st = workspace.store().database().prepare(
                "SELECT id FROM members WHERE deleted = 0 ORDER BY sort_key DESC LIMIT ?1");
            st.bind(1, scans);
            while (st.step())
                members.append(st.text(0));
        }
        for (const QString &id : std::as_const(members)) {
            const QString code = df::CardCode::encode(id);
            t.start();
            QMetaObject::invokeMethod(page, "scanned", Q_ARG(QVariant, QStringList{code}));
            const QVariantMap answer = page->property("answer").toMap();
            const double elapsed = double(t.nsecsElapsed()) / 1e6;
            int status = -1;
            QMetaObject::invokeMethod(model, "statusOf", Q_RETURN_ARG(int, status),
                                      Q_ARG(QString, id));
            if (answer.value(QStringLiteral("result")).toString() == QLatin1String("checkedIn") &&
                answer.value(QStringLiteral("memberId")).toString() == id && status == 0)
                scanMs.push_back(elapsed);
            QCoreApplication::processEvents(); // paints, as between two people at the door
        }
        page->setProperty("scanning", false);
    }
    const auto pct = [](std::vector<double> v, double p) {
        std::sort(v.begin(), v.end());
        return v.empty() ? 0.0 : v[size_t(p * double(v.size() - 1) + 0.5)];
    };

    // Sync while scrolled.
    QObject *model = roster->property("model").value<QObject *>();
    const auto firstVisible = [&] {
        QCoreApplication::processEvents();
        const qreal y = roster->property("contentY").toReal() + 1;
        int row = -1;
        QMetaObject::invokeMethod(roster, "indexAt", Q_RETURN_ARG(int, row), Q_ARG(qreal, 10),
                                  Q_ARG(qreal, y));
        QString id;
        QMetaObject::invokeMethod(model, "memberAt", Q_RETURN_ARG(QString, id), Q_ARG(int, row));
        return id;
    };
    const int middle = taps / 2;
    QMetaObject::invokeMethod(roster, "positionViewAtIndex", Q_ARG(int, middle), Q_ARG(int, 0));
    QTest::qWait(200);
    const QString first = firstVisible();
    df::Database feedDb(parser.value(QStringLiteral("db")));
    df::LocalStore feed(feedDb);
    feed.setTracking(false);
    QStringList ids; // members around the view and far below it, in name order
    {
        auto st = feedDb.prepare("SELECT id FROM members WHERE deleted = 0 ORDER BY sort_key");
        while (st.step())
            ids.append(st.text(0));
    }
    // Pages of check-ins from another door (what a congress brings), then pages where a
    // tenth of the rows are member edits (the roster's rows are read again too).
    std::vector<double> pageMs, mixedMs;
    int kept = 0;
    const int rounds = 20, rows = 100;
    for (int round = 0; round < 2 * rounds; ++round) {
        const bool mixed = round >= rounds;
        df::Transaction tx(feedDb);
        for (int i = 0; i < rows; ++i) {
            // Half near the visible rows, half spread over the roster.
            const int at = i < rows / 2 ? std::max(0, middle - 20) + (round * 7 + i) % 60
                                        : int((qint64(i) * 7919 + round * 131) % ids.size());
            if (mixed && i % 10 == 0) {
                feed.sync().writeLocal(
                    df::Entity::Member, ids.value(at),
                    {{QStringLiteral("phone"),
                      QStringLiteral("09%1").arg(round * 1000 + i, 8, 10, QLatin1Char('0'))}});
                continue;
            }
            df::Attendance a;
            a.activityId = activityId;
            a.memberId = ids.value(at);
            a.status = df::AttendanceStatus((round + i) % 4);
            if (a.status == df::AttendanceStatus::Present || a.status == df::AttendanceStatus::Late)
                a.checkedInAt = QDateTime::currentDateTimeUtc().addSecs(-round);
            a.recordedBy = QStringLiteral("door2");
            feed.recordAttendance(a);
        }
        tx.commit();
        // What the sync scheduler passes: the kinds of rows the page held.
        const quint32 touched =
            (1u << int(df::Entity::Attendance)) | (mixed ? 1u << int(df::Entity::Member) : 0u);
        QElapsedTimer page;
        page.start();
        workspace.reload(touched);
        const double a = double(page.nsecsElapsed()) / 1e6;
        QCoreApplication::sendPostedEvents();
        const double b = double(page.nsecsElapsed()) / 1e6;
        QMetaObject::invokeMethod(roster, "forceLayout");
        if (qEnvironmentVariableIsSet("DF_BENCH_TRACE"))
            std::fprintf(stderr, "reload %.2f posted %.2f layout %.2f\n", a, b - a,
                         double(page.nsecsElapsed()) / 1e6 - b);
        (mixed ? mixedMs : pageMs).push_back(double(page.nsecsElapsed()) / 1e6);
        kept += firstVisible() == first;
    }

    std::printf("%s\n", QJsonDocument(
                            QJsonObject{{QStringLiteral("taps"), int(ms.size())},
                                        {QStringLiteral("p50_ms"), pct(ms, 0.5)},
                                        {QStringLiteral("p95_ms"), pct(ms, 0.95)},
                                        {QStringLiteral("max_ms"), pct(ms, 1.0)},
                                        {QStringLiteral("scroll_rows"), rows},
                                        {QStringLiteral("scroll_pages"), rounds},
                                        {QStringLiteral("scroll_kept"), kept},
                                        {QStringLiteral("scroll_p95_ms"), pct(pageMs, 0.95)},
                                        {QStringLiteral("scroll_max_ms"), pct(pageMs, 1.0)},
                                        {QStringLiteral("scroll_mixed_p95_ms"), pct(mixedMs, 0.95)},
                                        {QStringLiteral("scans"), int(scanMs.size())},
                                        {QStringLiteral("scan_p50_ms"), pct(scanMs, 0.5)},
                                        {QStringLiteral("scan_p95_ms"), pct(scanMs, 0.95)}})
                            .toJson(QJsonDocument::Compact)
                            .constData());
    return int(ms.size()) == taps && kept == 2 * rounds && int(scanMs.size()) == scans ? 0 : 1;
}
