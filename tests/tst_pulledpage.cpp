#include "sync/pulledpage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace df;

// The pull-page reader: what it accepts, how it makes values canonical, and what it
// refuses. Its answers must match what Schema::normalize and FieldVersions say of the
// same row, since the merge path and the first-sync path read pages through it.
class TestPulledPage : public QObject
{
    Q_OBJECT

    static QByteArray page(const QJsonArray &rows, const QJsonObject &extra = {})
    {
        QJsonObject o{{QStringLiteral("protocol"), 1},
                      {QStringLiteral("rows"), rows},
                      {QStringLiteral("evictions"), QJsonArray()},
                      {QStringLiteral("cursor"), 42},
                      {QStringLiteral("has_more"), true},
                      {QStringLiteral("remaining"), 7},
                      {QStringLiteral("server_hlc"), QStringLiteral("123456")},
                      {QStringLiteral("server_time"), qint64(1700000000000)}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            o.insert(it.key(), it.value());
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    static QJsonObject attendance(const QJsonObject &fields,
                                  const QJsonValue &versions = QJsonObject{
                                      {QStringLiteral("*"), QStringLiteral("99/server")}})
    {
        QJsonObject row{{QStringLiteral("entity"), QStringLiteral("attendance")},
                        {QStringLiteral("id"), QStringLiteral("a1")},
                        {QStringLiteral("fields"), fields},
                        {QStringLiteral("seq"), 5}};
        if (!versions.isUndefined())
            row.insert(QStringLiteral("versions"), versions);
        return row;
    }

private Q_SLOTS:
    void pageFields()
    {
        PulledPage p;
        QCOMPARE(
            p.parse(page(
                {attendance({{QStringLiteral("status"), 1}})},
                {{QStringLiteral("evictions"),
                  QJsonArray{QJsonObject{{QStringLiteral("entity"), QStringLiteral("member")},
                                         {QStringLiteral("id"), QStringLiteral("m9")}},
                             QJsonObject{{QStringLiteral("entity"), QStringLiteral("spaceship")},
                                         {QStringLiteral("id"), QStringLiteral("x")}}}}})),
            PulledPage::Error::None);
        QCOMPARE(p.cursor, 42);
        QVERIFY(p.more);
        QCOMPARE(p.remaining, 7);
        QCOMPARE(p.serverHlc, QStringLiteral("123456"));
        QCOMPARE(p.serverTime, qint64(1700000000000));
        QCOMPARE(p.size(), 1);
        QCOMPARE(p.row(0).seq, 5);
        QCOMPARE(p.row(0).newest, 99);
        // An eviction of an unknown entity is passed over, as before.
        QCOMPARE(p.evictions.size(), 1);
        QCOMPARE(p.evictions[0].rowId, QStringLiteral("m9"));
    }

    void canonicalValues()
    {
        PulledPage p;
        const QJsonObject fields{
            {QStringLiteral("activity_id"), QStringLiteral("act")},
            {QStringLiteral("member_id"), QStringLiteral("Nguy\u1EC5n \"An\"")},
            {QStringLiteral("status"), 2.0},  // a whole double reads as an integer
            {QStringLiteral("method"), true}, // a boolean as 1
            {QStringLiteral("recorded_by"), QJsonValue::Null},
            {QStringLiteral("nickname"), QStringLiteral("?")}}; // not a column: left out
        QCOMPARE(p.parse(page({attendance(fields)})), PulledPage::Error::None);
        const PulledPage::Value *v = p.values(p.row(0));
        QCOMPARE(v[0].kind, PulledPage::Value::Text);
        QCOMPARE(QString::fromUtf8(v[1].text), QStringLiteral("Nguy\u1EC5n \"An\""));
        QCOMPARE(v[2].kind, PulledPage::Value::Int);
        QCOMPARE(v[2].integer, 2);
        QCOMPARE(v[3].kind, PulledPage::Value::Absent); // checked_in_at not sent
        QCOMPARE(v[4].integer, 1);
        QCOMPARE(v[5].kind, PulledPage::Value::Null);

        // The merge's form of the row: what Schema::normalize makes of the same fields.
        const RowState r = p.rowState(0);
        QCOMPARE(r.rowId, QStringLiteral("a1"));
        QJsonObject expected;
        for (const Column &c : Schema::spec(Entity::Attendance).columns) {
            QJsonValue value = fields.value(QLatin1String(c.name));
            if (value.isUndefined())
                continue;
            QVERIFY(Schema::normalize(c, value, nullptr) || value.isNull());
            expected.insert(QLatin1String(c.name), value);
        }
        QCOMPARE(r.fields, expected);
        QCOMPARE(r.versions.encode(), QStringLiteral("{\"*\":\"99/server\"}"));
    }

    void refusedValues_data()
    {
        QTest::addColumn<QJsonObject>("fields");
        QTest::newRow("text as number") << QJsonObject{{QStringLiteral("member_id"), 7}};
        QTest::newRow("integer as text")
            << QJsonObject{{QStringLiteral("status"), QStringLiteral("1")}};
        QTest::newRow("fraction") << QJsonObject{{QStringLiteral("status"), 1.5}};
        QTest::newRow("beyond 2^53") << QJsonObject{{QStringLiteral("status"), 1e17}};
        QTest::newRow("long text")
            << QJsonObject{{QStringLiteral("recorded_by"), QString(10001, QLatin1Char('a'))}};
        QTest::newRow("object") << QJsonObject{{QStringLiteral("status"), QJsonObject()}};
    }
    void refusedValues()
    {
        QFETCH(QJsonObject, fields);
        PulledPage p;
        QCOMPARE(p.parse(page({attendance(fields)})), PulledPage::Error::Row);
        QCOMPARE(p.size(), 0);
    }

    // A rejected push's `current` row is read by the same rules, on its own.
    void oneRowBySameRules()
    {
        QFETCH(QJsonObject, fields);
        PulledPage p;
        const auto row = [](const QJsonObject &o) {
            return QJsonDocument(o).toJson(QJsonDocument::Compact);
        };
        QVERIFY(!p.readOne(row(attendance(fields))));
        const auto good =
            p.readOne(row(attendance({{QStringLiteral("status"), true},
                                      {QStringLiteral("recorded_by"), QStringLiteral("x")}})));
        QVERIFY(good);
        QCOMPARE(good->rowId, QStringLiteral("a1"));
        QCOMPARE(good->fields.value(QStringLiteral("status")), QJsonValue(qint64(1)));
        QCOMPARE(good->versions.encode(), QStringLiteral("{\"*\":\"99/server\"}"));
        QVERIFY(!p.readOne("{\"entity\":\"nothing\",\"id\":\"a\"}"));
        QVERIFY(!p.readOne("not json"));
    }
    void oneRowBySameRules_data() { refusedValues_data(); }

    void longTextCountsCharacters()
    {
        // 4,000 characters of three bytes each: 12,000 bytes but within 10,000 characters.
        PulledPage p;
        const QString text(4000, QChar(0x1EC7));
        QCOMPARE(p.parse(page({attendance({{QStringLiteral("recorded_by"), text}})})),
                 PulledPage::Error::None);
        QCOMPARE(QString::fromUtf8(p.values(p.row(0))[5].text), text);
    }

    void versions()
    {
        PulledPage p;
        // Several versions go through FieldVersions: the stored form is its encoding.
        const QJsonObject several{{QStringLiteral("*"), QStringLiteral("10/server")},
                                  {QStringLiteral("status"), QStringLiteral("30/dev-b")}};
        QCOMPARE(p.parse(page({attendance({}, several)})), PulledPage::Error::None);
        QCOMPARE(p.row(0).newest, 30);
        bool ok = false;
        const FieldVersions back =
            FieldVersions::decode(QString::fromUtf8(p.versions(p.row(0))), &ok);
        QVERIFY(ok);
        QCOMPARE(back.of(QStringLiteral("status")).device, QStringLiteral("dev-b"));
        QCOMPARE(back.of(QStringLiteral("method")).hlc, 10);

        // No versions at all read as none, as FieldVersions::fromJson of nothing.
        QCOMPARE(p.parse(page({attendance({}, QJsonValue::Undefined)})), PulledPage::Error::None);
        QCOMPARE(p.row(0).newest, 0);
        QVERIFY(FieldVersions::decode(QString::fromUtf8(p.versions(p.row(0)))).isEmpty());

        for (const QJsonValue &bad :
             {QJsonValue(QStringLiteral("0/server")), QJsonValue(QStringLiteral("12")),
              QJsonValue(QStringLiteral("x/server")), QJsonValue(12)}) {
            QCOMPARE(p.parse(page({attendance({}, QJsonObject{{QStringLiteral("*"), bad}})})),
                     PulledPage::Error::Row);
        }
    }

    void refusedPages()
    {
        PulledPage p;
        const QByteArray good = page({attendance({{QStringLiteral("status"), 1}})});
        QCOMPARE(p.parse(good.left(good.size() - 20)), PulledPage::Error::Page); // truncated
        QCOMPARE(p.parse("[1,2]"), PulledPage::Error::Page);
        QCOMPARE(
            p.parse(QJsonDocument(QJsonObject{{QStringLiteral("rows"), QJsonArray()}}).toJson()),
            PulledPage::Error::Page); // no cursor
        QCOMPARE(p.size(), 0);
        QJsonObject unknown = attendance({});
        unknown.insert(QStringLiteral("entity"), QStringLiteral("spaceship"));
        QCOMPARE(p.parse(page({unknown})), PulledPage::Error::Row);
        QJsonObject noId = attendance({});
        noId.insert(QStringLiteral("id"), QString());
        QCOMPARE(p.parse(page({noId})), PulledPage::Error::Row);
        // The same page object reads a good page afterwards.
        QCOMPARE(p.parse(good), PulledPage::Error::None);
        QCOMPARE(p.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPulledPage)
#include "tst_pulledpage.moc"
