#pragma once

#include <QString>

namespace df::Uuid {

// A UUID in its 36-character lower-case text form (8-4-4-4-12 hexadecimal digits), the
// only form ids take on the wire.
bool isValid(QStringView text);

// A time-ordered UUIDv7 (RFC 9562): new rows land near each other in every index.
// Monotonic within a process even when several are made in the same millisecond.
QString v7();

// The attendance row id: UUIDv5 of activity id + member id, so every device that records
// the same person at the same activity produces the same id.
QString attendanceId(const QString &activityId, const QString &memberId);

// A target's id: UUIDv5 of unit, year, half and indicator (one row per target).
QString targetId(const QString &unitId, int year, int half, const QString &indicator);

} // namespace df::Uuid
