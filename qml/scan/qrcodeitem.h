#pragma once

#include <QQuickPaintedItem>

// A QR code drawn from its text (libqrencode), scaled to the item with whole pixels per
// module and a white quiet zone: a member's card code shown full-screen on the profile,
// to be scanned from one screen by another device's camera.
class QrCodeItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_NAMED_ELEMENT(QrCode)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY textChanged)

public:
    explicit QrCodeItem(QQuickItem *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    bool valid() const { return m_size > 0; }
    void paint(QPainter *painter) override;

Q_SIGNALS:
    void textChanged();

private:
    QString m_text;
    int m_size = 0;
    std::vector<bool> m_modules;
};
