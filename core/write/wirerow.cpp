#include "write/wirerow.h"

#include "domain/activity.h"
#include "domain/attendance.h"
#include "domain/member.h"
#include "domain/orgunit.h"
#include "domain/target.h"
#include "domain/uuid.h"
#include "domain/volunteerentry.h"

namespace df {

namespace {

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue date(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue instant(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toMSecsSinceEpoch()) : QJsonValue(QJsonValue::Null);
}

QJsonValue integer(qint64 v)
{
    return QJsonValue(v);
}

QString idOrNew(const QString &id)
{
    return id.isEmpty() ? Uuid::v7() : id;
}

} // namespace

WireRow wireRow(const OrgUnit &unit)
{
    return {Entity::Unit,
            idOrNew(unit.id),
            {{QStringLiteral("parent_id"), text(unit.parentId)},
             {QStringLiteral("level"), integer(int(unit.level))},
             {QStringLiteral("name"), unit.name.trimmed()},
             {QStringLiteral("code"), text(unit.code)},
             {QStringLiteral("deleted"), integer(0)}}};
}

WireRow wireRow(const Member &m)
{
    return {Entity::Member,
            idOrNew(m.id),
            {{QStringLiteral("unit_id"), m.unitId},
             {QStringLiteral("full_name"), m.fullName.simplified()},
             {QStringLiteral("birth_date"), date(m.birthDate)},
             {QStringLiteral("gender"), integer(int(m.gender))},
             {QStringLiteral("ethnicity"), text(m.ethnicity)},
             {QStringLiteral("religion"), text(m.religion)},
             {QStringLiteral("phone"), text(m.phone.trimmed())},
             {QStringLiteral("email"), text(m.email.trimmed())},
             {QStringLiteral("address"), text(m.address)},
             {QStringLiteral("card_number"), text(m.cardNumber)},
             {QStringLiteral("joined_date"), date(m.joinedDate)},
             {QStringLiteral("education"), text(m.education)},
             {QStringLiteral("professional"), text(m.professional)},
             {QStringLiteral("theory_level"), integer(int(m.theoryLevel))},
             {QStringLiteral("position"), integer(int(m.position))},
             {QStringLiteral("party_member"), integer(m.partyMember)},
             {QStringLiteral("party_date"), date(m.partyDate)},
             {QStringLiteral("outstanding"), integer(m.outstanding)},
             {QStringLiteral("outstanding_date"), date(m.outstandingDate)},
             {QStringLiteral("hardship"), integer(m.hardship)},
             {QStringLiteral("hardship_note"), text(m.hardshipNote)},
             {QStringLiteral("rating"), integer(int(m.rating))},
             {QStringLiteral("rating_year"),
              m.ratingYear ? integer(m.ratingYear) : QJsonValue(QJsonValue::Null)},
             {QStringLiteral("courses"), text(m.courses.join(QLatin1Char('\n')))},
             {QStringLiteral("status"), integer(int(m.status))},
             {QStringLiteral("citizen_id"), text(m.citizenId)},
             {QStringLiteral("deleted"), integer(0)}}};
}

WireRow wireRow(const Activity &a)
{
    return {Entity::Activity,
            idOrNew(a.id),
            {{QStringLiteral("unit_id"), a.unitId},
             {QStringLiteral("kind"), integer(int(a.kind))},
             {QStringLiteral("title"), a.title.trimmed()},
             {QStringLiteral("starts_at"), instant(a.startsAt)},
             {QStringLiteral("ends_at"), instant(a.endsAt)},
             {QStringLiteral("place"), text(a.place)},
             {QStringLiteral("campaign"), text(a.campaign)},
             {QStringLiteral("description"), text(a.description)},
             {QStringLiteral("out_trees"), integer(a.outputs.treesPlanted)},
             {QStringLiteral("out_children"), integer(a.outputs.childrenSupported)},
             {QStringLiteral("out_money_vnd"), integer(a.outputs.moneyRaisedVnd)},
             {QStringLiteral("out_works"), integer(a.outputs.worksBuilt)},
             {QStringLiteral("deleted"), integer(0)}}};
}

WireRow wireRow(const Attendance &a)
{
    // Status is last-writer-wins; the merge keeps the earliest check-in time (with its
    // method and recorder), on every replica.
    return {Entity::Attendance,
            Uuid::attendanceId(a.activityId, a.memberId),
            {{QStringLiteral("activity_id"), a.activityId},
             {QStringLiteral("member_id"), a.memberId},
             {QStringLiteral("status"), integer(int(a.status))},
             {QStringLiteral("checked_in_at"), instant(a.checkedInAt)},
             {QStringLiteral("method"), integer(int(a.method))},
             {QStringLiteral("recorded_by"), text(a.recordedBy)}}};
}

WireRow wireRow(const VolunteerEntry &e)
{
    return {Entity::VolunteerEntry,
            idOrNew(e.id),
            {{QStringLiteral("member_id"), e.memberId},
             {QStringLiteral("activity_id"), text(e.activityId)},
             {QStringLiteral("work_date"), date(e.date)},
             {QStringLiteral("hours"), e.hours},
             {QStringLiteral("description"), text(e.description)},
             {QStringLiteral("confirmation"), integer(int(e.confirmation))},
             {QStringLiteral("confirmed_by"), text(e.confirmedBy)},
             {QStringLiteral("reject_reason"), text(e.rejectReason)},
             {QStringLiteral("deleted"), integer(0)}}};
}

WireRow wireRow(const Target &t)
{
    // One target per (unit, period, indicator): two devices setting the same target write
    // the same row.
    return {Entity::Target,
            Uuid::targetId(t.unitId, t.year, t.half, t.indicator),
            {{QStringLiteral("unit_id"), t.unitId},
             {QStringLiteral("year"), integer(t.year)},
             {QStringLiteral("half"), integer(t.half)},
             {QStringLiteral("indicator"), t.indicator},
             {QStringLiteral("value"), t.value},
             {QStringLiteral("deleted"), integer(0)}}};
}

} // namespace df
