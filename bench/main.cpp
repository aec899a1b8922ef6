#include "iobench.h"
#include "reportbench.h"
#include "scanbench.h"
#include "storebench.h"
#ifdef DF_APP_EXE
#include "appbench.h"
#endif
#ifdef DF_SERVER_EXE
#include "syncbench.h"
#endif

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QStandardPaths>
#include <cstdio>
#include <memory>

int main(int argc, char **argv)
{
    // The report suite writes a PDF, which needs fonts and so a GUI application; the scan
    // suite paints its camera frames.
    const bool report = argc > 1 && (qstrcmp(argv[1], "report") == 0 ||
                                     qstrcmp(argv[1], "io") == 0 || qstrcmp(argv[1], "scan") == 0);
    if (report && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application =
        report ? std::make_unique<QGuiApplication>(argc, argv)
               : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("doanfield-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Reproducible benchmarks for Đoàn Field; prints JSON lines."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("suite"),
                                 QStringLiteral("store | report | io | scan | sync | push | app"));
    parser.addOption({QStringLiteral("members"), QStringLiteral("Members to generate."),
                      QStringLiteral("n"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Demo data seed."),
                      QStringLiteral("n"), QStringLiteral("2026")});
    parser.process(app);
    const QString suite = parser.positionalArguments().value(0);
    const int members = parser.value(QStringLiteral("members")).toInt();
    const quint64 seed = parser.value(QStringLiteral("seed")).toULongLong();
    if (suite == QLatin1String("store"))
        return runStoreBench(members, seed);
    if (suite == QLatin1String("report"))
        return runReportBench(members, seed);
    if (suite == QLatin1String("io"))
        return runIoBench(members, seed);
    if (suite == QLatin1String("scan")) {
        // Frames, not members: enough for a stable p95 in well under a minute.
        constexpr int kScanFrames = 300;
        const int decode = runScanBench(kScanFrames, seed);
#ifdef DF_APP_EXE
        if (decode == 0)
            return runScanCheckinBench(members, seed);
#endif
        return decode;
    }
#ifdef DF_SERVER_EXE
    if (suite == QLatin1String("sync"))
        return runSyncBench(members, seed);
    if (suite == QLatin1String("push"))
        return runPushBench();
#endif
#ifdef DF_APP_EXE
    if (suite == QLatin1String("app"))
        return runAppBench(members, seed);
#endif
    std::fprintf(stderr,
                 "unknown suite '%s'; available: store, report, io, scan, sync, push, app\n",
                 qPrintable(suite));
    return 2;
}
