#pragma once

#include "tablefile.h"

#include <QString>
#include <functional>

namespace df {

class Database;
struct MemberFilter;

// Lists people take out of the app, as XLSX or CSV (TableFile), streamed from the store
// so memory does not grow with the rows. `progress(done)` is called every 1,000 rows;
// returning false stops and removes the file. Each returns the rows written and throws
// ExportError with a sentence for the user.
using ExportProgress = std::function<bool(qint64)>;

namespace MemberList {
// The members a filter selects (as the member list shows them), by unit then name, with
// every field the import reads back: export → import changes nothing.
qint64 write(Database &db, const MemberFilter &filter, const QString &path,
             const ExportProgress &progress = {});
// The active members of a unit subtree as XLSX.
qint64 writeXlsx(Database &db, const QString &unitId, const QString &path,
                 const ExportProgress &progress = {});
} // namespace MemberList

namespace AttendanceList {
// An activity's attendance: everyone recorded, by name, with status and check-in time
// (Vietnam time).
qint64 write(Database &db, const QString &activityId, const QString &path,
             const ExportProgress &progress = {});
} // namespace AttendanceList

namespace HoursList {
// Volunteer hours per member of a unit subtree, work dates from `from` to `to` inclusive:
// confirmed hours, hours awaiting confirmation, and entries. Members without an entry in
// the period are left out.
qint64 write(Database &db, const QString &unitId, QDate from, QDate to, const QString &path,
             const ExportProgress &progress = {});
} // namespace HoursList

} // namespace df
