#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>
#include <QUrl>
#include <memory>

class QThread;
class Workspace;
namespace df {
struct SignInResult;
class NetworkMonitor;
class SecretStore;
class SyncScheduler;
} // namespace df

// Who is using the app and how the data gets to the server: signs in (the token goes to
// the keychain only), opens one database per account, runs the sync scheduler and the
// network monitor for it, and tells QML the sync state in plain sentences. A demo
// workspace is a local database that never syncs.
class Session : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(Mode mode READ mode NOTIFY modeChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // Seconds left of a sign-in lockout (the server's Retry-After), counting down; 0: none.
    Q_PROPERTY(int signInWait READ signInWait NOTIFY signInWaitChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY errorChanged)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY modeChanged)
    Q_PROPERTY(QString username READ username NOTIFY modeChanged)
    Q_PROPERTY(QString roleName READ roleName NOTIFY modeChanged)
    Q_PROPERTY(SyncState syncState READ syncState NOTIFY syncChanged)
    Q_PROPERTY(QString syncText READ syncText NOTIFY syncChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY syncChanged)
    Q_PROPERTY(QString lastSuccessText READ lastSuccessText NOTIFY syncChanged)
    Q_PROPERTY(int pending READ pending NOTIFY syncChanged)
    Q_PROPERTY(double progress READ progress NOTIFY syncChanged)
    Q_PROPERTY(bool firstSync READ firstSync NOTIFY syncChanged)

public:
    enum class Mode { SignedOut, Demo, Account };
    Q_ENUM(Mode)
    // Local: a demo workspace, no sync. The rest mirror SyncScheduler::State.
    enum class SyncState { Local, Offline, Idle, Syncing, Error, SessionEnded, UpdateRequired };
    Q_ENUM(SyncState)

    Session(Workspace *workspace, const QString &dataDir, QObject *parent = nullptr);
    ~Session() override;

    static Session *instance() { return s_instance; }
    static void setInstance(Session *instance) { s_instance = instance; }

    void setDemo(const QString &path, int members);
    // At start: the last account when its token is still in the keychain, else nothing
    // (the sign-in page shows).
    void restore();

    Mode mode() const { return m_mode; }

    // Signs in on a worker thread; `busy` until it answers. The address may omit http://.
    Q_INVOKABLE void signIn(const QString &server, const QString &username,
                            const QString &password);
    Q_INVOKABLE void openDemo();
    // Ends the session on the server (best effort), forgets the token and deletes this
    // account's local data. Call after telling the user about `pending` changes.
    Q_INVOKABLE void signOut();
    Q_INVOKABLE void syncNow();
    // Back to the sign-in page without deleting anything (the data could not be opened).
    Q_INVOKABLE void returnToSignIn();
    Q_INVOKABLE QString lastServer() const;
    Q_INVOKABLE QString lastUsername() const;

    // The database of an account: one per server and username.
    QString accountDatabase(const QString &server, const QString &username) const;
    df::SyncScheduler *scheduler() const { return m_scheduler.get(); }
    // Whether the account's server can be reached; feeds the scheduler (tests probe it).
    df::NetworkMonitor *network() const { return m_network.get(); }

Q_SIGNALS:
    void modeChanged();
    void busyChanged();
    void signInWaitChanged();
    void errorChanged();
    void syncChanged();

private:
    // The properties' accessors (C++ reads them through the properties too).
    bool busy() const { return m_busy; }
    int signInWait() const;
    QString errorText() const { return m_error; }
    QString notice() const { return m_notice; }
    QString serverUrl() const { return m_server; }
    QString username() const { return m_username; }
    QString roleName() const;
    SyncState syncState() const;
    QString syncText() const;
    QString lastError() const;
    QString lastSuccessText() const;
    int pending() const;
    double progress() const;
    bool firstSync() const;

    void setBusy(bool busy);
    void setError(const QString &error, const QString &notice = {});
    void startAccount(const QString &server, const QString &username, const QString &role,
                      const QString &unitId, const QByteArray &token);
    void stopSync();
    // The sign-in worker's answer, on this object's thread.
    void finishSignIn(const df::SignInResult &r, const QString &server, const QString &user);
    static QUrl serverUrlFrom(const QString &text);

    QPointer<Workspace> m_workspace;
    QString m_dataDir;
    QString m_demoPath;
    int m_demoMembers = 3000;
    Mode m_mode = Mode::SignedOut;
    bool m_busy = false;
    QDateTime m_signInAllowedAt; // the end of a lockout
    QTimer *m_waitTick = nullptr;
    QString m_error;
    QString m_notice;
    QString m_server, m_username, m_role;
    std::unique_ptr<df::SecretStore> m_secrets;
    std::unique_ptr<df::SyncScheduler> m_scheduler;
    std::unique_ptr<df::NetworkMonitor> m_network;
    QByteArray m_token;         // in memory for this run only; never written to a file
    QPointer<QThread> m_revoke; // a sign-out's revoke still on its way to the server
    static inline Session *s_instance = nullptr;
};

struct SessionForeign
{
    Q_GADGET
    QML_FOREIGN(Session)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Session)

public:
    static Session *create(QQmlEngine *, QJSEngine *);
};
