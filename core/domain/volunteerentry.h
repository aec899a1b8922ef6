#pragma once

#include <QDate>
#include <QString>

namespace df {

enum class Confirmation { Pending = 0, Confirmed = 1, Rejected = 2 };

// Append-only: totals are always derived from entries, never stored.
struct VolunteerEntry
{
    QString id;
    QString memberId;
    QString activityId; // optional
    QDate date;
    double hours = 0;
    QString description;
    Confirmation confirmation = Confirmation::Pending;
    QString confirmedBy;
    QString rejectReason;
};

} // namespace df
