#include "demoseed.h"

#include "auth.h"
#include "demo/demogenerator.h"
#include "store/database.h"
#include "sync/schema.h"
#include "syncservice.h"
#include "write/localstore.h"

#include <QJsonObject>
#include <QTemporaryDir>

namespace df {

SeedReport seedDemo(SyncService &sync, Auth &auth, int members, quint64 seed,
                    const QByteArray &password)
{
    SeedReport report;
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("seed.sqlite")));
    {
        LocalStore store(db);
        store.setTracking(false);
        DemoOptions options;
        options.seed = seed;
        options.members = members;
        DemoGenerator gen(options);
        gen.writeTo(store);
        report.rootUnitId = gen.units().first().id;
        for (const OrgUnit &u : gen.units()) {
            if (u.level == UnitLevel::District && report.districtUnitId.isEmpty())
                report.districtUnitId = u.id;
        }
        report.branchUnitId = gen.units().at(gen.branchIndexes().first()).id;
    }
    ServerStore &store = sync.store();
    store.begin();
    try {
        sync.beginBulk();
        for (const EntitySpec &spec : Schema::entities()) {
            if (spec.serverOnlyCreate)
                continue;
            QByteArray cols;
            for (const Column &c : spec.columns)
                cols += QByteArray(", ") + c.name;
            // Units parents first; everything else in insertion order.
            auto st = db.prepare(
                QByteArray("SELECT id") + cols + " FROM " + spec.table +
                (spec.entity == Entity::Unit ? " ORDER BY level, rowid" : " ORDER BY rowid"));
            while (st.step()) {
                QJsonObject fields;
                int i = 1;
                for (const Column &c : spec.columns) {
                    QJsonValue v;
                    if (st.isNull(i))
                        v = QJsonValue::Null;
                    else if (c.type == ColumnType::Text)
                        v = st.text(i);
                    else if (c.type == ColumnType::Int)
                        v = QJsonValue(st.int64(i));
                    else
                        v = st.real(i);
                    fields.insert(QLatin1String(c.name), v);
                    ++i;
                }
                sync.putRow(spec.entity, st.text(0), fields);
                ++report.rows;
            }
        }
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
