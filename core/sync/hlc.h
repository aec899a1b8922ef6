#pragma once

#include <QString>
#include <QtGlobal>
#include <algorithm>
#include <functional>

namespace df {

// A field version: a hybrid logical clock value (48-bit wall milliseconds, 16-bit
// counter) and the device that wrote it. Ordered by hlc, then device id, so every
// replica picks the same winner from the same two versions.
struct Version
{
    qint64 hlc = 0;
    QString device;

    bool isNull() const { return hlc == 0; }
    qint64 wallMs() const { return hlc >> 16; }
    QString toString() const; // "hlc/device"; empty when null
    static Version fromString(QStringView text, bool *ok = nullptr);

    friend bool operator==(const Version &, const Version &) = default;
    friend bool operator<(const Version &a, const Version &b)
    {
        return a.hlc != b.hlc ? a.hlc < b.hlc : a.device < b.device;
    }
    friend bool operator>(const Version &a, const Version &b) { return b < a; }
};

// The hybrid logical clock of one replica. Its wall time is the device clock plus an
// offset learned from the server, so a phone whose clock is a day off still stamps
// changes near true time once it has talked to the server.
class HybridClock
{
public:
    using TimeSource = std::function<qint64()>; // milliseconds since the epoch

    explicit HybridClock(TimeSource source = {});

    qint64 now();                // a new value, greater than every value seen
    void observe(qint64 remote); // folds a remote value in (never moves backwards)
    void setOffsetMs(qint64 offset) { m_offset = offset; }
    qint64 offsetMs() const { return m_offset; }
    qint64 wallMs() const; // device time + offset
    qint64 last() const { return m_last; }
    void restore(qint64 last) { m_last = std::max(m_last, last); }
    // Forgets values ahead of `to`: after the server refused a clock that ran ahead.
    void rewind(qint64 to) { m_last = to; }

    static qint64 pack(qint64 wallMs, int counter) { return (wallMs << 16) | (counter & 0xFFFF); }

private:
    TimeSource m_source;
    qint64 m_offset = 0;
    qint64 m_last = 0;
};

} // namespace df
