#include "sync/hlc.h"

#include <QDateTime>

namespace df {

QString Version::toString() const
{
    if (isNull())
        return {};
    return QString::number(hlc) + QLatin1Char('/') + device;
}

Version Version::fromString(QStringView text, bool *ok)
{
    Version v;
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    bool good = slash > 0 && slash + 1 < text.size();
    if (good) {
        v.hlc = text.left(slash).toLongLong(&good);
        v.device = text.mid(slash + 1).toString();
        good = good && v.hlc > 0;
    }
    if (!good)
        v = {};
    if (ok)
        *ok = good;
    return v;
}

HybridClock::HybridClock(TimeSource source)
    : m_source(std::move(source))
{
    if (!m_source)
        m_source = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

qint64 HybridClock::wallMs() const
{
    return m_source() + m_offset;
}

qint64 HybridClock::now()
{
    const qint64 physical = pack(wallMs(), 0);
    m_last = physical > m_last ? physical : m_last + 1;
    return m_last;
}

void HybridClock::observe(qint64 remote)
{
    if (remote > m_last)
        m_last = remote;
}

} // namespace df
