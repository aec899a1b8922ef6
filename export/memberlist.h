#pragma once

#include <QString>
#include <functional>

namespace df {

class Database;

namespace MemberList {
// The active members of a unit subtree as an XLSX sheet, by unit then name, with the
// header row frozen. Rows are streamed from the store to the file (constant memory).
// `progress(done)` is called every 1,000 rows; returning false stops and removes the
// file. Returns the number of rows written. Throws ExportError.
qint64 writeXlsx(Database &db, const QString &unitId, const QString &path,
                 const std::function<bool(qint64)> &progress = {});
} // namespace MemberList

} // namespace df
