#pragma once

#include <QtGlobal>

// app.startup and app.checkin: the real app (offscreen) on a generated workspace.
int runAppBench(int members, quint64 seed);
