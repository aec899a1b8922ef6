#include "session.h"

#include "networkmonitor.h"
#include "secretstore.h"
#include "store/database.h"
#include "store/storeerror.h"
#include "sync/syncengine.h"
#include "sync/syncscheduler.h"
#include "sync/syncstore.h"
#include "sync/transport.h"
#include "workspace.h"
#include "write/localstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QThread>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

namespace {

constexpr int kSignInTimeoutMs = 15000;
constexpr int kSyncTimeoutMs = 30000;

// The keychain entry of an account. The token itself is never logged or stored elsewhere.
QString keyFor(const QString &server, const QString &username)
{
    return username + QLatin1Char('@') + server;
}

bool allowInsecure()
{
    return QSettings().value(QStringLiteral("sync/allowInsecureHttp"), false).toBool();
}

std::unique_ptr<df::HttpTransport> transportFor(const QUrl &url, int timeoutMs)
{
    auto t = std::make_unique<df::HttpTransport>(url, timeoutMs);
    t->setAllowInsecure(allowInsecure());
    return t;
}

void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

Session *SessionForeign::create(QQmlEngine *, QJSEngine *)
{
    Session *s = Session::instance();
    Q_ASSERT(s);
    QJSEngine::setObjectOwnership(s, QJSEngine::CppOwnership);
    return s;
}

Session::Session(Workspace *workspace, const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_dataDir(dataDir)
    , m_secrets(std::make_unique<df::SecretStore>())
{
    connect(m_workspace, &Workspace::localChanged, this, [this] {
        if (m_scheduler && m_workspace->isReady())
            m_scheduler->localChange(m_workspace->store().pendingCount());
    });
}

Session::~Session()
{
    stopSync();
    // An app that quits right after signing out still ends the session on the server
    // (the revoke gives up after 5 s).
    if (m_revoke)
        m_revoke->wait();
}

void Session::setDemo(const QString &path, int members)
{
    m_demoPath = path;
    m_demoMembers = members;
}

QUrl Session::serverUrlFrom(const QString &text)
{
    QString t = text.trimmed();
    while (t.endsWith(QLatin1Char('/')))
        t.chop(1);
    if (!t.contains(QLatin1String("://")))
        t.prepend(QStringLiteral("http://"));
    return QUrl(t, QUrl::StrictMode);
}

QString Session::accountDatabase(const QString &server, const QString &username) const
{
    const QByteArray key =
        QCryptographicHash::hash(keyFor(server, username).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16);
    return m_dataDir + QStringLiteral("/accounts/") + QString::fromLatin1(key) +
           QStringLiteral(".sqlite");
}

QString Session::lastServer() const
{
    QSettings settings;
    return settings
        .value(QStringLiteral("signin/server"), settings.value(QStringLiteral("account/server")))
        .toString();
}

QString Session::lastUsername() const
{
    QSettings settings;
    return settings
        .value(QStringLiteral("signin/username"),
               settings.value(QStringLiteral("account/username")))
        .toString();
}

void Session::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void Session::setError(const QString &error, const QString &notice)
{
    m_error = error;
    m_notice = notice;
    Q_EMIT errorChanged();
}

void Session::restore()
{
    QSettings settings;
    const QString server = settings.value(QStringLiteral("account/server")).toString();
    const QString username = settings.value(QStringLiteral("account/username")).toString();
    if (server.isEmpty() || username.isEmpty() ||
        !settings.value(QStringLiteral("account/signedIn")).toBool())
        return;
    QString error;
    const auto token = m_secrets->read(keyFor(server, username), &error);
    if (!token || token->isEmpty()) {
        // The data stays; signing in again picks it up with its unsynced changes.
        setError({}, error.isEmpty() ? tr("Sign in again to keep syncing.") : error);
        return;
    }
    startAccount(server, username, settings.value(QStringLiteral("account/role")).toString(),
                 settings.value(QStringLiteral("account/unit")).toString(), *token);
}

void Session::signIn(const QString &serverText, const QString &username, const QString &password)
{
    if (m_busy)
        return;
    const QUrl url = serverUrlFrom(serverText);
    if (serverText.trimmed().isEmpty() || !url.isValid() || url.host().isEmpty()) {
        setError(tr("Enter the server address, e.g. https://doan.example.vn."));
        return;
    }
    if (username.trimmed().isEmpty() || password.isEmpty()) {
        setError(tr("Enter your username and password."));
        return;
    }
    if (url.scheme() == QLatin1String("http") && !df::HttpTransport::isLoopback(url) &&
        !allowInsecure()) {
        setError(tr("This address is not encrypted (http). Use https://, or allow unencrypted "
                    "servers in the settings."));
        return;
    }
    const QString server = url.toString();
    const QString user = username.trimmed();
    const QString path = accountDatabase(server, user);
    QDir().mkpath(QFileInfo(path).absolutePath());
    setError({});
    setBusy(true);
    stopSync();
    if (m_workspace->path() == path)
        m_workspace->close(); // signing in again after a 401: reopen below
    const QPointer<Session> self(this);
    auto *worker = QThread::create([url, server, user, password, path, self] {
        const bool existed = QFile::exists(path);
        df::SignInResult r;
        try {
            df::Database db(path);
            df::SyncStore store(db);
            auto transport = transportFor(url, kSignInTimeoutMs);
            r = df::SyncEngine(store, *transport).signIn(user, password);
        } catch (const df::StoreError &e) {
            r.error = tr("The local database could not be opened: %1").arg(e.message());
        }
        if (!r.ok && !existed)
            removeDatabase(path);
        // Through the application object: a Session deleted meanwhile (the app quit during
        // the sign-in) is seen as a null pointer on its own thread, never touched.
        QMetaObject::invokeMethod(qApp, [self, r, server, user] {
            if (self)
                self->finishSignIn(r, server, user);
        });
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void Session::finishSignIn(const df::SignInResult &r, const QString &server, const QString &user)
{
    setBusy(false);
    if (r.retryAfterSeconds > 0) {
        // A lockout: the button waits it out, counting down.
        m_signInAllowedAt = QDateTime::currentDateTimeUtc().addSecs(r.retryAfterSeconds);
        if (!m_waitTick) {
            m_waitTick = new QTimer(this);
            m_waitTick->setInterval(1000);
            connect(m_waitTick, &QTimer::timeout, this, [this] {
                if (signInWait() == 0)
                    m_waitTick->stop();
                Q_EMIT signInWaitChanged();
            });
        }
        m_waitTick->start();
        Q_EMIT signInWaitChanged();
    }
    if (!r.ok) {
        setError(r.status == 0 && r.error.isEmpty()
                     ? tr("The server cannot be reached. Check the address and the "
                          "network.")
                     : r.error);
        if (m_mode == Mode::Account)
            startAccount(m_server, m_username, m_role, {}, m_token);
        return;
    }
    QString keychainError;
    const bool stored = m_secrets->write(keyFor(server, user), r.token, &keychainError);
    QSettings settings;
    settings.setValue(QStringLiteral("account/server"), server);
    settings.setValue(QStringLiteral("account/username"), user);
    settings.setValue(QStringLiteral("account/role"), r.role);
    settings.setValue(QStringLiteral("account/unit"), r.unitId);
    settings.setValue(QStringLiteral("account/signedIn"), true);
    startAccount(server, user, r.role, r.unitId, r.token);
    if (!stored)
        setError({}, tr("%1 You will need to sign in again next time.").arg(keychainError));
}

void Session::startAccount(const QString &server, const QString &username, const QString &role,
                           const QString &unitId, const QByteArray &token)
{
    stopSync();
    const QUrl url(server);
    const QString path = accountDatabase(server, username);
    m_server = server;
    m_username = username;
    m_role = role;
    m_token = token;
    m_workspace->open({path, 0, true, username, unitId, role});

    m_scheduler = std::make_unique<df::SyncScheduler>(
        path, [url] { return std::unique_ptr<df::Transport>(transportFor(url, kSyncTimeoutMs)); });
    auto *s = m_scheduler.get();
    connect(s, &df::SyncScheduler::stateChanged, this, &Session::syncChanged);
    connect(s, &df::SyncScheduler::pendingChanged, this, &Session::syncChanged);
    connect(s, &df::SyncScheduler::progressChanged, this, &Session::syncChanged);
    connect(s, &df::SyncScheduler::dataArrived, m_workspace, &Workspace::reload);
    connect(s, &df::SyncScheduler::clockLearned, this, [this](qint64 hlc, qint64 offset) {
        // The GUI connection stamps check-ins: it must not lag the worker's clock.
        if (!m_workspace->isReady())
            return;
        m_workspace->store().observeClock(hlc, offset);
    });
    QUrl health = url;
    health.setPath(health.path() + QStringLiteral("/api/v1/health"));
    m_network = std::make_unique<df::NetworkMonitor>(health);
    connect(m_network.get(), &df::NetworkMonitor::onlineChanged, s, &df::SyncScheduler::setOnline);
    s->setOnline(m_network->isOnline());
    s->setToken(token);
    s->start();
    m_network->probe();
    m_mode = Mode::Account;
    Q_EMIT modeChanged();
    Q_EMIT syncChanged();
}

void Session::stopSync()
{
    m_network.reset();
    m_scheduler.reset();
}

void Session::openDemo()
{
    stopSync();
    m_server.clear();
    m_username.clear();
    m_role.clear();
    m_workspace->open({m_demoPath, m_demoMembers, false, QStringLiteral("demo"), {}});
    m_mode = Mode::Demo;
    setError({});
    Q_EMIT modeChanged();
    Q_EMIT syncChanged();
}

void Session::signOut()
{
    const Mode was = m_mode;
    stopSync();
    m_mode = Mode::SignedOut;
    if (was == Mode::Account) {
        const QString path = m_workspace->path();
        const QUrl url(m_server);
        const QByteArray token = m_token;
        m_secrets->remove(keyFor(m_server, m_username));
        m_token.clear();
        QSettings().setValue(QStringLiteral("account/signedIn"), false);
        m_workspace->close();
        removeDatabase(path);
        // Ends the session on the server too, when it can be reached; the token is
        // already gone from this device either way.
        auto *worker = QThread::create([url, token] {
            auto t = transportFor(url, 5000);
            t->setToken(token);
            t->deleteResource(QStringLiteral("/api/v1/session"));
        });
        connect(worker, &QThread::finished, worker, &QObject::deleteLater);
        worker->start();
        m_revoke = worker;
    } else {
        m_workspace->close();
    }
    setError({});
    Q_EMIT modeChanged();
    Q_EMIT syncChanged();
}

int Session::signInWait() const
{
    if (!m_signInAllowedAt.isValid())
        return 0;
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(m_signInAllowedAt);
    return ms <= 0 ? 0 : int((ms + 999) / 1000);
}

void Session::returnToSignIn()
{
    // Nothing is deleted: signing in again opens the same data.
    stopSync();
    m_workspace->close();
    m_mode = Mode::SignedOut;
    setError({});
    Q_EMIT modeChanged();
    Q_EMIT syncChanged();
}

void Session::syncNow()
{
    if (!m_scheduler)
        return;
    // Offline, a tap asks the network monitor at once rather than at its next probe (up
    // to 30 s away): when the server answers, the monitor's "online" starts the sync.
    if (m_network && !m_network->isOnline())
        m_network->probe();
    m_scheduler->syncNow();
}

QString Session::roleName() const
{
    if (m_mode == Mode::Demo)
        return tr("Demo");
    if (m_role == QLatin1String("admin"))
        return tr("Administrator");
    if (m_role == QLatin1String("officer"))
        return tr("Officer");
    if (m_role == QLatin1String("secretary"))
        return tr("Branch secretary");
    return m_role;
}

Session::SyncState Session::syncState() const
{
    if (!m_scheduler)
        return SyncState::Local;
    return SyncState(int(m_scheduler->state()) + 1);
}

int Session::pending() const
{
    return m_scheduler ? m_scheduler->pending() : 0;
}

double Session::progress() const
{
    if (!m_scheduler || m_scheduler->progressTotal() <= 0)
        return -1;
    return std::min(1.0,
                    double(m_scheduler->progressDone()) / double(m_scheduler->progressTotal()));
}

bool Session::firstSync() const
{
    return m_scheduler && !m_scheduler->lastSuccess().isValid() && m_workspace &&
           m_workspace->isReady() && m_workspace->rootUnitId().isEmpty();
}

QString Session::lastError() const
{
    return m_scheduler ? m_scheduler->lastError() : QString();
}

QString Session::lastSuccessText() const
{
    if (!m_scheduler || !m_scheduler->lastSuccess().isValid())
        return tr("Not yet synced on this device.");
    return m_scheduler->lastSuccess().toLocalTime().toString(QStringLiteral("HH:mm dd/MM/yyyy"));
}

QString Session::syncText() const
{
    if (!m_scheduler)
        return m_mode == Mode::Demo ? tr("Demo data, not synced") : QString();
    const int n = m_scheduler->pending();
    switch (m_scheduler->state()) {
    case df::SyncScheduler::State::Offline:
        return n > 0 ? tr("Offline · %n change(s) waiting", "", n) : tr("Offline");
    case df::SyncScheduler::State::Syncing:
        if (m_scheduler->progressTotal() > 0)
            return tr("Syncing %1 of %2")
                .arg(QLocale().toString(m_scheduler->progressDone()),
                     QLocale().toString(m_scheduler->progressTotal()));
        return tr("Syncing…");
    case df::SyncScheduler::State::Idle:
        if (n > 0)
            return tr("%n change(s) waiting", "", n);
        return m_scheduler->lastSuccess().isValid()
                   ? tr("Synced at %1")
                         .arg(m_scheduler->lastSuccess().toLocalTime().toString(
                             QStringLiteral("HH:mm")))
                   : tr("Waiting to sync");
    case df::SyncScheduler::State::Error:
        return n > 0 ? tr("Sync failed · %n change(s) waiting", "", n) : tr("Sync failed");
    case df::SyncScheduler::State::SignedOut:
        return tr("Session ended: sign in again");
    case df::SyncScheduler::State::UpdateRequired:
        return tr("Update the app to keep syncing");
    }
    return {};
}
