#pragma once

#include <QDateTime>
#include <QString>

namespace df {

enum class AttendanceStatus { Present = 0, Late = 1, Excused = 2, Absent = 3 };
enum class CheckInMethod { List = 0, Qr = 1, Kiosk = 2 };

// One row per (activity, member): the id is derived from both, so two devices that
// record the same person at the same activity write the same row.
struct Attendance
{
    QString id;
    QString activityId;
    QString memberId;
    AttendanceStatus status = AttendanceStatus::Present;
    QDateTime checkedInAt;
    CheckInMethod method = CheckInMethod::List;
    QString recordedBy;
    bool operator==(const Attendance &) const = default;
};

} // namespace df
