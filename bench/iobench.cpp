#include "iobench.h"

#include "benchutil.h"
#include "demo/demogenerator.h"
#include "domain/orgunit.h"
#include "memberimport.h"
#include "memberlist.h"
#include "store/database.h"
#include "store/membersearch.h"
#include "store/queries.h"
#include "write/localstore.h"
#include "xlsx.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace df;

namespace {

double statusMb(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

// Resets the peak (VmHWM) to the current size, so each export's peak is its own.
void resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

// A branch's list as offices keep it: two title rows, a header on row 4, dates as Excel
// dates, phone numbers as numbers.
void writeList(const QString &path, int rows, quint64 seed)
{
    static const char *const family[] = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng",
                                         "Huỳnh",  "Phan", "Vũ", "Võ",   "Đặng"};
    static const char *const middle[] = {"Văn", "Thị", "Minh", "Ngọc",  "Thanh",
                                         "Đức", "Thu", "Hữu",  "Quang", "Hoài"};
    static const char *const given[] = {"An",   "Bình", "Chi",  "Dũng", "Hà",   "Hưng",  "Lan",
                                        "Linh", "Nam",  "Phúc", "Quân", "Thảo", "Trang", "Tuấn"};
    QRandomGenerator rng(seed);
    xlsx::Book book(path);
    auto sheet = book.sheet(QStringLiteral("Danh sách"));
    sheet.text(0, 0, QStringLiteral("ĐOÀN TNCS HỒ CHÍ MINH"), xlsx::Book::Title);
    sheet.text(1, 0, QStringLiteral("DANH SÁCH ĐOÀN VIÊN"), xlsx::Book::Title);
    const QStringList header = {
        QStringLiteral("STT"),       QStringLiteral("Họ và tên"),   QStringLiteral("Ngày sinh"),
        QStringLiteral("Giới tính"), QStringLiteral("Dân tộc"),     QStringLiteral("SĐT"),
        QStringLiteral("Email"),     QStringLiteral("Số thẻ đoàn"), QStringLiteral("Ngày vào Đoàn"),
        QStringLiteral("Địa chỉ"),   QStringLiteral("Chức vụ"),     QStringLiteral("Đảng viên"),
        QStringLiteral("CCCD")};
    for (int c = 0; c < header.size(); ++c)
        sheet.text(3, c, header[c], xlsx::Book::Header);
    const QDate epoch(1899, 12, 30);
    for (int i = 0; i < rows; ++i) {
        const int r = i + 4;
        const QString name = QString::fromUtf8(family[rng.bounded(10)]) + QLatin1Char(' ') +
                             QString::fromUtf8(middle[rng.bounded(10)]) + QLatin1Char(' ') +
                             QString::fromUtf8(given[rng.bounded(14)]);
        const QDate birth = QDate(1996, 1, 1).addDays(rng.bounded(3650));
        sheet.number(r, 0, i + 1, xlsx::Book::Whole);
        sheet.text(r, 1, name);
        sheet.number(r, 2, double(epoch.daysTo(birth)), xlsx::Book::Date);
        sheet.text(r, 3, rng.bounded(2) ? QStringLiteral("Nam") : QStringLiteral("Nữ"));
        sheet.text(r, 4, QStringLiteral("Kinh"));
        sheet.number(r, 5, 900000000 + double(i), xlsx::Book::Whole);
        sheet.text(r, 6, QStringLiteral("dv%1@example.vn").arg(i));
        sheet.text(r, 7, QStringLiteral("BENCH%1").arg(i, 7, 10, QLatin1Char('0')));
        sheet.number(r, 8, double(epoch.daysTo(birth.addYears(16).addDays(rng.bounded(700)))),
                     xlsx::Book::Date);
        sheet.text(r, 9, QStringLiteral("Thôn %1, xã Tân Phú").arg(rng.bounded(12) + 1));
        sheet.text(r, 10, i % 40 == 0 ? QStringLiteral("Bí thư") : QStringLiteral("Đoàn viên"));
        sheet.text(r, 11, i % 25 == 0 ? QStringLiteral("x") : QString());
        sheet.text(r, 12, QStringLiteral("0%1").arg(79000000000LL + i));
    }
    book.close();
}

} // namespace

int runIoBench(int members, quint64 seed)
{
    QTemporaryDir dir;
    const auto opened = bench::demoStore(dir.filePath(QStringLiteral("io.sqlite")), members, seed);
    Database &db = *opened;
    Queries q(db);
    const QString province = q.rootUnitIds().value(0);

    // Exports first, from the store as a device has it; the peak is measured from the
    // size at rest (store open, a first list read).
    MemberFilter all; // every member, whatever the status
    all.rootUnitId = province;
    all.status = std::nullopt;
    MemberSearch(db).find(all, 50);
    for (const char *format : {"xlsx", "csv"}) {
        const QString out = dir.filePath(QStringLiteral("members.%1").arg(QLatin1String(format)));
        for (int run = 0; run < 2; ++run) { // the first run warms the page cache
            resetPeak();
            const double rest = statusMb("VmRSS:");
            QElapsedTimer t;
            t.start();
            const qint64 rows = MemberList::write(db, all, out);
            const double seconds = double(t.nsecsElapsed()) / 1e9;
            if (run == 0)
                continue;
            bench::emitLine({{QStringLiteral("bench"), QStringLiteral("export")},
                             {QStringLiteral("format"), QLatin1String(format)},
                             {QStringLiteral("rows"), rows},
                             {QStringLiteral("seconds"), seconds},
                             {QStringLiteral("bytes"), QFileInfo(out).size()},
                             {QStringLiteral("rest_rss_mb"), rest},
                             {QStringLiteral("peak_rss_mb"), statusMb("VmHWM:")}});
        }
    }

    // Import: a new branch's list of `members` rows.
    const QString file = dir.filePath(QStringLiteral("import.xlsx"));
    writeList(file, members, seed);
    LocalStore store(db);
    OrgUnit branch;
    branch.parentId = province;
    branch.level = UnitLevel::Branch;
    branch.name = QStringLiteral("Chi đoàn nhập thử");
    const QString unit = store.saveUnit(branch).id;
    const QString unitToken = store.undoToken(Entity::Unit, unit);
    resetPeak();
    const double rest = statusMb("VmRSS:");
    io::MemberImport import(db, unit);
    QString why;
    QElapsedTimer t;
    t.start();
    if (!import.open(file, &why) || !import.dryRun(&why)) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(why));
        return 1;
    }
    const double dry = double(t.nsecsElapsed()) / 1e9;
    const double dryPeak = statusMb("VmHWM:");
    resetPeak();
    const io::Preview preview = import.preview();
    t.restart();
    io::ImportBatch batch;
    if (!import.apply(store, &batch, &why)) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(why));
        return 1;
    }
    const double apply = double(t.nsecsElapsed()) / 1e9;
    bench::emitLine({{QStringLiteral("bench"), QStringLiteral("import.xlsx")},
                     {QStringLiteral("rows"), preview.rows},
                     {QStringLiteral("added"), preview.added},
                     {QStringLiteral("refused"), preview.refused},
                     {QStringLiteral("dry_run_s"), dry},
                     {QStringLiteral("apply_s"), apply},
                     {QStringLiteral("file_mb"), double(QFileInfo(file).size()) / 1048576.0},
                     {QStringLiteral("rest_rss_mb"), rest},
                     {QStringLiteral("dry_run_peak_rss_mb"), dryPeak},
                     {QStringLiteral("peak_rss_mb"), std::max(dryPeak, statusMb("VmHWM:"))}});
    // Leave DF_BENCH_DB as it was: the import is taken back.
    if (!io::MemberImport::undo(store, batch, &why))
        std::fprintf(stderr, "undo failed: %s\n", qPrintable(why));
    store.retract(Entity::Unit, unit, unitToken);
    return 0;
}
