// doanfield-checkin-bench: the app's check-in page over a workspace, tapped with real
// mouse events (QTest) on roster rows, 1000 times. Each tap is timed from the press to the
// row showing "present": the attendance row and its outbox entry committed in one
// transaction and the delegate bound to the new status. Prints one JSON line.
#include "domain/activity.h"
#include "session.h"
#include "store/localstore.h"
#include "workspace.h"

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
                        QStringLiteral("1000")}});
    parser.process(app);
    const int taps = parser.value(QStringLiteral("taps")).toInt();

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
    std::sort(ms.begin(), ms.end());
    const auto pct = [&](double p) {
        return ms.empty() ? 0.0 : ms[size_t(p * double(ms.size() - 1) + 0.5)];
    };
    std::printf("%s\n", QJsonDocument(QJsonObject{{QStringLiteral("taps"), int(ms.size())},
                                                  {QStringLiteral("p50_ms"), pct(0.5)},
                                                  {QStringLiteral("p95_ms"), pct(0.95)},
                                                  {QStringLiteral("max_ms"), pct(1.0)}})
                            .toJson(QJsonDocument::Compact)
                            .constData());
    return int(ms.size()) == taps ? 0 : 1;
}
