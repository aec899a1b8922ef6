#include "imageframesource.h"

#include "qrcode.h"

#include <QPainter>
#include <QUrl>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QVideoSink>
#include <cstring>

ImageFrameSource::ImageFrameSource(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &ImageFrameSource::push);
}

void ImageFrameSource::setSource(const QString &source)
{
    if (m_source == source)
        return;
    m_source = source;
    QString path = source;
    if (source.startsWith(QLatin1String("file:")))
        path = QUrl(source).toLocalFile();
    else if (source.startsWith(QLatin1String("qrc:")))
        path = source.mid(3);
    m_image = path.isEmpty() ? QImage() : QImage(path);
    Q_EMIT sourceChanged();
    push();
}

void ImageFrameSource::setCardCode(const QString &code)
{
    if (m_cardCode == code)
        return;
    m_cardCode = code;
    m_source.clear();
    m_image = QImage(1280, 720, QImage::Format_ARGB32);
    // A white card, a little turned, on a dark desk, lit from the top left.
    QPainter p(&m_image);
    QLinearGradient desk(0, 0, 1280, 720);
    desk.setColorAt(0, QColor(92, 84, 76));
    desk.setColorAt(1, QColor(48, 44, 40));
    p.fillRect(m_image.rect(), desk);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(640, 370);
    p.rotate(-7);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 70));
    p.drawRoundedRect(QRectF(-292, -178, 600, 380), 18, 18);
    p.setBrush(QColor(246, 244, 238));
    p.drawRoundedRect(QRectF(-300, -190, 600, 380), 18, 18);
    p.setBrush(QColor(21, 101, 192));
    p.drawRect(QRectF(-300, -150, 600, 6));
    const QImage symbol = df::qr::image(code, 7, 4);
    if (!symbol.isNull())
        p.drawImage(QRectF(40, -110, 240, 240), symbol);
    p.end();
    Q_EMIT sourceChanged();
    push();
}

void ImageFrameSource::setVideoSink(QVideoSink *sink)
{
    if (m_sink == sink)
        return;
    m_sink = sink;
    if (m_sink)
        m_timer.start();
    else
        m_timer.stop();
    Q_EMIT videoSinkChanged();
    push();
}

void ImageFrameSource::setInterval(int ms)
{
    if (m_timer.interval() == ms)
        return;
    m_timer.setInterval(ms);
    Q_EMIT intervalChanged();
}

void ImageFrameSource::push()
{
    if (!m_sink)
        return;
    QImage image = m_image;
    if (image.isNull()) {
        image = QImage(1280, 720, QImage::Format_ARGB32);
        image.fill(QColor(96, 96, 96));
    }
    // BGRA8888 is QImage's ARGB32 in memory on little-endian machines: a webcam's format.
    image = image.convertToFormat(QImage::Format_ARGB32);
    QVideoFrame frame(QVideoFrameFormat(image.size(), QVideoFrameFormat::Format_BGRA8888));
    if (!frame.map(QVideoFrame::WriteOnly))
        return;
    const int rowBytes = image.width() * 4;
    for (int y = 0; y < image.height(); ++y)
        std::memcpy(frame.bits(0) + qsizetype(y) * frame.bytesPerLine(0), image.constScanLine(y),
                    size_t(rowBytes));
    frame.unmap();
    m_sink->setVideoFrame(frame);
    ++m_framesSent;
    Q_EMIT framesSentChanged();
}
