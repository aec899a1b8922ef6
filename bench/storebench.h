#pragma once

#include <QtGlobal>

// `doanfield-bench store`: the local store's write path against plain SQLite, and
// as-you-type member search. Prints one JSON object per line.
int runStoreBench(int members, quint64 seed);
