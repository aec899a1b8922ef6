#include "qrcode.h"

#include <algorithm>
#include <memory>
#include <qrencode.h>

namespace df::qr {

Symbol encode(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty())
        return {};
    // Case-sensitive, so upper-case card codes go in alphanumeric mode (5.5 bits a
    // character) and anything else still round-trips byte for byte.
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        return {};
    Symbol s;
    s.size = code->width;
    s.modules.resize(size_t(s.size) * size_t(s.size));
    for (size_t i = 0; i < s.modules.size(); ++i)
        s.modules[i] = code->data[i] & 1; // the low bit is the module's colour
    return s;
}

QList<QRect> darkRuns(const Symbol &symbol)
{
    QList<QRect> runs;
    for (int y = 0; y < symbol.size; ++y) {
        int x = 0;
        while (x < symbol.size) {
            if (!symbol.dark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < symbol.size && symbol.dark(x, y))
                ++x;
            runs.append(QRect(start, y, x - start, 1));
        }
    }
    return runs;
}

QImage image(const QString &text, int module, int quiet)
{
    const Symbol s = encode(text);
    if (s.size == 0 || module < 1 || quiet < 0)
        return {};
    const int side = (s.size + 2 * quiet) * module;
    QImage img(side, side, QImage::Format_Grayscale8);
    img.fill(255);
    for (int y = 0; y < s.size; ++y) {
        for (int row = 0; row < module; ++row) {
            uchar *line = img.scanLine((quiet + y) * module + row) + quiet * module;
            for (int x = 0; x < s.size; ++x) {
                if (s.dark(x, y))
                    std::fill_n(line + x * module, module, uchar(0));
            }
        }
    }
    return img;
}

} // namespace df::qr
