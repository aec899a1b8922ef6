#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>

namespace df {

class Clock;
class Timer;
class Transport;
class SyncWorker;

// Decides when to sync, so that officers never press a button to be safe: on start, after
// sign-in, a few seconds after a local change, when the network returns, every few
// minutes while online, and on demand. Failures back off exponentially with jitter up to
// a cap; a 401 stops retrying until the next sign-in (the outbox is kept), a 426 asks for
// an update. The sync itself runs on a worker thread with its own database connection.
// Its waits (debounce, retry, period) and the time of the last success come from a Clock,
// the system's unless a test gives one that it moves by hand.
class SyncScheduler : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY stateChanged)
    Q_PROPERTY(QDateTime lastSuccess READ lastSuccess NOTIFY stateChanged)
    Q_PROPERTY(int pending READ pending NOTIFY pendingChanged)
    Q_PROPERTY(qint64 progressDone READ progressDone NOTIFY progressChanged)
    Q_PROPERTY(qint64 progressTotal READ progressTotal NOTIFY progressChanged)

public:
    enum class State { Offline, Idle, Syncing, Error, SignedOut, UpdateRequired };
    Q_ENUM(State)

    struct Timing
    {
        int debounceMs = 3000;
        int periodMs = 5 * 60 * 1000;
        int backoffBaseMs = 2000;
        int backoffCapMs = 5 * 60 * 1000;
    };
    // Made on the worker thread, once; the transport lives there.
    using TransportFactory = std::function<std::unique_ptr<Transport>()>;

    SyncScheduler(const QString &databasePath, TransportFactory transport,
                  QObject *parent = nullptr);
    // `clock` must outlive the scheduler.
    SyncScheduler(const QString &databasePath, TransportFactory transport, Clock &clock,
                  QObject *parent = nullptr);
    ~SyncScheduler() override;

    void setTiming(const Timing &timing) { m_timing = timing; }
    // The session token for the worker's transport (never stored by the scheduler).
    void setToken(const QByteArray &token);
    // Starts scheduling: syncs now when online.
    void start();

    State state() const { return m_state; }
    QString lastError() const { return m_lastError; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    int pending() const { return m_pending; }
    qint64 progressDone() const { return m_done; }
    qint64 progressTotal() const { return m_total; }
    bool isOnline() const { return m_online; }
    int failures() const { return m_failures; }
    // The delay of the retry now scheduled (ms), or -1.
    int retryDelayMs() const;
    int syncsStarted() const { return m_syncsStarted; }

    // The delay before retry number `failures` (1-based): base·2^(n-1), capped, ±20 %.
    static int backoffMs(const Timing &timing, int failures, double jitter);

public Q_SLOTS:
    void syncNow();
    void localChange(int pendingNow);
    void setOnline(bool online);

Q_SIGNALS:
    void stateChanged();
    void pendingChanged();
    void progressChanged();
    // Rows arrived from the server: views should read again.
    // Rows changed in the local store; `entities` has bit 1 << Entity for each kind.
    void dataArrived(quint32 entities);
    // What the worker learned of the server's clock, for the UI connection's clock.
    void clockLearned(qint64 hlc, qint64 offsetMs);

private:
    friend class SyncWorker;
    void run();
    void finished(bool ok, int status, const QString &error, int pulled, int pending,
                  int retryAfterSeconds, quint32 touched);
    void setState(State state, const QString &error = {});

    Timing m_timing;
    State m_state = State::Idle;
    QString m_lastError;
    QDateTime m_lastSuccess;
    int m_pending = 0;
    qint64 m_done = 0;
    qint64 m_total = 0;
    bool m_online = true;
    bool m_active = false;
    bool m_running = false;
    bool m_again = false;
    int m_failures = 0;
    int m_retryDelay = -1;
    int m_syncsStarted = 0;
    Clock &m_clock;
    std::unique_ptr<Timer> m_debounce;
    std::unique_ptr<Timer> m_retry;
    std::unique_ptr<Timer> m_period;
    QThread *m_thread = nullptr;
    SyncWorker *m_worker = nullptr;
};

} // namespace df
