#pragma once

#include "sync/schema.h"

#include <QByteArray>
#include <QJsonValue>

namespace df {

class Statement;

// The SQL that reads and writes a synced table's rows, built once from the schema table.
struct EntitySql
{
    QByteArray select; // the columns and _v of one row, by id (?1)
    QByteArray upsert; // id, the columns, a member's search and sort keys, _v
};

const EntitySql &sqlFor(const EntitySpec &spec);

// A value bound for its column; a null in a required column binds its empty value.
void bindValue(Statement &st, int index, const Column &c, const QJsonValue &v);
QJsonValue readValue(const Statement &st, int column, const Column &c);

} // namespace df
