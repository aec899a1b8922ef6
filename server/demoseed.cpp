#include "demoseed.h"

#include "auth.h"
#include "demo/demogenerator.h"
#include "syncservice.h"
#include "write/wirerow.h"

namespace df {

SeedReport seedDemo(SyncService &sync, Auth &auth, int members, quint64 seed,
                    const QByteArray &password)
{
    SeedReport report;
    DemoOptions options;
    options.seed = seed;
    options.members = members;
    const DemoGenerator gen(options);
    report.rootUnitId = gen.units().first().id;
    for (const OrgUnit &u : gen.units()) {
        if (u.level == UnitLevel::District && report.districtUnitId.isEmpty())
            report.districtUnitId = u.id;
    }
    report.branchUnitId = gen.units().at(gen.branchIndexes().first()).id;
    // Straight into the server's rows, in the order the generator makes them (a row's
    // unit, member or activity before it): no client database in between.
    ServerStore &store = sync.store();
    store.begin();
    try {
        sync.beginBulk();
        gen.writeRows([&](const WireRow &row) {
            sync.putRow(row.entity, row.id, row.fields);
            ++report.rows;
        });
        sync.endBulk();
        store.commit();
    } catch (...) {
        store.rollback();
        throw;
    }
    auth.createUser(QStringLiteral("admin"), password, QStringLiteral("admin"), report.rootUnitId);
    auth.createUser(QStringLiteral("huyen"), password, QStringLiteral("officer"),
                    report.districtUnitId);
    auth.createUser(QStringLiteral("chidoan"), password, QStringLiteral("secretary"),
                    report.branchUnitId);
    return report;
}

} // namespace df
