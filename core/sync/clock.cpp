#include "sync/clock.h"

#include <QTimer>

namespace df {

namespace {

class SystemTimer : public Timer
{
public:
    SystemTimer(bool singleShot, std::function<void()> timeout)
    {
        m_timer.setSingleShot(singleShot);
        QObject::connect(&m_timer, &QTimer::timeout, std::move(timeout));
    }
    void start(int ms) override { m_timer.start(ms); }
    void stop() override { m_timer.stop(); }
    bool isActive() const override { return m_timer.isActive(); }

private:
    QTimer m_timer;
};

class SystemClock : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    std::unique_ptr<Timer> timer(bool singleShot, std::function<void()> timeout) override
    {
        return std::make_unique<SystemTimer>(singleShot, std::move(timeout));
    }
};

} // namespace

Clock &Clock::system()
{
    static SystemClock clock; // stateless: one serves every thread
    return clock;
}

} // namespace df
