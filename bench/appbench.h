#pragma once

#include <QtGlobal>

// app.startup and app.checkin: the real app (offscreen) on a generated workspace.
int runAppBench(int members, quint64 seed);

// scan.checkin: card codes handed to the check-in page as the camera's scanner hands them
// over, each timed to the attendance and its outbox row committed and the answer shown.
int runScanCheckinBench(int members, quint64 seed);
