#include "store/localstore.h"

#include "domain/activity.h"
#include "domain/attendance.h"
#include "domain/member.h"
#include "domain/orgunit.h"
#include "domain/target.h"
#include "domain/uuid.h"
#include "domain/vntext.h"
#include "domain/volunteerentry.h"
#include "store/database.h"

#include <QCoreApplication>

namespace df {

namespace {

QString isoDate(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

std::optional<qint64> msecs(const QDateTime &t)
{
    if (!t.isValid())
        return std::nullopt;
    return t.toMSecsSinceEpoch();
}

QString idOrNew(const QString &id)
{
    return id.isEmpty() ? Uuid::v7() : id;
}

WriteResult rejected(ValidationIssues issues)
{
    WriteResult r;
    r.issues = std::move(issues);
    return r;
}

WriteResult written(const QString &id, ValidationIssues issues)
{
    WriteResult r;
    r.written = true;
    r.id = id;
    r.issues = std::move(issues);
    return r;
}

} // namespace

LocalStore::LocalStore(Database &db)
    : m_db(db)
{}

QDate LocalStore::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

WriteResult LocalStore::saveUnit(const OrgUnit &unit)
{
    auto issues = Validation::check(unit);
    if (hasErrors(issues))
        return rejected(issues);
    const QString id = idOrNew(unit.id);
    Transaction tx(m_db);
    m_db.prepare("INSERT INTO org_units(id, parent_id, level, name, code) VALUES (?1,?2,?3,?4,?5) "
                 "ON CONFLICT(id) DO UPDATE SET parent_id=excluded.parent_id, "
                 "level=excluded.level, name=excluded.name, code=excluded.code")
        .bind(1, id)
        .bind(2, unit.parentId)
        .bind(3, int(unit.level))
        .bind(4, unit.name.trimmed())
        .bind(5, unit.code)
        .exec();
    tx.commit();
    return written(id, issues);
}

WriteResult LocalStore::saveMember(const Member &m)
{
    auto issues = Validation::check(m, today());
    if (hasErrors(issues))
        return rejected(issues);
    const QString id = idOrNew(m.id);
    const QString name = m.fullName.simplified();
    Transaction tx(m_db);
    auto st = m_db.prepare(
        "INSERT INTO members(id, unit_id, full_name, birth_date, gender, ethnicity, religion, "
        "phone, email, address, card_number, joined_date, education, professional, "
        "theory_level, position, party_member, party_date, outstanding, outstanding_date, "
        "hardship, hardship_note, rating, rating_year, courses, status, citizen_id, "
        "search_key, sort_key) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,"
        "?16,?17,?18,?19,?20,?21,?22,?23,?24,?25,?26,?27,?28,?29) "
        "ON CONFLICT(id) DO UPDATE SET unit_id=excluded.unit_id, full_name=excluded.full_name, "
        "birth_date=excluded.birth_date, gender=excluded.gender, ethnicity=excluded.ethnicity, "
        "religion=excluded.religion, phone=excluded.phone, email=excluded.email, "
        "address=excluded.address, card_number=excluded.card_number, "
        "joined_date=excluded.joined_date, education=excluded.education, "
        "professional=excluded.professional, theory_level=excluded.theory_level, "
        "position=excluded.position, party_member=excluded.party_member, "
        "party_date=excluded.party_date, outstanding=excluded.outstanding, "
        "outstanding_date=excluded.outstanding_date, hardship=excluded.hardship, "
        "hardship_note=excluded.hardship_note, rating=excluded.rating, "
        "rating_year=excluded.rating_year, courses=excluded.courses, status=excluded.status, "
        "citizen_id=excluded.citizen_id, search_key=excluded.search_key, "
        "sort_key=excluded.sort_key");
    st.bind(1, id)
        .bind(2, m.unitId)
        .bind(3, name)
        .bind(4, isoDate(m.birthDate))
        .bind(5, int(m.gender))
        .bind(6, m.ethnicity)
        .bind(7, m.religion)
        .bind(8, m.phone.trimmed())
        .bind(9, m.email.trimmed())
        .bind(10, m.address)
        .bind(11, m.cardNumber)
        .bind(12, isoDate(m.joinedDate))
        .bind(13, m.education)
        .bind(14, m.professional)
        .bind(15, int(m.theoryLevel))
        .bind(16, int(m.position))
        .bind(17, m.partyMember)
        .bind(18, isoDate(m.partyDate))
        .bind(19, m.outstanding)
        .bind(20, isoDate(m.outstandingDate))
        .bind(21, m.hardship)
        .bind(22, m.hardshipNote)
        .bind(23, int(m.rating))
        .bind(24, m.ratingYear ? std::optional<int>(m.ratingYear) : std::nullopt)
        .bind(25, m.courses.isEmpty() ? QString() : m.courses.join(QLatin1Char('\n')))
        .bind(26, int(m.status))
        .bind(27, m.citizenId.isEmpty() ? QString() : m.citizenId)
        .bind(28, vn::searchKey(name, m.cardNumber))
        .bind(29, vn::sortKey(name))
        .exec();
    tx.commit();
    return written(id, issues);
}

WriteResult LocalStore::saveActivity(const Activity &a)
{
    auto issues = Validation::check(a);
    if (hasErrors(issues))
        return rejected(issues);
    const QString id = idOrNew(a.id);
    Transaction tx(m_db);
    m_db.prepare("INSERT INTO activities(id, unit_id, kind, title, starts_at, ends_at, place, "
                 "campaign, description, out_trees, out_children, out_money_vnd, out_works) "
                 "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13) "
                 "ON CONFLICT(id) DO UPDATE SET unit_id=excluded.unit_id, kind=excluded.kind, "
                 "title=excluded.title, starts_at=excluded.starts_at, ends_at=excluded.ends_at, "
                 "place=excluded.place, campaign=excluded.campaign, "
                 "description=excluded.description, out_trees=excluded.out_trees, "
                 "out_children=excluded.out_children, out_money_vnd=excluded.out_money_vnd, "
                 "out_works=excluded.out_works")
        .bind(1, id)
        .bind(2, a.unitId)
        .bind(3, int(a.kind))
        .bind(4, a.title.trimmed())
        .bind(5, a.startsAt.toMSecsSinceEpoch())
        .bind(6, msecs(a.endsAt))
        .bind(7, a.place)
        .bind(8, a.campaign)
        .bind(9, a.description)
        .bind(10, a.outputs.treesPlanted)
        .bind(11, a.outputs.childrenSupported)
        .bind(12, a.outputs.moneyRaisedVnd)
        .bind(13, a.outputs.worksBuilt)
        .exec();
    tx.commit();
    return written(id, issues);
}

WriteResult LocalStore::recordAttendance(const Attendance &a)
{
    auto issues = Validation::check(a);
    if (hasErrors(issues))
        return rejected(issues);
    const QString id = Uuid::attendanceId(a.activityId, a.memberId);
    Transaction tx(m_db);
    // Status is last-writer-wins; the check-in time keeps the earliest one recorded.
    m_db.prepare("INSERT INTO attendance(id, activity_id, member_id, status, checked_in_at, "
                 "method, recorded_by) VALUES (?1,?2,?3,?4,?5,?6,?7) "
                 "ON CONFLICT(id) DO UPDATE SET status=excluded.status, "
                 "checked_in_at=CASE WHEN attendance.checked_in_at IS NULL "
                 "THEN excluded.checked_in_at WHEN excluded.checked_in_at IS NULL "
                 "THEN attendance.checked_in_at "
                 "ELSE min(attendance.checked_in_at, excluded.checked_in_at) END, "
                 "method=excluded.method, recorded_by=excluded.recorded_by")
        .bind(1, id)
        .bind(2, a.activityId)
        .bind(3, a.memberId)
        .bind(4, int(a.status))
        .bind(5, msecs(a.checkedInAt))
        .bind(6, int(a.method))
        .bind(7, a.recordedBy)
        .exec();
    tx.commit();
    return written(id, issues);
}

WriteResult LocalStore::addVolunteerEntry(const VolunteerEntry &e)
{
    auto issues = Validation::check(e, today());
    if (hasErrors(issues))
        return rejected(issues);
    const QString id = idOrNew(e.id);
    Transaction tx(m_db);
    // Append-only: an existing id is never overwritten.
    m_db.prepare("INSERT INTO volunteer_entries(id, member_id, activity_id, work_date, hours, "
                 "description, confirmation, confirmed_by, reject_reason) "
                 "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9) ON CONFLICT(id) DO NOTHING")
        .bind(1, id)
        .bind(2, e.memberId)
        .bind(3, e.activityId.isEmpty() ? QString() : e.activityId)
        .bind(4, isoDate(e.date))
        .bind(5, e.hours)
        .bind(6, e.description)
        .bind(7, int(e.confirmation))
        .bind(8, e.confirmedBy.isEmpty() ? QString() : e.confirmedBy)
        .bind(9, e.rejectReason.isEmpty() ? QString() : e.rejectReason)
        .exec();
    tx.commit();
    return written(id, issues);
}

WriteResult LocalStore::setConfirmation(const QString &entryId, int confirmation, const QString &by,
                                        const QString &rejectReason)
{
    ValidationIssues issues;
    const auto reject = [&](const char *field, const char *text) {
        issues.append({QString::fromLatin1(field), QCoreApplication::translate("Validation", text),
                       ValidationIssue::Severity::Error});
        return rejected(issues);
    };
    if (confirmation < int(Confirmation::Pending) || confirmation > int(Confirmation::Rejected))
        return reject("confirmation", "Unknown confirmation state.");
    if (confirmation == int(Confirmation::Rejected) && rejectReason.trimmed().isEmpty())
        return reject("rejectReason", "Give a reason when rejecting hours.");
    Transaction tx(m_db);
    m_db.prepare("UPDATE volunteer_entries SET confirmation=?2, confirmed_by=?3, "
                 "reject_reason=?4 WHERE id=?1")
        .bind(1, entryId)
        .bind(2, confirmation)
        .bind(3, by)
        .bind(4, confirmation == int(Confirmation::Rejected) ? rejectReason : QString())
        .exec();
    if (m_db.changes() == 0)
        return reject("id", "That volunteer entry no longer exists.");
    tx.commit();
    return written(entryId, issues);
}

WriteResult LocalStore::saveTarget(const Target &t)
{
    auto issues = Validation::check(t);
    if (hasErrors(issues))
        return rejected(issues);
    Transaction tx(m_db);
    // One target per (unit, period, indicator): an edit keeps the existing row's id.
    auto st = m_db.prepare(
        "INSERT INTO targets(id, unit_id, year, half, indicator, value) VALUES (?1,?2,?3,?4,?5,?6) "
        "ON CONFLICT(unit_id, year, half, indicator) DO UPDATE SET value=excluded.value "
        "RETURNING id");
    st.bind(1, idOrNew(t.id)).bind(2, t.unitId).bind(3, t.year).bind(4, t.half);
    st.bind(5, t.indicator).bind(6, t.value);
    const QString id = st.step() ? st.text(0) : QString();
    st.reset();
    tx.commit();
    return written(id, issues);
}

} // namespace df
