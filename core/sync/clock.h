#pragma once

#include <QDateTime>
#include <functional>
#include <memory>

namespace df {

// A timer made by a Clock. It calls its timeout on the thread that made it: once after
// `start(ms)` when single-shot, else every `ms` until stopped.
class Timer
{
public:
    virtual ~Timer() = default;
    virtual void start(int ms) = 0; // a running timer starts over
    virtual void stop() = 0;
    virtual bool isActive() const = 0;
};

// The time and the timers of code that waits. SyncScheduler asks its Clock for both
// instead of using QTimer and QDateTime itself, so that its tests can hand it a clock that
// moves only when told (tests/manualclock.h): they advance time explicitly, never sleep,
// and so cannot lose a race against a busy CPU. Time and timers are one interface, not a
// timer factory beside a time function, because a fake must move both together: a timer
// that fires at 10:00:03 must see 10:00:03 as the time.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    virtual std::unique_ptr<Timer> timer(bool singleShot, std::function<void()> timeout) = 0;

    // The real one: QDateTime and QTimer on the event loop.
    static Clock &system();
};

} // namespace df
