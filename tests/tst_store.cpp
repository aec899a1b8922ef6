#include "demo/demogenerator.h"
#include "domain/activity.h"
#include "domain/attendance.h"
#include "domain/member.h"
#include "domain/orgunit.h"
#include "domain/uuid.h"
#include "domain/vntext.h"
#include "store/database.h"
#include "store/membersearch.h"
#include "store/migrations.h"
#include "store/queries.h"
#include "sync/fieldversions.h"
#include "sync/schema.h"
#include "sync/syncstore.h"
#include "write/localstore.h"
#include "write/wirerow.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <csignal>
#include <thread>

using namespace df;

namespace {

constexpr int kBatch = 50;
const QString kUnit = QStringLiteral("0190a1b2-0000-7000-8000-000000000001");

// The child process of killedWriterLeavesIntactFile: writes members in transactions of
// kBatch rows until killed.
int runWriter(const QString &path)
{
    Database db(path);
    LocalStore store(db);
    store.saveUnit({kUnit, {}, UnitLevel::Branch, QStringLiteral("Chi đoàn 1"), {}});
    std::printf("ready\n");
    std::fflush(stdout);
    for (int batch = 0;; ++batch) {
        Transaction tx(db);
        for (int i = 0; i < kBatch; ++i) {
            Member m;
            m.unitId = kUnit;
            m.fullName = QStringLiteral("Nguyễn Văn %1").arg(batch * kBatch + i);
            store.saveMember(m);
        }
        tx.commit();
    }
}

int integrityErrors(Database &db)
{
    auto st = db.prepare("PRAGMA integrity_check");
    int bad = 0;
    while (st.step())
        bad += st.text(0) == QLatin1String("ok") ? 0 : 1;
    return bad;
}

} // namespace

// The SQLite layer: migrations, transactions, crash safety, and both search plans.
class TestStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void refusesNewerFileAndUpgradesOlder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        {
            Database db(path, Database::Migrate::No);
            Migrations::apply(db, 1);
            db.exec(
                "INSERT INTO org_units(id, level, name) VALUES ('u', 4, 'Chi đoàn 1');"
                "INSERT INTO members(id, unit_id, full_name) VALUES ('m', 'u', 'Nguyễn Văn Đức')");
        }
        {
            Database db(path); // upgrades in place and indexes the existing member
            QCOMPARE(db.userVersion(), Migrations::latestVersion());
            MemberSearch search(db);
            MemberFilter f;
            f.text = QStringLiteral("duc");
            QCOMPARE(search.find(f, 10).size(), 1);
            db.exec("PRAGMA user_version = 99");
        }
        try {
            Database db(path);
            QFAIL("a newer file must be refused");
        } catch (const StoreError &e) {
            QVERIFY(e.message().contains(QStringLiteral("newer")));
        }
    }

    // Two connections open one new file at the same moment (a sign-in's worker and the
    // workspace, say): one creates the schema, the other waits for it and finds it made.
    void twoConnectionsOpenANewFileAtOnce()
    {
        QTemporaryDir dir;
        for (int round = 0; round < 30; ++round) {
            const QString path = dir.filePath(QStringLiteral("new-%1.sqlite").arg(round));
            std::atomic<int> ready{0};
            QStringList errors[2];
            int versions[2] = {-1, -1};
            auto open = [&](int i) {
                ++ready;
                while (ready.load() < 2) {
                } // both start together
                try {
                    Database db(path);
                    versions[i] = db.userVersion();
                } catch (const StoreError &e) {
                    errors[i].append(e.message());
                }
            };
            std::thread a(open, 0);
            std::thread b(open, 1);
            a.join();
            b.join();
            QVERIFY2(errors[0].isEmpty() && errors[1].isEmpty(),
                     qPrintable((errors[0] + errors[1]).join(QLatin1Char('\n'))));
            QCOMPARE(versions[0], Migrations::latestVersion());
            QCOMPARE(versions[1], Migrations::latestVersion());
        }
    }

    // Undo of a check-in removes it quietly only while it has not left the device: once
    // the server acknowledged it (the outbox entry is gone), retracting must refuse, or the
    // server would keep a row the device no longer has.
    void retractOnlyWhatWasNotSent()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("r.sqlite")));
        LocalStore store(db);
        store.setTracking(true);
        QVERIFY(store.saveUnit({kUnit, {}, UnitLevel::Branch, QStringLiteral("X"), {}}));
        Member m;
        m.unitId = kUnit;
        m.fullName = QStringLiteral("Lê Văn Tám");
        const QString member = store.saveMember(m).id;
        Activity a;
        a.unitId = kUnit;
        a.title = QStringLiteral("Sinh hoạt");
        a.startsAt = QDateTime::currentDateTimeUtc();
        const QString activity = store.saveActivity(a).id;
        QStringList sentOps;
        for (const OutboxEntry &e : store.sync().pending(100))
            sentOps.append(e.change.opId);
        store.sync().acknowledge(sentOps);

        Attendance at;
        at.activityId = activity;
        at.memberId = member;
        at.checkedInAt = QDateTime::currentDateTimeUtc();
        const QString id = store.recordAttendance(at).id;
        const QString versions = store.sync().rowVersions(Entity::Attendance, id);
        const auto ops = store.sync().pending(100);
        QCOMPARE(ops.size(), 1);
        store.sync().acknowledge({ops[0].change.opId}); // the server has it now
        QVERIFY(!store.sync().retractUnsent(Entity::Attendance, id, versions));
        QVERIFY(store.sync().read(Schema::spec(Entity::Attendance), id).exists);

        // A second member's check-in still in the outbox goes quietly.
        m.id.clear();
        m.fullName = QStringLiteral("Lê Thị Chín");
        at.memberId = store.saveMember(m).id;
        const QString second = store.recordAttendance(at).id;
        QVERIFY(store.sync().retractUnsent(Entity::Attendance, second,
                                           store.sync().rowVersions(Entity::Attendance, second)));
        QVERIFY(!store.sync().read(Schema::spec(Entity::Attendance), second).exists);
    }

    void rollbackOnFailure()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("b.sqlite")));
        LocalStore store(db);
        QVERIFY(store.saveUnit({kUnit, {}, UnitLevel::Branch, QStringLiteral("X"), {}}));
        bool threw = false;
        try {
            Transaction tx(db);
            db.exec("INSERT INTO org_units(id, level, name) VALUES ('v', 4, 'Y')");
            db.exec("INSERT INTO org_units(id, level, name) VALUES ('w', 9, 'bad level')");
            tx.commit();
        } catch (const StoreError &) {
            threw = true;
        }
        QVERIFY(threw);
        QVERIFY(!Queries(db).unit(QStringLiteral("v")));
        QVERIFY(!db.inTransaction());
    }

    void nestedTransactionRollsBackOnlyItsPart()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("n.sqlite")));
        Transaction outer(db);
        db.exec("INSERT INTO org_units(id, level, name) VALUES ('a', 4, 'A')");
        {
            Transaction inner(db);
            db.exec("INSERT INTO org_units(id, level, name) VALUES ('b', 4, 'B')");
        } // not committed
        outer.commit();
        Queries q(db);
        QVERIFY(q.unit(QStringLiteral("a")));
        QVERIFY(!q.unit(QStringLiteral("b")));
    }

    // Every demo row goes through the write path's checks, the server's value rules among
    // them: none is refused, so the counts are whole, and a value outside its domain is.
    // The migrations are history and list their tables' columns as they were written; the
    // schema (core/sync/schema.cpp) is where a field is defined. A migrated database must
    // have exactly the schema's columns, with matching types and NOT NULL on required
    // fields: a field added to one and not the other fails here.
    // An activity's turnout (present or late) follows its attendance on every path: local
    // check-ins and status changes, pulled rows (attendance before its activity, on a
    // first sync with the derived triggers left out and rebuilt, and incrementally), an
    // eviction; and a database from before it existed is filled when it migrates.
    void turnoutFollowsAttendance()
    {
        const auto turnoutOf = [](Database &db, const QString &activity) {
            auto st = db.prepare("SELECT turnout FROM activities WHERE id = ?1");
            st.bind(1, activity);
            return st.step() ? st.int64(0) : -1;
        };
        const QString unit = QStringLiteral("00000000-0000-7000-8000-0000000000a1");
        const QString act = QStringLiteral("00000000-0000-7000-8000-0000000000a2");
        const QString later = QStringLiteral("00000000-0000-7000-8000-0000000000a3");
        const QStringList people = {QStringLiteral("00000000-0000-7000-8000-0000000000b1"),
                                    QStringLiteral("00000000-0000-7000-8000-0000000000b2"),
                                    QStringLiteral("00000000-0000-7000-8000-0000000000b3")};
        const FieldVersions v(Version{qint64(1790000000000) << 16, QStringLiteral("server")});
        const auto row = [&](const WireRow &w) { return RowState{w.entity, w.id, w.fields, v, 0}; };
        OrgUnit u{unit, {}, UnitLevel::Branch, QStringLiteral("Chi đoàn"), {}};
        Activity a;
        a.id = act;
        a.unitId = unit;
        a.title = QStringLiteral("Sinh hoạt");
        a.startsAt = QDateTime::fromMSecsSinceEpoch(1790000000000, Qt::UTC);
        Activity b = a;
        b.id = later;
        QList<RowState> firstPage{row(wireRow(u))};
        QList<RowState> attendance;
        for (int i = 0; i < people.size(); ++i) {
            Member m;
            m.id = people[i];
            m.unitId = unit;
            m.fullName = QStringLiteral("Người %1").arg(i);
            firstPage.append(row(wireRow(m)));
            for (const QString &activity : {act, later}) {
                Attendance at;
                at.activityId = activity;
                at.memberId = people[i];
                at.status = i < 2 ? AttendanceStatus::Present : AttendanceStatus::Absent;
                if (i < 2)
                    at.checkedInAt = a.startsAt;
                attendance.append(row(wireRow(at)));
            }
        }
        // A first sync: attendance in a page before its activity's.
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("turnout.sqlite")));
        SyncStore sync(db);
        QVERIFY(sync.beginInitialLoad());
        sync.applyPage(firstPage + attendance.mid(0, 2), {}, 1, 0);
        sync.applyPage(attendance.mid(2) + QList<RowState>{row(wireRow(a))}, {}, 2, 0);
        sync.finishInitialLoad();
        QCOMPARE(turnoutOf(db, act), 2);
        // Incrementally: the other activity arrives after its attendance.
        QCOMPARE(turnoutOf(db, later), -1);
        sync.applyPage({row(wireRow(b))}, {}, 3, 0);
        QCOMPARE(turnoutOf(db, later), 2);
        // Local writes: the absent one comes late, then one present is marked excused.
        LocalStore store(db);
        Attendance late;
        late.activityId = act;
        late.memberId = people[2];
        late.status = AttendanceStatus::Late;
        late.checkedInAt = a.startsAt.addSecs(900);
        QVERIFY(store.recordAttendance(late).written);
        QCOMPARE(turnoutOf(db, act), 3);
        Attendance excused;
        excused.activityId = act;
        excused.memberId = people[0];
        excused.status = AttendanceStatus::Excused;
        QVERIFY(store.recordAttendance(excused).written);
        QCOMPARE(turnoutOf(db, act), 2);
        // An activity edit keeps it; an evicted attendance row takes its count along.
        a.title = QStringLiteral("Sinh hoạt tháng 9");
        QVERIFY(store.saveActivity(a).written);
        QCOMPARE(turnoutOf(db, act), 2);
        sync.evict(Entity::Attendance, Uuid::attendanceId(act, people[1]));
        QCOMPARE(turnoutOf(db, act), 1);

        // A database of schema 3 with attendance is filled by the migration.
        const QString old = dir.filePath(QStringLiteral("turnout-v3.sqlite"));
        {
            Database v3(old, Database::Migrate::No);
            Migrations::apply(v3, 3);
            SyncStore s3(v3);
            s3.applyPage(firstPage + QList<RowState>{row(wireRow(a))} + attendance, {}, 1, 0);
        }
        Database upgraded(old);
        QCOMPARE(upgraded.userVersion(), Migrations::latestVersion());
        QCOMPARE(turnoutOf(upgraded, act), 2);
    }

    void migratedTablesMatchTheSchema()
    {
        Database db(QStringLiteral(":memory:"));
        for (const EntitySpec &spec : Schema::entities()) {
            auto st =
                db.prepare(QByteArray("SELECT name, type, \"notnull\" FROM pragma_table_info('") +
                           spec.table + "')");
            QMap<QString, std::pair<QString, bool>> columns;
            while (st.step())
                columns.insert(st.text(0), {st.text(1), st.int32(2) != 0});
            for (const char *own : {"id", "_v", "search_key", "sort_key", "turnout"})
                columns.remove(QLatin1String(own));
            QStringList missing;
            for (const Column &c : spec.columns) {
                const auto it = columns.constFind(QLatin1String(c.name));
                if (it == columns.cend()) {
                    missing.append(QLatin1String(c.name));
                    continue;
                }
                const QString type = c.type == ColumnType::Text  ? QStringLiteral("TEXT")
                                     : c.type == ColumnType::Int ? QStringLiteral("INTEGER")
                                                                 : QStringLiteral("REAL");
                QVERIFY2(it->first == type, qPrintable(QLatin1String(spec.table) + '.' + c.name));
                if (c.required)
                    QVERIFY2(it->second, qPrintable(QLatin1String(spec.table) + '.' + c.name +
                                                    " is required but nullable"));
                columns.remove(QLatin1String(c.name));
            }
            QVERIFY2(missing.isEmpty(), qPrintable(QLatin1String(spec.table) + " lacks " +
                                                   missing.join(QLatin1String(", "))));
            QVERIFY2(columns.isEmpty(),
                     qPrintable(QLatin1String(spec.table) + " has columns the schema does not: " +
                                columns.keys().join(QLatin1String(", "))));
        }
    }

    void demoDataPassesTheWireRules()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("d.sqlite")));
        LocalStore store(db);
        DemoOptions options;
        options.members = 400;
        const DemoGenerator demo(options);
        demo.writeTo(store);
        const auto count = [&](const char *sql) {
            auto st = db.prepare(sql);
            st.step();
            return st.int32(0);
        };
        QCOMPARE(count("SELECT count(*) FROM members"), 400);
        auto units = db.prepare("SELECT count(*) FROM org_units");
        units.step();
        QCOMPARE(units.int32(0), demo.units().size());
        for (const char *sql :
             {"SELECT count(*) FROM activities", "SELECT count(*) FROM attendance",
              "SELECT count(*) FROM volunteer_entries"}) {
            auto st = db.prepare(sql);
            st.step();
            QVERIFY2(st.int32(0) > 0, sql);
        }
        // A value the app's own validation lets through but the wire rules refuse.
        Member m = demo.member(0);
        m.id.clear();
        m.cardNumber = QString(51, QLatin1Char('9'));
        const WriteResult r = store.saveMember(m);
        QVERIFY(!r.written);
        QCOMPARE(r.issues.last().field, QStringLiteral("card_number"));
        QCOMPARE(count("SELECT count(*) FROM members"), 400);

        // Only what an edit sends is judged, as on the server: a value the row already
        // holds (here an address longer than the rules allow, as an old pull could bring)
        // does not stop an edit of another field.
        Member held = demo.member(1);
        db.prepare("UPDATE members SET address = ?2 WHERE id = ?1")
            .bind(1, held.id)
            .bind(2, QString(600, QLatin1Char('x')))
            .exec();
        held = *Queries(db).member(held.id);
        held.phone = QStringLiteral("0905123456");
        QVERIFY(store.saveMember(held));
        QCOMPARE(Queries(db).member(held.id)->phone, QStringLiteral("0905123456"));
    }

    void invalidMemberIsNotWritten()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("v.sqlite")));
        LocalStore store(db);
        store.saveUnit({kUnit, {}, UnitLevel::Branch, QStringLiteral("X"), {}});
        Member m;
        m.unitId = kUnit;
        m.fullName = QStringLiteral("Lê Văn An");
        m.email = QStringLiteral("not an email");
        const WriteResult r = store.saveMember(m);
        QVERIFY(!r.written);
        QVERIFY(hasErrors(r.issues));
        QCOMPARE(Queries(db).memberCount(), 0);
    }

    void killedWriterLeavesIntactFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        for (int trial = 0; trial < 3; ++trial) {
            QProcess writer;
            writer.start(QCoreApplication::applicationFilePath(),
                         {QStringLiteral("--writer"), path});
            QVERIFY(writer.waitForReadyRead(10000));
            QTest::qWait(100 + QRandomGenerator::global()->bounded(200));
            ::kill(pid_t(writer.processId()), SIGKILL);
            QVERIFY(writer.waitForFinished(5000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

            Database db(path);
            QCOMPARE(integrityErrors(db), 0);
            const int count = Queries(db).memberCount();
            QVERIFY(count > 0);
            QCOMPARE(count % kBatch, 0); // whole transactions or nothing
            // The search index agrees with the table after recovery.
            auto st =
                db.prepare("SELECT count(*) FROM member_fts WHERE member_fts MATCH 'nguyen*'");
            st.step();
            QCOMPARE(st.int32(0), count);
        }
    }

    // Whatever plan MemberSearch picks (index walk, FTS with a budget fallback), the rows
    // equal a brute-force scan in name order.
    void searchPlansAgreeWithBruteForce()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("s.sqlite")));
        LocalStore store(db);
        store.saveUnit({kUnit, {}, UnitLevel::Branch, QStringLiteral("X"), {}});
        const QStringList family{QStringLiteral("Nguyễn"), QStringLiteral("Trần"),
                                 QStringLiteral("Lê"), QStringLiteral("Đặng"),
                                 QStringLiteral("Vũ")};
        const QStringList middle{QStringLiteral("Văn"), QStringLiteral("Thị"),
                                 QStringLiteral("Đức"), QStringLiteral("Ngọc")};
        const QStringList given{QStringLiteral("An"),   QStringLiteral("Anh"),
                                QStringLiteral("Đông"), QStringLiteral("Dũng"),
                                QStringLiteral("Hà"),   QStringLiteral("Kim")};
        QRandomGenerator rng(7);
        QList<QPair<QByteArray, QString>> all; // sort key, folded name
        {
            Transaction tx(db);
            for (int i = 0; i < 3000; ++i) {
                Member m;
                m.unitId = kUnit;
                m.fullName = family[rng.bounded(family.size())] + QLatin1Char(' ') +
                             middle[rng.bounded(middle.size())] + QLatin1Char(' ') +
                             given[rng.bounded(given.size())];
                QVERIFY(store.saveMember(m));
                all.append({vn::sortKey(m.fullName), vn::fold(m.fullName)});
            }
            tx.commit();
        }
        std::sort(all.begin(), all.end());
        MemberSearch search(db);
        for (const char16_t *typed :
             {u"d", u"đ", u"van an", u"VŨ ĐỨC", u"ngoc k", u"nguyen thi ha", u"le an", u"zz"}) {
            MemberFilter f;
            f.text = QString::fromUtf16(typed);
            const auto rows = search.find(f, 40, 5);
            const std::string query = vn::fold(f.text).toStdString();
            QStringList expected;
            for (const auto &[key, folded] : all) {
                if (vn::tokensPrefixMatch(folded.toUtf8().constData(), query.c_str()))
                    expected.append(folded);
            }
            expected = expected.mid(5, 40);
            QStringList got;
            for (const MemberRow &r : rows)
                got.append(vn::fold(r.fullName));
            QCOMPARE(got, expected);
        }
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--writer") == 0)
        return runWriter(QString::fromLocal8Bit(argv[2]));
    TestStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_store.moc"
