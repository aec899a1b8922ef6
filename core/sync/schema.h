#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace df {

// The synced entities, their wire names and columns. One table describes them for the
// client store, the server and the wire codec alike, so a field is added in one place.
enum class Entity { Unit, Member, Activity, Attendance, VolunteerEntry, Target, Conflict };

enum class ColumnType { Text, Int, Real };

struct Column
{
    const char *name;
    ColumnType type;
    bool required = false;  // NOT NULL in the client schema
    bool immutable = false; // fixed once the row exists
};

struct EntitySpec
{
    Entity entity;
    const char *wire;  // "member"
    const char *table; // "members"
    QList<Column> columns;
    bool hasTombstone;     // a `deleted` column
    bool serverOnlyCreate; // rows made only by the server (conflict records)

    const Column *column(QStringView name) const;
};

namespace Schema {

const QList<EntitySpec> &entities();
const EntitySpec &spec(Entity entity);
const EntitySpec *find(QStringView wireName);

// A wire value made canonical for its column: integers as qint64, text as strings,
// null stays null. Returns false, with a sentence in *why, for a value of the wrong type.
bool normalize(const Column &column, QJsonValue &value, QString *why);

} // namespace Schema

} // namespace df
