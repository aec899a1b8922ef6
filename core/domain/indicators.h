#pragma once

#include <QList>
#include <QString>

namespace df {

// How an indicator's figure is measured and shown.
enum class Measure {
    Count,   // a whole number of things or people
    Percent, // a share, 0–100
    Money,   // VND
    Hours,   // volunteer hours
};

// One figure the Union reports against (chỉ tiêu), in the order reports list them. The
// catalogue is the one place indicators are named; its keys are the wire values of a
// target's `indicator` field (docs/PROTOCOL.md) and the keys of computed figures
// (core/report). How each is computed is written beside its computation in
// core/report/indicatorset.cpp.
struct IndicatorSpec
{
    const char *key;
    const char *vi; // Vietnamese name, as reports print it
    const char *en; // English name
    Measure measure;
    bool perHalf; // counted over the period (a half has its own target); else a share or level
    const char *unitVi; // the unit a Vietnamese report prints ("buổi", "%", …)
};

namespace Indicator {
// Indicators by position in all(), the report order.
enum Id : int {
    RegularMeetingsPct,
    ThematicMeetings,
    YouthWorks,
    YouthTasks,
    TreesPlanted,
    ChildrenSupported,
    MoneyRaised,
    VolunteerHours,
    Volunteers,
    NewMembers,
    PartyIntroductions,
    PartyAdmitted,
    PartyAdmittedPct,
    HardshipListed,
    CadresTrained,
    CadresTrainedPct,
    MembersExcellentPct,
    MeetingAttendancePct,
    Count
};

// Every indicator, in report order.
const QList<IndicatorSpec> &all();
// The indicator with this key, or null.
const IndicatorSpec *find(QStringView key);
const IndicatorSpec &spec(Id id);
QString key(Id id);
bool isKnown(const QString &key);
// Its index in all(), or -1.
int indexOf(QStringView key);
// The name in the app's language: Vietnamese unless the app runs in English.
QString name(const IndicatorSpec &spec);
} // namespace Indicator

} // namespace df
