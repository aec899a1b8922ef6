#pragma once

#include "sync/schema.h"

#include <QByteArray>
#include <QJsonValue>
#include <QStringList>

namespace df {

class Statement;

// The SQL that reads and writes a synced table's rows, built once from the schema table.
struct EntitySql
{
    QByteArray select; // the columns and _v of one row, by id (?1)
    QByteArray upsert; // id, the columns, a member's search and sort keys, _v
};

const EntitySql &sqlFor(const EntitySpec &spec);

// The columns a member row derives from its fields (the folded search key and the
// name-order key), bound after its own columns in `upsert`, from n + 1 on; n ends on the
// last one bound. Other entities derive nothing. The one place these keys are computed
// for a write (migration 2 and the database's df_search_key use the same vn functions).
void bindDerived(Statement &st, int &n, const EntitySpec &spec, const QString &fullName,
                 const QString &cardNumber);

// A value bound for its column; a null in a required column binds its empty value.
void bindValue(Statement &st, int index, const Column &c, const QJsonValue &v);
QJsonValue readValue(const Statement &st, int column, const Column &c);

// An outbox field list: comma-separated names, or "*" for every column.
QStringList fieldNames(const EntitySpec &spec, const QString &list);

} // namespace df
