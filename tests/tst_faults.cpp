// Sync over a broken network, against the real doanfield-server: a real TCP proxy breaks
// exchanges (refused, reset mid-answer, answer lost after the commit, 500, 503 with
// Retry-After, truncated or garbled body, no answer at all); an injected access manager
// breaks what a proxy cannot; the headless client is killed with SIGKILL at random
// moments of a long sync. In every case the client ends in step with the server, with
// nothing lost and nothing sent twice, and says what went wrong while it could not sync.
#include "fakes.h"
#include "faultproxy.h"
#include "serverprocess.h"

#include "domain/activity.h"
#include "domain/attendance.h"
#include "domain/member.h"
#include "store/database.h"
#include "store/queries.h"
#include "sync/gzip.h"
#include "sync/merger.h"
#include "sync/schema.h"
#include "sync/syncengine.h"
#include "sync/syncscheduler.h"
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
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>

using namespace df;
using df::test::RecordingNetwork;
using Fault = FaultProxy::Fault;

Q_DECLARE_METATYPE(FaultProxy::Fault)

namespace {

const QString kPassword = QStringLiteral("doanfield-demo");

struct Client
{
    Client(const QString &path, const QUrl &url, int timeoutMs = 3000)
        : db(path)
        , store(db)
        , transport(url, timeoutMs)
        , engine(store.sync(), transport)
    {
        engine.setPageSize(150);
        engine.setPushBatch(20);
    }
    Database db;
    LocalStore store;
    HttpTransport transport;
    SyncEngine engine;
};

// Every synced row, canonically: one line per row with all its columns.
QStringList dump(Database &db)
{
    QStringList out;
    for (const EntitySpec &spec : Schema::entities()) {
        QByteArray cols = "id";
        for (const Column &c : spec.columns)
            cols += QByteArray(", ") + c.name;
        auto st = db.prepare("SELECT " + cols + " FROM " + spec.table + " ORDER BY id");
        while (st.step()) {
            QString line = QLatin1String(spec.wire);
            for (int i = 0; i <= int(spec.columns.size()); ++i)
                line += QLatin1Char('|') + st.text(i);
            out.append(line);
        }
    }
    return out;
}

int count(Database &db, const QByteArray &sql, const QString &arg = {})
{
    auto st = db.prepare(sql);
    if (!arg.isNull())
        st.bind(1, arg);
    return st.step() ? int(st.int64(0)) : -1;
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup() { m_proxy->heal(); }
    void pushFaults_data();
    void pushFaults();
    void pullFaults_data();
    void pullFaults();
    void schedulerRecovers();
    void injectedNetwork();
    void gzipBodies();
    void nextPageWhileWriting();
    void crashTrials();

private:
    // Officer edits: an activity with 25 check-ins and five new phone numbers.
    int makeChanges(Client &c, const QString &tag);
    // What the server stored for a device: its ops, counted.
    int serverOps(const QString &device);
    void verifyInStep(Client &c);

    QTemporaryDir m_dir;
    QString m_serverDb;
    ServerProcess m_server;
    QUrl m_url;
    std::unique_ptr<FaultProxy> m_proxy;
    int m_clients = 0;
};

void TestFaults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_serverDb = m_dir.filePath(QStringLiteral("server.db"));
    ServerProcess::admin(
        QStringLiteral("sqlite:") + m_serverDb,
        {QStringLiteral("seed-demo"), QStringLiteral("--members"), QStringLiteral("1500")});
    m_url = m_server.start(QStringLiteral("sqlite:") + m_serverDb);
    QVERIFY(m_url.isValid());
    m_proxy = std::make_unique<FaultProxy>(m_url);
    QVERIFY(m_proxy->start());
}

void TestFaults::cleanupTestCase()
{
    m_server.stop();
}

int TestFaults::makeChanges(Client &c, const QString &tag)
{
    const QStringList members = [&] {
        QStringList ids;
        auto st = c.db.prepare("SELECT id FROM members WHERE deleted = 0 ORDER BY id LIMIT 30");
        while (st.step())
            ids.append(st.text(0));
        return ids;
    }();
    if (members.size() < 30)
        return -1;
    Transaction tx(c.db);
    Activity act;
    act.unitId = Queries(c.db).member(members.first())->unitId;
    act.title = QStringLiteral("Ra quân Chủ nhật xanh — %1").arg(tag);
    act.startsAt = QDateTime::currentDateTimeUtc();
    const WriteResult a = c.store.saveActivity(act);
    if (!a)
        return -1;
    for (int i = 0; i < 25; ++i) {
        Attendance at;
        at.activityId = a.id;
        at.memberId = members[i];
        at.checkedInAt = QDateTime::currentDateTimeUtc();
        at.recordedBy = tag;
        if (!c.store.recordAttendance(at))
            return -1;
    }
    for (int i = 25; i < 30; ++i) {
        auto m = Queries(c.db).member(members[i]);
        m->phone =
            QStringLiteral("09%1").arg(QRandomGenerator::global()->bounded(10000000, 99999999));
        if (!c.store.saveMember(*m))
            return -1;
    }
    tx.commit();
    return c.store.sync().pendingCount();
}

int TestFaults::serverOps(const QString &device)
{
    Database server(m_serverDb, Database::Migrate::No);
    return count(server, "SELECT count(*) FROM ops WHERE device = ?1", device);
}

// Row for row and version for version equal to the server's own stored rows: every row
// of the account's scope on the server (its `rows` table, read straight from the server's
// database) is on the client with the same values and the same version for each field,
// and the client holds no other row.
void TestFaults::verifyInStep(Client &c)
{
    QCOMPARE(c.store.sync().pendingCount(), 0);
    Database server(m_serverDb);
    QString scope;
    {
        auto st = server.prepare("SELECT u.path FROM users s JOIN units u ON u.id = s.unit_id "
                                 "WHERE s.username = 'huyen'");
        QVERIFY(st.step());
        scope = st.text(0);
    }
    const auto value = [](const QJsonObject &o, const char *name) {
        const QJsonValue v = o.value(QLatin1String(name));
        return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
    };
    int rows = 0;
    for (const EntitySpec &spec : Schema::entities()) {
        QSet<QString> onClient;
        {
            auto ids = c.db.prepare(QByteArray("SELECT id FROM ") + spec.table);
            while (ids.step())
                onClient.insert(ids.text(0));
        }
        auto st = server.prepare(
            "SELECT id, data, versions FROM rows WHERE entity = ?1 AND substr(scope, 1, "
            "length(?2)) = ?2");
        st.bind(1, QString::fromLatin1(spec.wire)).bind(2, scope);
        int onServer = 0;
        while (st.step()) {
            ++onServer;
            const QString id = st.text(0);
            QVERIFY2(onClient.contains(id),
                     qPrintable(QStringLiteral("%1 %2 is on the server, not on the client")
                                    .arg(QLatin1String(spec.wire), id)));
            const StoredRow mine = c.store.sync().read(spec, id);
            QVERIFY(mine.exists);
            const QJsonObject theirs = QJsonDocument::fromJson(st.text(1).toUtf8()).object();
            const FieldVersions theirVersions =
                FieldVersions::fromJson(QJsonDocument::fromJson(st.text(2).toUtf8()).object());
            for (const Column &col : spec.columns) {
                const QString where =
                    QStringLiteral("%1 %2 %3")
                        .arg(QLatin1String(spec.wire), id, QLatin1String(col.name));
                QVERIFY2(value(mine.fields, col.name) == value(theirs, col.name),
                         qPrintable(where + QStringLiteral(": value")));
                const QString name = QLatin1String(col.name);
                QVERIFY2(mine.versions.of(name).toString() == theirVersions.of(name).toString(),
                         qPrintable(where + QStringLiteral(": version ") +
                                    mine.versions.of(name).toString() + QStringLiteral(" / ") +
                                    theirVersions.of(name).toString()));
            }
            ++rows;
        }
        QCOMPARE(onClient.size(), onServer);
    }
    QVERIFY(rows > 1000);
}

// Each fault and a regular expression for the sentence the user sees. A compressed page
// cut short is reported by Qt as a page that ended, not as a broken connection; either way
// it is refused whole.
static void addFaultRows(const QString &cut)
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("refused") << Fault::Refuse << QStringLiteral("cannot be reached");
    QTest::newRow("reset mid-response") << Fault::ResetMidResponse << cut;
    QTest::newRow("dropped after commit") << Fault::DropAfterCommit << QStringLiteral("broke off");
    QTest::newRow("500") << Fault::Status500 << QStringLiteral("\\(500\\)");
    QTest::newRow("503 Retry-After") << Fault::Status503 << QStringLiteral("busy");
    QTest::newRow("truncated") << Fault::Truncated << cut;
    QTest::newRow("malformed") << Fault::Malformed << QStringLiteral("could not be read");
    QTest::newRow("hang") << Fault::Hang << QStringLiteral("did not answer in time");
}

void TestFaults::pushFaults_data()
{
    addFaultRows(QStringLiteral("broke off"));
}

// Changes are pushed while the network breaks; nothing is acknowledged that the client did
// not see answered, and the retry after healing neither loses nor duplicates a change.
void TestFaults::pushFaults()
{
    QFETCH(Fault, fault);
    QFETCH(QString, sentence);
    Client c(m_dir.filePath(QStringLiteral("push-%1.db").arg(++m_clients)), m_proxy->url());
    QVERIFY(c.engine.signIn(QStringLiteral("huyen"), kPassword).ok);
    QVERIFY(c.engine.sync().ok);
    const int changes = makeChanges(c, QStringLiteral("push-%1").arg(m_clients));
    QVERIFY(changes >= 31);
    const QStringList before = dump(c.db);

    // Every attempt fails (QNetworkAccessManager itself retries a dropped connection).
    const int lostBefore = m_proxy->committedButLost();
    m_proxy->setFault(fault, QStringLiteral("/sync/push"), 100);
    const SyncResult failed = c.engine.sync();
    QVERIFY(!failed.ok);
    QVERIFY2(failed.error.contains(QRegularExpression(sentence)), qPrintable(failed.error));
    if (fault == Fault::Status503) {
        QCOMPARE(failed.status, 503);
        QCOMPARE(failed.retryAfterSeconds, 2);
    }
    // Nothing acknowledged, nothing changed locally.
    QCOMPARE(c.store.sync().pendingCount(), changes);
    QCOMPARE(dump(c.db), before);
    const bool committed = fault == Fault::DropAfterCommit || fault == Fault::ResetMidResponse ||
                           fault == Fault::Truncated || fault == Fault::Malformed;
    if (committed) {
        QVERIFY(m_proxy->committedButLost() > lostBefore);
        QVERIFY(serverOps(c.store.sync().deviceId()) > 0); // the server did store the batch
    } else {
        QCOMPARE(serverOps(c.store.sync().deviceId()), 0);
    }

    m_proxy->heal();
    const SyncResult ok = c.engine.sync();
    QVERIFY2(ok.ok, qPrintable(ok.error));
    // One op per change on the server: the retry was recognised, not stored again.
    QCOMPARE(serverOps(c.store.sync().deviceId()), changes);
    QCOMPARE(count(c.db, "SELECT count(*) FROM conflicts"), 0);
    verifyInStep(c);
}

void TestFaults::pullFaults_data()
{
    addFaultRows(QStringLiteral("broke off|could not be read"));
}

// A first sync breaks after two pages: those stay applied, the rest comes after healing,
// and the result is row for row what the server holds.
void TestFaults::pullFaults()
{
    QFETCH(Fault, fault);
    QFETCH(QString, sentence);
    Client c(m_dir.filePath(QStringLiteral("pull-%1.db").arg(++m_clients)), m_proxy->url());
    QVERIFY(c.engine.signIn(QStringLiteral("huyen"), kPassword).ok);
    if (fault == Fault::Refuse) {
        // Refusing is per port, not per request: two pages pass, then the port closes.
        int pages = 0;
        c.engine.setProgress([&](qint64, qint64) {
            if (++pages == 2)
                m_proxy->setFault(Fault::Refuse);
        });
    } else {
        m_proxy->setFault(fault, QStringLiteral("/sync/pull"), 100, 2);
    }
    const SyncResult failed = c.engine.sync();
    c.engine.setProgress({});
    QVERIFY(!failed.ok);
    QVERIFY2(failed.error.contains(QRegularExpression(sentence)), qPrintable(failed.error));
    const qint64 cursor = c.store.sync().cursor();
    QVERIFY(cursor > 0); // two pages are kept
    // Two pages are kept. When the port closes, the next page may already have arrived
    // (it is fetched while the previous one is written); then it is kept too.
    const qsizetype kept = dump(c.db).size();
    if (fault == Fault::Refuse)
        QVERIFY2(kept == 300 || kept == 450, qPrintable(QString::number(kept)));
    else
        QCOMPARE(kept, 300);

    m_proxy->heal();
    const SyncResult ok = c.engine.sync();
    QVERIFY2(ok.ok, qPrintable(ok.error));
    QVERIFY(ok.pulled > 0);
    QVERIFY(c.store.sync().cursor() > cursor);
    verifyInStep(c);
}

// The scheduler shows the sentence while the server is busy, honours Retry-After, and
// syncs by itself once it can.
void TestFaults::schedulerRecovers()
{
    const QString path = m_dir.filePath(QStringLiteral("scheduled.db"));
    QString device;
    QByteArray token;
    int changes = 0;
    {
        Client c(path, m_url, 20000);
        token = c.engine.signIn(QStringLiteral("huyen"), kPassword).token;
        QVERIFY(!token.isEmpty());
        QVERIFY(c.engine.sync().ok);
        changes = makeChanges(c, QStringLiteral("scheduler"));
        device = c.store.sync().deviceId();
    }
    const QUrl proxy = m_proxy->url();
    SyncScheduler scheduler(path, [proxy] { return std::make_unique<HttpTransport>(proxy, 3000); });
    scheduler.setTiming({60000, 600000, 300, 5000});
    scheduler.setToken(token);
    m_proxy->setFault(Fault::Status503, QStringLiteral("/sync/"), 2);
    scheduler.start();
    QTRY_COMPARE_WITH_TIMEOUT(scheduler.state(), SyncScheduler::State::Error, 10000);
    QVERIFY2(scheduler.lastError().contains(QStringLiteral("busy")),
             qPrintable(scheduler.lastError()));
    QVERIFY(scheduler.retryDelayMs() >= 1900); // Retry-After: 2, not the 300 ms backoff
    QCOMPARE(scheduler.pending(), changes);
    // Two 503s, then the proxy passes requests again; no button is pressed.
    QTRY_COMPARE_WITH_TIMEOUT(scheduler.state(), SyncScheduler::State::Idle, 20000);
    QCOMPARE(scheduler.pending(), 0);
    QVERIFY(scheduler.lastError().isEmpty());
    QCOMPARE(serverOps(device), changes);
}

namespace {

// A reply that starts well (200 and half a page) and then loses its connection: what a
// proxy cannot make QNetworkAccessManager report in one piece.
class BrokenReply : public QNetworkReply
{
public:
    BrokenReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request)
    {
        setRequest(request);
        setOperation(op);
        setUrl(request.url());
        open(QIODevice::ReadOnly);
        m_data = QByteArrayLiteral("{\"protocol\":1,\"rows\":[");
        QTimer::singleShot(0, this, [this] {
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, 200);
            Q_EMIT metaDataChanged();
            Q_EMIT readyRead();
            setError(QNetworkReply::RemoteHostClosedError, QStringLiteral("closed"));
            Q_EMIT errorOccurred(QNetworkReply::RemoteHostClosedError);
            setFinished(true);
            Q_EMIT finished();
        });
    }
    void abort() override {}
    qint64 bytesAvailable() const override { return m_data.size() + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_data.size());
        memcpy(data, m_data.constData(), size_t(n));
        m_data.remove(0, n);
        return n;
    }

private:
    QByteArray m_data;
};

class BrokenNetwork : public QNetworkAccessManager
{
public:
    int requests = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *) override
    {
        ++requests;
        return new BrokenReply(op, request);
    }
};

} // namespace

// Through an injected access manager: an answer whose status was 200 but whose connection
// broke is no answer, and a server that speaks plain HTTP on an https address is refused.
void TestFaults::injectedNetwork()
{
    Client c(m_dir.filePath(QStringLiteral("injected.db")), m_url, 20000);
    QVERIFY(c.engine.signIn(QStringLiteral("huyen"), kPassword).ok);
    QVERIFY(c.engine.sync().ok);
    const qint64 cursor = c.store.sync().cursor();
    const int changes = makeChanges(c, QStringLiteral("injected"));

    HttpTransport broken(m_url, 1500);
    BrokenNetwork *network = nullptr;
    broken.setNetworkFactory([&] {
        auto n = std::make_unique<BrokenNetwork>();
        network = n.get();
        return n;
    });
    SyncEngine engine(c.store.sync(), broken);
    const SyncResult r = engine.pull();
    QVERIFY(!r.ok);
    QCOMPARE(r.status, 0);
    QVERIFY2(r.error.contains(QStringLiteral("broke off")), qPrintable(r.error));
    QVERIFY(network && network->requests == 1);
    QCOMPARE(c.store.sync().cursor(), cursor);

    // TLS is verified: the plain server behind an https address fails the handshake, and
    // nothing is acknowledged.
    QUrl https = m_url;
    https.setScheme(QStringLiteral("https"));
    HttpTransport tls(https, 5000);
    SyncEngine tlsEngine(c.store.sync(), tls);
    const SyncResult t = tlsEngine.push();
    QVERIFY(!t.ok);
    QCOMPARE(t.status, 0);
    QVERIFY(!t.error.isEmpty());
    QCOMPARE(c.store.sync().pendingCount(), changes);

    // A plain http:// server that is not on this machine is refused before connecting.
    HttpTransport insecure(QUrl(QStringLiteral("http://192.0.2.1:8080")), 1500);
    const TransportReply refused = insecure.get(QStringLiteral("/api/v1/health"));
    QCOMPARE(refused.status, 0);
    QVERIFY(refused.error.contains(QStringLiteral("not secure")));

    QVERIFY(c.engine.sync().ok);
    verifyInStep(c);
}

namespace {

// Puts a RecordingNetwork under the client's transport; it is made at once, in this
// thread, where the client sends its requests.
RecordingNetwork *recordTraffic(Client &c)
{
    auto owned = std::make_unique<RecordingNetwork>();
    RecordingNetwork *network = owned.get();
    auto slot = std::make_shared<std::unique_ptr<RecordingNetwork>>(std::move(owned));
    c.transport.setNetworkFactory([slot] { return std::move(*slot); });
    return network;
}

} // namespace

// Large pushes travel gzip-compressed and the server reads them; pull pages come back
// compressed; a body that is not whole gzip gets a 400 with a sentence.
void TestFaults::gzipBodies()
{
    Client c(m_dir.filePath(QStringLiteral("gzip.db")), m_url, 20000);
    RecordingNetwork *network = recordTraffic(c);
    QVERIFY(c.engine.signIn(QStringLiteral("huyen"), kPassword).ok);
    QVERIFY(c.engine.sync().ok);
    const int changes = makeChanges(c, QStringLiteral("gzip"));
    c.engine.setPushBatch(500);
    network->encodings.clear();
    network->bodies.clear();
    const SyncResult r = c.engine.push();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.pushed, changes);
    QCOMPARE(network->encodings.value(0), QByteArray("gzip"));
    const auto inflated = gzipDecompress(network->bodies.value(0), 8 << 20);
    QVERIFY(inflated);
    QCOMPARE(QJsonDocument::fromJson(*inflated)
                 .object()
                 .value(QStringLiteral("changes"))
                 .toArray()
                 .size(),
             changes);
    QVERIFY(network->bodies.value(0).size() * 3 < inflated->size());

    // The server compresses a page when asked to.
    QNetworkAccessManager nam;
    QNetworkRequest request(
        m_url.resolved(QUrl(QStringLiteral("/api/v1/sync/pull?cursor=0&limit=200"))));
    request.setRawHeader("DoanField-Protocol", "1");
    request.setRawHeader("Accept-Encoding", "gzip"); // set by hand: Qt leaves it compressed
    const QByteArray token = [&] {
        Database db(QStringLiteral(":memory:"));
        LocalStore store(db);
        HttpTransport t(m_url);
        SyncEngine e(store.sync(), t);
        return e.signIn(QStringLiteral("huyen"), kPassword).token;
    }();
    request.setRawHeader("Authorization", "Bearer " + token);
    const auto send = [&](QNetworkReply *reply) {
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        return reply;
    };
    std::unique_ptr<QNetworkReply> page(send(nam.get(request)));
    QCOMPARE(page->rawHeader("Content-Encoding"), QByteArray("gzip"));
    const QByteArray packed = page->readAll();
    const auto json = gzipDecompress(packed, 64 << 20);
    QVERIFY(json);
    QCOMPARE(QJsonDocument::fromJson(*json).object().value(QStringLiteral("rows")).toArray().size(),
             200);
    QVERIFY(packed.size() * 4 < json->size());

    // A body announced as gzip that is not: 400, and the sentence says why.
    QNetworkRequest post(m_url.resolved(QUrl(QStringLiteral("/api/v1/sync/push"))));
    post.setRawHeader("DoanField-Protocol", "1");
    post.setRawHeader("Authorization", "Bearer " + token);
    post.setRawHeader("Content-Encoding", "gzip");
    post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray whole = gzipCompress(QByteArrayLiteral("{\"changes\":[]}"));
    std::unique_ptr<QNetworkReply> bad(send(nam.post(post, whole.left(whole.size() - 6))));
    QCOMPARE(bad->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    QVERIFY(QJsonDocument::fromJson(bad->readAll())
                .object()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("gzip")));
    std::unique_ptr<QNetworkReply> good(send(nam.post(post, whole)));
    QCOMPARE(good->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
}

// The next page is requested before the current one is written, so the server's work and
// the transfer overlap with the client's.
void TestFaults::nextPageWhileWriting()
{
    Client c(m_dir.filePath(QStringLiteral("overlap.db")), m_url, 20000);
    RecordingNetwork *network = recordTraffic(c);
    QVERIFY(c.engine.signIn(QStringLiteral("huyen"), kPassword).ok);
    QList<int> requestsAtPage;
    c.engine.setProgress(
        [&](qint64, qint64) { requestsAtPage.append(int(network->bodies.size())); });
    const SyncResult r = c.engine.pull();
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(requestsAtPage.size() > 3);
    // Sign-in, then page 1 and page 2 (already asked for) when page 1 was written.
    QCOMPARE(requestsAtPage.first(), 3);
    for (int i = 0; i + 1 < requestsAtPage.size(); ++i)
        QCOMPARE(requestsAtPage[i], i + 3);
    QCOMPARE(requestsAtPage.last(), int(requestsAtPage.size()) + 1); // no request after the last
    verifyInStep(c);
}

// 20 trials: a client with 150 new members starts its first sync of the district (push in
// small batches, then pull in small pages) and is killed with SIGKILL at a random moment;
// started again, it finishes. The database is intact, every change reached the server once,
// and the copy is row for row the server's.
void TestFaults::crashTrials()
{
    constexpr int kChanges = 150;
    const int trials = qEnvironmentVariableIntValue("DF_CRASH_TRIALS") > 0
                           ? qEnvironmentVariableIntValue("DF_CRASH_TRIALS")
                           : 20;
    QByteArray output; // what the last run printed before it ended or was killed
    qint64 signInEndMs = -1, pushEndMs = -1;
    // Runs the sync tool to its end (killAfterMs < 0), or kills it killAfterMs after the
    // start of `killPhase`: 0 from its start, 1 from its "signed in" line (pushing), 2 from
    // its first "pulled" line. Aiming from the phase's own start, not the process's, keeps
    // the aim true on a busy machine, where a process starts at its own pace.
    const auto run = [&](const QString &db, int killAfterMs, int killPhase = 0) {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QByteArray seen;
        const auto finish = qScopeGuard([&] { output = seen + p.readAllStandardOutput(); });
        p.start(QStringLiteral(DF_SYNC_EXE),
                {QStringLiteral("--db"), db, QStringLiteral("--server"), m_url.toString(),
                 QStringLiteral("--user"), QStringLiteral("huyen"),
                 QStringLiteral("--password-stdin"), QStringLiteral("--page-size"),
                 QStringLiteral("100"), QStringLiteral("--push-batch"), QStringLiteral("10")});
        p.write(kPassword.toUtf8() + '\n');
        p.closeWriteChannel();
        QElapsedTimer since, aim;
        since.start();
        const char *const marks[] = {nullptr, "signed in", "pulled"};
        while (p.state() != QProcess::NotRunning && since.elapsed() < 120000) {
            p.waitForReadyRead(killAfterMs >= 0 ? 2 : 20);
            seen += p.readAllStandardOutput();
            if (signInEndMs < 0 && seen.contains("signed in"))
                signInEndMs = since.elapsed();
            if (pushEndMs < 0 && seen.contains("pulled"))
                pushEndMs = since.elapsed();
            if (killAfterMs < 0)
                continue;
            if (!aim.isValid() && (!marks[killPhase] || seen.contains(marks[killPhase])))
                aim.start();
            if (aim.isValid() && aim.elapsed() >= killAfterMs && p.processId() > 0) {
                ::kill(pid_t(p.processId()), SIGKILL);
                p.waitForFinished();
                return -9;
            }
        }
        p.waitForFinished(1000); // false too when it had already finished
        if (p.state() != QProcess::NotRunning && p.processId() > 0) {
            // Still running after its deadline: a hang, which is a failure, not a pass.
            ::kill(pid_t(p.processId()), SIGKILL);
            p.waitForFinished();
            return -2;
        }
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    };
    // A first client learns a unit to create members in.
    const QString seedDb = m_dir.filePath(QStringLiteral("crash-seed.db"));
    QCOMPARE(run(seedDb, -1), 0);
    const QString unit = [&] {
        Database db(seedDb);
        auto st = db.prepare("SELECT unit_id FROM members ORDER BY id LIMIT 1");
        return st.step() ? st.text(0) : QString();
    }();
    QVERIFY(!unit.isEmpty());
    // A device that has the unit tree (as after an earlier sign-in) but no members yet.
    QList<RowState> units;
    {
        Database db(seedDb);
        SyncStore sync(db);
        const EntitySpec &spec = Schema::spec(Entity::Unit);
        QStringList ids;
        auto st = db.prepare("SELECT id FROM org_units");
        while (st.step())
            ids.append(st.text(0));
        st.reset();
        for (const QString &id : ids) {
            const StoredRow row = sync.read(spec, id);
            units.append({Entity::Unit, id, row.fields, row.versions, 0});
        }
    }

    QElapsedTimer timer;
    QRandomGenerator rng(20261122);
    int killed = 0, whileSigningIn = 0, whilePushing = 0, whilePulling = 0;
    qint64 fullMs = 0;
    for (int trial = -1; trial < trials; ++trial) {
        const QString path = m_dir.filePath(QStringLiteral("crash-%1.db").arg(trial + 1));
        const QString name = QStringLiteral("Đoàn viên lần thử %1 —").arg(trial + 1);
        QString device;
        {
            Database db(path);
            LocalStore store(db);
            store.sync().applyPage(units, {}, 0, 0);
            Transaction tx(db);
            for (int i = 0; i < kChanges; ++i) {
                Member m;
                m.unitId = unit;
                m.fullName = name + QString::number(i);
                QVERIFY(store.saveMember(m));
            }
            tx.commit();
            QCOMPARE(store.sync().pendingCount(), kChanges);
            device = store.sync().deviceId();
        }
        if (trial < 0) { // how long a whole first sync takes, and each phase of it
            timer.start();
            signInEndMs = pushEndMs = -1;
            QCOMPARE(run(path, -1), 0);
            fullMs = timer.elapsed();
            QVERIFY(signInEndMs > 0 && pushEndMs > signInEndMs && fullMs > pushEndMs);
            continue;
        }
        // The trials aim at each phase in turn, at a random moment within the length it
        // had in the measured run: starting and signing in, pushing (signed in until the
        // first page is pulled), pulling. Where the kill landed is read from the output.
        const int phase = trial % 3;
        const qint64 length = phase == 0   ? signInEndMs
                              : phase == 1 ? pushEndMs - signInEndMs
                                           : fullMs - pushEndMs;
        if (run(path, int(rng.bounded(qMax<qint64>(1, length))), phase) == -9) {
            ++killed;
            ++(output.contains("pulled")      ? whilePulling
               : output.contains("signed in") ? whilePushing
                                              : whileSigningIn);
        }
        QCOMPARE(run(path, -1), 0);
        {
            Database db(path);
            auto st = db.prepare("PRAGMA integrity_check");
            QVERIFY(st.step());
            QCOMPARE(st.text(0), QStringLiteral("ok"));
            QCOMPARE(count(db, "SELECT count(*) FROM outbox"), 0);
            QCOMPARE(count(db, "SELECT count(*) FROM members WHERE full_name LIKE ?1 || '%'", name),
                     kChanges);
        }
        // Each change reached the server as one op, never as a second, new one.
        QCOMPARE(serverOps(device), kChanges);
        Client mine(path, m_url);
        verifyInStep(mine);
    }
    qInfo("%d of %d trials were killed mid-sync: %d while starting or signing in, %d while "
          "pushing, %d while pulling (a whole sync took %lld ms, its push %lld ms)",
          killed, trials, whileSigningIn, whilePushing, whilePulling, fullMs, pushEndMs);
    QVERIFY(killed >= trials / 2);
    // Every phase was interrupted at least once (with the default 20 trials, about six
    // aim at each).
    if (trials >= 9) {
        QVERIFY2(whileSigningIn > 0, "no kill landed while starting or signing in");
        QVERIFY2(whilePushing > 0, "no kill landed while pushing");
        QVERIFY2(whilePulling > 0, "no kill landed while pulling");
    }
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
