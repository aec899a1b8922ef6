#pragma once

#include <QDateTime>
#include <QString>

namespace df {

enum class ActivityKind {
    RegularMeeting = 0,  // sinh hoạt định kỳ
    ThematicMeeting = 1, // sinh hoạt chuyên đề
    Conference = 2,      // hội nghị
    Congress = 3,        // đại hội
    Training = 4,        // tập huấn
    VolunteerCampaign = 5,
    YouthWork = 6, // công trình thanh niên
    YouthTask = 7, // phần việc thanh niên
    Other = 8,
};

// Measurable outputs of youth works and campaigns.
struct ActivityOutputs
{
    qint64 treesPlanted = 0;
    qint64 childrenSupported = 0;
    qint64 moneyRaisedVnd = 0;
    qint64 worksBuilt = 0;
    bool operator==(const ActivityOutputs &) const = default;
};

struct Activity
{
    QString id;
    QString unitId;
    ActivityKind kind = ActivityKind::RegularMeeting;
    QString title;
    QDateTime startsAt;
    QDateTime endsAt;
    QString place;
    QString campaign; // e.g. "Mùa hè xanh"
    QString description;
    ActivityOutputs outputs;
    bool operator==(const Activity &) const = default;
};

} // namespace df
