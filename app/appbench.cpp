#include "appbench.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickWindow>
#include <QTimer>
#include <cstdio>
#include <sqlite3.h>
#include <unistd.h>

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

} // namespace

void AppBench::reportFirstFrame(QQuickWindow *window)
{
    auto *once = new QObject(window);
    QObject::connect(window, &QQuickWindow::frameSwapped, once, [once] {
        delete once;
        print({{QStringLiteral("first_frame_ms"), msSinceProcessStart()},
               {QStringLiteral("rss_mb"), rssMb()},
               {QStringLiteral("sqlite_peak_mb"),
                double(sqlite3_memory_highwater(0)) / (1024.0 * 1024.0)}});
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    });
}
