// The records behind one figure of a report (ReportBuilder::records): the same filters as
// ReportBuilder::build, listing rows instead of counting them.
#include "report/report.h"

#include "domain/activity.h"
#include "store/database.h"
#include "store/subtree.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace df {

namespace {

QString day(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(kVietnamUtcOffsetSeconds))
        .date()
        .toString(QStringLiteral("dd/MM/yyyy"));
}

QString isoToShown(const QString &iso)
{
    return QDate::fromString(iso, Qt::ISODate).toString(QStringLiteral("dd/MM/yyyy"));
}

} // namespace

QList<ReportBuilder::Record> ReportBuilder::records(const QString &unitId, const QString &indicator,
                                                    const Period &period, QDate asOf,
                                                    int limit) const
{
    using R = Record;
    namespace I = Indicator;
    QList<Record> out;
    const QDate last = std::min(period.to, asOf);
    Period clipped = period;
    clipped.to = last;
    const QString fromDate = period.from.toString(Qt::ISODate);
    const QString toDate = last.toString(Qt::ISODate);
    const int which = I::indexOf(indicator);
    const auto is = [&](I::Id id) { return which == id; };

    // Activities: which kinds, or which output.
    QByteArray activityFilter;
    if (is(I::RegularMeetingsPct) || is(I::MeetingAttendancePct))
        activityFilter = "a.kind = 0";
    else if (is(I::ThematicMeetings))
        activityFilter = "a.kind = 1";
    else if (is(I::YouthWorks))
        activityFilter = "a.kind = 6";
    else if (is(I::YouthTasks))
        activityFilter = "a.kind = 7";
    else if (is(I::TreesPlanted))
        activityFilter = "a.out_trees > 0";
    else if (is(I::ChildrenSupported))
        activityFilter = "a.out_children > 0";
    else if (is(I::MoneyRaised))
        activityFilter = "a.out_money_vnd > 0";
    if (!activityFilter.isEmpty()) {
        const QByteArray value = is(I::TreesPlanted)           ? "a.out_trees"
                                 : is(I::ChildrenSupported)    ? "a.out_children"
                                 : is(I::MoneyRaised)          ? "a.out_money_vnd"
                                 : is(I::MeetingAttendancePct) ? "a.turnout"
                                                               : "1";
        auto st = m_db.prepare(QByteArray(kSubtreeCte) +
                               "SELECT a.id, a.title, a.starts_at, u.name, " + value +
                               " FROM sub JOIN activities a ON a.unit_id = sub.id "
                               "JOIN org_units u ON u.id = a.unit_id "
                               "WHERE a.deleted = 0 AND a.starts_at >= ?2 AND a.starts_at < ?3 "
                               "AND " +
                               activityFilter + " ORDER BY a.starts_at DESC LIMIT ?4");
        st.bind(1, unitId).bind(2, period.fromMs()).bind(3, clipped.toMsExclusive()).bind(4, limit);
        // What the activity adds, where it is more than being there.
        const char *amount = is(I::TreesPlanted)        ? QT_TRANSLATE_NOOP("Report", "%1 trees")
                             : is(I::ChildrenSupported) ? QT_TRANSLATE_NOOP("Report", "%1 children")
                             : is(I::MoneyRaised)       ? QT_TRANSLATE_NOOP("Report", "%1 VND")
                             : is(I::MeetingAttendancePct) ? QT_TRANSLATE_NOOP("Report", "%1 came")
                                                           : nullptr;
        while (st.step()) {
            QString detail = day(st.int64(2)) + QStringLiteral(" · ") + st.text(3);
            if (amount)
                detail += QStringLiteral(" · ") + QCoreApplication::translate("Report", amount)
                                                      .arg(QLocale().toString(st.int64(4)));
            out.append({R::Type::Activity, st.text(0), {}, st.text(1), detail, st.real(4)});
        }
        return out;
    }

    // Volunteer hours: the confirmed entries, newest first.
    if (is(I::VolunteerHours) || is(I::Volunteers)) {
        auto st = m_db.prepare(QByteArray(kSubtreeCte) +
                               "SELECT v.id, m.id, m.full_name, v.work_date, v.hours, u.name "
                               "FROM sub JOIN members m ON m.unit_id = sub.id "
                               "JOIN volunteer_entries v ON v.member_id = m.id "
                               "JOIN org_units u ON u.id = m.unit_id "
                               "WHERE v.deleted = 0 AND v.confirmation = 1 "
                               "AND v.work_date BETWEEN ?2 AND ?3 "
                               "ORDER BY v.work_date DESC, m.sort_key LIMIT ?4");
        st.bind(1, unitId).bind(2, fromDate).bind(3, toDate).bind(4, limit);
        while (st.step()) {
            out.append({R::Type::Hours, st.text(0), st.text(1), st.text(2),
                        isoToShown(st.text(3)) + QStringLiteral(" · ") + st.text(5), st.real(4)});
        }
        return out;
    }

    // Members, by name.
    QByteArray memberFilter;
    if (is(I::NewMembers))
        memberFilter = "m.joined_date BETWEEN ?2 AND ?3";
    else if (is(I::PartyIntroductions))
        memberFilter = "m.outstanding = 1 AND m.outstanding_date BETWEEN ?2 AND ?3";
    else if (is(I::PartyAdmitted) || is(I::PartyAdmittedPct))
        memberFilter = "m.outstanding = 1 AND m.outstanding_date BETWEEN ?2 AND ?3 AND "
                       "m.party_member = 1 AND m.party_date <= ?3";
    else if (is(I::HardshipListed))
        memberFilter = "m.status = 0 AND m.hardship = 1";
    else if (is(I::MembersExcellentPct))
        memberFilter = "m.status = 0 AND m.rating = 1 AND m.rating_year = ?5";
    else if (is(I::CadresTrained) || is(I::CadresTrainedPct))
        memberFilter = "m.status = 0 AND m.position <> 0 AND EXISTS (SELECT 1 FROM attendance t "
                       "JOIN activities a ON a.id = t.activity_id WHERE t.member_id = m.id "
                       "AND t.status IN (0, 1) AND a.kind = 4 AND a.deleted = 0 "
                       "AND a.starts_at >= ?6 AND a.starts_at < ?7)";
    if (memberFilter.isEmpty())
        return out;
    auto st = m_db.prepare(QByteArray(kSubtreeCte) +
                           "SELECT m.id, m.full_name, u.name, m.joined_date, m.outstanding_date "
                           "FROM sub JOIN members m ON m.unit_id = sub.id "
                           "JOIN org_units u ON u.id = m.unit_id WHERE m.deleted = 0 AND " +
                           memberFilter + " ORDER BY m.sort_key LIMIT ?4");
    st.bind(1, unitId).bind(2, fromDate).bind(3, toDate).bind(4, limit);
    if (memberFilter.contains("?5"))
        st.bind(5, period.year);
    if (memberFilter.contains("?6"))
        st.bind(6, period.fromMs()).bind(7, clipped.toMsExclusive());
    while (st.step()) {
        QString detail = st.text(2);
        if (is(I::NewMembers))
            detail += QStringLiteral(" · ") + isoToShown(st.text(3));
        else if (is(I::PartyIntroductions) || is(I::PartyAdmitted) || is(I::PartyAdmittedPct))
            detail += QStringLiteral(" · ") + isoToShown(st.text(4));
        out.append({R::Type::Member, st.text(0), st.text(0), st.text(1), detail, 1});
    }
    return out;
}

} // namespace df
