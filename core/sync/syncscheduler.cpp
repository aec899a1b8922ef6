#include "sync/syncscheduler.h"

#include "store/database.h"
#include "store/storeerror.h"
#include "sync/clock.h"
#include "sync/syncengine.h"
#include "sync/syncstore.h"
#include "sync/transport.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QThread>
#include <cmath>

namespace df {

// Lives on the sync thread: its own connection, store, transport and engine, made there
// on first use so that the network objects belong to that thread.
class SyncWorker : public QObject
{
public:
    SyncWorker(QString path, SyncScheduler::TransportFactory factory)
        : m_path(std::move(path))
        , m_factory(std::move(factory))
    {}

    void setToken(const QByteArray &token)
    {
        m_token = token;
        if (m_transport)
            m_transport->setToken(token);
    }

    // One sync round; reports back to the scheduler on its thread.
    void run(SyncScheduler *scheduler)
    {
        SyncResult r;
        int pending = 0;
        try {
            if (!m_engine) {
                m_db = std::make_unique<Database>(m_path);
                m_store = std::make_unique<SyncStore>(*m_db);
                m_transport = m_factory();
                m_transport->setToken(m_token);
                m_engine = std::make_unique<SyncEngine>(*m_store, *m_transport);
                m_engine->setProgress([scheduler](qint64 done, qint64 total) {
                    QMetaObject::invokeMethod(scheduler, [scheduler, done, total] {
                        scheduler->m_done = done;
                        scheduler->m_total = total;
                        Q_EMIT scheduler->progressChanged();
                    });
                });
            }
            r = m_engine->sync();
            pending = m_store->pendingCount();
            const qint64 hlc = m_store->clock().last();
            const qint64 offset = m_store->clock().offsetMs();
            QMetaObject::invokeMethod(scheduler, [scheduler, hlc, offset] {
                Q_EMIT scheduler->clockLearned(hlc, offset);
            });
        } catch (const StoreError &e) {
            r.ok = false;
            r.status = 0;
            r.error = QCoreApplication::translate("Sync", "The local database failed: %1")
                          .arg(e.message());
        }
        QMetaObject::invokeMethod(scheduler, [scheduler, r, pending] {
            scheduler->finished(r.ok, r.status, r.error, r.pulled, pending, r.retryAfterSeconds,
                                r.touched);
        });
    }

private:
    QString m_path;
    SyncScheduler::TransportFactory m_factory;
    QByteArray m_token;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SyncStore> m_store;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<SyncEngine> m_engine;
};

SyncScheduler::SyncScheduler(const QString &databasePath, TransportFactory transport,
                             QObject *parent)
    : SyncScheduler(databasePath, std::move(transport), Clock::system(), parent)
{}

SyncScheduler::SyncScheduler(const QString &databasePath, TransportFactory transport, Clock &clock,
                             QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_debounce(clock.timer(true, [this] { syncNow(); }))
    , m_retry(clock.timer(true, [this] { syncNow(); }))
    , m_period(clock.timer(false, [this] { syncNow(); }))
    , m_thread(new QThread)
    , m_worker(new SyncWorker(databasePath, std::move(transport)))
{
    m_thread->setObjectName(QStringLiteral("sync"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

SyncScheduler::~SyncScheduler()
{
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

int SyncScheduler::retryDelayMs() const
{
    return m_retry->isActive() ? m_retryDelay : -1;
}

void SyncScheduler::setToken(const QByteArray &token)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, token] { w->setToken(token); });
    if (m_state == State::SignedOut && !token.isEmpty())
        setState(State::Idle);
}

void SyncScheduler::start()
{
    m_active = true;
    m_period->start(m_timing.periodMs);
    syncNow();
}

int SyncScheduler::backoffMs(const Timing &timing, int failures, double jitter)
{
    const double exp = std::pow(2.0, std::min(failures - 1, 20));
    const double base = std::min(double(timing.backoffCapMs), timing.backoffBaseMs * exp);
    return int(base * (0.8 + 0.4 * jitter));
}

void SyncScheduler::setState(State state, const QString &error)
{
    if (state == m_state && error == m_lastError)
        return;
    m_state = state;
    m_lastError = error;
    Q_EMIT stateChanged();
}

void SyncScheduler::syncNow()
{
    if (!m_active || m_state == State::SignedOut || m_state == State::UpdateRequired)
        return;
    if (!m_online) {
        setState(State::Offline);
        return;
    }
    if (m_running) {
        m_again = true; // one more round right after this one
        return;
    }
    m_debounce->stop();
    m_retry->stop();
    run();
}

void SyncScheduler::run()
{
    m_running = true;
    m_again = false;
    ++m_syncsStarted;
    setState(State::Syncing, m_lastError);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, self = this] { w->run(self); });
}

void SyncScheduler::localChange(int pendingNow)
{
    if (pendingNow != m_pending) {
        m_pending = pendingNow;
        Q_EMIT pendingChanged();
    }
    if (m_active && m_online)
        m_debounce->start(m_timing.debounceMs);
}

void SyncScheduler::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    if (!online) {
        m_retry->stop();
        m_debounce->stop();
        if (!m_running && m_state != State::SignedOut && m_state != State::UpdateRequired)
            setState(State::Offline);
        return;
    }
    // The network is back: whatever failed before gets a fresh start.
    m_failures = 0;
    if (m_state == State::Offline)
        setState(State::Idle);
    syncNow();
}

void SyncScheduler::finished(bool ok, int status, const QString &error, int pulled, int pending,
                             int retryAfterSeconds, quint32 touched)
{
    m_running = false;
    if (pending != m_pending) {
        m_pending = pending;
        Q_EMIT pendingChanged();
    }
    if (pulled > 0 || touched != 0)
        Q_EMIT dataArrived(touched != 0 ? touched : ~0u);
    m_done = m_total = 0;
    Q_EMIT progressChanged();
    if (ok) {
        m_failures = 0;
        m_lastSuccess = m_clock.nowUtc();
        m_lastError.clear();
        setState(State::Idle);
        if (m_again)
            syncNow();
        else if (m_pending > 0)
            m_debounce->start(m_timing.debounceMs); // written while this round ran
        return;
    }
    if (status == 401) {
        // Retrying cannot help; the outbox is kept for the next sign-in.
        setState(State::SignedOut, error);
        return;
    }
    if (status == 426) {
        setState(State::UpdateRequired, error);
        return;
    }
    ++m_failures;
    setState(m_online ? State::Error : State::Offline, error);
    if (!m_online)
        return;
    m_retryDelay = backoffMs(m_timing, m_failures, QRandomGenerator::global()->generateDouble());
    if (retryAfterSeconds > 0)
        m_retryDelay =
            std::max(m_retryDelay, std::min(retryAfterSeconds * 1000, m_timing.backoffCapMs));
    m_retry->start(m_retryDelay);
}

} // namespace df
