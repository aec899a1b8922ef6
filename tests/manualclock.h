#pragma once

// A clock that moves only when the test says so, for code that takes a df::Clock: the
// test calls advance() and every timer whose time has come fires, in the order of its
// time, inside that call. Nothing waits on the real time, so a busy machine cannot make a
// timer fire early or late.
#include "sync/clock.h"

#include <QList>
#include <algorithm>

namespace df::test {

class ManualClock : public Clock
{
public:
    // A fixed start, so that the times a test sees are the same on every run.
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC))
        : m_start(std::move(start))
    {}
    ~ManualClock() override { Q_ASSERT(m_timers.isEmpty()); } // timers must go first

    QDateTime nowUtc() const override { return m_start.addMSecs(m_elapsed); }
    std::unique_ptr<df::Timer> timer(bool singleShot, std::function<void()> timeout) override
    {
        return std::make_unique<ManualTimer>(*this, singleShot, std::move(timeout));
    }

    // Time since the start (ms).
    qint64 elapsed() const { return m_elapsed; }

    // Moves time on by `ms`, firing each timer as its time comes (a repeating one each
    // time it falls due). A timer started or stopped by a timeout counts from the time of
    // that timeout, as a QTimer would.
    void advance(qint64 ms)
    {
        const qint64 target = m_elapsed + ms;
        while (ManualTimer *next = due(target)) {
            m_elapsed = next->m_due;
            if (next->m_singleShot)
                next->m_active = false;
            else
                next->m_due += std::max(1, next->m_interval);
            next->m_timeout(); // may start, stop or delete timers: found again above
        }
        m_elapsed = target;
    }

    // The number of running timers.
    int active() const
    {
        return int(std::count_if(m_timers.cbegin(), m_timers.cend(),
                                 [](const ManualTimer *t) { return t->m_active; }));
    }

private:
    class ManualTimer : public df::Timer
    {
    public:
        ManualTimer(ManualClock &clock, bool singleShot, std::function<void()> timeout)
            : m_clock(clock)
            , m_singleShot(singleShot)
            , m_timeout(std::move(timeout))
        {
            m_clock.m_timers.append(this);
        }
        ~ManualTimer() override { m_clock.m_timers.removeOne(this); }

        void start(int ms) override
        {
            m_interval = ms;
            m_due = m_clock.m_elapsed + ms;
            m_active = true;
            m_order = ++m_clock.m_started;
        }
        void stop() override { m_active = false; }
        bool isActive() const override { return m_active; }

        ManualClock &m_clock;
        bool m_singleShot;
        std::function<void()> m_timeout;
        bool m_active = false;
        int m_interval = 0;
        qint64 m_due = 0;
        quint64 m_order = 0; // timers due at the same time fire in the order started
    };

    ManualTimer *due(qint64 target) const
    {
        ManualTimer *first = nullptr;
        for (ManualTimer *t : m_timers) {
            if (!t->m_active || t->m_due > target)
                continue;
            if (!first || t->m_due < first->m_due ||
                (t->m_due == first->m_due && t->m_order < first->m_order))
                first = t;
        }
        return first;
    }

    QDateTime m_start;
    qint64 m_elapsed = 0;
    quint64 m_started = 0;
    QList<ManualTimer *> m_timers;
};

} // namespace df::test
