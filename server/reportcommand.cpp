#include "reportcommand.h"

#include "cardsheet.h"
#include "report/report.h"
#include "reportfile.h"
#include "serverstore.h"
#include "store/database.h"
#include "store/queries.h"
#include "sync/pulledpage.h"
#include "sync/syncstore.h"
#include "syncservice.h"
#include "xlsx.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimeZone>
#include <cstdio>

namespace df {

namespace {

int fail(const QString &sentence)
{
    std::fprintf(stderr, "doanfield-server: %s\n", qPrintable(sentence));
    return 1;
}

} // namespace

bool pullIntoClientCopy(SyncService &sync, const User &reader, Database &db, qint64 *rows)
{
    SyncStore store(db);
    store.setTracking(false);
    store.beginInitialLoad();
    qint64 cursor = 0, count = 0;
    for (;;) {
        PulledPage page;
        if (page.parse(sync.pull(reader, cursor, 5000)) != PulledPage::Error::None)
            return false;
        count += page.size();
        store.applyPage(page);
        cursor = page.cursor;
        if (!page.more)
            break;
    }
    store.commitLoad();
    store.finishInitialLoad();
    if (rows)
        *rows = count;
    return true;
}

int runReport(SyncService &sync, ServerStore &store, const ReportRequest &r)
{
    if (r.unitId.isEmpty() || r.period.isEmpty() || r.out.isEmpty())
        return fail(QStringLiteral("report needs --unit ID, --period 2026H1|2026|FROM..TO and "
                                   "--out FILE.xlsx|FILE.pdf."));
    const auto yearEnd =
        r.yearEnd.isEmpty() ? std::optional<WorkYear>(WorkYear()) : WorkYear::parse(r.yearEnd);
    if (!yearEnd)
        return fail(QStringLiteral("--year-end must be a day of the year as MM-dd, such as 12-15 "
                                   "(got “%1”).")
                        .arg(r.yearEnd));
    QString why;
    const auto period = Period::parse(r.period, *yearEnd, &why);
    if (!period)
        return fail(why);
    QDate asOf =
        QDateTime::currentDateTime().toTimeZone(QTimeZone(kVietnamUtcOffsetSeconds)).date();
    if (!r.asOf.isEmpty()) {
        asOf = QDate::fromString(r.asOf, Qt::ISODate);
        if (!asOf.isValid())
            return fail(QStringLiteral("--as-of must be a real date written yyyy-MM-dd (got "
                                       "“%1”).")
                            .arg(r.asOf));
    }
    const bool pdf = r.out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    if (!pdf && !r.out.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return fail(QStringLiteral("--out must name a .xlsx or .pdf file (got “%1”).").arg(r.out));
    if (store.unitPath(r.unitId).isEmpty())
        return fail(
            QStringLiteral("There is no unit %1 on this server (see `list-units`).").arg(r.unitId));

    QElapsedTimer timer;
    timer.start();
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(
            QStringLiteral("Could not make a temporary folder: %1.").arg(dir.errorString()));
    Database db(dir.filePath(QStringLiteral("report.sqlite")));
    User reader{QStringLiteral("report"), QStringLiteral("report"), QStringLiteral("admin"),
                r.unitId};
    qint64 count = 0;
    if (!pullIntoClientCopy(sync, reader, db, &count))
        return fail(QStringLiteral("The server's rows could not be read back; nothing was "
                                   "written."));
    const Report report = ReportBuilder(db).build(r.unitId, *period, asOf);
    try {
        if (pdf)
            ReportFile::writePdf(report, r.out);
        else
            ReportFile::writeXlsx(report, r.out);
    } catch (const ExportError &e) {
        return fail(e.message());
    }
    std::printf("wrote %s: %s, %s, %d indicators, %d child units (%lld rows read, %lld ms)\n",
                qPrintable(r.out), qPrintable(report.total.name), qPrintable(period->title()),
                int(report.total.figures.size()), int(report.children.size()),
                static_cast<long long>(count), static_cast<long long>(timer.elapsed()));
    return 0;
}

int runCards(SyncService &sync, ServerStore &store, const QString &unitId, const QString &out)
{
    if (unitId.isEmpty() || !out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return fail(QStringLiteral("cards needs --unit ID and --out FILE.pdf."));
    if (store.unitPath(unitId).isEmpty())
        return fail(
            QStringLiteral("There is no unit %1 on this server (see `list-units`).").arg(unitId));
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(
            QStringLiteral("Could not make a temporary folder: %1.").arg(dir.errorString()));
    Database db(dir.filePath(QStringLiteral("cards.sqlite")));
    const User reader{QStringLiteral("cards"), QStringLiteral("cards"), QStringLiteral("admin"),
                      unitId};
    if (!pullIntoClientCopy(sync, reader, db))
        return fail(QStringLiteral("The server's rows could not be read back; nothing was "
                                   "written."));
    const QList<CardSheet::Card> cards = CardSheet::cardsForUnit(db, unitId);
    const auto unit = Queries(db).unit(unitId);
    try {
        CardSheet::write(cards, out,
                         QStringLiteral("Thẻ đoàn viên – %1").arg(unit ? unit->name : unitId));
    } catch (const ExportError &e) {
        return fail(e.message());
    }
    std::printf(
        "wrote %s: %lld cards on %lld pages\n", qPrintable(out),
        static_cast<long long>(cards.size()),
        static_cast<long long>((cards.size() + CardSheet::kPerPage - 1) / CardSheet::kPerPage));
    return 0;
}

} // namespace df
