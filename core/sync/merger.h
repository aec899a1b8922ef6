#pragma once

#include "sync/change.h"

#include <QJsonObject>
#include <QStringList>

namespace df {

// A row as a replica holds it: every field's value and version.
struct StoredRow
{
    bool exists = false;
    QJsonObject fields;
    FieldVersions versions;
};

enum class ConflictKind { ConcurrentEdit = 0, EditVersusDelete = 1 };

// A value that lost to a concurrent one: kept for a person to look at.
struct ConflictNote
{
    ConflictKind kind = ConflictKind::ConcurrentEdit;
    QString field;
    QJsonValue keptValue;
    QJsonValue lostValue;
    Version keptVersion;
    Version lostVersion;
    QString id(Entity entity, const QString &rowId) const; // the same on every replica
};

struct MergeResult
{
    QJsonObject fields;
    FieldVersions versions;
    QStringList changed; // fields whose value or version moved
    QList<ConflictNote> conflicts;
    bool anyChange() const { return !changed.isEmpty(); }
};

// The merge rules of ARCHITECTURE.md, one function for client and server:
// per-field last-writer-wins on (hlc, device); attendance keeps the earliest check-in
// (with its method and recorder) and has no conflicts, nor has a conflict row's
// resolution (`resolved`, `resolved_by`); immutable fields keep their first
// value; a device change whose base differs from the value it overwrites or loses to is
// concurrent and yields a ConflictNote; a delete and an edit that did not see each other
// yield an EditVersusDelete note.
namespace Merger {

MergeResult applyChange(const EntitySpec &spec, const StoredRow &current, const Change &change);
MergeResult applyRow(const EntitySpec &spec, const StoredRow &current, const RowState &row);

QString encodeValue(const QJsonValue &value); // compact JSON text of one value
QJsonValue decodeValue(const QString &text);

} // namespace Merger

} // namespace df
