// Convergence property test: several devices, each a local store in its own database file,
// edit offline and sync through the real server logic (SyncService over an in-memory
// SQLite) with lost, duplicated and replayed messages. Some devices belong to the root
// administrator, others to officers of a district or a branch, whose scope is that
// subtree; an administrator moves units (with everything under them) from one parent to
// another. Devices crash: around a push (before it leaves, or after the server applied
// it and before the answer was stored), in the middle of a pull page, or between steps;
// the crashed device's objects are dropped without any shutdown code running on its
// files, and a new store and engine open the database file and its -wal as the crash left
// them (the same device identity, clock and outbox), then go on.
//
// After a final full sync, an oracle that knows nothing of the product's merge code checks:
// the server's rows are what the protocol's merge rules make of every acknowledged change
// (the greatest version of each field wins, units' parent and name included; attendance
// keeps the earliest check-in; immutable fields their first value); every row's scope
// follows its unit's place in the final tree; each device holds exactly the server's rows
// of its scope (no row that left it, none missing); no change was stamped at or below a
// version it built on (a device's clock survives a crash); each edit is read back at once
// on its device; conflict records exist exactly where concurrent edits happened.
#include "serverstore.h"
#include "syncservice.h"

#include "domain/activity.h"
#include "domain/attendance.h"
#include "domain/member.h"
#include "domain/orgunit.h"
#include "domain/uuid.h"
#include "domain/volunteerentry.h"
#include "store/database.h"
#include "store/membersearch.h"
#include "store/queries.h"
#include "sync/merger.h"
#include "sync/syncengine.h"
#include "sync/syncstore.h"
#include "sync/transport.h"
#include "write/localstore.h"

#include "loopback.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <optional>

using namespace df;
using namespace df::test;

namespace {

struct Crash
{};

// A database file and its -wal as a crashed process leaves them: everything written to
// them so far, nothing that was still to come.
struct DiskImage
{
    QByteArray db;
    std::optional<QByteArray> wal;
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

DiskImage imageOf(const QString &path)
{
    DiskImage image;
    image.db = readAll(path);
    if (QFile::exists(path + QLatin1String("-wal")))
        image.wal = readAll(path + QLatin1String("-wal"));
    return image;
}

// Puts the files back as the crash left them. The -shm file is left out: SQLite rebuilds
// it from the -wal when the first connection opens.
void restoreImage(const QString &path, const DiskImage &image)
{
    const auto write = [](const QString &name, const QByteArray &bytes) {
        QFile f(name);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(name));
    };
    QFile::remove(path + QLatin1String("-shm"));
    QFile::remove(path + QLatin1String("-wal"));
    write(path, image.db);
    if (image.wal)
        write(path + QLatin1String("-wal"), *image.wal);
}

struct Replica
{
    QString path; // the device's database file
    User user;
    QString device;
    qint64 skew = 0; // the device clock's error
    int pageSize = 1000;
    int pushBatch = 500;
    std::unique_ptr<Database> db;
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<FaultyLoopback> transport;
    std::unique_ptr<SyncEngine> engine;
    std::optional<DiskImage> crashed; // the files at the moment of a crash
    int restarts = 0;
};

// Every synced row of a replica, canonically: "entity/id" -> fields and versions.
QMap<QString, QString> dumpReplica(Database &db)
{
    QMap<QString, QString> out;
    SyncStore sync(db);
    for (const EntitySpec &spec : Schema::entities()) {
        auto st = db.prepare(QByteArray("SELECT id FROM ") + spec.table);
        QStringList ids;
        while (st.step())
            ids.append(st.text(0));
        st.reset();
        for (const QString &id : ids) {
            const StoredRow row = sync.read(spec, id);
            QJsonObject o;
            for (const Column &c : spec.columns) {
                const QString name = QLatin1String(c.name);
                o.insert(name, row.fields.value(name));
                o.insert(name + QLatin1String("@"), row.versions.of(name).toString());
            }
            out.insert(QLatin1String(spec.wire) + QLatin1Char('/') + id,
                       QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        }
    }
    return out;
}

// A row as the server stores it: values made canonical for their columns.
struct ServerRow
{
    const EntitySpec *spec = nullptr;
    QJsonObject fields;
    FieldVersions versions;
    QString scope;
};

QMap<QString, ServerRow> serverRows(ServerStore &store)
{
    QMap<QString, ServerRow> out;
    QSqlQuery q = store.exec(QStringLiteral("SELECT entity, id, data, versions, scope FROM rows"));
    while (q.next()) {
        ServerRow r;
        r.spec = Schema::find(q.value(0).toString());
        const QJsonObject data = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        for (const Column &c : r.spec->columns) {
            QJsonValue v = data.value(QLatin1String(c.name));
            Schema::normalize(c, v, nullptr);
            r.fields.insert(QLatin1String(c.name),
                            v.isUndefined() ? QJsonValue(QJsonValue::Null) : v);
        }
        r.versions = FieldVersions::decode(q.value(3).toString());
        r.scope = q.value(4).toString();
        out.insert(q.value(0).toString() + QLatin1Char('/') + q.value(1).toString(), r);
    }
    return out;
}

QString dumpRow(const ServerRow &r)
{
    QJsonObject o;
    for (const Column &c : r.spec->columns) {
        const QString name = QLatin1String(c.name);
        o.insert(name, r.fields.value(name));
        o.insert(name + QLatin1String("@"), r.versions.of(name).toString());
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> dumpServer(ServerStore &store)
{
    QMap<QString, QString> out;
    const QMap<QString, ServerRow> rows = serverRows(store);
    for (auto it = rows.begin(); it != rows.end(); ++it)
        out.insert(it.key(), dumpRow(it.value()));
    return out;
}

// True when `ancestor` is on the chain of bases that leads to `w`.
bool inChain(const QList<Write> &writes, const Write &w, const Version &ancestor)
{
    Version b = w.base;
    for (int guard = 0; !b.isNull() && guard < 1000; ++guard) {
        if (b == ancestor)
            return true;
        const auto it = std::find_if(writes.begin(), writes.end(),
                                     [&](const Write &x) { return x.version == b; });
        if (it == writes.end())
            return false;
        b = it->base;
    }
    return false;
}

// The oracle's picture of the server: every row's fields with their versions, built from
// the rows the server started with and the changes it acknowledged, by the merge rules as
// docs/PROTOCOL.md states them (not by the product's Merger).
struct Cell
{
    QJsonValue value;
    Version version;
};
using ModelRow = QHash<QString, Cell>;
using Model = QMap<QString, ModelRow>; // "entity/id"

Model modelOf(const QMap<QString, ServerRow> &rows)
{
    Model m;
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        ModelRow &row = m[it.key()];
        for (const Column &c : it->spec->columns)
            row.insert(QLatin1String(c.name), {it->fields.value(QLatin1String(c.name)),
                                               it->versions.of(QLatin1String(c.name))});
    }
    return m;
}

bool isCheckIn(Entity e, const QString &field)
{
    return e == Entity::Attendance &&
           (field == QLatin1String("checked_in_at") || field == QLatin1String("method") ||
            field == QLatin1String("recorded_by"));
}

void applyToModel(Model &model, const Change &c)
{
    if (c.entity == Entity::Conflict)
        return; // conflict records are the server's; checked on their own
    const EntitySpec &spec = Schema::spec(c.entity);
    const QString key = QLatin1String(spec.wire) + QLatin1Char('/') + c.rowId;
    const auto value = [&](const QString &field) {
        QJsonValue v = c.fields.value(field);
        Schema::normalize(*spec.column(field), v, nullptr);
        return v;
    };
    if (!model.contains(key)) {
        // A new row: every field it carries, at its version.
        ModelRow &row = model[key];
        for (auto it = c.fields.begin(); it != c.fields.end(); ++it)
            row.insert(it.key(), {value(it.key()), c.versionOf(it.key())});
        return;
    }
    ModelRow &row = model[key];
    if (c.entity == Entity::Attendance && c.fields.contains(QStringLiteral("checked_in_at"))) {
        // The earliest check-in stays, with its method and recorder (equal times: the
        // smaller recorder); the three take the newer version.
        const QString at = QStringLiteral("checked_in_at");
        const QString by = QStringLiteral("recorded_by");
        const QJsonValue mine = row.value(at).value;
        const QJsonValue theirs = value(at);
        const bool earlier =
            !theirs.isNull() && (mine.isNull() || theirs.toInteger() < mine.toInteger() ||
                                 (theirs.toInteger() == mine.toInteger() &&
                                  c.fields.value(by).toString() < row.value(by).value.toString()));
        const Version v = std::max(c.versionOf(at), row.value(at).version);
        for (const char *f : {"checked_in_at", "method", "recorded_by"}) {
            const QString field = QLatin1String(f);
            row[field] = {
                earlier && c.fields.contains(field) ? value(field) : row.value(field).value, v};
        }
    }
    for (auto it = c.fields.begin(); it != c.fields.end(); ++it) {
        const QString &field = it.key();
        if (isCheckIn(c.entity, field))
            continue;
        const Version v = c.versionOf(field);
        const auto cur = row.constFind(field);
        if (cur != row.constEnd() && spec.column(field)->immutable) {
            // The first value stays, at the earliest version that wrote it.
            if (cur->value == value(field) && v < cur->version)
                row[field].version = v;
            continue;
        }
        if (cur == row.constEnd() || v > cur->version)
            row[field] = {value(field), v}; // the greatest version wins
    }
}

// True when a write on the chain of bases that leads to `w` wrote `value`: whoever wrote
// `w` had seen that value.
bool chainHasValue(const QList<Write> &writes, const Write &w, const QJsonValue &value)
{
    Version b = w.base;
    for (int guard = 0; !b.isNull() && guard < 1000; ++guard) {
        const auto it = std::find_if(writes.begin(), writes.end(),
                                     [&](const Write &x) { return x.version == b; });
        if (it == writes.end())
            return false;
        if (it->value == value)
            return true;
        b = it->base;
    }
    return false;
}

// The server's unit tree of the scoped tests: a root, two districts, a branch under each.
struct TwoDistricts
{
    QString root, d1, d2, b1, b2;
};

TwoDistricts putTwoDistricts(SyncService &service)
{
    const TwoDistricts t{QStringLiteral("00000000-0000-7000-8000-000000000001"),
                         QStringLiteral("00000000-0000-7000-8000-000000000002"),
                         QStringLiteral("00000000-0000-7000-8000-000000000003"),
                         QStringLiteral("00000000-0000-7000-8000-000000000004"),
                         QStringLiteral("00000000-0000-7000-8000-000000000005")};
    const auto unit = [&](const QString &id, const QString &parent, int level) {
        service.putRow(
            Entity::Unit, id,
            {{QStringLiteral("parent_id"), parent.isEmpty() ? QJsonValue() : QJsonValue(parent)},
             {QStringLiteral("level"), qint64(level)},
             {QStringLiteral("name"), id.right(1)},
             {QStringLiteral("code"), QJsonValue::Null},
             {QStringLiteral("deleted"), qint64(0)}});
    };
    unit(t.root, {}, 1);
    unit(t.d1, t.root, 2);
    unit(t.d2, t.root, 2);
    unit(t.b1, t.d1, 4);
    unit(t.b2, t.d2, 4);
    return t;
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void convergence();
    void convergence_data();
    void firstSyncInBulk();
    void scopeEdges();
    void retriedOpCarriesTheSameChange();

private:
    void run(int seed);
};

void TestSync::convergence_data()
{
    QTest::addColumn<int>("seed");
    const int seeds = qEnvironmentVariableIntValue("DF_SYNC_SEEDS") > 0
                          ? qEnvironmentVariableIntValue("DF_SYNC_SEEDS")
                          : 500;
    const int first = qEnvironmentVariableIntValue("DF_SYNC_FIRST_SEED");
    for (int s = first; s < first + seeds; ++s)
        QTest::addRow("seed %d", s) << s;
}

void TestSync::convergence()
{
    QFETCH(int, seed);
    try {
        run(seed);
    } catch (const StoreError &e) {
        QFAIL(qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(e.message())));
    } catch (const ServerStoreError &e) {
        QFAIL(qPrintable(QStringLiteral("seed %1: server: %2").arg(seed).arg(e.message())));
    } catch (const RequestError &e) {
        QFAIL(qPrintable(QStringLiteral("seed %1: request: %2").arg(seed).arg(e.message)));
    }
}

// The indexes and triggers of a database, by name: what a first sync drops and restores.
QStringList schemaObjects(Database &db)
{
    QStringList out;
    auto st = db.prepare("SELECT type || ' ' || name FROM sqlite_master WHERE type IN "
                         "('index', 'trigger') ORDER BY 1");
    while (st.step())
        out.append(st.text(0));
    return out;
}

void TestSync::firstSyncInBulk()
{
    qint64 now = 1790000000000;
    ServerStore server(QStringLiteral("sqlite::memory:"));
    SyncService service(server, [&now] { return now; });
    const QString root = QStringLiteral("00000000-0000-7000-8000-000000000001");
    const QString branch = QStringLiteral("00000000-0000-7000-8000-000000000004");
    const auto put = [&](Entity entity, const QString &id, QJsonObject fields) {
        for (const Column &c : Schema::spec(entity).columns) {
            if (!fields.contains(QLatin1String(c.name)))
                fields.insert(QLatin1String(c.name),
                              c.type == ColumnType::Text ? QJsonValue() : QJsonValue(qint64(0)));
        }
        service.putRow(entity, id, fields);
    };
    put(Entity::Unit, root, {{QStringLiteral("level"), 1}, {QStringLiteral("name"), "Tỉnh"}});
    put(Entity::Unit, branch,
        {{QStringLiteral("parent_id"), root},
         {QStringLiteral("level"), 4},
         {QStringLiteral("name"), "Chi đoàn"}});
    const QString activity = Uuid::v7();
    put(Entity::Activity, activity,
        {{QStringLiteral("unit_id"), branch},
         {QStringLiteral("kind"), 1},
         {QStringLiteral("title"), "Sinh hoạt"},
         {QStringLiteral("starts_at"), now}});
    QStringList members;
    for (int i = 0; i < 60; ++i) {
        members.append(Uuid::v7());
        put(Entity::Member, members.last(),
            {{QStringLiteral("unit_id"), branch},
             {QStringLiteral("full_name"), QStringLiteral("Phạm Thị Hoà %1").arg(i)}});
        put(Entity::Attendance, Uuid::v7(),
            {{QStringLiteral("activity_id"), activity},
             {QStringLiteral("member_id"), members.last()},
             {QStringLiteral("checked_in_at"), now + i}});
    }
    const User admin{QStringLiteral("u1"), QStringLiteral("admin"), QStringLiteral("admin"), root};

    // The device's database is a file, so that a crash can be followed by a restart from
    // what the files hold.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("device.sqlite"));
    std::unique_ptr<Database> database;
    std::unique_ptr<LocalStore> localStore;
    std::unique_ptr<SyncEngine> syncEngine;
    QRandomGenerator rng(7);
    QHash<FieldKey, QList<Write>> accepted;
    std::unique_ptr<FaultyLoopback> loopback;
    const auto open = [&] {
        database = std::make_unique<Database>(path);
        localStore = std::make_unique<LocalStore>(*database);
        localStore->sync().setTimeSource([&now] { return now; });
        localStore->sync().setLoadBatchRows(20);
        if (!loopback) {
            loopback = std::make_unique<FaultyLoopback>(
                service, admin, localStore->sync().deviceId(), rng, accepted);
            loopback->faults = false;
        }
        syncEngine = std::make_unique<SyncEngine>(localStore->sync(), *loopback);
        syncEngine->setPageSize(7);
    };
    open();
    const QString device = localStore->sync().deviceId();
    const QStringList fullSchema = schemaObjects(*database);
    // References that follow a restart.
    Database *db = database.get();
    LocalStore *local = localStore.get();
    SyncStore *store = &local->sync();
    SyncEngine *engine = syncEngine.get();
    FaultyLoopback &transport = *loopback;

    // The sixth page is lost: the first five stay (committed in batches of 20 rows and at
    // the failure), and the load is still under way, without the deferred indexes.
    transport.failGetAt = 5;
    QVERIFY(!engine->pull().ok);
    QCOMPARE(store->cursor(), 35);
    QVERIFY(store->initialLoad());
    QVERIFY(!schemaObjects(*db).contains(QStringLiteral("index attendance_member")));
    QVERIFY(!schemaObjects(*db).contains(QStringLiteral("trigger members_fts_insert")));
    QVERIFY(schemaObjects(*db).contains(QStringLiteral("index outbox_row")));
    // Member lists and search keep working without the sort index.
    MemberFilter byName;
    byName.text = QStringLiteral("hoa");
    QVERIFY(!MemberSearch(*db).find(MemberFilter{}, 100).isEmpty());
    QVERIFY_THROWS_NO_EXCEPTION(MemberSearch(*db).find(byName, 20));
    {
        auto fk = db->prepare("PRAGMA foreign_keys");
        QVERIFY(fk.step());
        QCOMPARE(fk.int64(0), 1); // back on for local writes
    }

    // Local writes while loading: an edit of a pulled member and a new member. They must
    // survive the rest of the load, which merges instead of overwriting while they wait.
    now += 1000;
    auto edited = Queries(*db).member(members[0]);
    QVERIFY(edited);
    edited->phone = QStringLiteral("0912345678");
    QVERIFY(local->saveMember(*edited));
    Member added;
    added.unitId = branch;
    added.fullName = QStringLiteral("Lê Văn Mới");
    QVERIFY(local->saveMember(added));
    QCOMPARE(store->pendingCount(), 2);

    // A crash in the middle of a page: the files are taken as they are at that moment, the
    // dead process's objects go, and the device starts again from the files. That page is
    // not kept, the earlier ones are, and the load goes on the same way.
    std::optional<DiskImage> crashed;
    store->setPageHook([&](int index) {
        if (index == 3) {
            crashed = imageOf(path);
            throw Crash{};
        }
    });
    QVERIFY_THROWS_EXCEPTION(Crash, engine->pull());
    QVERIFY(crashed);
    syncEngine.reset();
    localStore.reset();
    database.reset();
    restoreImage(path, *crashed);
    open();
    db = database.get();
    local = localStore.get();
    store = &local->sync();
    engine = syncEngine.get();
    QCOMPARE(store->deviceId(), device);
    QCOMPARE(store->cursor(), 35);
    QVERIFY(store->initialLoad());
    QVERIFY(!schemaObjects(*db).contains(QStringLiteral("index attendance_member")));
    QCOMPARE(store->pendingCount(), 2); // the local writes are still waiting

    // The restarted sync finishes: everything is back and the local writes went out.
    now += 1000;
    QVERIFY(engine->sync().ok);
    QVERIFY(!store->initialLoad());
    QCOMPARE(store->state("initial_load"), QString());
    QCOMPARE(schemaObjects(*db), fullSchema);
    QCOMPARE(store->pendingCount(), 0);
    QVERIFY(engine->sync().ok);
    QCOMPARE(dumpReplica(*db), dumpServer(server));
    QCOMPARE(Queries(*db).member(members[0])->phone, QStringLiteral("0912345678"));
    // The full-text index was rebuilt from the table and answers searches.
    db->exec("INSERT INTO member_fts(member_fts) VALUES ('integrity-check')");
    auto hits = db->prepare("SELECT count(*) FROM member_fts WHERE member_fts MATCH 'hoa'");
    QVERIFY(hits.step());
    QCOMPARE(hits.int64(0), 60);
    hits.reset();
    // A store with rows never loads in bulk again.
    QVERIFY(!store->beginInitialLoad());
}

// A branch's officer whose member was transferred out, and whose branch then moved to
// another district before the device pulled, still gets the member's eviction (it was
// recorded under the branch's old path); the district that lost the branch gets evictions
// for all of it, the one that gained it all its rows. An officer edits the top unit of
// their scope, whose parent the device does not hold.
void TestSync::scopeEdges()
{
    qint64 now = 1790000000000;
    ServerStore server(QStringLiteral("sqlite::memory:"));
    SyncService service(server, [&now] { return now; });
    const auto [root, d1, d2, b1, b2] = putTwoDistricts(service);

    struct Device
    {
        std::unique_ptr<Database> db;
        std::unique_ptr<LocalStore> store;
        std::unique_ptr<FaultyLoopback> transport;
        std::unique_ptr<SyncEngine> engine;
        bool holds(Entity e, const QString &id) const
        {
            return store->sync().read(Schema::spec(e), id).exists;
        }
    };
    QRandomGenerator rng(1);
    QHash<FieldKey, QList<Write>> accepted;
    const auto device = [&](const QString &name, const QString &role, const QString &unitId) {
        auto d = std::make_unique<Device>();
        d->db = std::make_unique<Database>(QStringLiteral(":memory:"));
        d->store = std::make_unique<LocalStore>(*d->db);
        d->store->sync().setTimeSource([&now] { return now; });
        d->transport = std::make_unique<FaultyLoopback>(service, User{name, name, role, unitId},
                                                        d->store->sync().deviceId(), rng, accepted);
        d->transport->faults = false;
        d->engine = std::make_unique<SyncEngine>(d->store->sync(), *d->transport);
        return d;
    };
    auto admin = device(QStringLiteral("admin"), QStringLiteral("admin"), root);
    auto branch1 = device(QStringLiteral("branch1"), QStringLiteral("officer"), b1);
    auto district1 = device(QStringLiteral("district1"), QStringLiteral("officer"), d1);
    auto district2 = device(QStringLiteral("district2"), QStringLiteral("officer"), d2);
    for (Device *d : {admin.get(), branch1.get(), district1.get(), district2.get()})
        QVERIFY(d->engine->sync().ok);

    Member m;
    m.unitId = b1;
    m.fullName = QStringLiteral("Nguyễn Văn An");
    const QString member = admin->store->saveMember(m).id;
    m.fullName = QStringLiteral("Trần Thị Bình");
    const QString stays = admin->store->saveMember(m).id;
    now += 1000;
    QVERIFY(admin->engine->sync().ok);
    for (Device *d : {branch1.get(), district1.get(), district2.get()})
        QVERIFY(d->engine->sync().ok);
    QVERIFY(branch1->holds(Entity::Member, member));
    QVERIFY(district1->holds(Entity::Member, member));
    QVERIFY(!district2->holds(Entity::Member, member));

    // The member moves to the other district's branch, then the branch itself moves
    // under the other district; the officers pull only after both.
    now += 1000;
    auto moved = Queries(*admin->db).member(member);
    moved->unitId = b2;
    QVERIFY(admin->store->saveMember(*moved));
    QVERIFY(admin->engine->sync().ok);
    now += 1000;
    auto b = Queries(*admin->db).unit(b1);
    b->parentId = d2;
    QVERIFY(admin->store->saveUnit(*b));
    QVERIFY(admin->engine->sync().ok);
    for (Device *d : {branch1.get(), district1.get(), district2.get()})
        QVERIFY(d->engine->sync().ok);
    QVERIFY(!branch1->holds(Entity::Member, member));
    QVERIFY(branch1->holds(Entity::Member, stays));
    QVERIFY(branch1->holds(Entity::Unit, b1));
    QVERIFY(!district1->holds(Entity::Member, member));
    QVERIFY(!district1->holds(Entity::Member, stays));
    QVERIFY(!district1->holds(Entity::Unit, b1));
    QVERIFY(district1->holds(Entity::Unit, d1));
    QVERIFY(district2->holds(Entity::Member, member));
    QVERIFY(district2->holds(Entity::Member, stays));
    QVERIFY(district2->holds(Entity::Unit, b1));

    // The district's officer renames their district: its parent is not on the device.
    now += 1000;
    auto top = Queries(*district2->db).unit(d2);
    QVERIFY(top);
    QVERIFY(!district2->holds(Entity::Unit, root));
    top->name = QStringLiteral("Quận 2");
    QVERIFY(district2->store->saveUnit(*top));
    const SyncResult pushed = district2->engine->sync();
    QVERIFY(pushed.ok);
    QCOMPARE(pushed.pushed, 1);
    QCOMPARE(pushed.rejected, 0);
    now += 1000;
    QVERIFY(admin->engine->sync().ok);
    QCOMPARE(Queries(*admin->db).unit(d2)->name, QStringLiteral("Quận 2"));
}

// A push whose request was lost is sent again with the same op_id and the same change:
// not with the row's later values. Otherwise the device's own edits look concurrent to
// the server: the first entry, resent, carries the second edit, and a third edit's entry
// (made after the second was sent and lost) then carries a base the server never saw.
void TestSync::retriedOpCarriesTheSameChange()
{
    qint64 now = 1790000000000;
    ServerStore server(QStringLiteral("sqlite::memory:"));
    SyncService service(server, [&now] { return now; });
    const QString root = QStringLiteral("00000000-0000-7000-8000-000000000001");
    service.putRow(Entity::Unit, root,
                   {{QStringLiteral("parent_id"), QJsonValue()},
                    {QStringLiteral("level"), qint64(1)},
                    {QStringLiteral("name"), QStringLiteral("Tỉnh")},
                    {QStringLiteral("code"), QJsonValue::Null},
                    {QStringLiteral("deleted"), qint64(0)}});
    Database db(QStringLiteral(":memory:"));
    LocalStore local(db);
    local.sync().setTimeSource([&now] { return now; });
    QRandomGenerator rng(1);
    QHash<FieldKey, QList<Write>> accepted;
    FaultyLoopback transport(
        service, {QStringLiteral("u1"), QStringLiteral("admin"), QStringLiteral("admin"), root},
        local.sync().deviceId(), rng, accepted);
    transport.faults = false;
    SyncEngine engine(local.sync(), transport);
    engine.setPushBatch(1);
    QVERIFY(engine.sync().ok);
    const auto rename = [&](const QString &name) {
        now += 1000;
        auto u = Queries(db).unit(root);
        u->name = name;
        QVERIFY(local.saveUnit(*u));
    };
    const auto conflicts = [&] {
        QSqlQuery q =
            server.exec(QStringLiteral("SELECT count(*) FROM rows WHERE entity = 'conflict'"));
        q.next();
        return q.value(0).toInt();
    };

    rename(QStringLiteral("Tỉnh 1"));
    transport.lostPosts = {transport.posts()}; // the first entry is sent and lost
    QVERIFY(!engine.push().ok);
    rename(QStringLiteral("Tỉnh 2")); // a second entry: the first was sent
    // The first entry arrives; the second is sent and lost.
    transport.lostPosts = {transport.posts() + 1};
    QVERIFY(!engine.push().ok);
    QCOMPARE(local.sync().pendingCount(), 1);
    rename(QStringLiteral("Tỉnh 3")); // a third entry: the second was sent
    transport.lostPosts.clear();
    QVERIFY(engine.sync().ok);
    QCOMPARE(local.sync().pendingCount(), 0);
    QCOMPARE(Queries(db).unit(root)->name, QStringLiteral("Tỉnh 3"));
    // One device's edits one after another: no conflict.
    QCOMPARE(conflicts(), 0);
    // The server received each edit once, in order, each built on the one before.
    const QList<Write> names =
        accepted.value(QStringLiteral("unit/") + root + QStringLiteral("/name"));
    QCOMPARE(names.size(), 3);
    QCOMPARE(names[0].value.toString(), QStringLiteral("Tỉnh 1"));
    QCOMPARE(names[1].value.toString(), QStringLiteral("Tỉnh 2"));
    QCOMPARE(names[2].value.toString(), QStringLiteral("Tỉnh 3"));
    QCOMPARE(names[1].base, names[0].version);
    QCOMPARE(names[2].base, names[1].version);
}

void TestSync::run(int seed)
{
    QRandomGenerator rng(quint32(seed) * 2654435761u + 1);
    qint64 now = 1790000000000; // shared "true" time, moved by every step
    const auto failed = [seed](const QString &what) {
        return QStringLiteral("seed %1: %2; replay with DF_SYNC_FIRST_SEED=%1 DF_SYNC_SEEDS=1")
            .arg(seed)
            .arg(what);
    };
#define WHY(what) qPrintable(failed(what))

    ServerStore server(QStringLiteral("sqlite::memory:"));
    SyncService service(server, [&now] { return now; });
    const auto [root, d1, d2, b1, b2] = putTwoDistricts(service);
    const QMap<QString, ServerRow> initial = serverRows(server);

    QHash<FieldKey, QList<Write>> accepted;
    QList<Change> acceptedChanges; // in the order the server applied them
    // The devices' files go to a memory file system where there is one: a crash here is
    // the process's, after which the files hold all that was written to them, so a disk
    // adds nothing but the time its flushes take.
    const QString shm = QStringLiteral("/dev/shm");
    QTemporaryDir dir(QFileInfo(shm).isDir() && QFileInfo(shm).isWritable()
                          ? shm + QStringLiteral("/tst_sync-XXXXXX")
                          : QDir::tempPath() + QStringLiteral("/tst_sync-XXXXXX"));
    QVERIFY(dir.isValid());
    const auto open = [&now](Replica &r) {
        r.db = std::make_unique<Database>(r.path);
        r.store = std::make_unique<LocalStore>(*r.db);
        r.store->sync().setTimeSource([&now, &r] { return now + r.skew; });
        r.engine = std::make_unique<SyncEngine>(r.store->sync(), *r.transport);
        r.engine->setPageSize(r.pageSize);
        r.engine->setPushBatch(r.pushBatch);
    };
    // An edit is read back at once on its device: its new version is above every one
    // the device has seen.
    const auto readsBack = [&](Replica &r, Entity entity, const QString &id, const char *field,
                               const QJsonValue &value) {
        const StoredRow row = r.store->sync().read(Schema::spec(entity), id);
        if (row.fields.value(QLatin1String(field)) == value)
            return true;
        qWarning().noquote() << "seed" << seed << Schema::wireName(entity) << id << field << "wrote"
                             << value << "reads" << row.fields.value(QLatin1String(field)) << "at"
                             << row.versions.of(QLatin1String(field)).toString();
        return false;
    };
    int unique = 0;
    // A crash strikes: the files are taken as they are at this moment, and nothing the
    // dying process would still do reaches them.
    const auto crash = [](Replica &r) {
        r.crashed = imageOf(r.path);
        throw Crash{};
    };
    // The device starts again: the dead process's objects go (what their destructors do
    // to the files is undone), and a new store and engine open the files as the crash
    // left them.
    const auto restart = [&](Replica &r) -> bool {
        r.engine.reset();
        r.store.reset();
        r.db.reset();
        restoreImage(r.path, *r.crashed);
        r.crashed.reset();
        r.transport->crash = {};
        r.transport->crashPostAt = -1;
        // Now and then the clock was changed while the device was off (set back too: the
        // stored clock must keep new edits after the ones already made).
        if (rng.bounded(3) == 0)
            r.skew =
                std::clamp<qint64>(r.skew + qint64(rng.bounded(120001)) - 60000, -180000, 180000);
        open(r);
        ++r.restarts;
        // The user goes on where they stopped: a member whose change is still in the outbox
        // (perhaps in flight when the device died: sent, its answer never stored) gets
        // another field edited. After a change that was sent, that edit must go out in an
        // op of its own, as the one in flight may have reached the server.
        auto inFlight = r.db->prepare("SELECT row_id, fields FROM outbox WHERE entity = 'member' "
                                      "AND fields <> '*' ORDER BY seq LIMIT 1");
        if (!inFlight.step())
            return true;
        const QString id = inFlight.text(0);
        const bool name =
            !inFlight.text(1).split(QLatin1Char(',')).contains(QLatin1String("full_name"));
        inFlight.reset();
        auto m = Queries(*r.db).member(id);
        if (!m)
            return true;
        now += 1 + rng.bounded(1000);
        if (name)
            m->fullName = QStringLiteral("Lê Thị %1").arg(++unique);
        else
            m->phone = QStringLiteral("08%1").arg(10000000 + ++unique);
        if (!r.store->saveMember(*m))
            return false;
        return readsBack(r, Entity::Member, id, name ? "full_name" : "phone",
                         name ? m->fullName : m->phone);
    };

    // Devices: an administrator of the whole tree always, and others signed in as the
    // administrator or as an officer of a district or a branch.
    const QList<User> accounts{
        {QStringLiteral("u1"), QStringLiteral("admin"), QStringLiteral("admin"), root},
        {QStringLiteral("u2"), QStringLiteral("district1"), QStringLiteral("officer"), d1},
        {QStringLiteral("u3"), QStringLiteral("district2"), QStringLiteral("officer"), d2},
        {QStringLiteral("u4"), QStringLiteral("branch1"), QStringLiteral("officer"), b1},
        {QStringLiteral("u5"), QStringLiteral("branch2"), QStringLiteral("officer"), b2}};
    const int count = 3 + int(rng.bounded(3));
    std::vector<std::unique_ptr<Replica>> replicas;
    for (int i = 0; i < count; ++i) {
        replicas.push_back(std::make_unique<Replica>());
        Replica &r = *replicas.back();
        r.path = dir.filePath(QStringLiteral("device%1.sqlite").arg(i));
        r.user = accounts[i == 0 ? 0 : int(rng.bounded(accounts.size()))];
        r.skew = qint64(rng.bounded(240000)) - 120000; // ±2 minutes
        r.pageSize = 1 + int(rng.bounded(20));
        r.pushBatch = 1 + int(rng.bounded(10));
        r.db = std::make_unique<Database>(r.path);
        r.device = SyncStore(*r.db).deviceId();
        r.db.reset();
        r.transport = std::make_unique<FaultyLoopback>(service, r.user, r.device, rng, accepted,
                                                       &acceptedChanges);
        r.transport->trace = qEnvironmentVariableIsSet("DF_SYNC_TRACE");
        open(r);
    }

    // Every device starts signed in with its part of the unit tree.
    for (auto &r : replicas) {
        r->transport->faults = false;
        QVERIFY(r->engine->sync().ok);
        r->transport->faults = true;
    }
    const auto rowsOf = [](Database &db, const char *sql) {
        QStringList ids;
        auto st = db.prepare(sql);
        while (st.step())
            ids.append(st.text(0));
        return ids;
    };
    const bool trace = qEnvironmentVariableIsSet("DF_SYNC_TRACE");
    int crashes[4] = {}; // in a pull page, before a push left, after it was applied, between steps
    const int steps = 30 + int(rng.bounded(30));
    for (int step = 0; step < steps; ++step) {
        now += 1 + rng.bounded(5000);
        Replica &r = *replicas[size_t(rng.bounded(count))];
        LocalStore &s = *r.store;
        const bool admin = r.user.role == QLatin1String("admin");
        const QStringList members =
            rowsOf(*r.db, "SELECT id FROM members WHERE deleted = 0 ORDER BY id");
        const QStringList activities = rowsOf(*r.db, "SELECT id FROM activities ORDER BY id");
        const QStringList units = rowsOf(*r.db, "SELECT id FROM org_units ORDER BY id");
        const QStringList branches =
            rowsOf(*r.db, "SELECT id FROM org_units WHERE level = 4 ORDER BY id");
        const int action = int(rng.bounded(14));
        if (trace)
            qInfo("seed %d step %d: %s does %d", seed, step, qPrintable(r.user.username), action);
        if (action <= 1 || (action <= 7 && members.isEmpty())) {
            if (branches.isEmpty())
                continue;
            Member m;
            m.unitId = branches[rng.bounded(branches.size())];
            m.fullName = QStringLiteral("Nguyễn Văn %1").arg(++unique);
            const WriteResult w = s.saveMember(m);
            QVERIFY2(w, WHY(QStringLiteral("a new member was refused")));
            QVERIFY2(readsBack(r, Entity::Member, w.id, "full_name", m.fullName),
                     WHY(QStringLiteral("a new member does not read back")));
        } else if (action <= 3) {
            auto m = Queries(*r.db).member(members[rng.bounded(members.size())]);
            const bool name = rng.bounded(2);
            if (name)
                m->fullName = QStringLiteral("Trần Thị %1").arg(++unique);
            else
                m->phone = QStringLiteral("09%1").arg(10000000 + ++unique);
            QVERIFY(s.saveMember(*m));
            QVERIFY2(readsBack(r, Entity::Member, m->id, name ? "full_name" : "phone",
                               name ? m->fullName : m->phone),
                     WHY(QStringLiteral("an edit does not read back")));
        } else if (action == 4) {
            auto m = Queries(*r.db).member(members[rng.bounded(members.size())]);
            if (rng.bounded(3) == 0) {
                s.deleteRow(Entity::Member, m->id);
                QVERIFY2(readsBack(r, Entity::Member, m->id, "deleted", qint64(1)),
                         WHY(QStringLiteral("a delete does not read back")));
            } else if (!branches.isEmpty()) {
                m->unitId = branches[rng.bounded(branches.size())]; // a transfer
                s.saveMember(*m);
                QVERIFY2(readsBack(r, Entity::Member, m->id, "unit_id", m->unitId),
                         WHY(QStringLiteral("a transfer does not read back")));
            }
        } else if (action == 5) {
            Activity a;
            a.unitId = units[rng.bounded(units.size())];
            a.title = QStringLiteral("Sinh hoạt %1").arg(++unique);
            a.startsAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
            QVERIFY(s.saveActivity(a));
        } else if (action == 6) {
            if (activities.isEmpty())
                continue;
            Attendance at;
            at.activityId = activities[rng.bounded(activities.size())];
            at.memberId = members[rng.bounded(members.size())];
            at.status = AttendanceStatus(rng.bounded(4));
            at.checkedInAt = QDateTime::fromMSecsSinceEpoch(now - rng.bounded(3600000), Qt::UTC);
            at.recordedBy = QStringLiteral("device %1").arg(rng.bounded(count));
            QVERIFY(s.recordAttendance(at));
        } else if (action == 7) {
            VolunteerEntry e;
            e.memberId = members[rng.bounded(members.size())];
            e.date = QDate(2026, 7, 1);
            e.hours = 1 + rng.bounded(8);
            QVERIFY(s.addVolunteerEntry(e));
        } else if (action <= 9 && admin) {
            // An administrator moves a unit with everything under it: a branch to the other
            // district, a district under the other one (or back to the root), sometimes a
            // move that makes a cycle here or with another device's move.
            QStringList movable = units;
            movable.removeAll(root);
            if (movable.isEmpty())
                continue;
            auto u = Queries(*r.db).unit(movable[rng.bounded(movable.size())]);
            QStringList parents = units;
            parents.removeAll(u->id);
            u->parentId = parents[rng.bounded(parents.size())];
            s.saveUnit(*u);
            QVERIFY2(readsBack(r, Entity::Unit, u->id, "parent_id", u->parentId),
                     WHY(QStringLiteral("a move does not read back")));
        } else if (action <= 10) {
            // A unit renamed, by an administrator or an officer of the unit.
            auto u = Queries(*r.db).unit(units[rng.bounded(units.size())]);
            u->name = QStringLiteral("Đơn vị %1").arg(++unique);
            QVERIFY(s.saveUnit(*u));
            QVERIFY2(readsBack(r, Entity::Unit, u->id, "name", u->name),
                     WHY(QStringLiteral("a rename does not read back")));
        } else if (action <= 12) {
            // A partial sync with faults; sometimes the device crashes in it: before a push
            // leaves, after the server applied it (before the answer is stored), or in the
            // middle of a pull page.
            const int kind = int(rng.bounded(5));
            auto rows = std::make_shared<std::atomic<int>>(0);
            const int crashRow = int(rng.bounded(8));
            if (kind == 0) {
                // Runs on the page writer's thread: counts and decides, nothing random.
                r.store->sync().setPageHook([&r, rows, crashRow, &crash](int) {
                    if (rows->fetch_add(1) == crashRow)
                        crash(r);
                });
            } else if (kind <= 2) {
                r.transport->crashPostAt = r.transport->posts() + int(rng.bounded(3));
                r.transport->crashAfterDelivery = kind == 2;
                r.transport->crash = [&r, &crash] { crash(r); };
            }
            try {
                switch (rng.bounded(3)) {
                case 0:
                    r.engine->push();
                    break;
                case 1:
                    r.engine->pull();
                    break;
                default:
                    r.engine->sync();
                }
                r.store->sync().setPageHook({});
                r.transport->crash = {};
                r.transport->crashPostAt = -1;
            } catch (const Crash &) {
                ++crashes[std::min(kind, 2)];
                QVERIFY2(restart(r), WHY(QStringLiteral("an edit after a restart failed")));
            }
        } else {
            // A crash between two steps (the app killed in the background).
            r.crashed = imageOf(r.path);
            ++crashes[3];
            QVERIFY2(restart(r), WHY(QStringLiteral("an edit after a restart failed")));
        }
    }

    // Final full sync without faults: twice round, so every replica sees every push.
    for (int round = 0; round < 2; ++round) {
        for (auto &r : replicas) {
            r->transport->faults = false;
            now += 1000;
            const SyncResult res = r->engine->sync();
            QVERIFY2(res.ok, WHY(res.error));
        }
    }

    // The oracle's server: the starting rows and every acknowledged change, merged by the
    // protocol's rules.
    Model model = modelOf(initial);
    for (const Change &c : std::as_const(acceptedChanges)) {
        // A device's clock: every version it stamps is above the ones it built on.
        for (auto it = c.base.begin(); it != c.base.end(); ++it) {
            QVERIFY2(c.versionOf(it.key()) > it.value(),
                     WHY(QStringLiteral("%1/%2 %3 was stamped %4, not above the version it "
                                        "built on, %5")
                             .arg(Schema::wireName(c.entity), c.rowId, it.key(),
                                  c.versionOf(it.key()).toString(), it.value().toString())));
        }
        applyToModel(model, c);
    }
    const QMap<QString, ServerRow> rows = serverRows(server);
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        if (it->spec->entity == Entity::Conflict)
            continue;
        QVERIFY2(model.contains(it.key()),
                 WHY(QStringLiteral("the server has %1, which no acknowledged change made")
                         .arg(it.key())));
    }
    for (auto it = model.begin(); it != model.end(); ++it) {
        const auto found = rows.constFind(it.key());
        QVERIFY2(
            found != rows.constEnd(),
            WHY(QStringLiteral("%1 was acknowledged, the server has no such row").arg(it.key())));
        for (const Column &c : found->spec->columns) {
            const QString field = QLatin1String(c.name);
            const auto cell = it->constFind(field);
            const QJsonValue value = found->fields.value(field);
            if (cell == it->constEnd()) {
                QVERIFY2(value.isNull(),
                         WHY(QStringLiteral("%1 %2 was never written").arg(it.key(), field)));
                continue;
            }
            if (value != cell->value || found->versions.of(field) != cell->version) {
                const QString w = it.key().section(QLatin1Char('/'), 0, 0) + QLatin1Char('/') +
                                  it.key().section(QLatin1Char('/'), 1) + QLatin1Char('/') + field;
                for (const Write &x : accepted.value(w))
                    qWarning().noquote() << " acknowledged" << x.version.toString() << "base"
                                         << x.base.toString() << x.value;
                QFAIL(WHY(
                    QStringLiteral("%1 %2 is %3 at %4 on the server; the merge rules "
                                   "make it %5 at %6")
                        .arg(it.key(), field,
                             QString::fromUtf8(
                                 QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)),
                             found->versions.of(field).toString(),
                             QString::fromUtf8(QJsonDocument(QJsonArray{cell->value})
                                                   .toJson(QJsonDocument::Compact)),
                             cell->version.toString())));
            }
        }
    }

    // Scope: every row belongs to a unit (attendance to its activity's, a volunteer entry
    // to its member's, a conflict record to its row's), and its scope is that unit's path
    // in the final tree, as the oracle's rows give it.
    QHash<QString, QString> paths; // unit id -> "/root/…/id/"
    const std::function<QString(const QString &, int)> pathOf = [&](const QString &id,
                                                                    int depth) -> QString {
        if (depth > 10)
            return QStringLiteral("<cycle>");
        if (const auto it = paths.constFind(id); it != paths.constEnd())
            return *it;
        const QString parent = model.value(QStringLiteral("unit/") + id)
                                   .value(QStringLiteral("parent_id"))
                                   .value.toString();
        const QString path = (parent.isEmpty() ? QStringLiteral("/") : pathOf(parent, depth + 1)) +
                             id + QLatin1Char('/');
        paths.insert(id, path);
        return path;
    };
    const std::function<QString(const QString &, const QString &)> unitOf =
        [&](const QString &entity, const QString &id) -> QString {
        const auto field = [&](const char *name) {
            return model.value(entity + QLatin1Char('/') + id)
                .value(QLatin1String(name))
                .value.toString();
        };
        if (entity == QLatin1String("unit"))
            return id;
        if (entity == QLatin1String("attendance"))
            return unitOf(QStringLiteral("activity"), field("activity_id"));
        if (entity == QLatin1String("volunteer_entry"))
            return unitOf(QStringLiteral("member"), field("member_id"));
        if (entity == QLatin1String("conflict")) {
            const ServerRow &c = rows.value(QStringLiteral("conflict/") + id);
            return unitOf(c.fields.value(QStringLiteral("entity")).toString(),
                          c.fields.value(QStringLiteral("row_id")).toString());
        }
        return field("unit_id");
    };
    QHash<QString, QString> scopes; // "entity/id" -> its scope by the oracle
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        const QString scope = pathOf(
            unitOf(it.key().section(QLatin1Char('/'), 0, 0), it.key().section(QLatin1Char('/'), 1)),
            0);
        QVERIFY2(!scope.contains(QLatin1String("<cycle>")),
                 WHY(QStringLiteral("the units make a cycle")));
        QVERIFY2(it->scope == scope,
                 WHY(QStringLiteral("%1 is in scope %2 on the server; its unit is at %3")
                         .arg(it.key(), it->scope, scope)));
        scopes.insert(it.key(), scope);
    }

    const QMap<QString, QString> everything = dumpServer(server);
    if (qEnvironmentVariableIsSet("DF_SYNC_STATS")) {
        int conflictsCount = 0;
        for (auto it = everything.begin(); it != everything.end(); ++it)
            conflictsCount += it.key().startsWith(QLatin1String("conflict/")) ? 1 : 0;
        QStringList devices;
        for (auto &r : replicas)
            devices.append(QStringLiteral("%1:%2 rows, %3 restarts")
                               .arg(r->user.username)
                               .arg(dumpReplica(*r->db).size())
                               .arg(r->restarts));
        int moves = 0;
        for (const Change &c : std::as_const(acceptedChanges))
            moves += c.entity == Entity::Unit && c.fields.contains(QStringLiteral("parent_id"));
        QSqlQuery evictions = server.exec(QStringLiteral("SELECT count(*) FROM evictions"));
        evictions.next();
        qInfo("seed %d: %d rows, %d conflicts, %d acknowledged changes (%d unit moves), %d "
              "evictions, crashes %d/%d/%d/%d (page/before push/after push/idle); %s",
              seed, int(everything.size()), conflictsCount, int(acceptedChanges.size()), moves,
              evictions.value(0).toInt(), crashes[0], crashes[1], crashes[2], crashes[3],
              qPrintable(devices.join(QLatin1String("; "))));
    }
    QVERIFY(everything.size() > 5); // the run did something
    for (auto &r : replicas) {
        QCOMPARE(r->store->sync().pendingCount(), 0);
        // Exactly the server's rows of the device's scope: none that left it, none missing.
        const QString mine = QLatin1Char('/') + r->user.unitId + QLatin1Char('/');
        QMap<QString, QString> expected;
        for (auto it = everything.begin(); it != everything.end(); ++it) {
            if (scopes.value(it.key()).contains(mine))
                expected.insert(it.key(), it.value());
        }
        const QMap<QString, QString> got = dumpReplica(*r->db);
        if (got != expected) {
            for (auto it = expected.begin(); it != expected.end(); ++it) {
                if (got.value(it.key()) != it.value())
                    qWarning().noquote()
                        << "seed" << seed << r->user.username << it.key() << "\n server "
                        << it.value() << "\n replica" << got.value(it.key());
            }
            for (auto it = got.begin(); it != got.end(); ++it) {
                if (!expected.contains(it.key()))
                    qWarning().noquote()
                        << "seed" << seed << r->user.username << "holds" << it.key()
                        << "outside its scope" << r->user.unitId << "(at"
                        << scopes.value(it.key(), QStringLiteral("no server row")) << ")";
            }
            QFAIL(WHY(QStringLiteral("%1's device differs from the server's rows of its scope")
                          .arg(r->user.username)));
        }
    }

    // Conflict records: sound (the two versions were written without seeing each other)
    // and complete (a write nobody built on that lost to a concurrent one has one).
    QSet<QString> lostVersions; // entity/row/field@version from conflict records
    QSet<QString> lostValues;   // entity/row/field=value (JSON text) from conflict records
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        if (it->spec->entity != Entity::Conflict)
            continue;
        const QJsonObject &c = it->fields;
        if (c.value(QStringLiteral("kind")).toInteger() != 0)
            continue;
        const QString key = c.value(QStringLiteral("entity")).toString() + QLatin1Char('/') +
                            c.value(QStringLiteral("row_id")).toString() + QLatin1Char('/') +
                            c.value(QStringLiteral("field")).toString();
        lostVersions.insert(key + QLatin1Char('@') +
                            c.value(QStringLiteral("lost_version")).toString());
        lostValues.insert(key + QLatin1Char('=') +
                          c.value(QStringLiteral("lost_value")).toString());
        const QList<Write> writes = accepted.value(key);
        const Version kept =
            Version::fromString(c.value(QStringLiteral("kept_version")).toString());
        const Version lost =
            Version::fromString(c.value(QStringLiteral("lost_version")).toString());
        for (const Write &w : writes) {
            if ((w.version == kept && inChain(writes, w, lost)) ||
                (w.version == lost && inChain(writes, w, kept))) {
                qWarning().noquote()
                    << "conflict kept" << kept.toString() << "lost" << lost.toString();
                for (const Write &x : writes)
                    qWarning().noquote() << " write" << x.version.toString() << "base"
                                         << x.base.toString() << x.value;
            }
            if (w.version == kept)
                QVERIFY2(!inChain(writes, w, lost),
                         WHY(QStringLiteral("%1 records a sequential edit").arg(key)));
            if (w.version == lost)
                QVERIFY2(!inChain(writes, w, kept), WHY(key));
        }
    }
    for (auto it = accepted.begin(); it != accepted.end(); ++it) {
        const QStringList parts = it.key().split(QLatin1Char('/'));
        const QString field = parts[2];
        const ServerRow row = rows.value(parts[0] + QLatin1Char('/') + parts[1]);
        const Version final = row.versions.of(field);
        const QList<Write> &writes = it.value();
        const auto finalWrite = std::find_if(writes.begin(), writes.end(),
                                             [&](const Write &x) { return x.version == final; });
        for (const Write &w : writes) {
            // A write nobody built on whose value is gone, and was not seen by the write that
            // stayed either (a write on its chain had that value), was lost to a concurrent
            // one and must have left a conflict record, for its version or for its value
            // (two devices that moved a unit to the same parent lost one value, not two):
            // members, activities and units (their name and their parent, a move).
            const bool builtOn = std::any_of(writes.begin(), writes.end(), [&](const Write &x) {
                return inChain(writes, x, w.version);
            });
            const bool tracked =
                (parts[0] == QLatin1String("member") || parts[0] == QLatin1String("activity") ||
                 parts[0] == QLatin1String("unit")) &&
                !w.base.isNull();
            if (!tracked || builtOn || final == w.version || row.fields.value(field) == w.value ||
                (finalWrite != writes.end() && chainHasValue(writes, *finalWrite, w.value)))
                continue;
            const bool recorded =
                lostVersions.contains(it.key() + QLatin1Char('@') + w.version.toString()) ||
                lostValues.contains(it.key() + QLatin1Char('=') + Merger::encodeValue(w.value));
            if (!recorded) {
                qWarning().noquote() << "final" << row.fields.value(field) << final.toString();
                for (const Write &x : writes)
                    qWarning().noquote() << " write" << x.version.toString() << "base"
                                         << x.base.toString() << x.value;
                for (const QString &l : lostVersions)
                    if (l.startsWith(it.key()))
                        qWarning().noquote() << " conflict" << l;
            }
            QVERIFY2(recorded,
                     WHY(QStringLiteral("no conflict record for a lost edit of %1").arg(it.key())));
        }
    }
}
#undef WHY

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
