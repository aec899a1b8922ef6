#pragma once

#include <QString>

namespace df {

class Auth;
class SyncService;

struct SeedReport
{
    int rows = 0;
    QString rootUnitId;
    QString districtUnitId;
    QString branchUnitId;
};

// Loads the foundation's demo generator into the server: the data is generated into a
// temporary local store (the same write paths as the app), then copied row by row with
// server versions. Adds three demo accounts (admin, district officer, branch secretary).
SeedReport seedDemo(SyncService &sync, Auth &auth, int members, quint64 seed,
                    const QByteArray &password);

} // namespace df
