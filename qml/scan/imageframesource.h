#pragma once

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>

#include <QVideoSink>

// A stand-in for the camera: shows an image file to a video sink as a stream of frames,
// `interval` ms apart, in the colour format a webcam delivers. The scan view takes one as
// its frame source, so tests and screenshots "show" it a card through the same path as
// the camera's frames (the sink, the frame scanner, the decoder thread).
class ImageFrameSource : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString source READ source WRITE setSource NOTIFY sourceChanged)
    // Instead of a file: a card with this code lying on a desk, drawn here (screen tour).
    Q_PROPERTY(QString cardCode READ cardCode WRITE setCardCode NOTIFY sourceChanged)
    Q_PROPERTY(QVideoSink *videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
    Q_PROPERTY(int interval READ interval WRITE setInterval NOTIFY intervalChanged)
    Q_PROPERTY(int framesSent READ framesSent NOTIFY framesSentChanged)

public:
    explicit ImageFrameSource(QObject *parent = nullptr);

    // A file path or a file:/qrc: URL; empty shows a blank grey frame (nothing in view).
    QString source() const { return m_source; }
    void setSource(const QString &source);
    QString cardCode() const { return m_cardCode; }
    void setCardCode(const QString &code);
    QVideoSink *videoSink() const { return m_sink; }
    void setVideoSink(QVideoSink *sink);
    int interval() const { return m_timer.interval(); }
    void setInterval(int ms);
    int framesSent() const { return m_framesSent; }

Q_SIGNALS:
    void sourceChanged();
    void videoSinkChanged();
    void intervalChanged();
    void framesSentChanged();

private:
    void push();

    QString m_source;
    QString m_cardCode;
    QImage m_image;
    QPointer<QVideoSink> m_sink;
    QTimer m_timer;
    int m_framesSent = 0;
};
