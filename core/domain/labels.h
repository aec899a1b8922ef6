#pragma once

#include <QString>

// Display names of the domain's enumerations, translated (Vietnamese first).
namespace df::Labels {
QString unitLevel(int level);
QString gender(int gender);
QString theoryLevel(int level);
QString position(int position);
QString rating(int rating);
QString memberStatus(int status);
QString activityKind(int kind);
QString attendanceStatus(int status);
} // namespace df::Labels
