#pragma once

#include <QString>

namespace df {

class Database;
class SyncService;
class ServerStore;
struct User;

// Everything `reader` may see, pulled into `db` (a new database in the client's schema)
// exactly as a device's first sync receives it: the `report` and `import` commands work
// on this copy with the device's own code. False when a page cannot be read back.
bool pullIntoClientCopy(SyncService &sync, const User &reader, Database &db,
                        qint64 *rows = nullptr);

// `doanfield-server report`: a unit subtree's report for a period, computed by the same
// core code a device runs (ReportBuilder) over the server's rows, which are first pulled
// into a temporary database in the client's schema exactly as a device would receive
// them. Writes FILE.xlsx or FILE.pdf. Returns the exit code; says what went wrong on
// stderr in a sentence.
struct ReportRequest
{
    QString unitId;
    QString period;  // 2026H1 | 2026 | FROM..TO
    QString yearEnd; // MM-dd, the work year's cut-off ("12-15" when empty)
    QString asOf;    // yyyy-MM-dd; today in Vietnam when empty
    QString out;
};
int runReport(SyncService &sync, ServerStore &store, const ReportRequest &request);

// `doanfield-server cards --unit ID --out FILE.pdf`: the member cards (A4, 10 a page, QR
// codes) of every active member of a unit subtree, from the same client copy, for an
// office that prints a whole district's cards at once.
int runCards(SyncService &sync, ServerStore &store, const QString &unitId, const QString &out);

} // namespace df
