#pragma once

#include <QtGlobal>

// `doanfield-bench sync`: initial sync of a district and a province from a real server,
// the local/remote round trip, and server push throughput per backend (PostgreSQL when
// DF_TEST_POSTGRES names one). Prints one JSON object per line.
int runSyncBench(int members, quint64 seed);
// `doanfield-bench push`: only the server push throughput, per backend.
int runPushBench();
