#include "uuid.h"

#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>
#include <QUuid>

namespace df::Uuid {

QString v7()
{
    static QMutex mutex;
    static qint64 lastMs = 0;
    static quint16 counter = 0;
    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    quint16 seq;
    {
        QMutexLocker lock(&mutex);
        // rand_a carries a counter so ids made in one millisecond still sort in order.
        if (ms <= lastMs) {
            ms = lastMs;
            if (++counter > 0x0FFF) {
                counter = 0;
                ms = ++lastMs;
            }
        } else {
            lastMs = ms;
            counter = quint16(QRandomGenerator::global()->bounded(0x0800));
        }
        seq = counter;
    }
    uchar b[16];
    for (int i = 0; i < 6; ++i)
        b[i] = uchar(ms >> (40 - 8 * i));
    b[6] = uchar(0x70 | ((seq >> 8) & 0x0F));
    b[7] = uchar(seq & 0xFF);
    const quint64 r = QRandomGenerator::global()->generate64();
    for (int i = 0; i < 8; ++i)
        b[8 + i] = uchar(r >> (56 - 8 * i));
    b[8] = uchar(0x80 | (b[8] & 0x3F));
    return QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(b), 16))
        .toString(QUuid::WithoutBraces);
}

QString attendanceId(const QString &activityId, const QString &memberId)
{
    // A fixed namespace for Đoàn Field attendance rows.
    static const QUuid ns(QStringLiteral("6f1c2b8e-4a57-5d3e-9c61-0a7e2f4b9d10"));
    return QUuid::createUuidV5(ns, QString(activityId + QLatin1Char('/') + memberId))
        .toString(QUuid::WithoutBraces);
}

QString targetId(const QString &unitId, int year, int half, const QString &indicator)
{
    static const QUuid ns(QStringLiteral("3d9e7a14-26b8-5f0c-a1d3-8c5b2e6f7049"));
    return QUuid::createUuidV5(ns, QString(unitId + QLatin1Char('/') + QString::number(year) +
                                           QLatin1Char('/') + QString::number(half) +
                                           QLatin1Char('/') + indicator))
        .toString(QUuid::WithoutBraces);
}

bool isValid(QStringView text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < 36; ++i) {
        const char16_t c = text[i].unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'))) {
            return false;
        }
    }
    return true;
}

} // namespace df::Uuid
