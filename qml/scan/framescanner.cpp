#include "framescanner.h"

#include "decoder.h"

#include <QThread>
#include <QVideoFrame>
#include <QVideoSink>

namespace {

// The luminance of a frame as an 8-bit plane. Camera formats are YUV, whose first plane
// is the luminance already (no conversion, no copy beyond the mapping); anything else
// goes through QImage.
QStringList decodeFrame(QVideoFrame frame)
{
    if (!frame.isValid())
        return {};
    const QVideoFrameFormat::PixelFormat format = frame.pixelFormat();
    switch (format) {
    case QVideoFrameFormat::Format_Y8:
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_YUV422P:
    case QVideoFrameFormat::Format_IMC1:
    case QVideoFrameFormat::Format_IMC2:
    case QVideoFrameFormat::Format_IMC3:
    case QVideoFrameFormat::Format_IMC4:
        if (frame.map(QVideoFrame::ReadOnly)) {
            const QStringList codes = df::scan::decodeLuma(frame.bits(0), frame.width(),
                                                           frame.height(), frame.bytesPerLine(0));
            frame.unmap();
            return codes;
        }
        break;
    default:
        break;
    }
    return df::scan::decode(frame.toImage());
}

class Worker : public QObject
{
    Q_OBJECT
public:
    void decode(const QVideoFrame &frame) { Q_EMIT done(decodeFrame(frame)); }
Q_SIGNALS:
    void done(const QStringList &codes);
};

} // namespace

FrameScanner::FrameScanner(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
{
    m_clock.start();
    auto *worker = new Worker;
    m_worker = worker;
    worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(this, &FrameScanner::frameReady, worker, &Worker::decode, Qt::QueuedConnection);
    connect(worker, &Worker::done, this, &FrameScanner::onResult, Qt::QueuedConnection);
    m_thread->setObjectName(QStringLiteral("qr-decoder"));
    m_thread->start();
}

FrameScanner::~FrameScanner()
{
    m_thread->quit();
    m_thread->wait();
}

void FrameScanner::setVideoSink(QVideoSink *sink)
{
    if (m_sink == sink)
        return;
    if (m_sink)
        disconnect(m_sink, nullptr, this, nullptr);
    m_sink = sink;
    if (m_sink)
        connect(m_sink, &QVideoSink::videoFrameChanged, this, &FrameScanner::onFrame);
    Q_EMIT videoSinkChanged();
}

void FrameScanner::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
}

void FrameScanner::setRepeatMs(int ms)
{
    if (m_repeatMs == ms)
        return;
    m_repeatMs = ms;
    Q_EMIT repeatMsChanged();
}

void FrameScanner::reset()
{
    m_lastSeen.clear();
}

void FrameScanner::onFrame(const QVideoFrame &frame)
{
    // One frame at a time on the worker; the camera's next frame is the one that counts,
    // so a frame arriving while the worker is busy is simply skipped. Frames are read
    // while inactive too (an answer on screen), so a card still held up is not new after.
    if (m_busy || !frame.isValid())
        return;
    m_busy = true;
    Q_EMIT frameReady(frame);
}

void FrameScanner::onResult(const QStringList &codes)
{
    m_busy = false;
    ++m_framesDecoded;
    Q_EMIT framesDecodedChanged();
    const qint64 now = m_clock.elapsed();
    QStringList fresh;
    for (const QString &code : codes) {
        const auto it = m_lastSeen.find(code);
        const bool inView = it != m_lastSeen.end() && now - *it <= m_repeatMs;
        if (!m_active) {
            // Paused (an answer on screen, a dialog): a card still held up stays seen, but
            // a new one is left for when scanning resumes.
            if (inView)
                *it = now;
            continue;
        }
        if (!inView)
            fresh.append(code);
        m_lastSeen.insert(code, now);
    }
    if (m_lastSeen.size() > 64)
        m_lastSeen.removeIf([&](const auto &seen) { return now - seen.value() > m_repeatMs; });
    if (m_active && !fresh.isEmpty())
        Q_EMIT decoded(fresh);
}

#include "framescanner.moc"
