#pragma once

#include <QtGlobal>

// `doanfield-bench report`: every indicator for a unit and each child unit from a
// device's store (a province and one of its districts), and the report and member-list
// exports. Prints one JSON object per line.
int runReportBench(int members, quint64 seed);
