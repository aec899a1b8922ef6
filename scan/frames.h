#pragma once

#include <QImage>
#include <QList>
#include <QPointF>
#include <QString>

// Synthetic camera frames for the scan tests and the bench (not part of the app): member
// cards lying on a desk, photographed under uneven light, with the blur, fading and noise
// that make a decoder work. The same options and seed give the same frame, pixel for pixel.
namespace df::frames {

// One card in a frame.
struct Placement
{
    QString text;     // what its QR code holds
    int size = 240;   // the symbol's width in pixels, quiet zone not included
    double angle = 0; // rotation, degrees clockwise
    QPointF offset;   // the code's centre from the frame's centre, pixels
};

struct FrameOptions
{
    int width = 1280;
    int height = 720;
    // The card of cardFrame(); cardsFrame() takes one Placement per card instead.
    int size = 240;
    double angle = 0;
    QPointF offset;
    double blur = 0;     // Gaussian sigma in pixels (out of focus, motion)
    double contrast = 1; // 0..1: how much darker the dark modules are than the paper
    double noise = 0;    // Gaussian sensor noise, sigma in grey levels
    double light = 0.3;  // 0..1: how much darker the far corner is than the lit one
    quint64 seed = 1;    // the noise, the light's direction, the desk's shade
};

// A Grayscale8 frame with one card whose code holds `text`.
QImage cardFrame(const QString &text, const FrameOptions &options = {});

// A frame with every card of `cards` (none: an empty desk); the options' size, angle and
// offset are not used. Cards that overlap are drawn in order.
QImage cardsFrame(const QList<Placement> &cards, const FrameOptions &options = {});

} // namespace df::frames
