#pragma once

class QQuickWindow;
class QString;

// Measurements the benchmark (`doanfield-bench app`) asks the real app for; each prints
// one JSON object on stdout and quits.
namespace AppBench {
// At the first frame the window renders: ms since the process started, and RSS in MB.
void reportFirstFrame(QQuickWindow *window);
// Opens the check-in page of a new activity covering the whole workspace and taps `taps`
// roster rows with real mouse events, timing each from the press to the row showing
// "present" (written, with its outbox entry, and bound into the delegate).
void runCheckIns(QQuickWindow *window, int taps);
} // namespace AppBench
