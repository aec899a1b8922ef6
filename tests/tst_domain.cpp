#include "domain/member.h"
#include "domain/uuid.h"
#include "domain/validation.h"
#include "domain/vntext.h"
#include "domain/volunteerentry.h"

#include <QtTest>

using namespace df;

// Domain rules without a database: folding, Vietnamese name order, validation sentences.
class TestDomain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void folding_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("tones") << QStringLiteral("Nguyễn Văn Đức")
                               << QStringLiteral("nguyen van duc");
        QTest::newRow("upper") << QStringLiteral("NGUYỄN VĂN AN")
                               << QStringLiteral("nguyen van an");
        QTest::newRow("d-bar") << QStringLiteral("Đặng Đình Đạt")
                               << QStringLiteral("dang dinh dat");
        QTest::newRow("horn") << QStringLiteral("Trương Thị Hương")
                              << QStringLiteral("truong thi huong");
        QTest::newRow("y") << QStringLiteral("Huỳnh Mỹ Kỳ") << QStringLiteral("huynh my ky");
    }
    void folding()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(vn::fold(text), folded);
    }

    void prefixMatching()
    {
        QVERIFY(vn::tokensPrefixMatch("nguyen van an", "van an"));
        QVERIFY(vn::tokensPrefixMatch("nguyen van an", "ng v a"));
        QVERIFY(vn::tokensPrefixMatch("dang duc", "duc"));
        QVERIFY(!vn::tokensPrefixMatch("nguyen van an", "van binh"));
        QVERIFY(!vn::tokensPrefixMatch("nguyen van an", "guyen")); // prefixes of words only
        QCOMPARE(vn::ftsPrefixQuery(u"Văn Đức"), QStringLiteral("\"van\"* \"duc\"*"));
    }

    void sortsByGivenNameThenVietnameseAlphabet()
    {
        QStringList names{QStringLiteral("Trần Thị Bình"), QStringLiteral("Nguyễn Văn Anh"),
                          QStringLiteral("Lê Văn An"),     QStringLiteral("Phạm Ăn Ân"),
                          QStringLiteral("Đỗ Thị Ăn"),     QStringLiteral("Đặng Văn Dũng"),
                          QStringLiteral("Bùi Văn Đông"),  QStringLiteral("Lê Thị Ánh")};
        std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
            return vn::sortKey(a) < vn::sortKey(b);
        });
        // The given name decides first; a < ă < â and d < đ are different letters; tones
        // are a second level, so "Lê Thị Ánh" and "Nguyễn Văn Anh" are ordered by the
        // family name before the tone of "Ánh" counts.
        QCOMPARE(names,
                 (QStringList{QStringLiteral("Lê Văn An"), QStringLiteral("Lê Thị Ánh"),
                              QStringLiteral("Nguyễn Văn Anh"), QStringLiteral("Đỗ Thị Ăn"),
                              QStringLiteral("Phạm Ăn Ân"), QStringLiteral("Trần Thị Bình"),
                              QStringLiteral("Đặng Văn Dũng"), QStringLiteral("Bùi Văn Đông")}));
    }

    void sameGivenNameOrdersByFamilyName()
    {
        QVERIFY(vn::sortKey(u"Lê Văn An") < vn::sortKey(u"Nguyễn Văn An"));
        QVERIFY(vn::sortKey(u"Nguyễn Thị An") < vn::sortKey(u"Nguyễn Văn An"));
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
        QCOMPARE(issues.first().field, QStringLiteral("joinedDate"));
        m.phone = QStringLiteral("12345");
        QVERIFY(firstError(Validation::check(m, today)).contains(QStringLiteral("12345")));
        m.phone = QStringLiteral("0912 345 678");
        m.email = QStringLiteral("an@");
        QVERIFY(firstError(Validation::check(m, today)).contains(QStringLiteral("an@")));
        QVERIFY(Validation::isValidPhone(QStringLiteral("0912 345 678")));
        QVERIFY(Validation::isValidPhone(QStringLiteral("+84912345678")));
        QVERIFY(!Validation::isValidPhone(QStringLiteral("+1912345678")));
        QVERIFY(!Validation::isValidEmail(QStringLiteral("an@")));
        QVERIFY(Validation::isValidEmail(QStringLiteral("an.le@doan.vn")));
    }

    void volunteerHoursRange()
    {
        const QDate today(2026, 11, 22);
        VolunteerEntry e;
        e.memberId = QStringLiteral("m");
        e.date = QDate(2026, 7, 1);
        for (double bad : {0.0, -1.0, 24.5}) {
            e.hours = bad;
            QVERIFY2(hasErrors(Validation::check(e, today)), qPrintable(QString::number(bad)));
        }
        for (double good : {0.5, 24.0}) {
            e.hours = good;
            QVERIFY(!hasErrors(Validation::check(e, today)));
        }
    }

    void idsAreTimeOrderedAndAttendanceIdsDerived()
    {
        const QString a = Uuid::v7();
        QThread::msleep(2);
        const QString b = Uuid::v7();
        QVERIFY(a < b);
        QCOMPARE(Uuid::attendanceId(a, b), Uuid::attendanceId(a, b));
        QVERIFY(Uuid::attendanceId(a, b) != Uuid::attendanceId(b, a));
    }
};

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
