// The platform layer against real parts: SecretStore on a real Secret Service
// (gnome-keyring in its own D-Bus session, through with-keyring.sh), and the network
// monitor following the real server's health probe. That the app's session token is in
// the keychain and in none of the files the app writes is checked after a real sign-in,
// in tst_session (tokenAndPasswordOnlyInKeychain) and tst_fieldapp.
#include "networkmonitor.h"
#include "secretstore.h"
#include "serverprocess.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace df;

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
    void secretStore();
    void networkMonitor();

private:
    QTemporaryDir m_dir;
    ServerProcess m_server;
    QUrl m_url;
    int m_runs = 0;
};

// A secret written to the Secret Service reads back the same, a second write replaces
// it, and after removal there is no entry (and no error: the keychain answered).
void TestPlatform::secretStore()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("needs a D-Bus session with a Secret Service: run through tests/with-keyring.sh");
    SecretStore secrets(QStringLiteral("DoanFieldTest"));
    const QString account = QStringLiteral("huyen@%1").arg(m_url.toString());
    QString error;
    QVERIFY2(secrets.write(account, QByteArrayLiteral("first-secret"), &error), qPrintable(error));
    QCOMPARE(secrets.read(account, &error), std::optional(QByteArrayLiteral("first-secret")));
    QVERIFY2(secrets.write(account, QByteArrayLiteral("second-secret"), &error), qPrintable(error));
    QCOMPARE(secrets.read(account, &error), std::optional(QByteArrayLiteral("second-secret")));
    // Another service's entry of the same name is another entry.
    QVERIFY(!SecretStore(QStringLiteral("DoanFieldOther")).read(account, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(secrets.remove(account, &error), qPrintable(error));
    QVERIFY(!secrets.read(account, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
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
