#include "report/report.h"

#include "domain/activity.h"
#include "domain/orgunit.h"
#include "store/database.h"
#include "store/subtree.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <future>

namespace df {

namespace {

namespace I = Indicator;

// Sums per indicator for one bucket (the whole subtree, or one child's subtree).
struct Sums
{
    QList<double> value, part, whole;
    Sums()
    {
        const auto n = I::all().size();
        value.fill(0, n);
        part.fill(0, n);
        whole.fill(0, n);
    }
    void add(Indicator::Id id, double v) { value[id] += v; }
    void share(Indicator::Id id, double p, double w)
    {
        part[id] += p;
        whole[id] += w;
    }
};

// The months a branch must have met in: the period cut into months from its first day
// (16 December – 15 January, … for a year that closes on 15 December; calendar months for
// one that closes on 31 December), each ended by `asOf`; when none has ended, the first
// one, so that a period's first weeks still say something. Both days are included.
QList<std::pair<QDate, QDate>> monthsToMeet(const Period &p, QDate asOf)
{
    QList<std::pair<QDate, QDate>> months;
    for (int k = 0;; ++k) {
        const QDate start = p.from.addMonths(k);
        if (start > p.to)
            break;
        const QDate end = std::min(p.from.addMonths(k + 1).addDays(-1), p.to);
        if (end > asOf)
            break;
        months.append({start, end});
    }
    if (months.isEmpty() && p.from <= asOf)
        months.append({p.from, std::min(p.from.addMonths(1).addDays(-1), p.to)});
    return months;
}

// The day in Vietnam of a UTC instant (Vietnam keeps UTC+7 all year): arithmetic, as this
// runs for every activity of a report.
QDate vietnamDate(qint64 ms)
{
    constexpr qint64 kDay = 86400000;
    constexpr qint64 kUnixEpochJulianDay = 2440588;
    const qint64 local = ms + qint64(kVietnamUtcOffsetSeconds) * 1000;
    const qint64 days = local >= 0 ? local / kDay : (local - kDay + 1) / kDay;
    return QDate::fromJulianDay(kUnixEpochJulianDay + days);
}

struct Bounds
{
    QString fromDate, toDate; // ISO, inclusive; toDate is min(period end, asOf)
    qint64 fromMs = 0, toMs = 0;
    int ratingYear = 0;
};

Bounds boundsOf(const Period &p, QDate asOf)
{
    const QDate last = std::min(p.to, asOf);
    Period clipped = p;
    clipped.to = last;
    return {p.from.toString(Qt::ISODate), last.toString(Qt::ISODate), p.fromMs(),
            clipped.toMsExclusive(), p.year};
}

// Per unit: confirmed volunteer hours and distinct volunteers, and cadres (active members
// with a Union position) present or late at a training held by any unit in the period.
// A large subtree is read from the period's entries and trainings; a small one from its
// own members, so that a district does not pay for the whole province.
struct PeopleFigures
{
    QHash<QString, std::pair<double, qint64>> hours; // unit -> (hours, volunteers)
    QHash<QString, qint64> trained;                  // unit -> cadres
};

PeopleFigures peopleFigures(Database &db, const QString &unitId, const Bounds &b, bool large)
{
    PeopleFigures out;
    {
        // `+m.unit_id`: the subtree filters; it must not drive the plan.
        auto st = db.prepare(
            QByteArray(kSubtreeCte) +
            (large ? "SELECT m.unit_id, sum(v.hours), count(DISTINCT v.member_id) "
                     "FROM volunteer_entries v CROSS JOIN members m ON m.id = v.member_id "
                     "WHERE v.deleted = 0 AND v.confirmation = 1 AND v.work_date BETWEEN ?2 AND ?3 "
                     "AND +m.unit_id IN (SELECT id FROM sub) GROUP BY m.unit_id"
                   : "SELECT m.unit_id, sum(v.hours), count(DISTINCT v.member_id) "
                     "FROM sub JOIN members m ON m.unit_id = sub.id "
                     "JOIN volunteer_entries v ON v.member_id = m.id "
                     "WHERE v.deleted = 0 AND v.confirmation = 1 AND v.work_date BETWEEN ?2 AND ?3 "
                     "GROUP BY m.unit_id"));
        st.bind(1, unitId).bind(2, b.fromDate).bind(3, b.toDate);
        while (st.step())
            out.hours.insert(st.text(0), {st.real(1), st.int64(2)});
    }
    {
        auto st = db.prepare(
            QByteArray(kSubtreeCte) +
            (large ? "SELECT m.unit_id, count(DISTINCT m.id) FROM activities a "
                     "CROSS JOIN attendance t ON t.activity_id = a.id "
                     "CROSS JOIN members m ON m.id = t.member_id "
                     "WHERE a.kind = 4 AND a.deleted = 0 AND a.starts_at >= ?2 "
                     "AND a.starts_at < ?3 AND t.status IN (0, 1) AND m.deleted = 0 "
                     "AND m.status = 0 AND m.position <> 0 AND +m.unit_id IN (SELECT id FROM sub) "
                     "GROUP BY m.unit_id"
                   : "SELECT m.unit_id, count(*) FROM members m "
                     "WHERE m.deleted = 0 AND m.status = 0 AND m.position <> 0 "
                     "AND m.unit_id IN (SELECT id FROM sub) AND EXISTS (SELECT 1 FROM "
                     "attendance t CROSS JOIN activities a ON a.id = t.activity_id "
                     "WHERE t.member_id = m.id AND t.status IN (0, 1) AND a.kind = 4 "
                     "AND a.deleted = 0 AND a.starts_at >= ?2 AND a.starts_at < ?3) "
                     "GROUP BY m.unit_id"));
        st.bind(1, unitId).bind(2, b.fromMs).bind(3, b.toMs);
        while (st.step())
            out.trained.insert(st.text(0), st.int64(1));
    }
    return out;
}

} // namespace

std::optional<double> Figure::progress() const
{
    if (!target || !known)
        return std::nullopt;
    if (*target <= 0)
        return 1.0;
    return value / *target;
}

std::optional<double> UnitReport::score() const
{
    double sum = 0;
    int n = 0;
    for (const Figure &f : figures) {
        if (const auto p = f.progress()) {
            sum += std::min(*p, 1.0);
            ++n;
        }
    }
    return n ? std::optional<double>(sum / n) : std::nullopt;
}

bool Report::behind(int indicator, const Figure &figure) const
{
    const auto p = figure.progress();
    if (!p)
        return false;
    const IndicatorSpec &spec = I::all()[indicator];
    const bool accumulates = spec.perHalf; // counted over the period, not a level
    const double due = accumulates ? period.elapsed(asOf) : 1.0;
    return *p + 1e-9 < due;
}

ReportBuilder::ReportBuilder(Database &db)
    : m_db(db)
{}

ReportBuilder::~ReportBuilder() = default;

Report ReportBuilder::build(const QString &unitId, const Period &period, QDate asOf) const
{
    Report report;
    report.period = period;
    report.asOf = asOf;
    const Bounds b = boundsOf(period, asOf);

    // The subtree's units and which bucket each adds to: -1 the root itself, else the
    // index of the root's child it lies under.
    struct UnitInfo
    {
        QString parent;
        int level;
        QString name;
    };
    QHash<QString, UnitInfo> units;
    {
        auto st = m_db.prepare(QByteArray(kSubtreeCte) +
                               "SELECT u.id, u.parent_id, u.level, u.name FROM sub "
                               "JOIN org_units u ON u.id = sub.id");
        st.bind(1, unitId);
        while (st.step())
            units.insert(st.text(0), {st.text(1), st.int32(2), st.text(3)});
    }
    if (!units.contains(unitId))
        return report;
    QList<QString> childIds;
    for (auto it = units.cbegin(); it != units.cend(); ++it) {
        if (it.key() != unitId && it->parent == unitId)
            childIds.append(it.key());
    }
    std::sort(childIds.begin(), childIds.end(),
              [&](const QString &a, const QString &c) { return units[a].name < units[c].name; });
    QHash<QString, int> bucket;
    for (auto it = units.cbegin(); it != units.cend(); ++it) {
        QString u = it.key();
        while (u != unitId && units.value(u).parent != unitId)
            u = units.value(u).parent;
        bucket.insert(it.key(), u == unitId ? -1 : int(childIds.indexOf(u)));
    }
    // A subtree of a third or more of the device's units reads people's figures from the
    // period's rows rather than from its members'.
    const bool large = [&] {
        auto all = m_db.prepare("SELECT count(*) FROM org_units WHERE deleted = 0");
        return all.step() && units.size() * 3 >= all.int64(0);
    }();
    // Those figures are read on a second connection to the same file, in parallel with
    // the member and activity figures below (the two halves take about as long).
    std::optional<std::future<PeopleFigures>> side;
    const QString path = m_db.path();
    if (!path.isEmpty() && path != QLatin1String(":memory:") && !m_db.inTransaction()) {
        side = std::async(std::launch::async, [this, path, unitId, b, large] {
            if (!m_side)
                m_side = std::make_unique<Database>(path, Database::Migrate::No);
            return peopleFigures(*m_side, unitId, b, large);
        });
    }
    QList<Sums> sums(childIds.size());
    Sums total;
    const auto add = [&](const QString &unit, auto &&fn) {
        const auto it = bucket.constFind(unit);
        if (it == bucket.cend())
            return;
        fn(total);
        if (*it >= 0)
            fn(sums[*it]);
    };

    // Members: admissions, Party introductions, the hardship list, cadres, ratings, and
    // each unit's roster for meeting attendance.
    QHash<QString, qint64> roster;
    {
        auto st = m_db.prepare(QByteArray(kSubtreeCte) +
                               "SELECT m.unit_id, "
                               "sum(m.joined_date BETWEEN ?2 AND ?3), "
                               "sum(m.outstanding = 1 AND m.outstanding_date BETWEEN ?2 AND ?3), "
                               "sum(m.outstanding = 1 AND m.outstanding_date BETWEEN ?2 AND ?3 AND "
                               "    m.party_member = 1 AND m.party_date <= ?3), "
                               "sum(m.status = 0 AND m.hardship = 1), "
                               "sum(m.status = 0 AND m.position <> 0), "
                               "sum(m.status = 0 AND m.rating <> 0 AND m.rating_year = ?4), "
                               "sum(m.status = 0 AND m.rating = 1 AND m.rating_year = ?4), "
                               "sum(m.status = 0) "
                               "FROM sub JOIN members m ON m.unit_id = sub.id WHERE m.deleted = 0 "
                               "GROUP BY m.unit_id");
        st.bind(1, unitId).bind(2, b.fromDate).bind(3, b.toDate).bind(4, b.ratingYear);
        while (st.step()) {
            const QString unit = st.text(0);
            const qint64 introduced = st.int64(2), admitted = st.int64(3);
            const qint64 rated = st.int64(6), excellent = st.int64(7);
            const qint64 cadres = st.int64(5);
            roster.insert(unit, st.int64(8));
            add(unit, [&](Sums &s) {
                s.add(I::NewMembers, st.int64(1));
                s.add(I::PartyIntroductions, introduced);
                s.add(I::PartyAdmitted, admitted);
                s.share(I::PartyAdmittedPct, admitted, introduced);
                s.add(I::HardshipListed, st.int64(4));
                s.share(I::CadresTrainedPct, 0, cadres);
                s.share(I::MembersExcellentPct, excellent, rated);
            });
        }
    }

    // Activities held by the subtree's units in the period, up to asOf.
    QHash<QString, QList<QDate>> metOn; // branch -> days of its regular meetings
    {
        auto st = m_db.prepare(
            QByteArray(kSubtreeCte) +
            "SELECT a.unit_id, a.kind, a.starts_at, a.out_trees, a.out_children, "
            "a.out_money_vnd, a.turnout FROM sub JOIN activities a "
            "ON a.unit_id = sub.id WHERE a.deleted = 0 AND a.starts_at >= ?2 AND a.starts_at < ?3");
        st.bind(1, unitId).bind(2, b.fromMs).bind(3, b.toMs);
        while (st.step()) {
            const QString unit = st.text(0);
            const auto kind = ActivityKind(st.int32(1));
            if (kind == ActivityKind::RegularMeeting)
                metOn[unit].append(vietnamDate(st.int64(2)));
            const qint64 trees = st.int64(3), children = st.int64(4), money = st.int64(5);
            // Attendance at branch meetings: those present or late (the activity's
            // turnout), against each meeting's roster (the branch's active members).
            const bool branchMeeting = kind == ActivityKind::RegularMeeting &&
                                       units.value(unit).level == int(UnitLevel::Branch);
            const qint64 came = st.int64(6), roll = branchMeeting ? roster.value(unit) : 0;
            add(unit, [&](Sums &s) {
                if (branchMeeting)
                    s.share(I::MeetingAttendancePct, came, roll);
                if (kind == ActivityKind::ThematicMeeting)
                    s.add(I::ThematicMeetings, 1);
                else if (kind == ActivityKind::YouthWork)
                    s.add(I::YouthWorks, 1);
                else if (kind == ActivityKind::YouthTask)
                    s.add(I::YouthTasks, 1);
                s.add(I::TreesPlanted, trees);
                s.add(I::ChildrenSupported, children);
                s.add(I::MoneyRaised, money);
            });
        }
    }
    const auto months = monthsToMeet(period, asOf);
    for (auto it = units.cbegin(); it != units.cend(); ++it) {
        if (it->level != int(UnitLevel::Branch) || months.isEmpty())
            continue;
        const QList<QDate> &met = metOn[it.key()];
        const bool all = std::all_of(months.cbegin(), months.cend(), [&](const auto &m) {
            return std::any_of(met.cbegin(), met.cend(),
                               [&](QDate d) { return d >= m.first && d <= m.second; });
        });
        add(it.key(), [&](Sums &s) { s.share(I::RegularMeetingsPct, all ? 1 : 0, 1); });
    }

    // The figures of people (hours, cadres trained), read on a second connection while
    // this one reads members and activities: see peopleFigures().
    const PeopleFigures people = side ? side->get() : peopleFigures(m_db, unitId, b, large);
    for (auto it = people.hours.cbegin(); it != people.hours.cend(); ++it) {
        add(it.key(), [&](Sums &s) {
            s.add(I::VolunteerHours, it->first);
            s.add(I::Volunteers, double(it->second));
        });
    }
    for (auto it = people.trained.cbegin(); it != people.trained.cend(); ++it) {
        add(it.key(), [&](Sums &s) {
            s.add(I::CadresTrained, double(*it));
            s.share(I::CadresTrainedPct, double(*it), 0);
        });
    }

    // Targets: a half's own target where one is set, else the year's.
    // A count the half or range has no target of its own for is measured against the
    // year's, in proportion to the days it covers (a share's year target applies as is).
    const double yearShare =
        period.yearDays() > 0 ? double(period.from.daysTo(period.to) + 1) / period.yearDays() : 1.0;
    QHash<QString, QHash<QString, std::pair<double, int>>> targets; // unit -> key -> (value, half)
    QStringList withTargets = childIds;
    withTargets.append(unitId);
    for (const QString &unit : std::as_const(withTargets)) {
        auto st = m_db.prepare(
            "SELECT indicator, value, half FROM targets WHERE unit_id = ?1 AND year = ?2 "
            "AND deleted = 0 AND (half = 0 OR half = ?3) ORDER BY half");
        st.bind(1, unit).bind(2, period.year).bind(3, period.targetHalf());
        while (st.step()) // the half's comes last and wins
            targets[unit].insert(st.text(0), {st.real(1), st.int32(2)});
    }

    const auto finish = [&](const QString &id, const Sums &s) {
        UnitReport r;
        r.unitId = id;
        r.name = units[id].name;
        r.level = units[id].level;
        const auto &all = I::all();
        for (int i = 0; i < all.size(); ++i) {
            Figure f;
            if (all[i].measure == Measure::Percent) {
                f.part = s.part[i];
                f.whole = s.whole[i];
                f.known = f.whole > 0;
                f.value = f.known ? 100.0 * f.part / f.whole : 0;
            } else {
                f.value = s.value[i];
            }
            const auto &own = targets[id];
            if (const auto t = own.constFind(QLatin1String(all[i].key)); t != own.cend()) {
                const bool prorate =
                    t->second == 0 && all[i].perHalf && period.kind != Period::Kind::Year;
                f.target = prorate ? t->first * yearShare : t->first;
            }
            r.figures.append(f);
        }
        return r;
    };
    report.total = finish(unitId, total);
    for (int c = 0; c < childIds.size(); ++c)
        report.children.append(finish(childIds[c], sums[c]));
    std::stable_sort(report.children.begin(), report.children.end(),
                     [](const UnitReport &x, const UnitReport &y) {
                         return x.score().value_or(-1) > y.score().value_or(-1);
                     });
    return report;
}

} // namespace df
