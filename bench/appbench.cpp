#include "appbench.h"

#include "benchutil.h"
#include "demo/demogenerator.h"
#include "store/database.h"
#include "write/localstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>

using namespace df::bench;

namespace {

// Runs the app with `args`; returns the JSON object it printed, or an empty one.
QJsonObject runApp(const QStringList &args, double *wallMs = nullptr,
                   const QString &exe = QStringLiteral(DF_APP_EXE))
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.info=false"));
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(exe, args);
    if (!p.waitForFinished(600000)) {
        p.kill();
        return {};
    }
    if (wallMs)
        *wallMs = double(t.nsecsElapsed()) / 1e6;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (!o.isEmpty())
            return o;
    }
    std::fprintf(stderr, "app printed nothing: %s\n", p.readAllStandardError().constData());
    return {};
}

// The demo workspace in `dir`, or DF_BENCH_DB: generated there once and reused on later
// runs.
QString demoWorkspace(const QTemporaryDir &dir, int members, quint64 seed)
{
    const QString keep = qEnvironmentVariable("DF_BENCH_DB");
    const QString path = keep.isEmpty() ? dir.filePath(QStringLiteral("workspace.sqlite")) : keep;
    if (keep.isEmpty() || !QFile::exists(keep)) {
        df::Database db(path);
        df::LocalStore store(db);
        store.setTracking(false);
        df::DemoOptions options;
        options.members = members;
        options.seed = seed;
        df::DemoGenerator(options).writeTo(store, [](int, int) { return true; });
    }
    return path;
}

} // namespace

int runScanCheckinBench(int members, quint64 seed)
{
    QTemporaryDir dir;
    const QString path = demoWorkspace(dir, members, seed);
    const QString scratch = dir.filePath(QStringLiteral("scan.sqlite"));
    QFile::copy(path, scratch);
    const QJsonObject c =
        runApp({QStringLiteral("--db"), scratch, QStringLiteral("--taps"), QStringLiteral("0"),
                QStringLiteral("--scans"), QStringLiteral("1000")},
               nullptr, QStringLiteral(DF_CHECKIN_EXE));
    if (c.isEmpty())
        return 1;
    emitLine({{QStringLiteral("bench"), QStringLiteral("scan.checkin")},
              {QStringLiteral("members"), members},
              {QStringLiteral("scans"), c.value(QStringLiteral("scans"))},
              {QStringLiteral("p50_ms"), c.value(QStringLiteral("scan_p50_ms"))},
              {QStringLiteral("p95_ms"), c.value(QStringLiteral("scan_p95_ms"))}});
    return 0;
}

int runAppBench(int members, quint64 seed)
{
    QTemporaryDir dir;
    const QString path = demoWorkspace(dir, members, seed);
    const QStringList common{QStringLiteral("--size"), QStringLiteral("412x915"),
                             QStringLiteral("--data-dir"), dir.path()};

    // Cold start: the median of five runs (the page cache is warm after the first).
    std::vector<double> firstFrame;
    double rss = 0;
    double sqlitePeak = 0;
    for (int run = 0; run < 5; ++run) {
        const QJsonObject o =
            runApp(QStringList{QStringLiteral("--db"), path, QStringLiteral("--bench"),
                               QStringLiteral("first-frame")} +
                   common);
        if (o.isEmpty())
            return 1;
        firstFrame.push_back(o.value(QStringLiteral("first_frame_ms")).toDouble());
        rss = std::max(rss, o.value(QStringLiteral("rss_mb")).toDouble());
        sqlitePeak = std::max(sqlitePeak, o.value(QStringLiteral("sqlite_peak_mb")).toDouble());
    }
    emitLine({{QStringLiteral("bench"), QStringLiteral("app.startup")},
              {QStringLiteral("members"), members},
              {QStringLiteral("first_frame_ms"), percentile(firstFrame, 0.5)},
              {QStringLiteral("first_frame_max_ms"), percentile(firstFrame, 1.0)},
              {QStringLiteral("rss_mb"), rss},
              {QStringLiteral("sqlite_peak_mb"), sqlitePeak}});

    // Check-ins write: they go to a copy, so the workspace stays as generated.
    const QString scratch = dir.filePath(QStringLiteral("checkin.sqlite"));
    QFile::copy(path, scratch);
    const QJsonObject c =
        runApp({QStringLiteral("--db"), scratch}, nullptr, QStringLiteral(DF_CHECKIN_EXE));
    if (c.isEmpty())
        return 1;
    emitLine({{QStringLiteral("bench"), QStringLiteral("app.checkin")},
              {QStringLiteral("taps"), c.value(QStringLiteral("taps"))},
              {QStringLiteral("p50_ms"), c.value(QStringLiteral("p50_ms"))},
              {QStringLiteral("p95_ms"), c.value(QStringLiteral("p95_ms"))},
              {QStringLiteral("max_ms"), c.value(QStringLiteral("max_ms"))}});
    // A pulled page of changed rows lands while the roster is scrolled: GUI-thread time,
    // and whether the first visible row stayed where it was (in how many of the pages).
    emitLine({{QStringLiteral("bench"), QStringLiteral("app.sync_while_scrolled")},
              {QStringLiteral("rows"), c.value(QStringLiteral("scroll_rows"))},
              {QStringLiteral("pages"), c.value(QStringLiteral("scroll_pages"))},
              {QStringLiteral("first_row_kept"), c.value(QStringLiteral("scroll_kept"))},
              {QStringLiteral("p95_ms"), c.value(QStringLiteral("scroll_p95_ms"))},
              {QStringLiteral("max_ms"), c.value(QStringLiteral("scroll_max_ms"))},
              {QStringLiteral("with_member_edits_p95_ms"),
               c.value(QStringLiteral("scroll_mixed_p95_ms"))}});
    return 0;
}
