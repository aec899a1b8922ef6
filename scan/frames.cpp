#include "frames.h"

#include "qrcode.h"

#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>
#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace df::frames {

namespace {

// QRandomGenerator seeded explicitly: std::mt19937 inside, the same sequence on every
// platform (std's distributions are not, so none is used).
using Rng = QRandomGenerator;

double between(Rng &rng, double lo, double hi)
{
    return lo + rng.bounded(hi - lo);
}

// Reflectances (0..255) of the scene before light and camera touch it.
constexpr double kPaper = 236;

// The card: the code on the right behind its quiet zone, lines of "print" on the left
// (the name, the unit), so the decoder sees edges that are not a code.
void drawCard(QPainter &p, const Placement &card, double contrast, Rng &rng)
{
    const qr::Symbol symbol = qr::encode(card.text);
    if (symbol.size == 0)
        return;
    const double module = double(card.size) / symbol.size;
    const double half = card.size / 2.0;
    const double margin = 5 * module; // a printed card leaves at least the 4 required
    const int ink = qRound(kPaper * (1 - std::clamp(contrast, 0.0, 1.0)));
    p.save();
    p.rotate(card.angle);
    const QRectF paper(-half - margin - 1.2 * card.size, -half - margin,
                       1.2 * card.size + card.size + 2 * margin, card.size + 2 * margin);
    p.fillRect(paper, QColor(int(kPaper), int(kPaper), int(kPaper)));
    const QColor inkColour(ink, ink, ink);
    const double line = 1.3 * module;
    for (int i = 0; i < 5; ++i) {
        const double width = (0.45 + 0.5 * rng.generateDouble()) * 1.05 * card.size;
        p.fillRect(QRectF(paper.left() + margin, -half + i * 3.2 * line, width, line), inkColour);
    }
    p.translate(-half, -half);
    p.scale(module, module);
    // One path, not a rectangle per run: antialiased shapes painted one by one leave a
    // faint seam wherever two of them meet inside a pixel.
    QPainterPath modules;
    modules.setFillRule(Qt::WindingFill);
    const QList<QRect> runs = qr::darkRuns(symbol);
    for (const QRect &r : runs)
        modules.addRect(r);
    p.fillPath(modules, inkColour);
    p.restore();
}

// Three passes of a box blur approach a Gaussian of the given sigma; each pass is a
// running sum along rows then columns, so the cost does not grow with the radius.
void blur(std::vector<float> &v, int w, int h, double sigma)
{
    const int radius = int(std::lround((std::sqrt(4 * sigma * sigma + 1) - 1) / 2));
    if (radius < 1)
        return;
    std::vector<float> line(size_t(std::max(w, h)));
    const auto pass = [&](float *start, int count, int step) {
        for (int i = 0; i < count; ++i)
            line[size_t(i)] = start[i * step];
        float sum = 0;
        for (int k = -radius; k <= radius; ++k)
            sum += line[size_t(std::clamp(k, 0, count - 1))];
        const float scale = 1.0f / float(2 * radius + 1);
        for (int i = 0; i < count; ++i) {
            start[i * step] = sum * scale;
            sum += line[size_t(std::min(i + radius + 1, count - 1))] -
                   line[size_t(std::max(i - radius, 0))];
        }
    };
    for (int round = 0; round < 3; ++round) {
        for (int y = 0; y < h; ++y)
            pass(v.data() + size_t(y) * size_t(w), w, 1);
        for (int x = 0; x < w; ++x)
            pass(v.data() + x, h, w);
    }
}

// Standard normal samples, drawn from the seed once per frame and indexed at random:
// a full Box-Muller per pixel would cost more than the decode being measured.
std::array<float, 4096> normalTable(Rng &rng)
{
    std::array<float, 4096> t{};
    for (size_t i = 0; i < t.size(); i += 2) {
        const double u1 = std::max(rng.generateDouble(), 1e-12);
        const double u2 = rng.generateDouble();
        const double r = std::sqrt(-2 * std::log(u1));
        t[i] = float(r * std::cos(2 * M_PI * u2));
        t[i + 1] = float(r * std::sin(2 * M_PI * u2));
    }
    return t;
}

} // namespace

QImage cardFrame(const QString &text, const FrameOptions &options)
{
    return cardsFrame({Placement{text, options.size, options.angle, options.offset}}, options);
}

QImage cardsFrame(const QList<Placement> &cards, const FrameOptions &options)
{
    const int w = options.width;
    const int h = options.height;
    const quint32 seed[2] = {quint32(options.seed), quint32(options.seed >> 32)};
    Rng rng(seed, 2);
    const int desk = int(between(rng, 55, 110));
    QImage scene(w, h, QImage::Format_Grayscale8);
    scene.fill(desk);
    {
        QPainter p(&scene);
        p.setRenderHint(QPainter::Antialiasing);
        for (const Placement &card : cards) {
            p.save();
            p.translate(QPointF(w / 2.0, h / 2.0) + card.offset);
            drawCard(p, card, options.contrast, rng);
            p.restore();
        }
    }

    // Light falls off from a random side of the frame, with a little vignetting.
    const double direction = between(rng, 0, 2 * M_PI);
    const double dx = std::cos(direction), dy = std::sin(direction);
    const double reach = std::abs(dx) * w + std::abs(dy) * h;
    const double light = std::clamp(options.light, 0.0, 1.0);
    std::vector<float> v(size_t(w) * size_t(h));
    for (int y = 0; y < h; ++y) {
        const uchar *in = scene.constScanLine(y);
        const double ny = (y - h / 2.0) / h;
        for (int x = 0; x < w; ++x) {
            const double along = ((x - w / 2.0) * dx + (y - h / 2.0) * dy) / reach + 0.5;
            const double nx = (x - w / 2.0) / w;
            const double factor = (1 - light * along) * (1 - 0.25 * (nx * nx + ny * ny));
            v[size_t(y) * size_t(w) + size_t(x)] = float(in[x] * factor);
        }
    }
    if (options.blur > 0)
        blur(v, w, h, options.blur);

    QImage out(w, h, QImage::Format_Grayscale8);
    const auto table = normalTable(rng);
    const float sigma = float(std::max(options.noise, 0.0));
    quint64 pick = rng.generate64() | 1;
    for (int y = 0; y < h; ++y) {
        uchar *line = out.scanLine(y);
        const float *in = v.data() + size_t(y) * size_t(w);
        for (int x = 0; x < w; ++x) {
            float value = in[x];
            if (sigma > 0) {
                pick ^= pick << 13; // xorshift64: cheap per pixel, seeded from the frame's rng
                pick ^= pick >> 7;
                pick ^= pick << 17;
                value += sigma * table[pick & (table.size() - 1)];
            }
            line[x] = uchar(std::clamp(std::lround(value), 0L, 255L));
        }
    }
    return out;
}

} // namespace df::frames
