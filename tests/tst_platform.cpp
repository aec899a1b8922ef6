// The platform layer against real parts: the session token in a real Secret Service
// (gnome-keyring in its own D-Bus session, through with-keyring.sh) and nowhere in the
// account's files, and the network monitor following the real server's health probe.
#include "networkmonitor.h"
#include "secretstore.h"
#include "serverprocess.h"

#include "store/database.h"
#include "sync/syncengine.h"
#include "sync/syncstore.h"
#include "sync/transport.h"
#include "write/localstore.h"

#include <QDirIterator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace df;

namespace {
const QString kPassword = QStringLiteral("doanfield-demo"); // seed-demo's accounts
}

class TestPlatform : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString db = QStringLiteral("sqlite:") +
                           m_dir.filePath(QStringLiteral("server-%1.db").arg(++m_runs));
        ServerProcess::admin(
            db, {QStringLiteral("seed-demo"), QStringLiteral("--members"), QStringLiteral("200")});
        m_url = m_server.start(db);
        QVERIFY(m_url.isValid());
    }
    void cleanup() { m_server.stop(); }
    void tokenOnlyInKeychain();
    void networkMonitor();

private:
    QTemporaryDir m_dir;
    ServerProcess m_server;
    QUrl m_url;
    int m_runs = 0;
};

void TestPlatform::tokenOnlyInKeychain()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("needs a D-Bus session with a Secret Service: run through tests/with-keyring.sh");
    const QString dir =
        m_dir.filePath(QStringLiteral("account-%1").arg(QDateTime::currentMSecsSinceEpoch()));
    QVERIFY(QDir().mkpath(dir));
    QByteArray token;
    {
        Database db(dir + QStringLiteral("/huyen.sqlite"));
        LocalStore store(db);
        HttpTransport transport(m_url);
        SyncEngine engine(store.sync(), transport);
        const SignInResult r = engine.signIn(QStringLiteral("huyen"), kPassword);
        QVERIFY(r.ok);
        QCOMPARE(r.token.size(), 43); // 256 bits, base64url
        token = r.token;
        SecretStore secrets(QStringLiteral("DoanFieldTest"));
        QString error;
        QVERIFY2(secrets.write(QStringLiteral("huyen@%1").arg(m_url.port()), token, &error),
                 qPrintable(error));
        QVERIFY(engine.sync().ok);
        QSettings settings(dir + QStringLiteral("/settings.ini"), QSettings::IniFormat);
        settings.setValue(QStringLiteral("account/username"), r.username);
        settings.setValue(QStringLiteral("account/server"), m_url.toString());
    }
    SecretStore secrets(QStringLiteral("DoanFieldTest"));
    const auto back = secrets.read(QStringLiteral("huyen@%1").arg(m_url.port()));
    QVERIFY(back);
    QCOMPARE(*back, token);
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(token), qPrintable(f.fileName()));
        ++files;
    }
    QVERIFY(files >= 2);
    QVERIFY(secrets.remove(QStringLiteral("huyen@%1").arg(m_url.port())));
    QVERIFY(!secrets.read(QStringLiteral("huyen@%1").arg(m_url.port())));
}

// The monitor sees the server come and go through its health probe.
void TestPlatform::networkMonitor()
{
    NetworkMonitor monitor(m_url.resolved(QUrl(QStringLiteral("/api/v1/health"))), 100);
    QTRY_VERIFY(monitor.isOnline());
    QSignalSpy spy(&monitor, &NetworkMonitor::onlineChanged);
    m_server.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!monitor.isOnline(), 10000);
    QCOMPARE(spy.last().first().toBool(), false);
}

QTEST_GUILESS_MAIN(TestPlatform)
#include "tst_platform.moc"
