// Targets and reports: every indicator against a hand-built fixture whose answers are
// written here; all indicators against a brute-force count over demo data for three seeds;
// periods and the work year's cut-off; the XLSX read back by openpyxl and the PDF by
// pdftotext, both independent of this code.
#include "demo/demogenerator.h"
#include "domain/activity.h"
#include "domain/attendance.h"
#include "domain/target.h"
#include "domain/uuid.h"
#include "domain/volunteerentry.h"
#include "memberlist.h"
#include "openpyxl.h"
#include "report/report.h"
#include "reportfile.h"
#include "store/database.h"
#include "write/localstore.h"
#include "xlsx.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace df;
namespace I = Indicator;

namespace {

const QTimeZone kVn(kVietnamUtcOffsetSeconds);

QDateTime at(int y, int m, int d, int h = 9)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), kVn);
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void workYearAndPeriods();
    void periodParsing();
    void fixtureFigures();
    void fixtureTargetsAndRanking();
    void recordsBehindFigures();
    void bruteForceOverDemo_data();
    void bruteForceOverDemo();
    void xlsxReadByOpenpyxl();
    void pdfReadByPdftotext();
    void memberListStreamsToXlsx();
    void xlsxErrorsAreSentences();

private:
    QString addUnit(const QString &parent, UnitLevel level, const QString &name);
    QString addMember(const QString &unit, const std::function<void(Member &)> &fill = {});
    QString addActivity(const QString &unit, ActivityKind kind, const QDateTime &when,
                        const std::function<void(Activity &)> &fill = {});
    void attend(const QString &activity, const QString &member, AttendanceStatus status);
    Report fixtureReport(const QString &unit) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LocalStore> m_store;
    QString m_p, m_d, m_g, m_b1, m_b2, m_d2, m_b3;
    QString m_sec1, m_sec2, m_dep3, m_newMember, m_introA, m_introB;
    const WorkYear m_calendar{12, 31};
    const QDate m_asOf{2026, 11, 30};
};

QString TestReport::addUnit(const QString &parent, UnitLevel level, const QString &name)
{
    OrgUnit u;
    u.parentId = parent;
    u.level = level;
    u.name = name;
    const auto r = m_store->saveUnit(u);
    Q_ASSERT(r.written);
    return r.id;
}

QString TestReport::addMember(const QString &unit, const std::function<void(Member &)> &fill)
{
    static int n = 0;
    Member m;
    m.unitId = unit;
    m.fullName = QStringLiteral("Đoàn Viên %1").arg(++n);
    m.birthDate = QDate(2000, 1, 1);
    m.joinedDate = QDate(2016, 3, 26);
    if (fill)
        fill(m);
    const auto r = m_store->saveMember(m);
    if (!r.written)
        qFatal("member not written: %s", qPrintable(r.issues.value(0).message));
    return r.id;
}

QString TestReport::addActivity(const QString &unit, ActivityKind kind, const QDateTime &when,
                                const std::function<void(Activity &)> &fill)
{
    Activity a;
    a.unitId = unit;
    a.kind = kind;
    a.title = QStringLiteral("Hoạt động %1").arg(when.toString(Qt::ISODate));
    a.startsAt = when.toUTC();
    if (fill)
        fill(a);
    const auto r = m_store->saveActivity(a);
    Q_ASSERT(r.written);
    return r.id;
}

void TestReport::attend(const QString &activity, const QString &member, AttendanceStatus status)
{
    Attendance a;
    a.activityId = activity;
    a.memberId = member;
    a.status = status;
    if (status == AttendanceStatus::Present || status == AttendanceStatus::Late)
        a.checkedInAt = at(2026, 1, 10).toUTC();
    QVERIFY(m_store->recordAttendance(a).written);
}

// Province P: district D (grassroots G: branches B1, B2) and district D2 (branch B3).
// Calendar work years; records up to 30 November 2026.
void TestReport::initTestCase()
{
    m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("r.sqlite")));
    m_store = std::make_unique<LocalStore>(*m_db);
    m_store->setToday(m_asOf);
    m_p = addUnit({}, UnitLevel::Province, QStringLiteral("Tỉnh đoàn P"));
    m_d = addUnit(m_p, UnitLevel::District, QStringLiteral("Huyện đoàn D"));
    m_g = addUnit(m_d, UnitLevel::Grassroots, QStringLiteral("Đoàn xã G"));
    m_b1 = addUnit(m_g, UnitLevel::Branch, QStringLiteral("Chi đoàn B1"));
    m_b2 = addUnit(m_g, UnitLevel::Branch, QStringLiteral("Chi đoàn B2"));
    m_d2 = addUnit(m_p, UnitLevel::District, QStringLiteral("Huyện đoàn D2"));
    m_b3 = addUnit(m_d2, UnitLevel::Branch, QStringLiteral("Chi đoàn B3"));

    // B1: 4 active members (a secretary, one joined this year, two introduced to the
    // Party), one transferred out; B2: 2 active; B3: 2 active.
    m_sec1 = addMember(m_b1, [](Member &m) {
        m.position = UnionPosition::Secretary;
        m.rating = Rating::Excellent;
        m.ratingYear = 2026;
        m.hardship = true;
    });
    m_newMember = addMember(m_b1, [](Member &m) {
        m.joinedDate = QDate(2026, 2, 1);
        m.rating = Rating::Good;
        m.ratingYear = 2026;
    });
    m_introA = addMember(m_b1, [](Member &m) {
        m.outstanding = true;
        m.outstandingDate = QDate(2026, 3, 1);
        m.partyMember = true;
        m.partyDate = QDate(2026, 6, 1);
        m.rating = Rating::Excellent;
        m.ratingYear = 2025; // last year's rating: not this period's
    });
    m_introB = addMember(m_b1, [](Member &m) {
        m.outstanding = true;
        m.outstandingDate = QDate(2026, 4, 1);
    });
    addMember(m_b1, [](Member &m) { // transferred out: on no roster or list
        m.status = MemberStatus::TransferredOut;
        m.hardship = true;
        m.position = UnionPosition::DeputySecretary;
    });
    m_sec2 = addMember(m_b2, [](Member &m) {
        m.position = UnionPosition::Secretary;
        m.joinedDate = QDate(2025, 12, 20); // last year
    });
    addMember(m_b2, [](Member &m) {
        m.hardship = true;
        m.outstanding = true; // introduced last year, admitted this year: not counted
        m.outstandingDate = QDate(2025, 10, 1);
        m.partyMember = true;
        m.partyDate = QDate(2026, 2, 1);
    });
    m_dep3 = addMember(m_b3, [](Member &m) {
        m.position = UnionPosition::DeputySecretary;
        m.rating = Rating::Excellent;
        m.ratingYear = 2026;
    });
    addMember(m_b3);

    // Regular meetings: B1 and B3 every month January–November, B2 all but March. A
    // December meeting is planned (after asOf), one of 2025 is outside.
    QString b1January;
    for (int month = 1; month <= 11; ++month) {
        const QString a = addActivity(m_b1, ActivityKind::RegularMeeting, at(2026, month, 10));
        if (month == 1)
            b1January = a;
        if (month != 3)
            addActivity(m_b2, ActivityKind::RegularMeeting, at(2026, month, 12));
        addActivity(m_b3, ActivityKind::RegularMeeting, at(2026, month, 8));
    }
    addActivity(m_b1, ActivityKind::RegularMeeting, at(2026, 12, 10));
    addActivity(m_b1, ActivityKind::RegularMeeting, at(2025, 12, 10));
    // A meeting at 06:00 on 1 January, Vietnam time, is still 2025 in UTC: it counts.
    addActivity(m_b2, ActivityKind::RegularMeeting, at(2026, 1, 1, 6));
    attend(b1January, m_sec1, AttendanceStatus::Present);
    attend(b1January, m_newMember, AttendanceStatus::Late);
    attend(b1January, m_introA, AttendanceStatus::Present);
    attend(b1January, m_introB, AttendanceStatus::Absent);

    // Thematic meetings: B1 two, B3 one, and one in 2025.
    addActivity(m_b1, ActivityKind::ThematicMeeting, at(2026, 4, 2));
    addActivity(m_b1, ActivityKind::ThematicMeeting, at(2026, 9, 2));
    addActivity(m_b3, ActivityKind::ThematicMeeting, at(2026, 5, 2));
    addActivity(m_b3, ActivityKind::ThematicMeeting, at(2025, 5, 2));
    // A youth work of G raising 5,000,000 VND; a youth task of B2 with trees and children;
    // a campaign of B3 with trees; one deleted youth work.
    addActivity(m_g, ActivityKind::YouthWork, at(2026, 7, 1),
                [](Activity &a) { a.outputs.moneyRaisedVnd = 5000000; });
    addActivity(m_b2, ActivityKind::YouthTask, at(2026, 3, 26), [](Activity &a) {
        a.outputs.treesPlanted = 100;
        a.outputs.childrenSupported = 5;
    });
    const QString campaign = addActivity(m_b3, ActivityKind::VolunteerCampaign, at(2026, 2, 3),
                                         [](Activity &a) { a.outputs.treesPlanted = 250; });
    const QString deleted = addActivity(m_d2, ActivityKind::YouthWork, at(2026, 8, 1));
    QVERIFY(m_store->deleteRow(Entity::Activity, deleted).written);

    // Trainings: G's course, B1's secretary present and B2's absent; D2's course of 2025.
    const QString course = addActivity(m_g, ActivityKind::Training, at(2026, 5, 20));
    attend(course, m_sec1, AttendanceStatus::Present);
    attend(course, m_sec2, AttendanceStatus::Absent);
    const QString oldCourse = addActivity(m_d2, ActivityKind::Training, at(2025, 5, 20));
    attend(oldCourse, m_dep3, AttendanceStatus::Present);

    // Hours: B1's secretary 3 h and the new member 4 h confirmed; 2 h pending, 5 h
    // rejected, 6 h confirmed in 2025.
    const auto hours = [&](const QString &member, QDate day, double h, Confirmation c) {
        VolunteerEntry e;
        e.memberId = member;
        e.activityId = campaign;
        e.date = day;
        e.hours = h;
        e.confirmation = c;
        if (c == Confirmation::Rejected)
            e.rejectReason = QStringLiteral("Không có mặt");
        QVERIFY(m_store->addVolunteerEntry(e).written);
    };
    hours(m_sec1, QDate(2026, 2, 3), 3, Confirmation::Confirmed);
    hours(m_newMember, QDate(2026, 2, 3), 4, Confirmation::Confirmed);
    hours(m_introB, QDate(2026, 2, 3), 2, Confirmation::Pending);
    hours(m_introA, QDate(2026, 2, 3), 5, Confirmation::Rejected);
    hours(m_sec1, QDate(2025, 2, 3), 6, Confirmation::Confirmed);

    // Targets: P's trees for the year and for the first half; D's children (year).
    const auto target = [&](const QString &unit, int half, I::Id id, double value) {
        Target t;
        t.unitId = unit;
        t.year = 2026;
        t.half = half;
        t.indicator = I::key(id);
        t.value = value;
        QVERIFY(m_store->saveTarget(t).written);
    };
    target(m_p, 0, I::TreesPlanted, 700);
    target(m_p, 1, I::TreesPlanted, 300);
    target(m_p, 0, I::RegularMeetingsPct, 100);
    target(m_d, 0, I::ChildrenSupported, 4);
    target(m_d2, 0, I::TreesPlanted, 1000);
}

void TestReport::workYearAndPeriods()
{
    const WorkYear mid; // the default: the year closes on 15 December
    QCOMPARE(mid.text(), QStringLiteral("12-15"));
    QCOMPARE(mid.start(2026), QDate(2025, 12, 16));
    QCOMPARE(mid.end(2026), QDate(2026, 12, 15));
    QCOMPARE(mid.firstHalfEnd(2026), QDate(2026, 6, 15));
    QCOMPARE(mid.yearOf(QDate(2026, 12, 15)), 2026);
    QCOMPARE(mid.yearOf(QDate(2026, 12, 16)), 2027);
    const Period h2 = Period::secondHalf(2026, mid);
    QCOMPARE(h2.from, QDate(2026, 6, 16));
    QCOMPARE(h2.to, QDate(2026, 12, 15));
    QCOMPARE(h2.targetHalf(), 2);
    QCOMPARE(Period::firstHalf(2026, m_calendar).to, QDate(2026, 6, 30));
    QCOMPARE(Period::ofYear(2026, m_calendar).from, QDate(2026, 1, 1));
    // Elapsed share: 0 before, 1 after, the days so far between.
    const Period y = Period::ofYear(2026, m_calendar);
    QCOMPARE(y.elapsed(QDate(2025, 12, 1)), 0.0);
    QCOMPARE(y.elapsed(QDate(2027, 1, 1)), 1.0);
    QCOMPARE(y.elapsed(QDate(2026, 1, 1)), 1.0 / 365);
    // Vietnam's midnight is 17:00 UTC the day before.
    QCOMPARE(y.fromMs(),
             QDateTime(QDate(2025, 12, 31), QTime(17, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    QCOMPARE(WorkYear::parse(QStringLiteral("12-31"))->endDay, 31);
    QVERIFY(!WorkYear::parse(QStringLiteral("02-29")));
    QVERIFY(!WorkYear::parse(QStringLiteral("13-01")));
    QVERIFY(!WorkYear::parse(QStringLiteral("mid-December")));
}

void TestReport::periodParsing()
{
    const WorkYear wy;
    QCOMPARE(Period::parse(QStringLiteral("2026H1"), wy), Period::firstHalf(2026, wy));
    QCOMPARE(Period::parse(QStringLiteral("2026h2"), wy), Period::secondHalf(2026, wy));
    QCOMPARE(Period::parse(QStringLiteral("2026"), wy), Period::ofYear(2026, wy));
    const auto range = Period::parse(QStringLiteral("2026-01-01..2026-03-31"), wy);
    QVERIFY(range);
    QCOMPARE(range->kind, Period::Kind::Custom);
    QCOMPARE(range->to, QDate(2026, 3, 31));
    QCOMPARE(range->code(), QStringLiteral("2026-01-01..2026-03-31"));
    for (const char *bad :
         {"2026H3", "H1", "2026-02-30..2026-03-01", "2026-03-01..2026-01-01", "1800", ""}) {
        QString why;
        QVERIFY2(!Period::parse(QString::fromLatin1(bad), wy, &why), bad);
        QVERIFY2(!why.isEmpty(), bad);
    }
    QString why;
    Period::parse(QStringLiteral("2026-02-30..2026-03-01"), wy, &why);
    QVERIFY2(why.contains(QStringLiteral("does not exist")), qPrintable(why));
    QCOMPARE(Period::firstHalf(2026, wy).title(),
             QStringLiteral("6 tháng đầu năm 2026 (16/12/2025 – 15/06/2026)"));
}

Report TestReport::fixtureReport(const QString &unit) const
{
    return ReportBuilder(*m_db).build(unit, Period::ofYear(2026, m_calendar), m_asOf);
}

void TestReport::fixtureFigures()
{
    const Report r = fixtureReport(m_p);
    const auto value = [&](I::Id id) { return r.total.figures[id].value; };
    QCOMPARE(r.total.name, QStringLiteral("Tỉnh đoàn P"));
    QCOMPARE(r.total.figures.size(), int(I::Count));
    // B1 and B3 met every month January–November, B2 missed March: 2 of 3 branches.
    QCOMPARE(r.total.figures[I::RegularMeetingsPct].part, 2.0);
    QCOMPARE(r.total.figures[I::RegularMeetingsPct].whole, 3.0);
    QCOMPARE(value(I::ThematicMeetings), 3.0);
    QCOMPARE(value(I::YouthWorks), 1.0); // the deleted one does not count
    QCOMPARE(value(I::YouthTasks), 1.0);
    QCOMPARE(value(I::TreesPlanted), 350.0);
    QCOMPARE(value(I::ChildrenSupported), 5.0);
    QCOMPARE(value(I::MoneyRaised), 5000000.0);
    QCOMPARE(value(I::VolunteerHours), 7.0);
    QCOMPARE(value(I::Volunteers), 2.0);
    QCOMPARE(value(I::NewMembers), 1.0);
    QCOMPARE(value(I::PartyIntroductions), 2.0);
    QCOMPARE(value(I::PartyAdmitted), 1.0);
    QCOMPARE(value(I::PartyAdmittedPct), 50.0);
    QCOMPARE(value(I::HardshipListed), 2.0);
    QCOMPARE(value(I::CadresTrained), 1.0);
    QCOMPARE(r.total.figures[I::CadresTrainedPct].whole, 3.0);
    QCOMPARE(value(I::MembersExcellentPct), 200.0 / 3);
    // 3 of B1's 4 came to January's meeting; the other meetings' rosters count as absent:
    // B1 11 meetings × 4, B2 11 (with 1 January's early one) × 2, B3 11 × 2.
    QCOMPARE(r.total.figures[I::MeetingAttendancePct].part, 3.0);
    QCOMPARE(r.total.figures[I::MeetingAttendancePct].whole, 11.0 * 4 + 11 * 2 + 11 * 2);

    // Children: D holds B1 and B2, D2 holds B3.
    QCOMPARE(r.children.size(), 2);
    const auto child = [&](const QString &id) {
        return *std::find_if(r.children.cbegin(), r.children.cend(),
                             [&](const UnitReport &u) { return u.unitId == id; });
    };
    const UnitReport d = child(m_d), d2 = child(m_d2);
    QCOMPARE(d.figures[I::RegularMeetingsPct].value, 50.0);
    QCOMPARE(d2.figures[I::RegularMeetingsPct].value, 100.0);
    QCOMPARE(d.figures[I::TreesPlanted].value, 100.0);
    QCOMPARE(d2.figures[I::TreesPlanted].value, 250.0);
    QCOMPARE(d2.figures[I::CadresTrained].value, 0.0); // B3's course was in 2025
    QCOMPARE(d2.figures[I::MembersExcellentPct].value, 100.0);
    QVERIFY(!d2.figures[I::PartyAdmittedPct].known); // nobody introduced: no share
    QCOMPARE(d.figures[I::YouthWorks].value, 1.0);

    // A branch's own report: B2 missed March.
    const Report b2 = fixtureReport(m_b2);
    QCOMPARE(b2.total.figures[I::RegularMeetingsPct].value, 0.0);
    QVERIFY(b2.children.isEmpty());
    // Up to 31 March only, March is the last month to count, and B2 still missed it; up to
    // 25 March, only January and February count.
    ReportBuilder builder(*m_db);
    const Period y = Period::ofYear(2026, m_calendar);
    QCOMPARE(builder.build(m_b2, y, QDate(2026, 3, 31)).total.figures[0].value, 0.0);
    QCOMPARE(builder.build(m_b2, y, QDate(2026, 3, 25)).total.figures[0].value, 100.0);
    // Before anything happened: counts are 0, the youth task of 26 March not yet counted.
    QCOMPARE(builder.build(m_p, y, QDate(2026, 3, 25)).total.figures[I::YouthTasks].value, 0.0);
    // A unit that does not exist: an empty report.
    QVERIFY(builder.build(QStringLiteral("0190f0a0-0000-7000-8000-000000000000"), y, m_asOf)
                .total.figures.isEmpty());
}

void TestReport::fixtureTargetsAndRanking()
{
    const Report year = fixtureReport(m_p);
    const Figure &trees = year.total.figures[I::TreesPlanted];
    QCOMPARE(trees.target, std::optional<double>(700));
    QCOMPARE(*trees.progress(), 0.5);
    // 50% reached with 334 of 365 days gone: behind.
    QVERIFY(year.behind(I::TreesPlanted, trees));
    // Regular meetings are a share: 66.7% against 100% is behind whatever the date.
    QVERIFY(year.behind(I::RegularMeetingsPct, year.total.figures[I::RegularMeetingsPct]));
    // No target, never behind.
    QVERIFY(!year.total.figures[I::YouthWorks].target);
    QVERIFY(!year.behind(I::YouthWorks, year.total.figures[I::YouthWorks]));
    // The first half has its own trees target (300): 350 reached, not behind.
    const Report h1 = ReportBuilder(*m_db).build(m_p, Period::firstHalf(2026, m_calendar), m_asOf);
    QCOMPARE(h1.total.figures[I::TreesPlanted].target, std::optional<double>(300));
    QVERIFY(!h1.behind(I::TreesPlanted, h1.total.figures[I::TreesPlanted]));
    // The half's share target falls back to the year's as it is.
    QCOMPARE(h1.total.figures[I::RegularMeetingsPct].target, std::optional<double>(100));
    // A count without a target for the second half takes the year's for its 184 of 365
    // days; so does a range (31 days of March).
    const Report h2 = ReportBuilder(*m_db).build(m_p, Period::secondHalf(2026, m_calendar), m_asOf);
    QCOMPARE(*h2.total.figures[I::TreesPlanted].target, 700.0 * 184 / 365);
    const Report march = ReportBuilder(*m_db).build(
        m_p, Period::range(QDate(2026, 3, 1), QDate(2026, 3, 31), m_calendar), m_asOf);
    QCOMPARE(*march.total.figures[I::TreesPlanted].target, 700.0 * 31 / 365);
    QCOMPARE(march.total.figures[I::RegularMeetingsPct].target, std::optional<double>(100));
    // Ranking: D reached 5 of 4 children (score 1), D2 250 of 1,000 trees (0.25).
    QCOMPARE(year.children[0].unitId, m_d);
    QCOMPARE(*year.children[0].score(), 1.0);
    QCOMPARE(year.children[1].unitId, m_d2);
    QCOMPARE(*year.children[1].score(), 0.25);
    // Targets of another year do not apply.
    QVERIFY(!ReportBuilder(*m_db)
                 .build(m_p, Period::ofYear(2025, m_calendar), m_asOf)
                 .total.figures[I::TreesPlanted]
                 .target);
}

void TestReport::recordsBehindFigures()
{
    ReportBuilder b(*m_db);
    const Period y = Period::ofYear(2026, m_calendar);
    using T = ReportBuilder::Record::Type;
    const auto trees = b.records(m_p, I::key(I::TreesPlanted), y, m_asOf);
    QCOMPARE(trees.size(), 2);
    QCOMPARE(trees[0].type, T::Activity);
    double sum = 0;
    for (const auto &r : trees)
        sum += r.value;
    QCOMPARE(sum, 350.0);
    const auto hours = b.records(m_p, I::key(I::VolunteerHours), y, m_asOf);
    QCOMPARE(hours.size(), 2);
    QCOMPARE(hours[0].type, T::Hours);
    QCOMPARE(hours[0].value + hours[1].value, 7.0);
    const auto admitted = b.records(m_p, I::key(I::PartyAdmitted), y, m_asOf);
    QCOMPARE(admitted.size(), 1);
    QCOMPARE(admitted[0].id, m_introA);
    QCOMPARE(admitted[0].type, T::Member);
    const auto cadres = b.records(m_p, I::key(I::CadresTrained), y, m_asOf);
    QCOMPARE(cadres.size(), 1);
    QCOMPARE(cadres[0].id, m_sec1);
    const auto meetings = b.records(m_b2, I::key(I::RegularMeetingsPct), y, m_asOf);
    QCOMPARE(meetings.size(), 11); // Jan 1 early, then every month but March
    QCOMPARE(b.records(m_p, QStringLiteral("nonsense"), y, m_asOf).size(), 0);
}

// Every figure of the province and each district, and of one district's grassroots
// unions, equals a count made row by row in C++ from plain SELECTs of whole tables.
void TestReport::bruteForceOverDemo_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::newRow("seed 11") << quint64(11);
    QTest::newRow("seed 2026") << quint64(2026);
    QTest::newRow("seed 90001") << quint64(90001);
}

void TestReport::bruteForceOverDemo()
{
    QFETCH(quint64, seed);
    const QString path = m_dir.filePath(QStringLiteral("demo-%1.sqlite").arg(seed));
    Database db(path);
    LocalStore store(db);
    DemoOptions o;
    o.seed = seed;
    o.members = 900;
    o.anchor = QDate(2026, 12, 4);
    store.setToday(o.anchor);
    DemoGenerator(o).writeTo(store);
    const WorkYear wy;
    const QDate asOf = o.anchor;

    // Whole tables.
    struct U
    {
        QString parent;
        int level;
    };
    QHash<QString, U> units;
    for (auto st = db.prepare("SELECT id, parent_id, level FROM org_units WHERE deleted = 0");
         st.step();)
        units.insert(st.text(0), {st.text(1), st.int32(2)});
    struct M
    {
        QString id, unit;
        QString joined, outDate, partyDate;
        int outstanding, party, hardship, status, position, rating, ratingYear;
    };
    QList<M> members;
    for (auto st = db.prepare("SELECT id, unit_id, joined_date, outstanding_date, party_date, "
                              "outstanding, party_member, hardship, status, position, rating, "
                              "rating_year FROM members WHERE deleted = 0");
         st.step();)
        members.append({st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.int32(5),
                        st.int32(6), st.int32(7), st.int32(8), st.int32(9), st.int32(10),
                        st.int32(11)});
    struct A
    {
        QString id, unit;
        int kind;
        qint64 start, trees, children, money;
    };
    QList<A> activities;
    for (auto st = db.prepare("SELECT id, unit_id, kind, starts_at, out_trees, out_children, "
                              "out_money_vnd FROM activities WHERE deleted = 0");
         st.step();)
        activities.append({st.text(0), st.text(1), st.int32(2), st.int64(3), st.int64(4),
                           st.int64(5), st.int64(6)});
    struct T
    {
        QString activity, member;
        int status;
    };
    QList<T> attendance;
    for (auto st = db.prepare("SELECT activity_id, member_id, status FROM attendance"); st.step();)
        attendance.append({st.text(0), st.text(1), st.int32(2)});
    struct V
    {
        QString member, date;
        double hours;
        int confirmation;
    };
    QList<V> hours;
    for (auto st = db.prepare("SELECT member_id, work_date, hours, confirmation FROM "
                              "volunteer_entries WHERE deleted = 0");
         st.step();)
        hours.append({st.text(0), st.text(1), st.real(2), st.int32(3)});
    QCOMPARE_GT(attendance.size(), 1000);

    const auto under = [&](const QString &unit, const QString &root) {
        for (QString u = unit; !u.isEmpty(); u = units.value(u).parent) {
            if (u == root)
                return true;
        }
        return false;
    };
    QHash<QString, QString> unitOfMember;
    for (const M &m : members)
        unitOfMember.insert(m.id, m.unit);

    const auto brute = [&](const QString &root, const Period &p) {
        QList<double> part(I::Count, 0), whole(I::Count, 0), value(I::Count, 0);
        const QDate last = std::min(p.to, asOf);
        const QString from = p.from.toString(Qt::ISODate), to = last.toString(Qt::ISODate);
        const qint64 fromMs = QDateTime(p.from, QTime(0, 0), kVn).toMSecsSinceEpoch();
        const qint64 toMs = QDateTime(last.addDays(1), QTime(0, 0), kVn).toMSecsSinceEpoch();
        const auto inDates = [&](const QString &d) { return !d.isEmpty() && d >= from && d <= to; };
        QHash<QString, int> roster;
        for (const M &m : members) {
            if (!under(m.unit, root))
                continue;
            value[I::NewMembers] += inDates(m.joined);
            const bool introduced = m.outstanding && inDates(m.outDate);
            value[I::PartyIntroductions] += introduced;
            const bool admitted =
                introduced && m.party && !m.partyDate.isEmpty() && m.partyDate <= to;
            value[I::PartyAdmitted] += admitted;
            if (m.status != 0)
                continue;
            roster[m.unit] += 1;
            value[I::HardshipListed] += m.hardship;
            whole[I::CadresTrainedPct] += m.position != 0;
            if (m.rating != 0 && m.ratingYear == p.year) {
                whole[I::MembersExcellentPct] += 1;
                part[I::MembersExcellentPct] += m.rating == 1;
            }
        }
        part[I::PartyAdmittedPct] = value[I::PartyAdmitted];
        whole[I::PartyAdmittedPct] = value[I::PartyIntroductions];
        // Months every branch must have met in: month-long steps from the period's first
        // day, those ended by asOf.
        QList<std::pair<QDate, QDate>> due;
        for (int k = 0; p.from.addMonths(k) <= p.to; ++k) {
            const QDate start = p.from.addMonths(k);
            const QDate end = std::min(p.from.addMonths(k + 1).addDays(-1), p.to);
            if (end > asOf)
                break;
            due.append({start, end});
        }
        if (due.isEmpty())
            due.append({p.from, std::min(p.from.addMonths(1).addDays(-1), p.to)});
        QHash<QString, QList<QDate>> met;
        QHash<QString, int> came;
        for (const T &t : attendance) {
            if (t.status <= 1)
                came[t.activity] += 1;
        }
        QSet<QString> trainings;
        for (const A &a : activities) {
            if (a.kind == 4 && a.start >= fromMs && a.start < toMs)
                trainings.insert(a.id);
            if (!under(a.unit, root) || a.start < fromMs || a.start >= toMs)
                continue;
            value[I::ThematicMeetings] += a.kind == 1;
            value[I::YouthWorks] += a.kind == 6;
            value[I::YouthTasks] += a.kind == 7;
            value[I::TreesPlanted] += a.trees;
            value[I::ChildrenSupported] += a.children;
            value[I::MoneyRaised] += a.money;
            if (a.kind == 0) {
                const QDate d = QDateTime::fromMSecsSinceEpoch(a.start, kVn).date();
                met[a.unit].append(d);
                if (units[a.unit].level == 4) {
                    part[I::MeetingAttendancePct] += came.value(a.id);
                    whole[I::MeetingAttendancePct] += roster.value(a.unit);
                }
            }
        }
        for (auto it = units.cbegin(); it != units.cend(); ++it) {
            if (it->level != 4 || !under(it.key(), root))
                continue;
            whole[I::RegularMeetingsPct] += 1;
            bool all = true;
            for (const auto &[start, end] : due) {
                bool any = false;
                for (QDate d : met[it.key()])
                    any = any || (d >= start && d <= end);
                all = all && any;
            }
            part[I::RegularMeetingsPct] += all;
        }
        QSet<QString> volunteers;
        for (const V &v : hours) {
            if (v.confirmation == 1 && inDates(v.date) &&
                under(unitOfMember.value(v.member), root)) {
                value[I::VolunteerHours] += v.hours;
                volunteers.insert(v.member);
            }
        }
        value[I::Volunteers] = volunteers.size();
        QSet<QString> trained;
        QHash<QString, int> positionOf;
        for (const M &m : members) {
            if (m.status == 0 && m.position != 0)
                positionOf.insert(m.id, m.position);
        }
        for (const T &t : attendance) {
            if (t.status <= 1 && trainings.contains(t.activity) && positionOf.contains(t.member) &&
                under(unitOfMember.value(t.member), root))
                trained.insert(t.member);
        }
        value[I::CadresTrained] = trained.size();
        part[I::CadresTrainedPct] = trained.size();
        for (int i = 0; i < I::Count; ++i) {
            if (I::all()[i].measure == Measure::Percent)
                value[i] = whole[i] > 0 ? 100.0 * part[i] / whole[i] : 0;
        }
        return value;
    };

    ReportBuilder builder(db);
    const QString province = units.constBegin().key();
    QString root;
    for (auto it = units.cbegin(); it != units.cend(); ++it) {
        if (it->parent.isEmpty())
            root = it.key();
    }
    Q_UNUSED(province);
    QStringList checked, mismatches;
    const auto compare = [&](const QString &unit, const Period &p) -> Report {
        const Report r = builder.build(unit, p, asOf);
        QList<UnitReport> all = r.children;
        all.prepend(r.total);
        for (const UnitReport &u : all) {
            const QList<double> expected = brute(u.unitId, p);
            for (int i = 0; i < I::Count; ++i) {
                if (!qFuzzyCompare(1 + u.figures[i].value, 1 + expected[i]))
                    mismatches.append(QStringLiteral("%1 of %2 (%3): %4, brute force %5")
                                          .arg(QLatin1String(I::all()[i].key), u.name, p.code())
                                          .arg(u.figures[i].value)
                                          .arg(expected[i]));
            }
            checked.append(u.unitId);
        }
        return r;
    };
    const Report year = compare(root, Period::ofYear(2026, wy));
    compare(root, Period::firstHalf(2026, wy));
    compare(root, Period::parse(QStringLiteral("2026-03-10..2026-09-20"), wy).value());
    QVERIFY(!year.children.isEmpty());
    const Report district = compare(year.children.first().unitId, Period::secondHalf(2026, wy));
    // A grassroots union is a small part of the province: its people's figures are read
    // from its own members (the other plan).
    QVERIFY(!district.children.isEmpty());
    compare(district.children.first().unitId, Period::ofYear(2026, wy));
    QCOMPARE_GE(checked.size(), 10);
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QLatin1Char('\n'))));
    // The demo is not empty where it matters.
    for (I::Id id : {I::ThematicMeetings, I::YouthWorks, I::TreesPlanted, I::VolunteerHours,
                     I::PartyAdmitted, I::CadresTrained, I::HardshipListed})
        QVERIFY2(year.total.figures[id].value > 0, I::all()[id].key);
    QVERIFY(year.total.figures[I::TreesPlanted].target > 0);
}

void TestReport::xlsxReadByOpenpyxl()
{
    const Report r = fixtureReport(m_p);
    const QString path = m_dir.filePath(QStringLiteral("report.xlsx"));
    ReportFile::writeXlsx(r, path);
    const QJsonObject book = readWithOpenpyxl(path);
    QCOMPARE(book.keys().size(), 2 + r.children.size());
    const QJsonObject summary = book.value(QStringLiteral("Tổng hợp")).toObject();
    QCOMPARE(summary.value(QStringLiteral("freeze")).toString(), QStringLiteral("A7"));
    const QJsonArray rows = summary.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows[1].toArray()[0].toString(), QStringLiteral("Đơn vị: Tỉnh đoàn P (cấp tỉnh)"));
    QCOMPARE(rows[5].toArray()[1].toString(), QStringLiteral("Chỉ tiêu"));
    for (int i = 0; i < I::Count; ++i) {
        const QJsonArray row = rows[6 + i].toArray();
        QCOMPARE(row[1].toString(), QString::fromUtf8(I::all()[i].vi));
        const Figure &f = r.total.figures[i];
        // Numbers are numbers, equal to the computed figure.
        if (f.known) {
            QVERIFY2(row[4].isDouble(), I::all()[i].key);
            QCOMPARE(row[4].toDouble(), f.value);
        } else {
            QVERIFY(row[4].isNull());
        }
        QCOMPARE(row[3].isNull(), !f.target);
        if (f.target)
            QCOMPARE(row[3].toDouble(), *f.target);
    }
    // Each child unit has its sheet, in ranked order, with its own figures.
    const QJsonArray d = book.value(QStringLiteral("1. Huyện đoàn D"))
                             .toObject()
                             .value(QStringLiteral("rows"))
                             .toArray();
    QCOMPARE(d[6 + I::TreesPlanted].toArray()[4].toDouble(), 100.0);
    const QJsonArray ranking =
        book.value(QStringLiteral("Xếp hạng")).toObject().value(QStringLiteral("rows")).toArray();
    QCOMPARE(ranking[5].toArray()[1].toString(), QStringLiteral("Huyện đoàn D"));
    QCOMPARE(ranking[6].toArray()[2].toDouble(), 25.0);
}

void TestReport::pdfReadByPdftotext()
{
    const Report r = fixtureReport(m_p);
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    ReportFile::writePdf(r, path);
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    // Table cells wrap: compare with runs of white space made one space.
    const QString flat = text.simplified();
    // Diacritics intact: every indicator name, the units, the period.
    for (const IndicatorSpec &spec : I::all())
        QVERIFY2(flat.contains(QString::fromUtf8(spec.vi)), spec.vi);
    QVERIFY(flat.contains(QStringLiteral("BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU")));
    QVERIFY(flat.contains(QStringLiteral("Huyện đoàn D2")));
    QVERIFY(flat.contains(QStringLiteral("Năm 2026 (01/01/2026 – 31/12/2026)")));
    QVERIFY(flat.contains(QStringLiteral("5.000.000"))); // Vietnamese thousands
    // Several A4 pages, each numbered.
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    QVERIFY(info.waitForFinished(60000));
    const QString meta = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(meta.contains(QStringLiteral("(A4)")), qPrintable(meta));
    const int pages =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(meta).captured(1).toInt();
    QCOMPARE_GE(pages, 2);
    const QStringList pageTexts = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    for (int n = 1; n <= pages; ++n) {
        const QStringList lines = pageTexts.value(n - 1).trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.last().trimmed(), QString::number(n));
    }
    // Fonts are embedded.
    QProcess fonts;
    fonts.start(QStringLiteral("pdffonts"), {path});
    QVERIFY(fonts.waitForFinished(60000));
    const QStringList fontLines = QString::fromUtf8(fonts.readAllStandardOutput())
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(fontLines.size() > 2);
    for (const QString &line : fontLines.mid(2))
        QVERIFY2(line.contains(QStringLiteral(" yes ")), qPrintable(line));
}

void TestReport::memberListStreamsToXlsx()
{
    const QString path = m_dir.filePath(QStringLiteral("members.xlsx"));
    qint64 progressCalls = 0;
    const qint64 rows =
        MemberList::writeXlsx(*m_db, m_p, path, [&](qint64) { return ++progressCalls > 0; });
    QCOMPARE(rows, 8); // active members only
    const QJsonObject book = readWithOpenpyxl(path);
    const QJsonObject sheet = book.constBegin()->toObject();
    QCOMPARE(sheet.value(QStringLiteral("freeze")).toString(), QStringLiteral("A2"));
    const QJsonArray all = sheet.value(QStringLiteral("rows")).toArray();
    QCOMPARE(all.size(), 9);
    QCOMPARE(all[1].toArray()[0].toDouble(), 1.0);
    // No., name, birth, gender, ethnicity, religion, then the unit.
    QCOMPARE(all[1].toArray()[6].toString(), QStringLiteral("Chi đoàn B1"));
}

void TestReport::xlsxErrorsAreSentences()
{
    const Report r = fixtureReport(m_p);
    for (const auto &write : {&ReportFile::writeXlsx, &ReportFile::writePdf}) {
        try {
            write(r, QStringLiteral("/nonexistent-folder/report.file"));
            QFAIL("no error");
        } catch (const ExportError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("/nonexistent-folder/report.file")),
                     qPrintable(e.message()));
        }
        QVERIFY(!QFile::exists(QStringLiteral("/nonexistent-folder/report.file")));
    }
}

int main(int argc, char **argv)
{
    // The PDF needs fonts, which need a GUI application (offscreen here).
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestReport t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_report.moc"
