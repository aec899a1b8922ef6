#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>

#include <QVideoFrame>
#include <QVideoSink>

class QThread;

// Watches a video sink (a camera's, or an injected source's) and reads QR codes out of
// its frames on a worker thread: the GUI thread only hands over the frame, a refcounted
// handle. While the worker is busy, newer frames replace the waiting one and older ones
// are dropped, so decoding never queues up behind the camera.
//
// `decoded(codes)` carries each code once while it stays in view: a card held in front
// of the camera is one scan; shown again after `repeatMs` without being seen, it counts
// again.
class FrameScanner : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVideoSink *videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(int repeatMs READ repeatMs WRITE setRepeatMs NOTIFY repeatMsChanged)
    Q_PROPERTY(int framesDecoded READ framesDecoded NOTIFY framesDecodedChanged)

public:
    explicit FrameScanner(QObject *parent = nullptr);
    ~FrameScanner() override;

    QVideoSink *videoSink() const { return m_sink; }
    void setVideoSink(QVideoSink *sink);
    bool active() const { return m_active; }
    void setActive(bool active);
    int repeatMs() const { return m_repeatMs; }
    void setRepeatMs(int ms);
    int framesDecoded() const { return m_framesDecoded; }

    // Forget what was seen: the next sighting of any code counts (after a dialog).
    Q_INVOKABLE void reset();

Q_SIGNALS:
    void decoded(const QStringList &codes);
    void videoSinkChanged();
    void activeChanged();
    void repeatMsChanged();
    void framesDecodedChanged();
    // Internal: to the worker.
    void frameReady(const QVideoFrame &frame);

private:
    void onFrame(const QVideoFrame &frame);
    void onResult(const QStringList &codes);

    QPointer<QVideoSink> m_sink;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr;
    bool m_active = true;
    bool m_busy = false;
    int m_repeatMs = 2500;
    int m_framesDecoded = 0;
    QHash<QString, qint64> m_lastSeen; // code → when it was last in a frame
    QElapsedTimer m_clock;
};
