#include "decoder.h"

#define ZX_USE_UTF8
#include <ZXing/ReadBarcode.h>

#include <algorithm>
#include <vector>

namespace df::scan {

namespace {

// Chosen with synthetic 1280×720 frames (doanfield-bench scan, tst_scan). A global
// threshold over the frame and its 1/3-size copy (tryDownscale, which also averages noise
// away) reads most codes in about 2 ms. When it finds nothing (a small or blurred code,
// dim light, faded print, or no code at all), zxing's LocalAverage binarizer gets a second
// pass (about 5 ms; it reads most small and blurred codes), and the adaptive threshold
// below a third: LocalAverage cannot read faded modules beside plain paper. The three
// stay near 11 ms at the 95th percentile and read 249 of the bench's 255 codes, where
// zxing's defaults (LocalAverage with tryHarder) read 250 at about 9 ms but miss faded
// print. tryHarder in the second pass reads that one more code at 14-18 ms; tryRotate
// only helps linear barcodes.
ZXing::DecodeHints firstPass()
{
    ZXing::DecodeHints h;
    h.setFormats(ZXing::BarcodeFormat::QRCode);
    h.setTryHarder(false);
    h.setTryRotate(false);
    h.setTryDownscale(true);
    h.setBinarizer(ZXing::Binarizer::GlobalHistogram);
    return h;
}

ZXing::DecodeHints localPass()
{
    ZXing::DecodeHints h = firstPass();
    h.setBinarizer(ZXing::Binarizer::LocalAverage);
    return h;
}

ZXing::DecodeHints binaryPass()
{
    ZXing::DecodeHints h = firstPass();
    h.setTryDownscale(false);
    h.setBinarizer(ZXing::Binarizer::BoolCast); // the buffer is already 0 (dark) or 255
    return h;
}

// A pixel is dark when it is both 12 % and 8 grey levels below the mean of the square
// around it (Bradley and Roth's adaptive threshold, with a floor so that sensor noise on a
// dim, plain desk does not turn into speckles for the finder search to wade through). The
// square is wider than the finder pattern of the largest code expected, so a pattern's
// centre is compared with the paper around it. Unlike zxing's LocalAverage, a block of
// plain paper does not pull the threshold below the grey of faded modules beside it.
std::vector<uchar> adaptiveThreshold(const uchar *data, int w, int h, qsizetype stride)
{
    constexpr qint64 percent = 12, floor = 8;
    const int radius = std::max(15, std::min(w, h) / 24);
    // Column sums over the rows of the window, slid down one row at a time, and their
    // running sum along the row: two rows of memory, where an integral image of the
    // frame would be 4 MB to allocate and fault in for every frame.
    std::vector<quint32> columns(size_t(w), 0);
    std::vector<quint32> prefix(size_t(w) + 1, 0);
    const auto addRow = [&](int y, int sign) {
        const uchar *in = data + y * stride;
        for (int x = 0; x < w; ++x)
            columns[size_t(x)] += quint32(sign * int(in[x]));
    };
    for (int y = 0; y < std::min(radius, h); ++y)
        addRow(y, 1);
    std::vector<uchar> binary(size_t(w) * size_t(h));
    for (int y = 0; y < h; ++y) {
        if (y + radius < h)
            addRow(y + radius, 1);
        if (y - radius - 1 >= 0)
            addRow(y - radius - 1, -1);
        for (int x = 0; x < w; ++x)
            prefix[size_t(x) + 1] = prefix[size_t(x)] + columns[size_t(x)];
        const qint64 rows = std::min(h, y + radius + 1) - std::max(0, y - radius);
        const uchar *in = data + y * stride;
        uchar *out = &binary[size_t(y) * size_t(w)];
        for (int x = 0; x < w; ++x) {
            const int x0 = std::max(0, x - radius), x1 = std::min(w, x + radius + 1);
            const qint64 sum = prefix[size_t(x1)] - prefix[size_t(x0)];
            const qint64 count = rows * (x1 - x0);
            const qint64 pixel = qint64(in[x]) * count * 100;
            const bool dark = pixel < sum * (100 - percent) && pixel < (sum - floor * count) * 100;
            out[x] = dark ? 0 : 255;
        }
    }
    return binary;
}

} // namespace

QStringList decodeLuma(const uchar *data, int width, int height, qsizetype stride)
{
    QStringList out;
    if (!data || width <= 0 || height <= 0 || stride < width)
        return out;
    ZXing::Results results = ZXing::ReadBarcodes(
        ZXing::ImageView(data, width, height, ZXing::ImageFormat::Lum, int(stride)), firstPass());
    if (results.empty())
        results = ZXing::ReadBarcodes(
            ZXing::ImageView(data, width, height, ZXing::ImageFormat::Lum, int(stride)),
            localPass());
    if (results.empty()) {
        const std::vector<uchar> binary = adaptiveThreshold(data, width, height, stride);
        results = ZXing::ReadBarcodes(
            ZXing::ImageView(binary.data(), width, height, ZXing::ImageFormat::Lum), binaryPass());
    }
    for (const ZXing::Result &r : results) {
        if (!r.isValid())
            continue;
        const QString text = QString::fromStdString(r.text());
        if (!out.contains(text))
            out.append(text);
    }
    return out;
}

QStringList decodeLumaWithDefaults(const uchar *data, int width, int height, qsizetype stride)
{
    QStringList out;
    if (!data || width <= 0 || height <= 0 || stride < width)
        return out;
    ZXing::DecodeHints h;
    h.setFormats(ZXing::BarcodeFormat::QRCode);
    for (const ZXing::Result &r : ZXing::ReadBarcodes(
             ZXing::ImageView(data, width, height, ZXing::ImageFormat::Lum, int(stride)), h)) {
        const QString text = QString::fromStdString(r.text());
        if (r.isValid() && !out.contains(text))
            out.append(text);
    }
    return out;
}

QStringList decode(const QImage &image)
{
    if (image.isNull())
        return {};
    const QImage grey = image.format() == QImage::Format_Grayscale8
                            ? image
                            : image.convertToFormat(QImage::Format_Grayscale8);
    return decodeLuma(grey.constBits(), grey.width(), grey.height(), grey.bytesPerLine());
}

} // namespace df::scan
