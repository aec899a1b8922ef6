// Databases from every earlier schema version, with real rows: they open, upgrade and keep
// every row, and rows written before sync existed reach the server on the first sync after
// a sign-in through the app's Session (real server, real keychain under with-keyring.sh).
#include "domain/activity.h"
#include "domain/attendance.h"
#include "domain/member.h"
#include "domain/orgunit.h"
#include "domain/target.h"
#include "domain/uuid.h"
#include "domain/volunteerentry.h"
#include "serverprocess.h"
#include "session.h"
#include "store/database.h"
#include "store/membersearch.h"
#include "store/migrations.h"
#include "sync/schema.h"
#include "sync/syncengine.h"
#include "sync/syncscheduler.h"
#include "sync/syncstore.h"
#include "sync/transport.h"
#include "workspace.h"
#include "write/localstore.h"
#include "write/wirerow.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace df;

namespace {

const QString kPassword = QStringLiteral("doanfield-demo");

// One unit as the server has it: the fixture's rows hang under the server's own tree.
struct UnitRow
{
    QString id;
    QJsonObject fields;
};

// The rows an officer would have entered on a device: members (one with a card number),
// an activity, two check-ins, an hour entry and a target, all in wire form.
QList<WireRow> officerRows(const QString &unitId)
{
    QList<WireRow> rows;
    Member a;
    a.id = Uuid::v7();
    a.unitId = unitId;
    a.fullName = QStringLiteral("Nguyễn Thị Ánh Tuyết");
    a.birthDate = QDate(2001, 4, 30);
    a.gender = Gender::Female;
    a.phone = QStringLiteral("0905123456");
    a.cardNumber = QStringLiteral("4910000777");
    a.joinedDate = QDate(2017, 3, 26);
    a.courses = {QStringLiteral("Lớp cảm tình Đoàn")};
    Member b;
    b.id = Uuid::v7();
    b.unitId = unitId;
    b.fullName = QStringLiteral("Trần Văn Đức");
    b.birthDate = QDate(1998, 12, 1);
    b.gender = Gender::Male;
    b.ethnicity = QStringLiteral("Cơ Tu");
    b.hardship = true;
    b.hardshipNote = QStringLiteral("Nhà bị sập sau bão");
    Member c;
    c.id = Uuid::v7();
    c.unitId = unitId;
    c.fullName = QStringLiteral("Lê Hoàng Long");
    c.birthDate = QDate(2003, 7, 9);
    c.status = MemberStatus::TransferredOut;
    Activity act;
    act.id = Uuid::v7();
    act.unitId = unitId;
    act.kind = ActivityKind::VolunteerCampaign;
    act.title = QStringLiteral("Ra quân Chủ nhật xanh");
    act.startsAt = QDateTime(QDate(2026, 3, 22), QTime(1, 0), Qt::UTC);
    act.endsAt = act.startsAt.addSecs(3 * 3600);
    act.place = QStringLiteral("Nhà văn hoá thôn 1");
    act.outputs.treesPlanted = 120;
    Attendance ia;
    ia.activityId = act.id;
    ia.memberId = a.id;
    ia.checkedInAt = act.startsAt.addSecs(300);
    ia.recordedBy = QStringLiteral("admin");
    Attendance ib = ia;
    ib.memberId = b.id;
    ib.status = AttendanceStatus::Late;
    ib.checkedInAt = act.startsAt.addSecs(1500);
    VolunteerEntry hours;
    hours.id = Uuid::v7();
    hours.memberId = a.id;
    hours.activityId = act.id;
    hours.date = QDate(2026, 3, 22);
    hours.hours = 3.5;
    hours.description = QStringLiteral("Trồng cây ven đường");
    Target target;
    target.unitId = unitId;
    target.year = 2024; // not the demo's work year: the server has no such target yet
    target.indicator = QStringLiteral("trees_planted");
    target.value = 500;
    for (const WireRow &row : {wireRow(a), wireRow(b), wireRow(c), wireRow(act), wireRow(ia),
                               wireRow(ib), wireRow(hours), wireRow(target)})
        rows.append(row);
    return rows;
}

// A value as its column stores it (integers as integers), for comparing rows.
QJsonObject canonical(const EntitySpec &spec, QJsonObject fields)
{
    for (const Column &c : spec.columns) {
        QJsonValue v = fields.value(QLatin1String(c.name));
        Schema::normalize(c, v, nullptr);
        fields.insert(QLatin1String(c.name), v);
    }
    return fields;
}

void bindJson(Statement &st, int index, const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        st.bindNull(index);
    else if (v.isString())
        st.bind(index, v.toString());
    else if (v.isBool())
        st.bind(index, v.toBool());
    else if (v.toDouble() == double(v.toInteger()))
        st.bind(index, v.toInteger());
    else
        st.bind(index, v.toDouble());
}

// A file as the app of schema `version` left it. Before sync (1, 2) rows were written
// with plain INSERTs of their columns, and schema 2's writer set the search keys as its
// migration does; from schema 3 on they go through the sync write path, so they carry
// versions and wait in the outbox.
void writeOldFile(const QString &path, int version, const QList<WireRow> &rows)
{
    Database db(path, Database::Migrate::No);
    Migrations::apply(db, version);
    QCOMPARE(db.userVersion(), version);
    if (version >= 3) {
        SyncStore store(db);
        for (const WireRow &row : rows)
            QVERIFY(store.writeLocal(row.entity, row.id, row.fields));
        return;
    }
    Transaction tx(db);
    for (const WireRow &row : rows) {
        const EntitySpec &spec = Schema::spec(row.entity);
        QByteArray names = "id";
        QByteArray marks = "?1";
        for (qsizetype i = 0; i < spec.columns.size(); ++i) {
            names += QByteArray(", ") + spec.columns[i].name;
            marks += ", ?" + QByteArray::number(i + 2);
        }
        auto st = db.prepare(QByteArray("INSERT INTO ") + spec.table + " (" + names + ") VALUES (" +
                             marks + ")");
        st.bind(1, row.id);
        for (qsizetype i = 0; i < spec.columns.size(); ++i)
            bindJson(st, int(i + 2), row.fields.value(QLatin1String(spec.columns[i].name)));
        st.exec();
    }
    if (version == 2)
        db.exec("UPDATE members SET search_key = df_search_key(full_name, card_number), "
                "sort_key = df_sort_key(full_name)");
    tx.commit();
}

int count(Database &db, const char *sql)
{
    auto st = db.prepare(sql);
    return st.step() ? st.int32(0) : -1;
}

// Every row of `rows` is in `store` with the same values; returns the first difference.
QString firstDifference(SyncStore &store, const QList<WireRow> &rows)
{
    for (const WireRow &row : rows) {
        const EntitySpec &spec = Schema::spec(row.entity);
        const StoredRow stored = store.read(spec, row.id);
        if (!stored.exists)
            return QStringLiteral("%1 %2 is missing").arg(QLatin1String(spec.wire), row.id);
        const QJsonObject want = canonical(spec, row.fields);
        const QJsonObject have = canonical(spec, stored.fields);
        for (auto it = want.begin(); it != want.end(); ++it) {
            if (have.value(it.key()) != it.value())
                return QStringLiteral("%1 %2 %3: %4, not %5")
                    .arg(QLatin1String(spec.wire), row.id, it.key(),
                         QString::fromUtf8(QJsonDocument(QJsonArray{have.value(it.key())})
                                               .toJson(QJsonDocument::Compact)),
                         QString::fromUtf8(
                             QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact)));
        }
    }
    return {};
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void upgradeKeepsEveryRow_data();
    void upgradeKeepsEveryRow();
    void firstSyncSendsOldRows_data();
    void firstSyncSendsOldRows();

private:
    // The server's units as a device holds them, and an officer's rows in a branch.
    QList<WireRow> fixtureRows() const;

    QTemporaryDir m_dir;
    QString m_serverDb;
    ServerProcess m_server;
    QUrl m_url;
    QList<UnitRow> m_units; // the server's tree, as a device pulls it
    QString m_branch;       // a branch of that tree
};

void TestMigrations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_serverDb = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.db"));
    ServerProcess::admin(m_serverDb, {QStringLiteral("seed-demo"), QStringLiteral("--members"),
                                      QStringLiteral("10")});
    m_url = m_server.start(m_serverDb);
    QVERIFY(m_url.isValid());
    Database db(QStringLiteral(":memory:"));
    SyncStore store(db);
    HttpTransport transport(m_url, 20000);
    SyncEngine engine(store, transport);
    QVERIFY(engine.signIn(QStringLiteral("admin"), kPassword).ok);
    QVERIFY(engine.sync().ok);
    auto st = db.prepare("SELECT id, level FROM org_units ORDER BY level, rowid");
    while (st.step()) {
        m_units.append({st.text(0), store.read(Schema::spec(Entity::Unit), st.text(0)).fields});
        if (st.int32(1) == int(UnitLevel::Branch) && m_branch.isEmpty())
            m_branch = st.text(0);
    }
    QVERIFY(m_units.size() >= 3);
    QVERIFY(!m_branch.isEmpty());
}

QList<WireRow> TestMigrations::fixtureRows() const
{
    QList<WireRow> rows;
    for (const UnitRow &u : m_units)
        rows.append({Entity::Unit, u.id, u.fields});
    return rows + officerRows(m_branch);
}

void TestMigrations::cleanupTestCase()
{
    m_server.stop();
}

void TestMigrations::upgradeKeepsEveryRow_data()
{
    QTest::addColumn<int>("version");
    for (int v = 1; v < Migrations::latestVersion(); ++v)
        QTest::addRow("schema %d", v) << v;
}

// The file opens through the app's path (Database migrates, the write path's SyncStore
// opens it), is at the latest schema, and holds every row with its values; the derived
// parts a later schema added (search keys and index, turnout) are right for the old rows.
// Rows from before sync each wait in the outbox once, with versions from this device.
void TestMigrations::upgradeKeepsEveryRow()
{
    QFETCH(int, version);
    const QList<WireRow> rows = fixtureRows();
    const QString path = m_dir.filePath(QStringLiteral("upgrade-%1.sqlite").arg(version));
    writeOldFile(path, version, rows);
    if (QTest::currentTestFailed())
        return;

    Database db(path);
    QCOMPARE(db.userVersion(), Migrations::latestVersion());
    LocalStore local(db);
    SyncStore &store = local.sync();
    const QString difference = firstDifference(store, rows);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    int total = 0;
    for (const EntitySpec &spec : Schema::entities()) {
        total += count(db, QByteArray("SELECT count(*) FROM ") + spec.table);
        QCOMPARE(count(db, QByteArray("SELECT count(*) FROM ") + spec.table + " WHERE _v IS NULL"),
                 0);
    }
    QCOMPARE(total, rows.size()); // nothing lost, nothing added
    QCOMPARE(store.pendingCount(), rows.size());
    QCOMPARE(count(db, "SELECT count(DISTINCT entity || row_id) FROM outbox"), rows.size());
    if (version < 3) {
        // Every field of an adopted row carries this device's version.
        const QString device = store.deviceId();
        auto st = db.prepare("SELECT _v FROM members");
        while (st.step())
            QVERIFY2(st.text(0).contains(device), qPrintable(st.text(0)));
    }

    // Derived parts: keys as the write path makes them, the full-text index consistent
    // with them (FTS5's own check throws on a mismatch), a search without diacritics.
    QCOMPARE(count(db, "SELECT count(*) FROM members WHERE search_key IS NOT "
                       "df_search_key(full_name, card_number) OR sort_key IS NOT "
                       "df_sort_key(full_name)"),
             0);
    db.exec("INSERT INTO member_fts(member_fts, rank) VALUES ('integrity-check', 1)");
    MemberSearch search(db);
    MemberFilter filter;
    filter.text = QStringLiteral("tuyet");
    const QList<MemberRow> found = search.find(filter, 10);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().fullName, QStringLiteral("Nguyễn Thị Ánh Tuyết"));
    filter.text = QStringLiteral("4910000777");
    QCOMPARE(search.find(filter, 10).size(), 1);
    QCOMPARE(count(db, "SELECT turnout FROM activities"), 2); // present and late
    QCOMPARE(count(db, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
    auto check = db.prepare("PRAGMA integrity_check");
    QVERIFY(check.step());
    QCOMPARE(check.text(0), QStringLiteral("ok"));
    check.reset();

    // Opening again changes nothing more: the adoption ran once.
    const int pending = store.pendingCount();
    LocalStore again(db);
    QCOMPARE(again.sync().pendingCount(), pending);
}

void TestMigrations::firstSyncSendsOldRows_data()
{
    upgradeKeepsEveryRow_data();
}

// The account's file is from an earlier app: signing in upgrades it, sends its rows (those
// from before sync had no versions and no outbox entries) and pulls the server's. A new
// device then receives every one of them with the same values, and nothing is left unsent
// or in conflict.
void TestMigrations::firstSyncSendsOldRows()
{
    QFETCH(int, version);
    const QList<WireRow> rows = fixtureRows();

    const QString dataDir = m_dir.filePath(QStringLiteral("app-%1").arg(version));
    Workspace workspace;
    Session session(&workspace, dataDir);
    const QString path = session.accountDatabase(m_url.toString(), QStringLiteral("admin"));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    writeOldFile(path, version, rows);
    if (QTest::currentTestFailed())
        return;

    session.signIn(m_url.toString(), QStringLiteral("admin"), kPassword);
    QVERIFY(QTest::qWaitFor([&] { return !session.property("busy").toBool(); }, 30000));
    QCOMPARE(session.mode(), Session::Mode::Account);
    QCOMPARE(workspace.path(), path); // the old file, not a new one
    SyncScheduler *s = session.scheduler();
    QVERIFY(QTest::qWaitFor(
        [&] {
            return s->lastSuccess().isValid() && s->state() == SyncScheduler::State::Idle &&
                   s->pending() == 0;
        },
        60000));
    QCOMPARE(workspace.store().pendingCount(), 0);
    QCOMPARE(count(workspace.store().database(), "SELECT count(*) FROM sync_log"), 0);

    Database other(QStringLiteral(":memory:"));
    SyncStore otherStore(other);
    HttpTransport transport(m_url, 20000);
    SyncEngine engine(otherStore, transport);
    QVERIFY(engine.signIn(QStringLiteral("admin"), kPassword).ok);
    QVERIFY(engine.sync().ok);
    const QString difference = firstDifference(otherStore, rows);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    auto conflicts = other.prepare(
        "SELECT entity, row_id, field, kept_value, lost_value FROM conflicts WHERE resolved = 0");
    while (conflicts.step())
        qWarning() << "conflict" << conflicts.text(0) << conflicts.text(1) << conflicts.text(2)
                   << conflicts.text(3) << conflicts.text(4);
    conflicts.reset();
    QCOMPARE(count(other, "SELECT count(*) FROM conflicts WHERE resolved = 0"), 0);
    // And this device holds the server's rows besides its own, as the new one does.
    for (const EntitySpec &spec : Schema::entities()) {
        const QByteArray sql = QByteArray("SELECT count(*) FROM ") + spec.table;
        QCOMPARE(count(workspace.store().database(), sql), count(other, sql));
    }
    session.signOut();
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
