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
#include "write/wirerow.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <optional>

namespace df {

namespace {

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

WriteResult LocalStore::write(const WireRow &row, ValidationIssues issues)
{
    // The wire rules the server applies (docs/PROTOCOL.md), on the fields the edit sends:
    // what is saved here is never refused there for its values.
    SyncStore::Refusal refusal;
    m_sync->writeLocal(row.entity, row.id, row.fields, today(), &refusal);
    if (!refusal.why.isEmpty()) {
        issues.append({refusal.field, refusal.why, ValidationIssue::Severity::Error});
        return rejected(issues);
    }
    return written(row.id, issues);
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
    return write(wireRow(unit), issues);
}

WriteResult LocalStore::saveMember(const Member &m)
{
    auto issues = Validation::check(m, today());
    if (hasErrors(issues))
        return rejected(issues);
    return write(wireRow(m), issues);
}

WriteResult LocalStore::saveActivity(const Activity &a)
{
    auto issues = Validation::check(a);
    if (hasErrors(issues))
        return rejected(issues);
    return write(wireRow(a), issues);
}

WriteResult LocalStore::deleteRow(Entity entity, const QString &id)
{
    if (!Schema::spec(entity).hasTombstone || id.isEmpty())
        return rejected({});
    return write({entity, id, {{QStringLiteral("deleted"), 1}}}, {});
}

WriteResult LocalStore::recordAttendance(const Attendance &a)
{
    auto issues = Validation::check(a);
    if (hasErrors(issues))
        return rejected(issues);
    return write(wireRow(a), issues);
}

WriteResult LocalStore::addVolunteerEntry(const VolunteerEntry &e)
{
    auto issues = Validation::check(e, today());
    if (hasErrors(issues))
        return rejected(issues);
    // Append-only: the merge never changes an existing entry's immutable fields.
    return write(wireRow(e), issues);
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
    const QString reason = confirmation == int(Confirmation::Rejected) ? rejectReason : QString();
    return write({Entity::VolunteerEntry,
                  entryId,
                  {{QStringLiteral("confirmation"), confirmation},
                   {QStringLiteral("confirmed_by"),
                    by.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(by)},
                   {QStringLiteral("reject_reason"),
                    reason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(reason)}}},
                 issues);
}

WriteResult LocalStore::saveTarget(const Target &t)
{
    auto issues = Validation::check(t);
    if (hasErrors(issues))
        return rejected(issues);
    return write(wireRow(t), issues);
}

namespace {

struct ConflictRow
{
    const EntitySpec *spec = nullptr; // of the record in conflict; null for an unknown kind
    QString rowId;
    QString field;
    QJsonValue kept;
    QJsonValue lost; // what "restore" writes to the field
};

std::optional<ConflictRow> conflictRow(SyncStore &sync, const QString &conflictId)
{
    const StoredRow row = sync.read(Schema::spec(Entity::Conflict), conflictId);
    if (!row.exists)
        return std::nullopt;
    const auto text = [&](const char *key) {
        return row.fields.value(QLatin1String(key)).toString();
    };
    // An edit that lost to a delete is stored under the tombstone and its conflict's lost
    // value is that edit's fields (a JSON object, docs/PROTOCOL.md): restoring it is
    // taking the tombstone away.
    QJsonValue lost = Merger::decodeValue(text("lost_value"));
    if (lost.isObject())
        lost = qint64(0);
    return ConflictRow{Schema::find(text("entity")), text("row_id"), text("field"),
                       Merger::decodeValue(text("kept_value")), lost};
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
