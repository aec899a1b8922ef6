#pragma once

#include <QString>

namespace df {

class SyncService;
class ServerStore;

// `doanfield-server import --unit ID FILE [--apply] [--duplicates update|skip|add]`: the
// member-list import a device runs (io::MemberImport), for a district office migrating
// many branches. The unit's rows are pulled into a temporary database in the client's
// schema, the file is read and compared with them, and the dry-run report is printed.
// With --apply the rows are written there through the normal write path and pushed to
// this server in process, as a device's push would be (audited as user "server-import"
// with the temporary store's device id).
struct ImportRequest
{
    QString unitId;
    QString file;
    bool apply = false;
    QString duplicates; // what every group of possible duplicates does; "update" when empty
};
int runImport(SyncService &sync, ServerStore &store, const ImportRequest &request);

} // namespace df
