#pragma once

#include "sync/fieldversions.h"
#include "sync/schema.h"

#include <QJsonObject>
#include <optional>

namespace df {

// One local change as it travels from a device to the server: some fields of one row
// with their versions (usually one for all), and the versions the device had seen of
// those fields before it edited them (`base`), from which the server tells a concurrent
// edit from a sequential one.
struct Change
{
    QString opId;
    Entity entity = Entity::Member;
    QString rowId;
    QJsonObject fields;
    Version version;                       // of every field not in fieldVersions
    QHash<QString, Version> fieldVersions; // fields written at another version
    Version versionOf(const QString &field) const { return fieldVersions.value(field, version); }
    Version newest() const;
    QHash<QString, Version> base; // absent: the device had no value for that field
    // False for a wire change without "base": the device said nothing of what it had seen,
    // so no edit of it counts as concurrent (no conflict row).
    bool hasBase = true;
    Version seen; // the newest version of the row the device had seen; null: not said

    QJsonObject toJson() const;
    // Parses and checks one wire change; on failure returns nothing and sets *error to
    // a sentence naming the problem.
    static std::optional<Change> fromJson(const QJsonObject &json, QString *error);
};

// One row as the server sends it in a pull page.
struct RowState
{
    Entity entity = Entity::Member;
    QString rowId;
    QJsonObject fields;
    FieldVersions versions;
    qint64 seq = 0;
};

// A row named by its entity and id (an eviction, a conflict's subject).
struct RowRef
{
    Entity entity = Entity::Member;
    QString rowId;
};

} // namespace df
