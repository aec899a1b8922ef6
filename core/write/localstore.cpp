#include "write/localstore.h"

#include "domain/activity.h"
#include "domain/attendance.h"
#include "domain/member.h"
#include "domain/orgunit.h"
#include "domain/target.h"
#include "domain/uuid.h"
#include "domain/volunteerentry.h"
#include "store/database.h"
#include "store/storeerror.h"
#include "sync/merger.h"
#include "sync/syncstore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <optional>

namespace df {

namespace {

// Wire and column values: dates as ISO text, instants as UTC ms, empty text as null.
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

WriteResult LocalStore::write(Entity entity, const QString &id, const QJsonObject &fields,
                              ValidationIssues issues)
{
    // The wire rules the server applies (docs/PROTOCOL.md), on the fields the edit sends:
    // what is saved here is never refused there for its values.
    SyncStore::Refusal refusal;
    m_sync->writeLocal(entity, id, fields, today(), &refusal);
    if (!refusal.why.isEmpty()) {
        issues.append({refusal.field, refusal.why, ValidationIssue::Severity::Error});
        return rejected(issues);
    }
    return written(id, issues);
}

LocalStore::LocalStore(Database &db)
    : m_db(db)
    , m_sync(std::make_unique<SyncStore>(db))
{}

LocalStore::~LocalStore() = default;

void LocalStore::setTracking(bool on)
{
    m_sync->setTracking(on);
}

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
    return write(Entity::Unit, id,
                 {{QStringLiteral("parent_id"), text(unit.parentId)},
                  {QStringLiteral("level"), integer(int(unit.level))},
                  {QStringLiteral("name"), unit.name.trimmed()},
                  {QStringLiteral("code"), text(unit.code)},
                  {QStringLiteral("deleted"), integer(0)}},
                 issues);
}

WriteResult LocalStore::saveMember(const Member &m)
{
    auto issues = Validation::check(m, today());
    if (hasErrors(issues))
        return rejected(issues);
    const QString id = idOrNew(m.id);
    return write(Entity::Member, id,
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
                  {QStringLiteral("deleted"), integer(0)}},
                 issues);
}

WriteResult LocalStore::saveActivity(const Activity &a)
{
    auto issues = Validation::check(a);
    if (hasErrors(issues))
        return rejected(issues);
    const QString id = idOrNew(a.id);
    return write(Entity::Activity, id,
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
                  {QStringLiteral("deleted"), integer(0)}},
                 issues);
}

WriteResult LocalStore::deleteRow(Entity entity, const QString &id)
{
    if (!Schema::spec(entity).hasTombstone || id.isEmpty())
        return rejected({});
    return write(entity, id, {{QStringLiteral("deleted"), integer(1)}}, {});
}

WriteResult LocalStore::recordAttendance(const Attendance &a)
{
    auto issues = Validation::check(a);
    if (hasErrors(issues))
        return rejected(issues);
    const QString id = Uuid::attendanceId(a.activityId, a.memberId);
    // Status is last-writer-wins; the merge keeps the earliest check-in time (with its
    // method and recorder), here and on every other replica.
    return write(Entity::Attendance, id,
                 {{QStringLiteral("activity_id"), a.activityId},
                  {QStringLiteral("member_id"), a.memberId},
                  {QStringLiteral("status"), integer(int(a.status))},
                  {QStringLiteral("checked_in_at"), instant(a.checkedInAt)},
                  {QStringLiteral("method"), integer(int(a.method))},
                  {QStringLiteral("recorded_by"), text(a.recordedBy)}},
                 issues);
}

WriteResult LocalStore::addVolunteerEntry(const VolunteerEntry &e)
{
    auto issues = Validation::check(e, today());
    if (hasErrors(issues))
        return rejected(issues);
    const QString id = idOrNew(e.id);
    // Append-only: the merge never changes an existing entry's immutable fields.
    return write(Entity::VolunteerEntry, id,
                 {{QStringLiteral("member_id"), e.memberId},
                  {QStringLiteral("activity_id"), text(e.activityId)},
                  {QStringLiteral("work_date"), date(e.date)},
                  {QStringLiteral("hours"), e.hours},
                  {QStringLiteral("description"), text(e.description)},
                  {QStringLiteral("confirmation"), integer(int(e.confirmation))},
                  {QStringLiteral("confirmed_by"), text(e.confirmedBy)},
                  {QStringLiteral("reject_reason"), text(e.rejectReason)},
                  {QStringLiteral("deleted"), integer(0)}},
                 issues);
}

WriteResult LocalStore::setConfirmation(const QString &entryId, int confirmation, const QString &by,
                                        const QString &rejectReason)
{
    ValidationIssues issues;
    const auto reject = [&](const char *field, const char *message) {
        issues.append({QString::fromLatin1(field),
                       QCoreApplication::translate("Validation", message),
                       ValidationIssue::Severity::Error});
        return rejected(issues);
    };
    if (confirmation < int(Confirmation::Pending) || confirmation > int(Confirmation::Rejected))
        return reject("confirmation",
                      QT_TRANSLATE_NOOP("Validation", "Unknown confirmation state."));
    if (confirmation == int(Confirmation::Rejected) && rejectReason.trimmed().isEmpty())
        return reject("rejectReason",
                      QT_TRANSLATE_NOOP("Validation", "Give a reason when rejecting hours."));
    if (!m_sync->read(Schema::spec(Entity::VolunteerEntry), entryId).exists)
        return reject("id",
                      QT_TRANSLATE_NOOP("Validation", "That volunteer entry no longer exists."));
    return write(Entity::VolunteerEntry, entryId,
                 {{QStringLiteral("confirmation"), integer(confirmation)},
                  {QStringLiteral("confirmed_by"), text(by)},
                  {QStringLiteral("reject_reason"),
                   text(confirmation == int(Confirmation::Rejected) ? rejectReason : QString())}},
                 issues);
}

WriteResult LocalStore::saveTarget(const Target &t)
{
    auto issues = Validation::check(t);
    if (hasErrors(issues))
        return rejected(issues);
    // One target per (unit, period, indicator): the id is derived from them, so two
    // devices setting the same target write the same row.
    const QString id = Uuid::targetId(t.unitId, t.year, t.half, t.indicator);
    return write(Entity::Target, id,
                 {{QStringLiteral("unit_id"), t.unitId},
                  {QStringLiteral("year"), integer(t.year)},
                  {QStringLiteral("half"), integer(t.half)},
                  {QStringLiteral("indicator"), t.indicator},
                  {QStringLiteral("value"), t.value},
                  {QStringLiteral("deleted"), integer(0)}},
                 issues);
}

namespace {

struct ConflictRow
{
    const EntitySpec *spec = nullptr; // of the record in conflict; null for an unknown kind
    QString rowId;
    QString field;
    QJsonValue kept;
    QJsonValue lost;
};

std::optional<ConflictRow> conflictRow(SyncStore &sync, const QString &conflictId)
{
    const StoredRow row = sync.read(Schema::spec(Entity::Conflict), conflictId);
    if (!row.exists)
        return std::nullopt;
    const auto text = [&](const char *key) {
        return row.fields.value(QLatin1String(key)).toString();
    };
    return ConflictRow{Schema::find(text("entity")), text("row_id"), text("field"),
                       Merger::decodeValue(text("kept_value")),
                       Merger::decodeValue(text("lost_value"))};
}

WriteResult conflictGone()
{
    return rejected(
        {{QStringLiteral("id"),
          QCoreApplication::translate("Validation", "This conflict is no longer on this device."),
          ValidationIssue::Severity::Error}});
}

} // namespace

WriteResult LocalStore::resolveConflict(const QString &conflictId, bool restoreLost,
                                        const QString &by)
{
    Transaction tx(m_db);
    const auto c = conflictRow(*m_sync, conflictId);
    if (!c)
        return conflictGone();
    if (restoreLost && c->spec)
        m_sync->writeLocal(c->spec->entity, c->rowId, {{c->field, c->lost}});
    m_sync->writeLocal(Entity::Conflict, conflictId,
                       {{QStringLiteral("resolved"), 1}, {QStringLiteral("resolved_by"), by}});
    tx.commit();
    return written(conflictId, {});
}

WriteResult LocalStore::reopenConflict(const QString &conflictId)
{
    Transaction tx(m_db);
    const auto c = conflictRow(*m_sync, conflictId);
    if (!c)
        return conflictGone();
    // The overwritten value was restored: the value kept before comes back.
    if (c->spec && m_sync->read(*c->spec, c->rowId).fields.value(c->field) == c->lost)
        m_sync->writeLocal(c->spec->entity, c->rowId, {{c->field, c->kept}});
    m_sync->writeLocal(Entity::Conflict, conflictId, {{QStringLiteral("resolved"), 0}});
    tx.commit();
    return written(conflictId, {});
}

QString LocalStore::undoToken(Entity entity, const QString &id) const
{
    return m_sync->rowVersions(entity, id);
}

bool LocalStore::retract(Entity entity, const QString &id, const QString &undoToken)
{
    return m_sync->retractUnsent(entity, id, undoToken);
}

int LocalStore::pendingCount() const
{
    return m_sync->pendingCount();
}

void LocalStore::observeClock(qint64 serverHlc, qint64 offsetMs)
{
    m_sync->clock().observe(serverHlc);
    m_sync->clock().setOffsetMs(offsetMs);
}

} // namespace df
