#pragma once

#include "domain/validation.h"

#include "sync/schema.h"

#include <QDate>
#include <QJsonObject>
#include <memory>

namespace df {

class Database;
struct Activity;
struct Attendance;
struct Member;
struct OrgUnit;
struct Target;
struct VolunteerEntry;
class SyncStore;
struct WireRow;

// The outcome of a write: written or not, and every finding to show the user.
struct WriteResult
{
    bool written = false;
    QString id;
    ValidationIssues issues;
    explicit operator bool() const { return written; }
};

// The one write path per entity. Every insert or edit of local data goes through here,
// so validation, derived columns (search keys, attendance ids) and, with sync, field
// versions and the outbox happen in exactly one place, in one transaction.
// A value without an id is created with a new UUIDv7.
class LocalStore
{
public:
    explicit LocalStore(Database &db);
    ~LocalStore();

    // The date used by validation ("in the future"); the device date unless set.
    void setToday(QDate today) { m_today = today; }
    QDate today() const;
    QDate todaySetting() const { return m_today; } // invalid: the device date

    WriteResult saveUnit(const OrgUnit &unit);
    WriteResult saveMember(const Member &member);
    WriteResult saveActivity(const Activity &activity);
    // Upserts the (activity, member) row; its id is always derived from both.
    WriteResult recordAttendance(const Attendance &attendance);
    WriteResult addVolunteerEntry(const VolunteerEntry &entry);
    // Confirmation is the only field of an entry that changes after it is added.
    WriteResult setConfirmation(const QString &entryId, int confirmation, const QString &by,
                                const QString &rejectReason = {});
    WriteResult saveTarget(const Target &target);
    // Marks a row deleted (a tombstone that syncs like any field).
    WriteResult deleteRow(Entity entity, const QString &id);

    // A conflict put right: the value that won stays, or (`restoreLost`) the one that lost
    // comes back as a new change that wins on every replica. Either way the conflict row
    // is marked resolved by `by`, in the same transaction.
    WriteResult resolveConflict(const QString &conflictId, bool restoreLost, const QString &by);
    // The undo of resolveConflict: the conflict is open again, and a value it restored goes
    // back to the one kept before (unless the field has changed since).
    WriteResult reopenConflict(const QString &conflictId);

    // Undo of a tap. `undoToken` (the row's versions right after the write) lets retract()
    // take back a row nobody else has seen: it and its outbox entry go. Otherwise retract()
    // changes nothing and returns false, and the caller writes a new change instead.
    QString undoToken(Entity entity, const QString &id) const;
    bool retract(Entity entity, const QString &id, const QString &undoToken);

    // What the sync learned of the time (server HLC, offset of the device clock): this
    // connection stamps local edits and must not lag the sync's clock.
    void observeClock(qint64 serverHlc, qint64 offsetMs);

    // Local changes the sync has still to send.
    int pendingCount() const;

    // Off: writes keep field versions but add nothing to the outbox (a local demo
    // workspace that never syncs).
    void setTracking(bool on);
    // The sync side of the store (the engine's handle: pull, push, outbox). Local edits go
    // through the methods above, never straight to it.
    SyncStore &sync() const { return *m_sync; }

    Database &database() const { return m_db; }

private:
    // Checks every field against the schema's domains, then writes it with its change.
    WriteResult write(const WireRow &row, ValidationIssues issues);

    Database &m_db;
    std::unique_ptr<SyncStore> m_sync;
    QDate m_today;
};

} // namespace df
