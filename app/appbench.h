#pragma once

class QQuickWindow;
class QString;

// What the benchmark (`doanfield-bench app`) asks the real app for: prints one JSON
// object on stdout and quits.
namespace AppBench {
// At the first frame the window renders: ms since the process started, and RSS in MB.
void reportFirstFrame(QQuickWindow *window);
} // namespace AppBench
