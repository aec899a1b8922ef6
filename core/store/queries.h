#pragma once

#include "domain/activity.h"
#include "domain/attendance.h"
#include "domain/member.h"
#include "domain/orgunit.h"
#include "domain/target.h"
#include "domain/volunteerentry.h"

#include <QList>
#include <array>
#include <optional>

namespace df {

class Database;

struct UnitNode
{
    OrgUnit unit;
    int depth = 0;
    int childCount = 0;
    int memberCount = 0; // active members directly in this unit
};

struct AttendanceSheet
{
    QList<Attendance> rows;
    std::array<int, 4> counts{}; // indexed by AttendanceStatus
    int expected = 0;            // active members of the activity's unit subtree
    int attended() const { return counts[0] + counts[1]; }
};

struct MemberHours
{
    QList<VolunteerEntry> entries; // newest first
    double total = 0;              // every entry that is not rejected
    double confirmed = 0;
};

struct ActivityHoursRow
{
    QString memberId;
    QString fullName;
    double hours = 0;
    int entries = 0;
};

struct ActivityHours
{
    QList<ActivityHoursRow> members; // by name order
    double total = 0;
};

// A value that lost to a concurrent edit, as the conflict row stores it: values are
// encoded JSON (a one-element array's text), versions encoded HLCs.
struct ConflictRecord
{
    QString id;
    QString entity; // wire name: "member", "activity", ...
    QString rowId;
    QString field;
    QString keptValue;
    QString lostValue;
    QString keptVersion;
    QString lostVersion;
    QString keptUser;
    QString lostUser;
};

// Read-only queries over the local store. Totals are always computed from rows.
class Queries
{
public:
    explicit Queries(Database &db);

    std::optional<OrgUnit> unit(const QString &id) const;
    // A unit's name with its parent's, which tells apart branches of the same name in
    // different communes ("Chi đoàn thôn 1 – Đoàn xã Bình Trung"); the name alone at the
    // top. Empty for an unknown unit.
    QString unitWithParent(const QString &id) const;
    QStringList rootUnitIds() const;
    // The unit and everything below it, depth-first, siblings by name.
    QList<UnitNode> subtree(const QString &rootId) const;
    QStringList subtreeIds(const QString &rootId) const;

    std::optional<Member> member(const QString &id) const;
    int memberCount(const QString &rootUnitId = {}) const; // active, in the subtree

    // Activities of the unit (and below, when `includeSubtree`), from..to inclusive.
    QList<Activity> activities(const QString &unitId, bool includeSubtree, QDate from,
                               QDate to) const;
    std::optional<Activity> activity(const QString &id) const;
    // The rows in members' name order, or (byName false) in no particular order;
    // `expected` (the active members of the activity's unit) only with countExpected.
    AttendanceSheet attendance(const QString &activityId, bool byName = true,
                               bool countExpected = true) const;

    MemberHours hoursForMember(const QString &memberId) const;
    ActivityHours hoursForActivity(const QString &activityId) const;

    QList<Target> targets(const QString &unitId, int year) const;

    // Open conflicts, newest first, at most `limit`; of one record when `rowId` is given.
    QList<ConflictRecord> openConflicts(const QString &rowId = {}, int limit = 500) const;
    int openConflictCount(const QString &rowId = {}) const;

private:
    Database &m_db;
};

} // namespace df
