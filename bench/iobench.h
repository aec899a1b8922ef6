#pragma once

#include <QtGlobal>

// `doanfield-bench io`: a 100,000-row member list imported from XLSX (dry run, then
// apply through the write path), and the member list exported as XLSX and CSV with the
// process's peak memory over its size at rest. Prints one JSON object per line.
int runIoBench(int members, quint64 seed);
