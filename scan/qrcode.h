#pragma once

#include <QImage>
#include <QList>
#include <QRect>
#include <QString>
#include <vector>

// QR codes made with libqrencode (error correction level M, 8-bit or alphanumeric mode as
// the text allows). Used for the member cards' PDF, the code shown full-screen on a
// member's profile, and the test and bench frames.
namespace df::qr {

struct Symbol
{
    int size = 0;              // modules per side, without the quiet zone; 0: not encoded
    std::vector<bool> modules; // size × size, row by row; true is dark
    bool dark(int x, int y) const { return modules[size_t(y) * size_t(size) + size_t(x)]; }
};

Symbol encode(const QString &text);

// The dark modules as horizontal runs, one rectangle (x, y, length, 1) in module units per
// run of neighbours in a row: a vector drawing (the cards' PDF, the test frames) then
// holds a few hundred shapes instead of one per module.
QList<QRect> darkRuns(const Symbol &symbol);

// The symbol as a Grayscale8 image, `module` pixels per module, with a quiet zone of
// `quiet` modules (4 is the standard's minimum). A null image when the text cannot be
// encoded.
QImage image(const QString &text, int module = 8, int quiet = 4);

} // namespace df::qr
