#include "demo/demogenerator.h"
#include "domain/member.h"
#include "domain/validation.h"
#include "domain/vntext.h"
#include "store/database.h"
#include "store/localstore.h"
#include "store/membersearch.h"
#include "store/migrations.h"
#include "store/queries.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace df;

class TestCore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void folding()
    {
        QCOMPARE(vn::fold(u"Nguyễn Văn Đức"), QStringLiteral("nguyen van duc"));
        QCOMPARE(vn::fold(u"NGUYỄN VĂN AN"), QStringLiteral("nguyen van an"));
        QVERIFY(vn::tokensPrefixMatch("nguyen van an", "van an"));
        QVERIFY(!vn::tokensPrefixMatch("nguyen van an", "van binh"));
    }

    void sortsByGivenNameThenVietnameseAlphabet()
    {
        QStringList names{QStringLiteral("Trần Thị Bình"), QStringLiteral("Nguyễn Văn Anh"),
                          QStringLiteral("Lê Văn An"), QStringLiteral("Phạm Ăn Ân"),
                          QStringLiteral("Đỗ Thị Ăn")};
        std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
            return vn::sortKey(a) < vn::sortKey(b);
        });
        // a < ă < â as letters; "An" before "Anh"; the given name decides first.
        QCOMPARE(names, (QStringList{QStringLiteral("Lê Văn An"), QStringLiteral("Nguyễn Văn Anh"),
                                     QStringLiteral("Đỗ Thị Ăn"), QStringLiteral("Phạm Ăn Ân"),
                                     QStringLiteral("Trần Thị Bình")}));
    }

    void validationMessages()
    {
        const QDate today(2026, 11, 22);
        Member m;
        m.unitId = QStringLiteral("u");
        auto issues = Validation::check(m, today);
        QVERIFY(hasErrors(issues));
        QCOMPARE(issues.first().field, QStringLiteral("fullName"));
        m.fullName = QStringLiteral("Lê Văn An");
        m.birthDate = QDate(2027, 1, 1);
        QVERIFY(firstError(Validation::check(m, today)).contains(QStringLiteral("01/01/2027")));
        m.birthDate = QDate(2000, 5, 1);
        m.joinedDate = QDate(2015, 1, 1); // before 16: a warning only
        issues = Validation::check(m, today);
        QVERIFY(!hasErrors(issues));
        QCOMPARE(issues.size(), 1);
        m.phone = QStringLiteral("12345");
        QVERIFY(firstError(Validation::check(m, today)).contains(QStringLiteral("12345")));
        QVERIFY(Validation::isValidPhone(QStringLiteral("0912 345 678")));
        QVERIFY(Validation::isValidPhone(QStringLiteral("+84912345678")));
        QVERIFY(!Validation::isValidEmail(QStringLiteral("an@")));
    }

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

    void rollbackOnFailure()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("b.sqlite")));
        LocalStore store(db);
        QVERIFY(
            store.saveUnit({QStringLiteral("u"), {}, UnitLevel::Branch, QStringLiteral("X"), {}}));
        try {
            Transaction tx(db);
            db.exec("INSERT INTO org_units(id, level, name) VALUES ('v', 4, 'Y')");
            db.exec("INSERT INTO org_units(id, level, name) VALUES ('w', 9, 'bad level')");
            tx.commit();
        } catch (const StoreError &) {
        }
        QVERIFY(!Queries(db).unit(QStringLiteral("v")));
    }

    void demoDataSearchAndQueries()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("c.sqlite")));
        LocalStore store(db);
        DemoOptions o;
        o.members = 400;
        o.anchor = QDate(2026, 6, 30);
        store.setToday(o.anchor);
        DemoGenerator gen(o);
        gen.writeTo(store);
        QCOMPARE(gen.member(7).fullName, DemoGenerator(o).member(7).fullName); // deterministic
        Queries q(db);
        const QString root = q.rootUnitIds().value(0);
        const auto tree = q.subtree(root);
        QCOMPARE(tree.size(), gen.units().size());
        QVERIFY(q.memberCount(root) > 300);

        const Member m = gen.member(42);
        MemberSearch search(db);
        MemberFilter f;
        f.status.reset();
        for (const QString &typed :
             {m.fullName, vn::fold(m.fullName), vn::fold(m.fullName).toUpper()}) {
            f.text = typed;
            const auto rows = search.find(f, 500);
            QVERIFY2(std::any_of(rows.begin(), rows.end(),
                                 [&](const MemberRow &r) { return r.id == m.id; }),
                     qPrintable(typed));
        }
        const auto acts = q.activities(root, true, o.anchor.addYears(-1), o.anchor);
        QVERIFY(!acts.isEmpty());
        const auto sheet = q.attendance(acts.first().id);
        QVERIFY(sheet.expected > 0);
        QCOMPARE(sheet.counts[0] + sheet.counts[1] + sheet.counts[2] + sheet.counts[3],
                 int(sheet.rows.size()));
    }
};

QTEST_GUILESS_MAIN(TestCore)
#include "tst_core.moc"
