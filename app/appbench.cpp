#include "appbench.h"

#include "domain/activity.h"
#include "store/localstore.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMouseEvent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <unistd.h>
#include <vector>

namespace {

double rssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

qint64 msSinceProcessStart()
{
    // /proc/self/stat field 22: start time in clock ticks since boot.
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray s = stat.readAll();
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble();
    const double up = uptime.readAll().split(' ').value(0).toDouble();
    return qint64((up - startTicks / double(sysconf(_SC_CLK_TCK))) * 1000.0);
}

void print(const QJsonObject &o)
{
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

void click(QQuickWindow *window, QPointF at)
{
    QMouseEvent press(QEvent::MouseButtonPress, at, window->mapToGlobal(at), Qt::LeftButton,
                      Qt::LeftButton, Qt::NoModifier);
    QMouseEvent release(QEvent::MouseButtonRelease, at, window->mapToGlobal(at), Qt::LeftButton,
                        Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window, &press);
    QCoreApplication::sendEvent(window, &release);
}

QQuickItem *findItem(QQuickWindow *window, const char *name)
{
    return window->contentItem()->findChild<QQuickItem *>(QLatin1String(name));
}

} // namespace

void AppBench::reportFirstFrame(QQuickWindow *window)
{
    auto *once = new QObject(window);
    QObject::connect(window, &QQuickWindow::frameSwapped, once, [once] {
        delete once;
        print({{QStringLiteral("first_frame_ms"), msSinceProcessStart()},
               {QStringLiteral("rss_mb"), rssMb()}});
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    });
}

void AppBench::runCheckIns(QQuickWindow *window, int taps)
{
    Workspace *ws = Workspace::instance();
    df::Activity a;
    a.unitId = ws->rootUnitId();
    a.title = QStringLiteral("Đại hội đại biểu (benchmark)");
    a.kind = df::ActivityKind::Congress;
    a.startsAt = QDateTime::currentDateTime();
    const QString activityId = ws->store().saveActivity(a).id;

    QMetaObject::invokeMethod(window, "showScreen", Q_ARG(QVariant, QStringLiteral("home")));
    QTimer::singleShot(0, window, [window, activityId, taps] {
        // Nav.openCheckIn, as the activity page's button does.
        QMetaObject::invokeMethod(window, "openCheckInForBench", Q_ARG(QVariant, activityId));
        QElapsedTimer settle;
        settle.start();
        while (settle.elapsed() < 1500)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QQuickItem *roster = findItem(window, "roster");
        if (!roster) {
            std::fprintf(stderr, "bench: no roster\n");
            QCoreApplication::exit(1);
            return;
        }
        std::vector<double> ms;
        QElapsedTimer t;
        for (int i = 0; i < taps; ++i) {
            QMetaObject::invokeMethod(roster, "positionViewAtIndex", Q_ARG(int, i),
                                      Q_ARG(int, 0 /* ListView.Beginning */));
            QCoreApplication::processEvents();
            QQuickItem *row = nullptr;
            QMetaObject::invokeMethod(roster, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, row),
                                      Q_ARG(int, i));
            if (!row)
                continue;
            const QPointF centre = row->mapToScene(QPointF(row->width() / 3, row->height() / 2));
            t.start();
            click(window, centre);
            const bool shown = row->property("status").toInt() == 0;
            const double elapsed = double(t.nsecsElapsed()) / 1e6;
            if (shown)
                ms.push_back(elapsed);
        }
        std::sort(ms.begin(), ms.end());
        const auto pct = [&](double p) {
            return ms.empty() ? 0.0 : ms[size_t(p * double(ms.size() - 1) + 0.5)];
        };
        print({{QStringLiteral("taps"), int(ms.size())},
               {QStringLiteral("p50_ms"), pct(0.5)},
               {QStringLiteral("p95_ms"), pct(0.95)},
               {QStringLiteral("max_ms"), pct(1.0)}});
        QCoreApplication::exit(int(ms.size()) == taps ? 0 : 1);
    });
}
