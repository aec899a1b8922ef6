#pragma once

#include <QString>

namespace df {

// What the Union reports against (chỉ tiêu). Keys are stable strings shared with the
// server and reports; see DOMAIN.md for where each comes from.
namespace Indicator {
inline constexpr const char *RegularMeetingsPct = "regular_meetings_pct";
inline constexpr const char *ThematicMeetings = "thematic_meetings";
inline constexpr const char *YouthWorks = "youth_works";
inline constexpr const char *YouthTasks = "youth_tasks";
inline constexpr const char *TreesPlanted = "trees_planted";
inline constexpr const char *ChildrenSupported = "children_supported";
inline constexpr const char *PartyIntroductions = "party_introductions";
inline constexpr const char *PartyAdmittedPct = "party_admitted_pct";
inline constexpr const char *NewMembers = "new_members";
inline constexpr const char *CadresTrainedPct = "cadres_trained_pct";
inline constexpr const char *UnitsExcellentPct = "units_excellent_pct";
inline constexpr const char *HardshipHelped = "hardship_helped";
bool isKnown(const QString &key);
} // namespace Indicator

// A unit's target for a year (half = 0) or for its first or second half (1, 2).
struct Target
{
    QString id;
    QString unitId;
    int year = 0;
    int half = 0;
    QString indicator;
    double value = 0;
};

} // namespace df
