#pragma once

#include "sync/schema.h"

#include <QJsonObject>
#include <QString>

namespace df {

struct Activity;
struct Attendance;
struct Member;
struct OrgUnit;
struct Target;
struct VolunteerEntry;

// A domain value as the row that stores and syncs it: its entity, its id (a new UUIDv7
// when the value has none; derived for attendance and targets) and every field in its
// wire form (docs/PROTOCOL.md: dates as ISO text, instants as UTC ms, empty text as null).
// The one place a domain value becomes a row: the app's write path and the server's demo
// seeding both go through it.
struct WireRow
{
    Entity entity = Entity::Unit;
    QString id;
    QJsonObject fields;
};

WireRow wireRow(const OrgUnit &unit);
WireRow wireRow(const Member &member);
WireRow wireRow(const Activity &activity);
WireRow wireRow(const Attendance &attendance);
WireRow wireRow(const VolunteerEntry &entry);
WireRow wireRow(const Target &target);

} // namespace df
