// Rows as the wire carries them, spliced from their stored JSON texts without re-parsing:
// the pull page, and a push refusal's `current` row (docs/PROTOCOL.md), by one writer.
#include "syncservice.h"

#include "serverstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace df {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Server", text);
}

} // namespace

namespace {

// A stored row as the wire carries it, its stored texts spliced in: the one writer of a
// row for pull pages and for a refusal's `current`.
void appendRow(QByteArray &out, const QString &entity, const QString &id, const QString &data,
               const QString &versions, qint64 seq)
{
    // Appended piece by piece into the caller's buffer: no temporary per row.
    out.append("{\"entity\":\"").append(entity.toUtf8());
    out.append("\",\"id\":\"").append(id.toUtf8());
    out.append("\",\"fields\":").append(data.toUtf8());
    out.append(",\"versions\":").append(versions.toUtf8());
    out.append(",\"seq\":").append(QByteArray::number(seq)).append('}');
}

} // namespace

QJsonValue SyncService::currentJson(Entity entity, const QString &id, const QString &userScope)
{
    // The row as stored, or as this push has written it so far (not yet flushed).
    PendingRow row;
    bool found = false;
    if (const auto it = m_pending.constFind(rowKey(entity, id)); it != m_pending.cend()) {
        row = *it;
        found = true;
    } else {
        QSqlQuery q = m_store.exec(QStringLiteral("SELECT scope, data, versions, seq FROM rows "
                                                  "WHERE entity = ? AND id = ?"),
                                   {Schema::wireName(entity), id});
        if (q.next()) {
            row = {Schema::wireName(entity), id,
                   q.value(0).toString(),    q.value(1).toString(),
                   q.value(2).toString(),    q.value(3).toLongLong()};
            found = true;
        }
    }
    // Only a row the caller may read: anything else answers as if the server had none.
    if (!found || !row.scope.startsWith(userScope))
        return QJsonValue::Null;
    QByteArray text;
    appendRow(text, row.entity, row.id, row.data, row.versions, row.seq);
    return QJsonDocument::fromJson(text).object();
}

QByteArray SyncService::pull(const User &user, qint64 cursor, int limit)
{
    limit = std::clamp(limit, 1, kMaxPage);
    const QString scope = m_store.unitPath(user.unitId);
    if (scope.isEmpty())
        throw RequestError{403, QStringLiteral("no_scope"),
                           tr("Your account is attached to a unit that no longer exists.")};
    // Scope paths end in '/', so "the subtree" is the range [scope, scope with '/' + 1).
    QString end = scope;
    end[end.size() - 1] = QChar(end.back().unicode() + 1);
    // A narrow scope (a district of a province) reads its range of the scope index and
    // sorts it; a wide one walks the sequence index and skips the few rows outside.
    // SQLite is told which; PostgreSQL's planner chooses from its statistics.
    const bool narrow = m_store.unitsUnder(scope).size() * 5 < m_store.unitCount();
    const QString hint = m_store.isPostgres() ? QString()
                         : narrow             ? QStringLiteral(" INDEXED BY rows_scope")
                                              : QStringLiteral(" INDEXED BY rows_seq");
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT entity, id, data, versions, seq FROM rows%1 WHERE seq > ? "
                             "AND scope >= ? AND scope < ? ORDER BY seq LIMIT ?")
                  .arg(hint));
    q.addBindValue(cursor);
    q.addBindValue(scope);
    q.addBindValue(end);
    q.addBindValue(limit);
    m_store.run(q);
    // Rows are stored as JSON text and spliced into the page without re-parsing.
    QByteArray rows;
    rows.reserve(limit * 600);
    int count = 0;
    qint64 last = cursor;
    while (q.next()) {
        if (count++)
            rows += ',';
        last = q.value(4).toLongLong();
        appendRow(rows, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                  q.value(3).toString(), last);
    }
    const bool hasMore = count == limit;
    const qint64 head = m_store.meta("seq");
    const qint64 upTo = hasMore ? last : std::max(head, cursor);

    // An eviction is for the devices whose unit was on the row's old path and is not on its
    // new one. Matched by the unit's id, not by its path now: a unit moved since (a branch
    // to another district) has a new path, and evictions recorded under its old one are
    // still the branch's.
    const QString unitInPath = scope.mid(scope.lastIndexOf(QLatin1Char('/'), -2)); // "/id/"
    QByteArray evictions;
    QSqlQuery e = m_store.exec(QStringLiteral("SELECT seq, entity, id, new_scope FROM evictions "
                                              "WHERE seq > ? AND seq <= ? AND old_scope LIKE ? "
                                              "ORDER BY seq"),
                               {cursor, upTo, QLatin1Char('%') + unitInPath + QLatin1Char('%')});
    int evicted = 0;
    while (e.next()) {
        if (e.value(3).toString().contains(unitInPath))
            continue; // moved within the scope
        const Entity entity = Schema::find(e.value(1).toString())->entity;
        const QString id = e.value(2).toString();
        // Moved out and back in later: the row's newer state is what counts.
        QSqlQuery now =
            m_store.exec(QStringLiteral("SELECT scope FROM rows WHERE entity = ? AND id = ?"),
                         {Schema::wireName(entity), id});
        if (now.next() && now.value(0).toString().startsWith(scope))
            continue;
        if (evicted++)
            evictions += ',';
        evictions += "{\"entity\":\"" + Schema::wireName(entity).toUtf8() + "\",\"id\":\"" +
                     id.toUtf8() + "\",\"seq\":" + QByteArray::number(e.value(0).toLongLong()) +
                     '}';
    }
    // One buffer, appended in order: chaining operator+ would copy the whole page (megabytes)
    // once per piece.
    QByteArray out;
    out.reserve(rows.size() + evictions.size() + 256);
    out.append("{\"protocol\":").append(QByteArray::number(kProtocol));
    out.append(",\"rows\":[").append(rows);
    out.append("],\"evictions\":[").append(evictions);
    out.append("],\"cursor\":").append(QByteArray::number(upTo));
    out.append(",\"has_more\":").append(hasMore ? "true" : "false");
    out.append(",\"remaining\":").append(QByteArray::number(std::max<qint64>(0, head - upTo)));
    out.append(",\"server_hlc\":\"").append(QByteArray::number(m_clock.now()));
    out.append("\",\"server_time\":").append(QByteArray::number(m_clock.wallMs())).append('}');
    return out;
}

} // namespace df
