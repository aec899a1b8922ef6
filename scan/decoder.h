#pragma once

#include <QImage>
#include <QStringList>

// Reads QR codes out of camera frames and images with zxing-cpp. Thread-safe and
// stateless: the app calls it from its scanning worker thread, never the GUI thread.
namespace df::scan {

// Every QR code found in an 8-bit luminance buffer (`stride` bytes per row), in the order
// zxing reports them; duplicates (one code seen twice) are removed.
QStringList decodeLuma(const uchar *data, int width, int height, qsizetype stride);

// zxing-cpp's own default hints (QR codes only, tryHarder, its LocalAverage binarizer),
// one pass: the bench's baseline for decodeLuma.
QStringList decodeLumaWithDefaults(const uchar *data, int width, int height, qsizetype stride);

// The same for an image of any format (converted to Grayscale8 first when needed).
QStringList decode(const QImage &image);

} // namespace df::scan
