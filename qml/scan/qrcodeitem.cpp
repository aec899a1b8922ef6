#include "qrcodeitem.h"

#include "qrcode.h"

#include <QPainter>
#include <QQuickWindow>
#include <cmath>

QrCodeItem::QrCodeItem(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(false);
}

void QrCodeItem::setText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    df::qr::Symbol symbol = df::qr::encode(text);
    m_size = symbol.size;
    m_modules = std::move(symbol.modules);
    Q_EMIT textChanged();
    update();
}

void QrCodeItem::paint(QPainter *painter)
{
    const int side = int(std::min(width(), height()));
    painter->fillRect(QRectF(0, 0, width(), height()), Qt::white);
    if (m_size <= 0 || side <= 0)
        return;
    // 4 modules of quiet zone on each side; whole device pixels per module keep the edges
    // crisp for another camera.
    const int total = m_size + 8;
    const qreal dpr = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    const qreal module = std::max(1.0, std::floor(side * dpr / total)) / dpr;
    const qreal x0 = (width() - module * m_size) / 2, y0 = (height() - module * m_size) / 2;
    painter->setPen(Qt::NoPen);
    painter->setBrush(Qt::black);
    for (int y = 0; y < m_size; ++y) {
        int x = 0;
        while (x < m_size) {
            if (!m_modules[size_t(y) * size_t(m_size) + size_t(x)]) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_size && m_modules[size_t(y) * size_t(m_size) + size_t(x)])
                ++x;
            painter->drawRect(
                QRectF(x0 + start * module, y0 + y * module, (x - start) * module, module));
        }
    }
}
