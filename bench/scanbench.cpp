#include "scanbench.h"

#include "benchutil.h"
#include "decoder.h"
#include "domain/cardcode.h"
#include "frames.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QUuid>

using namespace df;

int runScanBench(int frames, quint64 seed)
{
    QRandomGenerator rng(quint32(seed ^ (seed >> 32)));
    const auto between = [&rng](double lo, double hi) {
        return lo + (hi - lo) * rng.generateDouble();
    };
    std::vector<double> ms, plainMs;
    ms.reserve(size_t(frames));
    int withCode = 0, found = 0, plainFound = 0;
    for (int i = 0; i < frames; ++i) {
        frames::FrameOptions o;
        o.seed = seed * 1000003u + quint64(i);
        o.size = int(between(80, 360));
        o.angle = between(0, 360);
        o.contrast = between(0.4, 1);
        o.noise = between(0, 12);
        o.light = between(0, 0.5);
        // The whole code inside the frame at any angle.
        const double reach = o.size * 0.75;
        o.offset = {between(-1, 1) * (o.width / 2.0 - reach),
                    between(-1, 1) * (o.height / 2.0 - reach)};
        const int kind = i % 20; // 3 in 20 frames show no card, 3 in 20 are out of focus
        if (kind >= 17)
            o.blur = between(0.8, 2);
        QString text;
        if (kind >= 3) {
            // A random (version 4) id from the seed, so every run decodes the same frames.
            QByteArray id(16, Qt::Uninitialized);
            rng.fillRange(reinterpret_cast<quint32 *>(id.data()), 4);
            id[6] = char((id[6] & 0x0F) | 0x40);
            id[8] = char((id[8] & 0x3F) | 0x80);
            text = CardCode::encode(QUuid::fromRfc4122(id).toString(QUuid::WithoutBraces),
                                    QString::number(4910000000 + i));
            ++withCode;
        }
        const QImage frame =
            text.isEmpty() ? frames::cardsFrame({}, o) : frames::cardFrame(text, o);
        QElapsedTimer t;
        t.start();
        const QStringList codes = scan::decodeLuma(frame.constBits(), frame.width(), frame.height(),
                                                   frame.bytesPerLine());
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!text.isEmpty() && codes.contains(text))
            ++found;
        // The baseline: zxing-cpp with its default hints, on the same frame.
        t.start();
        const QStringList plain = scan::decodeLumaWithDefaults(
            frame.constBits(), frame.width(), frame.height(), frame.bytesPerLine());
        plainMs.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!text.isEmpty() && plain.contains(text))
            ++plainFound;
    }
    bench::emitLine({{QStringLiteral("bench"), QStringLiteral("scan.decode")},
                     {QStringLiteral("frames"), frames},
                     {QStringLiteral("width"), 1280},
                     {QStringLiteral("height"), 720},
                     {QStringLiteral("p50_ms"), bench::percentile(ms, 0.5)},
                     {QStringLiteral("p95_ms"), bench::percentile(ms, 0.95)},
                     {QStringLiteral("found"), found},
                     {QStringLiteral("with_code"), withCode},
                     {QStringLiteral("zxing_defaults_p95_ms"), bench::percentile(plainMs, 0.95)},
                     {QStringLiteral("zxing_defaults_found"), plainFound},
                     {QStringLiteral("ratio_p95"),
                      bench::percentile(ms, 0.95) / bench::percentile(plainMs, 0.95)}});
    // scan.checkin (bench/appbench.cpp) follows from main.cpp when the app is built.
    return found > 0 ? 0 : 1;
}
