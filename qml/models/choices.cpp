#include "choices.h"
#include "answers.h"

#include "domain/activity.h"
#include "domain/attendance.h"
#include "domain/labels.h"
#include "domain/member.h"

QStringList Choices::of(const QString &kind) const
{
    QString (*label)(int) = nullptr;
    int last = -1;
    if (kind == QLatin1String("gender")) {
        label = df::Labels::gender;
        last = int(df::Gender::Female);
    } else if (kind == QLatin1String("position")) {
        label = df::Labels::position;
        last = int(df::UnionPosition::ExecutiveCommittee);
    } else if (kind == QLatin1String("status")) {
        label = df::Labels::memberStatus;
        last = int(df::MemberStatus::Removed);
    } else if (kind == QLatin1String("theory")) {
        label = df::Labels::theoryLevel;
        last = int(df::TheoryLevel::Advanced);
    } else if (kind == QLatin1String("rating")) {
        label = df::Labels::rating;
        last = int(df::Rating::Weak);
    } else if (kind == QLatin1String("activityKind")) {
        label = df::Labels::activityKind;
        last = int(df::ActivityKind::Other);
    } else if (kind == QLatin1String("attendance")) {
        label = df::Labels::attendanceStatus;
        last = int(df::AttendanceStatus::Absent);
    }
    QStringList out;
    for (int i = 0; label && i <= last; ++i)
        out.append(label(i));
    return out;
}

QString Choices::today() const
{
    return QDate::currentDate().toString(df::writes::kDateFormat);
}
