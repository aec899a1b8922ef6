// Integration tests against the real doanfield-server process on a free loopback port.
// The database is SQLite in a temporary directory, or PostgreSQL when DF_TEST_POSTGRES
// names a server (tests/with-postgres.sh starts and stops one for the `server_pg` test).
#include "freshdatabase.h"
#include "serverprocess.h"
#include "serverstore.h"

#include "decoder.h"
#include "frames.h"

#include "domain/activity.h"
#include "domain/attendance.h"
#include "domain/cardcode.h"
#include "domain/member.h"
#include "domain/uuid.h"
#include "store/database.h"
#include "store/queries.h"
#include "sync/fieldversions.h"
#include "sync/merger.h"
#include "sync/syncengine.h"
#include "sync/syncstore.h"
#include "sync/transport.h"
#include "write/localstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace df;

namespace {

const QString kPassword = QStringLiteral("mật-khẩu-thử");

// One device: its own database, transport and engine.
struct Client
{
    explicit Client(const QUrl &url)
        : db(QStringLiteral(":memory:"))
        , store(db)
        , transport(url, 20000)
        , engine(store.sync(), transport)
    {}
    Database db;
    LocalStore store;
    HttpTransport transport;
    SyncEngine engine;
    QString user; // the signed-in username

    QStringList ids(const char *sql)
    {
        QStringList out;
        auto st = db.prepare(sql);
        while (st.step())
            out.append(st.text(0));
        return out;
    }
    QString value(const QByteArray &sql, const QString &id)
    {
        auto st = db.prepare(sql);
        st.bind(1, id);
        const QString v = st.step() ? st.text(0) : QString();
        st.reset();
        return v;
    }
};

// A helper's failed check ends the test too.
#define SETTLED(call)                                                                              \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

struct RawReply
{
    int status = 0;
    QJsonObject body;
};

} // namespace

class TestServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void twoClientsEditSameMember();
    void conference();
    void doorsScanOneCard();
    void authorization();
    void badRequests();
    void wrongClock();
    void clockADayOff_data();
    void clockADayOff();
    void failedWriteRollsBack();
    void conflictKeepReachesEveryone();
    void conflictRestoreReachesEveryone();
    void concurrentResolutionOneAnswer_data();
    void concurrentResolutionOneAnswer();
    void resolutionUndoReachesEveryone();
    void deleteConflictRestoreReachesEveryone_data();
    void deleteConflictRestoreReachesEveryone();

private:
    // Devices a (huyen) and b (thon1) edit one member's phone offline, a first; c (tinh)
    // takes no part. After they sync, the server has kept b's later value, a's is the
    // conflict's lost value, and every device holds that one conflict, open.
    struct PhoneConflict
    {
        std::unique_ptr<Client> a, b, c;
        QString member, conflict;
        QString kept = QStringLiteral("0905222222");
        QString lost = QStringLiteral("0905111111");
        std::vector<Client *> all() const { return {a.get(), b.get(), c.get()}; }
    };
    void makePhoneConflict(PhoneConflict &p);
    // The server's stored row, read from its own database (`exists` false when it has none).
    StoredRow serverRow(Entity entity, const QString &id);
    // What each of the server's conflict rows is about ("member.phone"), sorted.
    QStringList serverConflicts();
    // The device holds exactly the server's row: every field's value and version.
    void verifySameAsServer(Client &c, Entity entity, const QString &id);
    // Nothing waits in the device's outbox, nothing was refused, and `conflict` is the only
    // conflict row on the device and on the server, resolved.
    void verifySettled(Client &c, const QString &conflict);

    QString admin(const QStringList &args, const QByteArray &input = {});
    std::unique_ptr<Client> signedIn(const QString &username);
    RawReply raw(const QByteArray &verb, const QString &path, const QByteArray &body,
                 const QByteArray &token, bool protocolHeader = true);

    QTemporaryDir m_dir;
    QString m_db;
    ServerProcess m_server;
    QUrl m_url;
    QString m_province, m_district, m_branch1, m_branch2;
};

QString TestServer::admin(const QStringList &args, const QByteArray &input)
{
    return ServerProcess::admin(m_db, args, input);
}

void TestServer::init()
{
    QVERIFY(m_dir.isValid());
    m_db = freshServerDatabase(m_dir.path());
    m_province = admin({QStringLiteral("create-unit"), QStringLiteral("--name"),
                        QStringLiteral("Tỉnh đoàn Quảng Nam"), QStringLiteral("--level"),
                        QStringLiteral("1")});
    m_district = admin({QStringLiteral("create-unit"), QStringLiteral("--name"),
                        QStringLiteral("Huyện đoàn Duy Xuyên"), QStringLiteral("--level"),
                        QStringLiteral("2"), QStringLiteral("--parent"), m_province});
    m_branch1 = admin({QStringLiteral("create-unit"), QStringLiteral("--name"),
                       QStringLiteral("Chi đoàn thôn 1"), QStringLiteral("--level"),
                       QStringLiteral("4"), QStringLiteral("--parent"), m_district});
    m_branch2 = admin({QStringLiteral("create-unit"), QStringLiteral("--name"),
                       QStringLiteral("Chi đoàn thôn 2"), QStringLiteral("--level"),
                       QStringLiteral("4"), QStringLiteral("--parent"), m_district});
    QCOMPARE(m_branch2.size(), 36);
    const auto user = [&](const char *name, const char *role, const QString &unit) {
        return admin({QStringLiteral("create-user"), QStringLiteral("--username"),
                      QLatin1String(name), QStringLiteral("--role"), QLatin1String(role),
                      QStringLiteral("--unit"), unit, QStringLiteral("--password-stdin")},
                     kPassword.toUtf8() + '\n');
    };
    QVERIFY(!user("tinh", "admin", m_province).isEmpty());
    QVERIFY(!user("huyen", "officer", m_district).isEmpty());
    QVERIFY(!user("thon1", "secretary", m_branch1).isEmpty());

    m_url = m_server.start(m_db);
    QVERIFY(m_url.isValid());
}

void TestServer::cleanup()
{
    m_server.stop();
}

std::unique_ptr<Client> TestServer::signedIn(const QString &username)
{
    auto c = std::make_unique<Client>(m_url);
    const SignInResult r = c->engine.signIn(username, kPassword);
    if (!r.ok)
        qWarning().noquote() << "sign-in failed:" << r.error;
    c->user = r.username;
    return r.ok ? std::move(c) : nullptr;
}

RawReply TestServer::raw(const QByteArray &verb, const QString &path, const QByteArray &body,
                         const QByteArray &token, bool protocolHeader)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(m_url.resolved(QUrl(path)));
    if (protocolHeader)
        request.setRawHeader("DoanField-Protocol", "1");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = nam.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    RawReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return r;
}

// Two officers edit the same member offline; after syncing both hold the same row, the
// later phone number wins, and the earlier one is kept in a conflict record on both.
void TestServer::twoClientsEditSameMember()
{
    auto a = signedIn(QStringLiteral("huyen"));
    auto b = signedIn(QStringLiteral("thon1"));
    QVERIFY(a && b);
    QVERIFY(a->engine.sync().ok);
    QVERIFY(b->engine.sync().ok);

    Member m;
    m.unitId = m_branch1;
    m.fullName = QStringLiteral("Lê Văn An");
    m.phone = QStringLiteral("0905000001");
    const WriteResult created = a->store.saveMember(m);
    QVERIFY(created);
    QVERIFY(a->engine.sync().ok);
    QVERIFY(b->engine.sync().ok);
    auto onB = Queries(b->db).member(created.id);
    QVERIFY(onB);
    QCOMPARE(onB->fullName, m.fullName);

    // Offline on both devices.
    auto onA = Queries(a->db).member(created.id);
    onA->phone = QStringLiteral("0905111111");
    QVERIFY(a->store.saveMember(*onA));
    QTest::qWait(5);
    onB->phone = QStringLiteral("0905222222");
    onB->fullName = QStringLiteral("Lê Văn Ân");
    QVERIFY(b->store.saveMember(*onB));

    const SyncResult ra = a->engine.sync();
    QVERIFY2(ra.ok, qPrintable(ra.error));
    QCOMPARE(ra.pushed, 1);
    QVERIFY(b->engine.sync().ok);
    QVERIFY(a->engine.sync().ok);

    for (Client *c : {a.get(), b.get()}) {
        const auto got = Queries(c->db).member(created.id);
        QCOMPARE(got->phone, QStringLiteral("0905222222"));
        QCOMPARE(got->fullName, QStringLiteral("Lê Văn Ân"));
        QCOMPARE(c->store.sync().pendingCount(), 0);
        const QStringList lost = c->ids("SELECT lost_value FROM conflicts WHERE field = 'phone'");
        QCOMPARE(lost, QStringList{QStringLiteral("\"0905111111\"")});
        QCOMPARE(c->ids("SELECT kept_user FROM conflicts"), QStringList{QStringLiteral("thon1")});
        // The name was edited on one device only: no conflict.
        QVERIFY(c->ids("SELECT id FROM conflicts WHERE field = 'full_name'").isEmpty());
    }
}

// Four door devices check in 500 members each, with overlaps, offline; they sync in a
// random order and the server ends with one row per member, at the earliest time.
void TestServer::conference()
{
    auto organizer = signedIn(QStringLiteral("huyen"));
    QVERIFY(organizer);
    QVERIFY(organizer->engine.sync().ok);
    Activity act;
    act.unitId = m_district;
    act.title = QStringLiteral("Đại hội Đoàn huyện Duy Xuyên");
    act.startsAt = QDateTime::currentDateTimeUtc();
    const WriteResult a = organizer->store.saveActivity(act);
    QVERIFY(a);
    QStringList members;
    {
        Transaction tx(organizer->db);
        for (int i = 0; i < 1000; ++i) {
            Member m;
            m.unitId = i % 2 ? m_branch1 : m_branch2;
            m.fullName = QStringLiteral("Đại biểu số %1").arg(i);
            const WriteResult w = organizer->store.saveMember(m);
            QVERIFY(w);
            members.append(w.id);
        }
        tx.commit();
    }
    const SyncResult up = organizer->engine.sync();
    QVERIFY2(up.ok, qPrintable(up.error));
    QCOMPARE(up.pushed, 1001);

    QRandomGenerator rng(20261122);
    const qint64 opening = act.startsAt.toMSecsSinceEpoch();
    struct Best
    {
        qint64 at;
        QString by;
    };
    QHash<QString, Best> expected;
    std::vector<std::unique_ptr<Client>> doors;
    for (int d = 0; d < 4; ++d) {
        doors.push_back(signedIn(QStringLiteral("huyen")));
        QVERIFY(doors.back());
        QVERIFY(doors.back()->engine.sync().ok);
        const QString door = QStringLiteral("cửa %1").arg(d + 1);
        QStringList pick = members;
        std::shuffle(pick.begin(), pick.end(), std::mt19937(rng.generate()));
        Transaction tx(doors.back()->db);
        for (int i = 0; i < 500; ++i) {
            Attendance at;
            at.activityId = a.id;
            at.memberId = pick[i];
            at.checkedInAt =
                QDateTime::fromMSecsSinceEpoch(opening + rng.bounded(3600000), Qt::UTC);
            at.method = CheckInMethod(rng.bounded(3));
            at.recordedBy = door;
            QVERIFY(doors.back()->store.recordAttendance(at));
            const qint64 t = at.checkedInAt.toMSecsSinceEpoch();
            auto it = expected.find(pick[i]);
            if (it == expected.end() || t < it->at || (t == it->at && door < it->by))
                expected.insert(pick[i], {t, door});
        }
        tx.commit();
    }
    std::vector<int> order{0, 1, 2, 3};
    std::shuffle(order.begin(), order.end(), std::mt19937(rng.generate()));
    for (int round = 0; round < 2; ++round)
        for (int d : order) {
            const SyncResult r = doors[size_t(d)]->engine.sync();
            QVERIFY2(r.ok, qPrintable(r.error));
        }

    auto fresh = signedIn(QStringLiteral("tinh"));
    QVERIFY(fresh);
    QVERIFY(fresh->engine.sync().ok);
    std::vector<Client *> all{fresh.get()};
    for (auto &d : doors)
        all.push_back(d.get());
    for (Client *c : all) {
        auto st = c->db.prepare("SELECT member_id, checked_in_at, recorded_by FROM attendance "
                                "WHERE activity_id = ?1");
        st.bind(1, a.id);
        int rows = 0;
        while (st.step()) {
            ++rows;
            const auto want = expected.value(st.text(0));
            QCOMPARE(st.int64(1), want.at);
            QCOMPARE(st.text(2), want.by);
        }
        QCOMPARE(rows, int(expected.size()));
    }
    QVERIFY(expected.size() > 500 && expected.size() < 1000); // there were overlaps
}

// Two tablets at one door read the same card while offline, each through the camera's
// decode path (a photographed card, tilted differently, through the app's decoder); after
// both sync, the server and both tablets hold one attendance row for the member, at the
// first scan's time, by the tablet that made it, marked as a QR check-in.
void TestServer::doorsScanOneCard()
{
    auto organizer = signedIn(QStringLiteral("huyen"));
    QVERIFY(organizer);
    QVERIFY(organizer->engine.sync().ok);
    Activity act;
    act.unitId = m_branch1;
    act.title = QStringLiteral("Đại hội Chi đoàn thôn 1");
    act.startsAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    const WriteResult a = organizer->store.saveActivity(act);
    QVERIFY(a);
    Member m;
    m.unitId = m_branch1;
    m.fullName = QStringLiteral("Võ Thị Thu Trang");
    m.cardNumber = QStringLiteral("4912345678");
    const WriteResult w = organizer->store.saveMember(m);
    QVERIFY(w);
    QVERIFY(organizer->engine.sync().ok);
    const QString code = CardCode::encode(w.id, m.cardNumber);

    auto doorA = signedIn(QStringLiteral("huyen"));
    auto doorB = signedIn(QStringLiteral("huyen"));
    QVERIFY(doorA && doorB);
    QVERIFY(doorA->engine.sync().ok);
    QVERIFY(doorB->engine.sync().ok);

    // Offline from here: each tablet reads the card and writes its own attendance.
    const qint64 opening = act.startsAt.toMSecsSinceEpoch();
    struct Scan
    {
        Client *door;
        QString name;
        double angle;
        qint64 at;
    };
    const Scan scans[] = {{doorA.get(), QStringLiteral("cửa 1"), 0, opening + 90000},
                          {doorB.get(), QStringLiteral("cửa 2"), 30, opening + 30000}};
    quint64 seed = 7;
    for (const Scan &s : scans) {
        frames::FrameOptions o;
        o.size = 200;
        o.angle = s.angle;
        o.blur = 0.7;
        o.noise = 5;
        o.seed = ++seed;
        const QStringList read = scan::decode(frames::cardFrame(code, o));
        QCOMPARE(read, QStringList{code});
        const CardCode::Parsed card = CardCode::parse(read.first());
        QCOMPARE(card.kind, CardCode::Parsed::Valid);
        QCOMPARE(card.memberId, w.id);
        Attendance at;
        at.activityId = a.id;
        at.memberId = card.memberId;
        at.checkedInAt = QDateTime::fromMSecsSinceEpoch(s.at, Qt::UTC);
        at.method = CheckInMethod::Qr;
        at.recordedBy = s.name;
        QVERIFY(s.door->store.recordAttendance(at));
    }
    for (Client *door : {doorA.get(), doorB.get(), doorA.get()}) {
        const SyncResult r = door->engine.sync();
        QVERIFY2(r.ok, qPrintable(r.error));
    }

    auto fresh = signedIn(QStringLiteral("tinh"));
    QVERIFY(fresh);
    QVERIFY(fresh->engine.sync().ok);
    for (Client *c : {fresh.get(), doorA.get(), doorB.get()}) {
        auto st = c->db.prepare("SELECT id, checked_in_at, method, recorded_by, status FROM "
                                "attendance WHERE activity_id = ?1 AND member_id = ?2");
        st.bind(1, a.id).bind(2, w.id);
        QVERIFY(st.step());
        QCOMPARE(st.text(0), Uuid::attendanceId(a.id, w.id));
        QCOMPARE(st.int64(1), opening + 30000);
        QCOMPARE(st.int32(2), int(CheckInMethod::Qr));
        QCOMPARE(st.text(3), QStringLiteral("cửa 2"));
        QCOMPARE(st.int32(4), int(AttendanceStatus::Present));
        QVERIFY2(!st.step(), "one attendance row, not one per tablet");
    }
}

// A branch secretary sees and changes only the branch; an officer sees the district;
// a signed-out or revoked device gets 401.
void TestServer::authorization()
{
    auto officer = signedIn(QStringLiteral("huyen"));
    auto secretary = signedIn(QStringLiteral("thon1"));
    QVERIFY(officer && secretary);
    QVERIFY(officer->engine.sync().ok);
    Member inside, outside;
    inside.unitId = m_branch1;
    inside.fullName = QStringLiteral("Phạm Thị Hoa");
    outside.unitId = m_branch2;
    outside.fullName = QStringLiteral("Võ Văn Tâm");
    const WriteResult in = officer->store.saveMember(inside);
    const WriteResult out = officer->store.saveMember(outside);
    QVERIFY(in && out);
    QVERIFY(officer->engine.sync().ok);

    QVERIFY(secretary->engine.sync().ok);
    QCOMPARE(secretary->ids("SELECT id FROM members"), QStringList{in.id});
    QCOMPARE(secretary->ids("SELECT id FROM org_units"), QStringList{m_branch1});
    QStringList both{in.id, out.id};
    both.sort();
    QCOMPARE(officer->ids("SELECT id FROM members ORDER BY id"), both);

    // Writing into the other branch, or editing its member, is refused with a reason.
    const auto push = [&](const QJsonObject &change) {
        const TransportReply r = secretary->transport.post(
            QStringLiteral("/api/v1/sync/push"),
            QJsonDocument(QJsonObject{{QStringLiteral("changes"), QJsonArray{change}}})
                .toJson(QJsonDocument::Compact));
        return QJsonDocument::fromJson(r.body).object();
    };
    const QString version = QStringLiteral("%1/%2")
                                .arg(QDateTime::currentMSecsSinceEpoch() << 16)
                                .arg(secretary->store.sync().deviceId());
    QJsonObject edit{{QStringLiteral("op_id"), Uuid::v7()},
                     {QStringLiteral("entity"), QStringLiteral("member")},
                     {QStringLiteral("id"), out.id},
                     {QStringLiteral("fields"), QJsonObject{{QStringLiteral("full_name"),
                                                             QStringLiteral("Đổi tên trái phép")}}},
                     {QStringLiteral("version"), version}};
    QJsonObject answer = push(edit);
    QCOMPARE(answer.value(QStringLiteral("rejected"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("code")),
             QStringLiteral("out_of_scope"));
    QJsonObject create{{QStringLiteral("op_id"), Uuid::v7()},
                       {QStringLiteral("entity"), QStringLiteral("member")},
                       {QStringLiteral("id"), Uuid::v7()},
                       {QStringLiteral("fields"),
                        QJsonObject{{QStringLiteral("full_name"), QStringLiteral("Người lạ")},
                                    {QStringLiteral("unit_id"), m_branch2}}},
                       {QStringLiteral("version"), version}};
    answer = push(create);
    const QJsonObject rej = answer.value(QStringLiteral("rejected")).toArray().first().toObject();
    QVERIFY2(rej.value(QStringLiteral("code")) == QStringLiteral("out_of_scope") ||
                 rej.value(QStringLiteral("code")) == QStringLiteral("incomplete"),
             qPrintable(rej.value(QStringLiteral("code")).toString()));
    QVERIFY(!rej.value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY(officer->engine.sync().ok);
    QCOMPARE(Queries(officer->db).member(out.id)->fullName, outside.fullName);
    QCOMPARE(officer->ids("SELECT id FROM members").size(), 2);

    // A transfer out of the branch reaches the secretary as an eviction.
    auto moved = Queries(officer->db).member(in.id);
    moved->unitId = m_branch2;
    QVERIFY(officer->store.saveMember(*moved));
    QVERIFY(officer->engine.sync().ok);
    QVERIFY(secretary->engine.sync().ok);
    QVERIFY(secretary->ids("SELECT id FROM members").isEmpty());

    // Signed out: 401, with a sentence; local data stays.
    QVERIFY(secretary->engine.signOut().ok);
    SyncResult r = secretary->engine.sync();
    QVERIFY(!r.ok);
    QCOMPARE(r.status, 401);
    QVERIFY(r.error.contains(QStringLiteral("Sign in again")));

    // Revoked by an administrator: 401 on the next call.
    auto again = signedIn(QStringLiteral("thon1"));
    QVERIFY(again);
    QVERIFY(again->engine.sync().ok);
    QVERIFY(
        admin({QStringLiteral("revoke-device"), QStringLiteral("--username"),
               QStringLiteral("thon1"), QStringLiteral("--device"), again->store.sync().deviceId()})
            .startsWith(QStringLiteral("revoked 1")));
    r = again->engine.sync();
    QCOMPARE(r.status, 401);

    // A wrong password is refused with a sentence.
    Client stranger(m_url);
    const SignInResult wrong =
        stranger.engine.signIn(QStringLiteral("thon1"), QStringLiteral("sai"));
    QVERIFY(!wrong.ok);
    QCOMPARE(wrong.status, 401);
    QVERIFY(!wrong.error.isEmpty());
}

// Malformed requests get a 4xx with a JSON error and change nothing.
void TestServer::badRequests()
{
    auto c = signedIn(QStringLiteral("huyen"));
    QVERIFY(c);
    QVERIFY(c->engine.sync().ok);
    const QByteArray token = [&] {
        const TransportReply r = c->transport.post(
            QStringLiteral("/api/v1/session"),
            QJsonDocument(QJsonObject{{QStringLiteral("username"), QStringLiteral("huyen")},
                                      {QStringLiteral("password"), kPassword},
                                      {QStringLiteral("device"), QStringLiteral("raw-1")}})
                .toJson());
        return QJsonDocument::fromJson(r.body)
            .object()
            .value(QStringLiteral("token"))
            .toString()
            .toLatin1();
    }();
    QVERIFY(!token.isEmpty());
    const QString push = QStringLiteral("/api/v1/sync/push");
    const QString pull = QStringLiteral("/api/v1/sync/pull?cursor=0&limit=10");
    const auto rowCount = [&] {
        const RawReply r =
            raw("GET", QStringLiteral("/api/v1/sync/pull?cursor=0&limit=5000"), {}, token);
        return r.body.value(QStringLiteral("rows")).toArray().size();
    };
    const qsizetype before = rowCount();
    QVERIFY(before >= 3);

    struct Case
    {
        const char *what;
        QByteArray verb;
        QString path;
        QByteArray body;
        QByteArray token;
        bool protocol;
        int status;
        const char *code;
    };
    const QByteArray goodChange =
        R"({"op_id":"01900000-0000-7000-8000-000000000001","entity":"member","id":"01900000-0000-7000-8000-000000000002","fields":{"full_name":"A"},"version":"1/d"})";
    const QList<Case> cases{
        {"old protocol", "GET", pull, {}, token, false, 426, "upgrade_required"},
        {"no token", "GET", pull, {}, {}, true, 401, "unauthorized"},
        {"bad token", "GET", pull, {}, "abc", true, 401, "unauthorized"},
        {"not JSON", "POST", push, "{\"changes\": [", token, true, 400, "bad_request"},
        {"extra key", "POST", push, "{\"changes\": [], \"x\": 1}", token, true, 400, "bad_request"},
        {"changes not an array", "POST", push, "{\"changes\": 3}", token, true, 400, "bad_request"},
        {"unknown entity", "POST", push,
         "{\"changes\":[" + QByteArray(goodChange).replace("\"member\"", "\"planet\"") + "]}",
         token, true, 400, "bad_change"},
        {"unknown field", "POST", push,
         "{\"changes\":[" + QByteArray(goodChange).replace("full_name", "shoe_size") + "]}", token,
         true, 400, "bad_change"},
        {"wrong type", "POST", push,
         "{\"changes\":[" + QByteArray(goodChange).replace("\"A\"", "42") + "]}", token, true, 400,
         "bad_change"},
        // Ids are compared as text: an upper-case or braced form of a UUID would be another
        // row (or another op) than the one it names.
        {"upper-case row id", "POST", push,
         "{\"changes\":[" + QByteArray(goodChange).replace("000000000002", "00000000000A") + "]}",
         token, true, 400, "bad_change"},
        {"braced row id", "POST", push,
         "{\"changes\":[" +
             QByteArray(goodChange)
                 .replace("\"01900000-0000-7000-8000-000000000002\"",
                          "\"{01900000-0000-7000-8000-000000000002}\"") +
             "]}",
         token, true, 400, "bad_change"},
        {"upper-case op_id", "POST", push,
         "{\"changes\":[" +
             QByteArray(goodChange)
                 .replace("01900000-0000-7000-8000-000000000001",
                          "01900000-0000-7000-A000-00000000000B") +
             "]}",
         token, true, 400, "bad_change"},
        {"bad cursor",
         "GET",
         QStringLiteral("/api/v1/sync/pull?cursor=-1"),
         {},
         token,
         true,
         400,
         "bad_request"},
        {"oversize", "POST", push,
         "{\"changes\":[],\"pad\":\"" + QByteArray(9 * 1024 * 1024, 'x') + "\"}", token, true, 413,
         "too_large"},
        {"sign-in with an unknown key",
         "POST",
         QStringLiteral("/api/v1/session"),
         R"({"username":"huyen","password":"x","device":"d","admin":true})",
         {},
         true,
         400,
         "bad_request"},
    };
    for (const Case &k : cases) {
        const RawReply r = raw(k.verb, k.path, k.body, k.token, k.protocol);
        QVERIFY2(r.status == k.status,
                 qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(k.what)).arg(r.status)));
        QCOMPARE(r.body.value(QStringLiteral("error")).toString(), QLatin1String(k.code));
        QVERIFY2(!r.body.value(QStringLiteral("message")).toString().isEmpty(), k.what);
    }
    // A request that mixes a good and a bad change applies neither.
    const RawReply mixed = raw("POST", push,
                               "{\"changes\":[" + goodChange + "," +
                                   QByteArray(goodChange).replace("\"A\"", "[]") + "]}",
                               token);
    QCOMPARE(mixed.status, 400);
    QCOMPARE(rowCount(), before);
    // The server is still healthy.
    QCOMPARE(raw("GET", QStringLiteral("/api/v1/health"), {}, {}).status, 200);
}

// A device whose clock is two hours ahead writes offline; its first sync has the server
// refuse the future stamps, the device re-stamps them and they are accepted.
void TestServer::wrongClock()
{
    auto c = std::make_unique<Client>(m_url);
    const qint64 ahead = 2 * 3600 * 1000;
    c->store.sync().setTimeSource([ahead] { return QDateTime::currentMSecsSinceEpoch() + ahead; });
    const SignInResult s = c->engine.signIn(QStringLiteral("huyen"), kPassword);
    QVERIFY(s.ok);
    QVERIFY(c->engine.sync().ok);
    // Written before the device learned the server's time: forget the learned offset.
    c->store.sync().clock().setOffsetMs(0);
    Member m;
    m.unitId = m_branch1;
    m.fullName = QStringLiteral("Hồ Thị Lệ");
    const WriteResult w = c->store.saveMember(m);
    QVERIFY(w);
    const SyncResult r = c->engine.sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.pushed, 1);
    QCOMPARE(c->store.sync().pendingCount(), 0);

    auto other = signedIn(QStringLiteral("tinh"));
    QVERIFY(other && other->engine.sync().ok);
    QCOMPARE(Queries(other->db).member(w.id)->fullName, m.fullName);
    const StoredRow row = other->store.sync().read(Schema::spec(Entity::Member), w.id);
    QVERIFY(row.versions.newest().wallMs() < QDateTime::currentMSecsSinceEpoch() + 5 * 60 * 1000);
}

void TestServer::clockADayOff_data()
{
    QTest::addColumn<qint64>("skew");
    QTest::newRow("a day behind") << -qint64(24 * 3600 * 1000);
    QTest::newRow("a day ahead") << qint64(24 * 3600 * 1000);
}

// A device whose clock is a day behind or ahead converges with the others, and once it
// has talked to the server its new edits are stamped at server time: the later edit wins
// whichever device makes it, so the skewed one neither loses nor wins every conflict.
// Which edit is later is set by the test, not by a sleep: each edit is made at an explicit
// true time, and both stamps are checked against it.
void TestServer::clockADayOff()
{
    QFETCH(qint64, skew);
    // The true time while a device edits; 0 while syncing, so that the devices then agree
    // with the server's real clock. Device a's clock is right, the other's is `skew` off.
    qint64 editAt = 0;
    const auto trueTime = [&editAt] {
        return editAt ? editAt : QDateTime::currentMSecsSinceEpoch();
    };
    auto a = signedIn(QStringLiteral("huyen"));
    QVERIFY(a);
    a->store.sync().setTimeSource(trueTime);
    auto off = std::make_unique<Client>(m_url);
    off->store.sync().setTimeSource([trueTime, skew] { return trueTime() + skew; });
    QVERIFY(off->engine.signIn(QStringLiteral("huyen"), kPassword).ok);
    QVERIFY(a->engine.sync().ok && off->engine.sync().ok);
    Member m;
    m.unitId = m_branch1;
    m.fullName = QStringLiteral("Đinh Văn Bảo");
    const WriteResult w = a->store.saveMember(m);
    QVERIFY(w);
    QVERIFY(a->engine.sync().ok);
    QVERIFY(off->engine.sync().ok);
    QVERIFY(std::abs(off->store.sync().clock().offsetMs() + skew) < 60000);

    const auto phoneVersion = [&w](Client &c) {
        return c.store.sync()
            .read(Schema::spec(Entity::Member), w.id)
            .versions.of(QStringLiteral("phone"));
    };
    // A learned offset is off by one request's round trip; 4 s is far more than that, yet
    // small beside the 10 s between the two edits, so stamps within it are in true order.
    const qint64 near = 4000;
    const qint64 moment = 10000;
    // Each device edits, then the other edits a moment later; the later edit wins on both.
    const auto round = [&](Client &first, Client &second, const QString &winner) {
        // After every stamp either device has seen, so that the stamps come from these
        // times and not from the clocks' counters.
        const qint64 seen =
            std::max(first.store.sync().clock().last(), second.store.sync().clock().last()) >> 16;
        const qint64 firstAt = std::max(QDateTime::currentMSecsSinceEpoch(), seen + 1);
        editAt = firstAt;
        auto one = Queries(first.db).member(w.id);
        one->phone = QStringLiteral("0911000001");
        QVERIFY(first.store.saveMember(*one));
        editAt = firstAt + moment;
        auto two = Queries(second.db).member(w.id);
        two->phone = winner;
        QVERIFY(second.store.saveMember(*two));
        editAt = 0;
        const Version v1 = phoneVersion(first);
        const Version v2 = phoneVersion(second);
        QVERIFY2(std::abs(v1.wallMs() - firstAt) < near, qPrintable(v1.toString()));
        QVERIFY2(std::abs(v2.wallMs() - (firstAt + moment)) < near, qPrintable(v2.toString()));
        QVERIFY(v1 < v2);
        QVERIFY(first.engine.sync().ok);
        QVERIFY(second.engine.sync().ok);
        QVERIFY(first.engine.sync().ok);
        for (Client *c : {&first, &second}) {
            QCOMPARE(Queries(c->db).member(w.id)->phone, winner);
            QCOMPARE(phoneVersion(*c), v2);
        }
    };
    round(*a, *off, QStringLiteral("0911000002"));
    round(*off, *a, QStringLiteral("0911000003"));
    // Both devices hold the same row, versions included.
    const StoredRow ra = a->store.sync().read(Schema::spec(Entity::Member), w.id);
    const StoredRow ro = off->store.sync().read(Schema::spec(Entity::Member), w.id);
    QCOMPARE(ra.fields, ro.fields);
    for (const Column &c : Schema::spec(Entity::Member).columns)
        QCOMPARE(ra.versions.of(QLatin1String(c.name)), ro.versions.of(QLatin1String(c.name)));
}

void TestServer::makePhoneConflict(PhoneConflict &p)
{
    p.a = signedIn(QStringLiteral("huyen"));
    p.b = signedIn(QStringLiteral("thon1"));
    p.c = signedIn(QStringLiteral("tinh"));
    QVERIFY(p.a && p.b && p.c);
    for (Client *c : p.all())
        QVERIFY(c->engine.sync().ok);
    Member m;
    m.unitId = m_branch1;
    m.fullName = QStringLiteral("Trần Thị Hoa");
    m.phone = QStringLiteral("0905000001");
    const WriteResult created = p.a->store.saveMember(m);
    QVERIFY(created);
    p.member = created.id;
    for (Client *c : p.all())
        QVERIFY(c->engine.sync().ok);

    // Offline on a and b; b edits later, so b's value is kept.
    auto onA = Queries(p.a->db).member(p.member);
    onA->phone = p.lost;
    QVERIFY(p.a->store.saveMember(*onA));
    QTest::qWait(5);
    auto onB = Queries(p.b->db).member(p.member);
    QVERIFY(onB);
    onB->phone = p.kept;
    QVERIFY(p.b->store.saveMember(*onB));
    for (Client *c : {p.a.get(), p.b.get(), p.a.get(), p.c.get()})
        QVERIFY(c->engine.sync().ok);

    const QStringList onServer = [&] {
        ServerStore server(m_db);
        QStringList ids;
        for (const QVariantList &r :
             server.select(QStringLiteral("SELECT id FROM rows WHERE entity = 'conflict'"), {}))
            ids.append(r.value(0).toString());
        return ids;
    }();
    QCOMPARE(onServer.size(), 1);
    p.conflict = onServer.first();
    for (Client *c : p.all()) {
        QCOMPARE(Queries(c->db).member(p.member)->phone, p.kept);
        QCOMPARE(c->ids("SELECT id FROM conflicts WHERE resolved = 0"), onServer);
        SETTLED(verifySameAsServer(*c, Entity::Conflict, p.conflict));
        SETTLED(verifySameAsServer(*c, Entity::Member, p.member));
    }
    const auto conflict = serverRow(Entity::Conflict, p.conflict);
    QCOMPARE(conflict.fields.value(QStringLiteral("field")).toString(), QStringLiteral("phone"));
    QCOMPARE(conflict.fields.value(QStringLiteral("lost_value")).toString(),
             Merger::encodeValue(p.lost));
    QCOMPARE(conflict.fields.value(QStringLiteral("kept_user")).toString(), p.b->user);
    QCOMPARE(conflict.fields.value(QStringLiteral("lost_user")).toString(), p.a->user);
}

StoredRow TestServer::serverRow(Entity entity, const QString &id)
{
    ServerStore server(m_db);
    const QList<QVariantList> rows =
        server.select(QStringLiteral("SELECT data, versions FROM rows WHERE entity = ? AND id = ?"),
                      {QString::fromLatin1(Schema::spec(entity).wire), id});
    StoredRow r;
    if (rows.isEmpty())
        return r;
    r.exists = true;
    r.fields = QJsonDocument::fromJson(rows[0].value(0).toString().toUtf8()).object();
    r.versions = FieldVersions::decode(rows[0].value(1).toString());
    return r;
}

QStringList TestServer::serverConflicts()
{
    ServerStore server(m_db);
    QStringList out;
    for (const QVariantList &r :
         server.select(QStringLiteral("SELECT data FROM rows WHERE entity = 'conflict'"), {})) {
        const QJsonObject o = QJsonDocument::fromJson(r.value(0).toString().toUtf8()).object();
        out.append(o.value(QStringLiteral("entity")).toString() + QLatin1Char('.') +
                   o.value(QStringLiteral("field")).toString());
    }
    out.sort();
    return out;
}

void TestServer::verifySameAsServer(Client &c, Entity entity, const QString &id)
{
    const EntitySpec &spec = Schema::spec(entity);
    const auto theirs = serverRow(entity, id);
    QVERIFY2(
        theirs.exists,
        qPrintable(QStringLiteral("no %1 %2 on the server").arg(QLatin1String(spec.wire), id)));
    const StoredRow mine = c.store.sync().read(spec, id);
    QVERIFY2(
        mine.exists,
        qPrintable(
            QStringLiteral("no %1 %2 on %3's device").arg(QLatin1String(spec.wire), id, c.user)));
    const auto value = [](const QJsonObject &o, const QString &name) {
        const QJsonValue v = o.value(name);
        return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
    };
    for (const Column &col : spec.columns) {
        const QString name = QLatin1String(col.name);
        const QString where =
            QStringLiteral("%1's %2 %3: ").arg(c.user, QLatin1String(spec.wire), name);
        QVERIFY2(value(mine.fields, name) == value(theirs.fields, name),
                 qPrintable(where +
                            QString::fromUtf8(QJsonDocument(QJsonArray{value(mine.fields, name),
                                                                       value(theirs.fields, name)})
                                                  .toJson(QJsonDocument::Compact))));
        QVERIFY2(mine.versions.of(name) == theirs.versions.of(name),
                 qPrintable(where + mine.versions.of(name).toString() + QStringLiteral(" / ") +
                            theirs.versions.of(name).toString()));
    }
}

void TestServer::verifySettled(Client &c, const QString &conflict)
{
    QCOMPARE(c.store.sync().pendingCount(), 0);
    QCOMPARE(c.ids("SELECT message FROM sync_log"), QStringList());
    // That conflict is the only one (what each is about, to say what else there is), here
    // and on the server, and it is resolved.
    const QString only =
        c.value("SELECT entity || '.' || field FROM conflicts WHERE id = ?1", conflict);
    QVERIFY(!only.isEmpty());
    QCOMPARE(c.ids("SELECT entity || '.' || field FROM conflicts ORDER BY 1").join(u", "), only);
    QCOMPARE(serverConflicts().join(u", "), only);
    QCOMPARE(Queries(c.db).openConflictCount({}), 0);
}

// "Keep" on one device: the conflict is resolved, by that device's user, on the server and
// on every device, including one that took no part; the kept value stays, at the version
// it had, and nothing else is written.
void TestServer::conflictKeepReachesEveryone()
{
    PhoneConflict p;
    SETTLED(makePhoneConflict(p));
    const Version keptAt = Version::fromString(serverRow(Entity::Conflict, p.conflict)
                                                   .fields.value(QStringLiteral("kept_version"))
                                                   .toString());
    QCOMPARE(serverRow(Entity::Member, p.member).versions.of(QStringLiteral("phone")), keptAt);

    // a, whose value lost, keeps the other one.
    QVERIFY(p.a->store.resolveConflict(p.conflict, false, p.a->user));
    QCOMPARE(p.a->store.sync().pendingCount(), 1); // the conflict row's resolution only
    const SyncResult up = p.a->engine.sync();
    QVERIFY2(up.ok, qPrintable(up.error));
    QCOMPARE(up.pushed, 1);
    QCOMPARE(up.rejected, 0);
    for (Client *c : {p.b.get(), p.c.get()})
        QVERIFY(c->engine.sync().ok);

    const auto conflict = serverRow(Entity::Conflict, p.conflict);
    QCOMPARE(conflict.fields.value(QStringLiteral("resolved")).toInteger(), 1);
    QCOMPARE(conflict.fields.value(QStringLiteral("resolved_by")).toString(), p.a->user);
    const auto member = serverRow(Entity::Member, p.member);
    QCOMPARE(member.fields.value(QStringLiteral("phone")).toString(), p.kept);
    QCOMPARE(member.versions.of(QStringLiteral("phone")), keptAt);
    for (Client *c : p.all()) {
        QCOMPARE(Queries(c->db).member(p.member)->phone, p.kept);
        SETTLED(verifySameAsServer(*c, Entity::Conflict, p.conflict));
        SETTLED(verifySameAsServer(*c, Entity::Member, p.member));
        SETTLED(verifySettled(*c, p.conflict));
    }
}

// "Restore" on one device: the lost value comes back as a new change whose version is
// newer than the kept one, so it wins on the server and on every device, including the
// device that wrote the kept value (b) and one that took no part (c); the edit saw the
// kept value, so it makes no new conflict.
void TestServer::conflictRestoreReachesEveryone()
{
    PhoneConflict p;
    SETTLED(makePhoneConflict(p));
    const Version keptAt = Version::fromString(serverRow(Entity::Conflict, p.conflict)
                                                   .fields.value(QStringLiteral("kept_version"))
                                                   .toString());

    // b restores a's value over its own.
    QVERIFY(p.b->store.resolveConflict(p.conflict, true, p.b->user));
    QCOMPARE(Queries(p.b->db).member(p.member)->phone, p.lost);
    QCOMPARE(p.b->store.sync().pendingCount(), 2); // the member's phone, the conflict row
    const Version restoredAt = p.b->store.sync()
                                   .read(Schema::spec(Entity::Member), p.member)
                                   .versions.of(QStringLiteral("phone"));
    QVERIFY(keptAt < restoredAt);
    QCOMPARE(restoredAt.device, p.b->store.sync().deviceId());
    const SyncResult up = p.b->engine.sync();
    QVERIFY2(up.ok, qPrintable(up.error));
    QCOMPARE(up.pushed, 2);
    QCOMPARE(up.rejected, 0);
    for (Client *c : {p.a.get(), p.c.get()})
        QVERIFY(c->engine.sync().ok);

    const auto conflict = serverRow(Entity::Conflict, p.conflict);
    QCOMPARE(conflict.fields.value(QStringLiteral("resolved")).toInteger(), 1);
    QCOMPARE(conflict.fields.value(QStringLiteral("resolved_by")).toString(), p.b->user);
    const auto member = serverRow(Entity::Member, p.member);
    QCOMPARE(member.fields.value(QStringLiteral("phone")).toString(), p.lost);
    QCOMPARE(member.versions.of(QStringLiteral("phone")), restoredAt);
    for (Client *c : p.all()) {
        QCOMPARE(Queries(c->db).member(p.member)->phone, p.lost);
        QCOMPARE(c->store.sync()
                     .read(Schema::spec(Entity::Member), p.member)
                     .versions.of(QStringLiteral("phone")),
                 restoredAt);
        SETTLED(verifySameAsServer(*c, Entity::Conflict, p.conflict));
        SETTLED(verifySameAsServer(*c, Entity::Member, p.member));
        SETTLED(verifySettled(*c, p.conflict));
    }
}

void TestServer::concurrentResolutionOneAnswer_data()
{
    QTest::addColumn<bool>("aRestores");
    QTest::addColumn<bool>("bRestores");
    QTest::addColumn<bool>("bPushesFirst");
    QTest::newRow("a keeps, b restores later; a pushes first") << false << true << false;
    QTest::newRow("a keeps, b restores later; b pushes first") << false << true << true;
    QTest::newRow("a restores, b keeps later; a pushes first") << true << false << false;
    QTest::newRow("a restores, b keeps later; b pushes first") << true << false << true;
    QTest::newRow("both restore; a pushes first") << true << true << false;
    QTest::newRow("both restore; b pushes first") << true << true << true;
    QTest::newRow("both keep; b pushes first") << false << false << true;
}

// Two devices resolve the same conflict offline, a first and b a moment later, then sync in
// either order. Every replica ends with one answer, by the merge rules:
// - the value: "keep" writes no value (docs/PROTOCOL.md, "Conflict rows"), so a restore
//   has nothing to contend with and its value stands in either order, with its version;
//   two restores write the same value, the later version (b's) stays;
// - the conflict row: resolved on both sides; `resolved_by` is last-writer-wins like any
//   field, so the later resolution's user (b's, by HLC order) is named.
// Two users naming themselves in `resolved_by` are concurrent edits of that field, but a
// conflict about who resolved a conflict would be one more card for a person to answer,
// with no right answer (and a "restore" the server refuses from anyone but the user it
// names): a conflict row's resolution makes no conflict row, and the one conflict stays
// the only one, resolved.
void TestServer::concurrentResolutionOneAnswer()
{
    QFETCH(bool, aRestores);
    QFETCH(bool, bRestores);
    QFETCH(bool, bPushesFirst);
    PhoneConflict p;
    SETTLED(makePhoneConflict(p));
    const auto phoneVersion = [&](Client &c) {
        return c.store.sync()
            .read(Schema::spec(Entity::Member), p.member)
            .versions.of(QStringLiteral("phone"));
    };
    const auto resolvedAt = [&](Client &c) {
        return c.store.sync()
            .read(Schema::spec(Entity::Conflict), p.conflict)
            .versions.of(QStringLiteral("resolved_by"));
    };
    QVERIFY(p.a->store.resolveConflict(p.conflict, aRestores, p.a->user));
    QTest::qWait(5);
    QVERIFY(p.b->store.resolveConflict(p.conflict, bRestores, p.b->user));
    QVERIFY(resolvedAt(*p.a) < resolvedAt(*p.b)); // b resolved later, by HLC
    const Version winnerVersion = bRestores   ? phoneVersion(*p.b)
                                  : aRestores ? phoneVersion(*p.a)
                                              : phoneVersion(*p.b); // the kept one
    const QString winnerValue = aRestores || bRestores ? p.lost : p.kept;

    Client *first = bPushesFirst ? p.b.get() : p.a.get();
    Client *second = bPushesFirst ? p.a.get() : p.b.get();
    for (Client *c : {first, second, p.c.get(), first}) {
        const SyncResult r = c->engine.sync();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rejected, 0);
    }

    const auto conflict = serverRow(Entity::Conflict, p.conflict);
    QCOMPARE(conflict.fields.value(QStringLiteral("resolved")).toInteger(), 1);
    QCOMPARE(conflict.fields.value(QStringLiteral("resolved_by")).toString(), p.b->user);
    QCOMPARE(conflict.versions.of(QStringLiteral("resolved_by")), resolvedAt(*p.b));
    const auto member = serverRow(Entity::Member, p.member);
    QCOMPARE(member.fields.value(QStringLiteral("phone")).toString(), winnerValue);
    QCOMPARE(member.versions.of(QStringLiteral("phone")), winnerVersion);
    for (Client *c : p.all()) {
        QCOMPARE(Queries(c->db).member(p.member)->phone, winnerValue);
        SETTLED(verifySameAsServer(*c, Entity::Conflict, p.conflict));
        SETTLED(verifySameAsServer(*c, Entity::Member, p.member));
        SETTLED(verifySettled(*c, p.conflict));
    }
}

// The undo of a synced resolution is a change like any other: after b restores and every
// device has it, b's undo brings the kept value back (at a new version, so it wins again
// over the restored one) and opens the conflict everywhere; a then keeps, and that too
// reaches everyone.
void TestServer::resolutionUndoReachesEveryone()
{
    PhoneConflict p;
    SETTLED(makePhoneConflict(p));
    QVERIFY(p.b->store.resolveConflict(p.conflict, true, p.b->user));
    for (Client *c : {p.b.get(), p.a.get(), p.c.get()})
        QVERIFY(c->engine.sync().ok);
    QCOMPARE(Queries(p.a->db).member(p.member)->phone, p.lost);
    const Version restoredAt =
        serverRow(Entity::Member, p.member).versions.of(QStringLiteral("phone"));

    QVERIFY(p.b->store.reopenConflict(p.conflict));
    QCOMPARE(Queries(p.b->db).member(p.member)->phone, p.kept);
    for (Client *c : {p.b.get(), p.a.get(), p.c.get()})
        QVERIFY(c->engine.sync().ok);
    const auto reopened = serverRow(Entity::Member, p.member);
    QCOMPARE(reopened.fields.value(QStringLiteral("phone")).toString(), p.kept);
    QVERIFY(restoredAt < reopened.versions.of(QStringLiteral("phone")));
    QCOMPARE(serverRow(Entity::Conflict, p.conflict)
                 .fields.value(QStringLiteral("resolved"))
                 .toInteger(),
             0);
    for (Client *c : p.all()) {
        QCOMPARE(Queries(c->db).member(p.member)->phone, p.kept);
        QCOMPARE(c->ids("SELECT id FROM conflicts WHERE resolved = 0"), QStringList{p.conflict});
        QCOMPARE(c->store.sync().pendingCount(), 0);
        SETTLED(verifySameAsServer(*c, Entity::Conflict, p.conflict));
        SETTLED(verifySameAsServer(*c, Entity::Member, p.member));
    }

    QVERIFY(p.a->store.resolveConflict(p.conflict, false, p.a->user));
    for (Client *c : {p.a.get(), p.b.get(), p.c.get()})
        QVERIFY(c->engine.sync().ok);
    QCOMPARE(serverRow(Entity::Conflict, p.conflict)
                 .fields.value(QStringLiteral("resolved_by"))
                 .toString(),
             p.a->user);
    for (Client *c : p.all()) {
        QCOMPARE(Queries(c->db).member(p.member)->phone, p.kept);
        SETTLED(verifySameAsServer(*c, Entity::Conflict, p.conflict));
        SETTLED(verifySameAsServer(*c, Entity::Member, p.member));
        SETTLED(verifySettled(*c, p.conflict));
    }
}

void TestServer::deleteConflictRestoreReachesEveryone_data()
{
    QTest::addColumn<bool>("deleteFirst");
    QTest::newRow("an edit that had not seen the delete") << true;
    QTest::newRow("a delete that had not seen the edit") << false;
}

// An edit and a delete that did not see each other leave an edit-versus-delete conflict
// (kind 1, field `deleted`); the member stays deleted. "Restore" brings the member back
// with the edit, on the server and on every device; its undo deletes the member again and
// opens the conflict, everywhere too.
void TestServer::deleteConflictRestoreReachesEveryone()
{
    QFETCH(bool, deleteFirst);
    auto a = signedIn(QStringLiteral("huyen"));
    auto b = signedIn(QStringLiteral("thon1"));
    auto c = signedIn(QStringLiteral("tinh"));
    QVERIFY(a && b && c);
    for (Client *d : {a.get(), b.get(), c.get()})
        QVERIFY(d->engine.sync().ok);
    Member m;
    m.unitId = m_branch1;
    m.fullName = QStringLiteral("Võ Văn Tám");
    m.phone = QStringLiteral("0905000001");
    const WriteResult created = a->store.saveMember(m);
    QVERIFY(created);
    for (Client *d : {a.get(), b.get(), c.get()})
        QVERIFY(d->engine.sync().ok);

    // Offline: a deletes the member, b edits the phone.
    QVERIFY(a->store.deleteRow(Entity::Member, created.id));
    auto onB = Queries(b->db).member(created.id);
    onB->phone = QStringLiteral("0905333333");
    QVERIFY(b->store.saveMember(*onB));
    Client *first = deleteFirst ? a.get() : b.get();
    Client *second = deleteFirst ? b.get() : a.get();
    for (Client *d : {first, second, first, c.get()})
        QVERIFY(d->engine.sync().ok);
    const QStringList conflicts = c->ids("SELECT id FROM conflicts WHERE resolved = 0");
    QCOMPARE(conflicts.size(), 1);
    const QString conflict = conflicts.first();
    QCOMPARE(c->value("SELECT field FROM conflicts WHERE id = ?1", conflict),
             QStringLiteral("deleted"));
    QCOMPARE(c->value("SELECT kind FROM conflicts WHERE id = ?1", conflict), QStringLiteral("1"));
    for (Client *d : {a.get(), b.get(), c.get()})
        QVERIFY(!Queries(d->db).member(created.id)); // the delete stands for now

    // c restores.
    QVERIFY(c->store.resolveConflict(conflict, true, c->user));
    for (Client *d : {c.get(), a.get(), b.get()}) {
        const SyncResult r = d->engine.sync();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rejected, 0);
    }
    const auto member = serverRow(Entity::Member, created.id);
    QCOMPARE(member.fields.value(QStringLiteral("deleted")).toInteger(), 0);
    QCOMPARE(member.fields.value(QStringLiteral("phone")).toString(), QStringLiteral("0905333333"));
    for (Client *d : {a.get(), b.get(), c.get()}) {
        const auto got = Queries(d->db).member(created.id);
        QVERIFY(got); // not deleted
        QCOMPARE(got->phone, QStringLiteral("0905333333"));
        SETTLED(verifySameAsServer(*d, Entity::Member, created.id));
        SETTLED(verifySameAsServer(*d, Entity::Conflict, conflict));
        SETTLED(verifySettled(*d, conflict));
    }

    QVERIFY(c->store.reopenConflict(conflict));
    QVERIFY(!Queries(c->db).member(created.id));
    for (Client *d : {c.get(), a.get(), b.get()}) {
        const SyncResult r = d->engine.sync();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rejected, 0);
    }
    QCOMPARE(
        serverRow(Entity::Member, created.id).fields.value(QStringLiteral("deleted")).toInteger(),
        1);
    for (Client *d : {a.get(), b.get(), c.get()}) {
        QVERIFY(!Queries(d->db).member(created.id));
        QCOMPARE(d->ids("SELECT id FROM conflicts WHERE resolved = 0"), QStringList{conflict});
        QCOMPARE(d->store.sync().pendingCount(), 0);
        SETTLED(verifySameAsServer(*d, Entity::Member, created.id));
        SETTLED(verifySameAsServer(*d, Entity::Conflict, conflict));
    }
}

// The session token goes to the Secret Service and nowhere else: not the database, not
// the settings, not any other file of the account.
// A write that fails inside a transaction fails the transaction by its commit at the
// latest (PostgreSQL sends a transaction's writes together with its next read or its
// COMMIT), leaves nothing behind, and the connection works afterwards.
void TestServer::failedWriteRollsBack()
{
    ServerStore store(freshServerDatabase(m_dir.path()));
    const QString insert = QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)");
    const QString read = QStringLiteral("SELECT value FROM meta WHERE key = ?");
    store.begin();
    bool failed = false;
    try {
        store.write(insert, {QStringLiteral("probe"), 1});
        store.write(insert, {QStringLiteral("probe"), 2}); // the same key again
        store.write(insert, {QStringLiteral("after"), 3});
        store.commit();
    } catch (const ServerStoreError &e) {
        failed = true;
        QVERIFY2(e.message().contains(QStringLiteral("meta")), qPrintable(e.message()));
        store.rollback();
    }
    QVERIFY(failed);
    QVERIFY(store.select(read, {QStringLiteral("probe")}).isEmpty());
    QVERIFY(store.select(read, {QStringLiteral("after")}).isEmpty());

    // Held writes are seen by the transaction's own reads, and kept by its commit.
    store.begin();
    store.write(insert, {QStringLiteral("probe"), 4});
    QCOMPARE(store.select(read, {QStringLiteral("probe")}).value(0).value(0).toInt(), 4);
    store.write(insert, {QStringLiteral("after"), 5});
    // A statement without values (not prepared) sees them too.
    QSqlQuery count = store.exec(QStringLiteral("SELECT COUNT(*) FROM meta WHERE key = 'after'"));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 1);
    store.commit();
    QCOMPARE(store.select(read, {QStringLiteral("after")}).value(0).value(0).toInt(), 5);
}

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
