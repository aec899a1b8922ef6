#pragma once

#include <QtGlobal>

// `doanfield-bench scan`: the card decoder (df::scan::decodeLuma) over generated 1280×720
// camera frames: mostly one card at various sizes, angles, contrast and noise, some out of
// focus, some with no card at all. Only the decode call is timed. Prints one JSON line.
int runScanBench(int frames, quint64 seed);
