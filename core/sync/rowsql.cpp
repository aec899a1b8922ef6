#include "sync/rowsql.h"

#include "domain/vntext.h"
#include "store/database.h"

#include <QHash>

namespace df {

namespace {

constexpr const char *kMemberDerived[] = {"search_key", "sort_key"};

EntitySql build(const EntitySpec &spec)
{
    EntitySql s;
    QByteArray cols, params, updates;
    int n = 1;
    for (const Column &c : spec.columns) {
        cols += QByteArray(", ") + c.name;
        params += ", ?" + QByteArray::number(++n);
        updates += QByteArray(", ") + c.name + "=excluded." + c.name;
    }
    s.select = "SELECT " + cols.mid(2) + ", _v FROM " + spec.table + " WHERE id = ?1";
    if (spec.entity == Entity::Member) {
        for (const char *derived : kMemberDerived) {
            cols += QByteArray(", ") + derived;
            params += ", ?" + QByteArray::number(++n);
            updates += QByteArray(", ") + derived + "=excluded." + derived;
        }
    }
    s.upsert = QByteArray("INSERT INTO ") + spec.table + "(id" + cols + ", _v) VALUES (?1" +
               params + ", ?" + QByteArray::number(n + 1) + ") ON CONFLICT(id) DO UPDATE SET " +
               updates.mid(2) + ", _v=excluded._v";
    return s;
}

} // namespace

const EntitySql &sqlFor(const EntitySpec &spec)
{
    // Built on first use, safely from any thread (the sync writer runs on its own).
    static const QHash<int, EntitySql> all = [] {
        QHash<int, EntitySql> out;
        for (const EntitySpec &e : Schema::entities())
            out.insert(int(e.entity), build(e));
        return out;
    }();
    return *all.constFind(int(spec.entity));
}

void bindDerived(Statement &st, int &n, const EntitySpec &spec, const QString &fullName,
                 const QString &cardNumber)
{
    if (spec.entity != Entity::Member)
        return;
    st.bind(++n, vn::searchKey(fullName, cardNumber));
    st.bind(++n, vn::sortKey(fullName));
}

void bindValue(Statement &st, int index, const Column &c, const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined()) {
        if (!c.required)
            st.bindNull(index);
        else if (c.type == ColumnType::Text)
            st.bind(index, QStringLiteral(""));
        else
            st.bind(index, qint64(0));
        return;
    }
    switch (c.type) {
    case ColumnType::Text:
        st.bind(index, v.toString());
        break;
    case ColumnType::Int:
        st.bind(index, v.toInteger());
        break;
    case ColumnType::Real:
        st.bind(index, v.toDouble());
        break;
    }
}

QJsonValue readValue(const Statement &st, int column, const Column &c)
{
    if (st.isNull(column))
        return QJsonValue::Null;
    switch (c.type) {
    case ColumnType::Text:
        return st.text(column);
    case ColumnType::Int:
        return QJsonValue(st.int64(column));
    case ColumnType::Real:
        return st.real(column);
    }
    return {};
}

QStringList fieldNames(const EntitySpec &spec, const QString &list)
{
    if (list != QLatin1String("*"))
        return list.split(QLatin1Char(','));
    QStringList all;
    for (const Column &c : spec.columns)
        all.append(QLatin1String(c.name));
    return all;
}

} // namespace df
