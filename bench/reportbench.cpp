#include "reportbench.h"

#include "benchutil.h"
#include "demo/demogenerator.h"
#include "memberlist.h"
#include "report/report.h"
#include "reportfile.h"
#include "store/database.h"
#include "store/queries.h"
#include "write/localstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace df;

namespace {

// The process's peak resident memory so far, in MB (Linux).
double peakRssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

} // namespace

int runReportBench(int members, quint64 seed)
{
    // DF_BENCH_DB: a store made by an earlier run (made there when missing).
    QTemporaryDir dir;
    const auto opened =
        bench::demoStore(dir.filePath(QStringLiteral("report.sqlite")), members, seed);
    Database &db = *opened;
    Queries q(db);
    const QString province = q.rootUnitIds().value(0);
    const auto tree = q.subtree(province);
    QString district;
    for (const UnitNode &n : tree) {
        if (n.depth == 1) {
            district = n.unit.id;
            break;
        }
    }
    const WorkYear wy;
    const QDate today = QDate::currentDate();
    const Period year = Period::ofYear(wy.yearOf(today), wy);
    ReportBuilder builder(db);
    Report provinceReport;
    for (const auto &[scope, unit] :
         {std::pair{"province", province}, std::pair{"district", district}}) {
        std::vector<double> ms;
        Report r;
        for (int i = 0; i < 7; ++i) {
            QElapsedTimer t;
            t.start();
            r = builder.build(unit, year, today);
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        if (QLatin1String(scope) == QLatin1String("province"))
            provinceReport = r;
        bench::emitLine({{QStringLiteral("bench"), QStringLiteral("report.compute")},
                         {QStringLiteral("scope"), QLatin1String(scope)},
                         {QStringLiteral("indicators"), int(r.total.figures.size())},
                         {QStringLiteral("units"), int(r.children.size()) + 1},
                         {QStringLiteral("runs"), 7},
                         {QStringLiteral("ms"), bench::percentile(ms, 0.5)},
                         {QStringLiteral("max_ms"), *std::max_element(ms.begin(), ms.end())}});
    }
    const int reportRows = int(Indicator::Count) * (1 + int(provinceReport.children.size()));
    for (const char *format : {"xlsx", "pdf"}) {
        const QString out = dir.filePath(QStringLiteral("report.") + QLatin1String(format));
        QElapsedTimer t;
        t.start();
        if (QLatin1String(format) == QLatin1String("pdf"))
            ReportFile::writePdf(provinceReport, out);
        else
            ReportFile::writeXlsx(provinceReport, out);
        bench::emitLine({{QStringLiteral("bench"), QStringLiteral("report.export")},
                         {QStringLiteral("what"), QStringLiteral("report")},
                         {QStringLiteral("format"), QLatin1String(format)},
                         {QStringLiteral("rows"), reportRows},
                         {QStringLiteral("ms"), double(t.nsecsElapsed()) / 1e6},
                         {QStringLiteral("peak_rss_mb"), peakRssMb()}});
    }
    // The member list: a district's, then the whole province's, twice. Peak memory is the
    // process's so far. The first province export also fills SQLite's page cache (up to
    // 32 MB) with the member table; the second shows whether writing rows holds memory.
    for (const auto &[what, unit] :
         {std::pair{"district members", district}, std::pair{"province members", province},
          std::pair{"province members again", province}}) {
        const QString out = dir.filePath(QStringLiteral("members.xlsx"));
        QElapsedTimer t;
        t.start();
        const qint64 rows = MemberList::writeXlsx(db, unit, out);
        bench::emitLine({{QStringLiteral("bench"), QStringLiteral("report.export")},
                         {QStringLiteral("what"), QLatin1String(what)},
                         {QStringLiteral("format"), QStringLiteral("xlsx")},
                         {QStringLiteral("rows"), rows},
                         {QStringLiteral("ms"), double(t.nsecsElapsed()) / 1e6},
                         {QStringLiteral("file_mb"), double(QFileInfo(out).size()) / 1e6},
                         {QStringLiteral("peak_rss_mb"), peakRssMb()}});
    }
    return 0;
}
