// The first sync into an empty store: loading without secondary indexes and full-text
// triggers, in batches, and building them once at the end (see SyncStore::beginInitialLoad).
#include "sync/syncstore.h"

#include "store/database.h"
#include "store/migrations.h"
#include "sync/pulledpage.h"
#include "sync/rowsql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace df {

void SyncStore::applyPage(const PulledPage &page)
{
    // The statements of a page's entities, taken once per page rather than once per row.
    std::vector<std::optional<Statement>> upserts(Schema::entities().size());
    applyRows(
        page.size(),
        [&](qsizetype i, bool fresh, bool outboxEmpty) {
            if (!fresh) {
                applyPulled(page.rowState(i), outboxEmpty);
                return;
            }
            const PulledPage::Row &row = page.row(i);
            const EntitySpec &spec = Schema::spec(row.entity);
            m_clock.observe(row.newest);
            std::optional<Statement> &st = upserts[size_t(row.entity)];
            if (!st)
                st.emplace(m_db.prepare(sqlFor(spec).upsert));
            st->bindStaticText(1, row.id);
            const PulledPage::Value *values = page.values(row);
            int n = 1;
            for (qsizetype c = 0; c < spec.columns.size(); ++c) {
                const PulledPage::Value &v = values[c];
                switch (v.kind) {
                case PulledPage::Value::Absent:
                case PulledPage::Value::Null:
                    bindValue(*st, ++n, spec.columns[c], QJsonValue::Null);
                    break;
                case PulledPage::Value::Int:
                    st->bind(++n, v.integer);
                    break;
                case PulledPage::Value::Real:
                    st->bind(++n, v.real);
                    break;
                case PulledPage::Value::Text:
                    st->bindStaticText(++n, v.text);
                    break;
                }
            }
            if (spec.entity == Entity::Member) {
                const auto text = [&](const char *column) {
                    for (qsizetype c = 0; c < spec.columns.size(); ++c) {
                        if (qstrcmp(spec.columns[c].name, column) == 0 &&
                            values[c].kind == PulledPage::Value::Text)
                            return QString::fromUtf8(values[c].text);
                    }
                    return QString();
                };
                bindDerived(*st, n, spec, text("full_name"), text("card_number"));
            }
            st->bindStaticText(++n, page.versions(row));
            st->exec();
        },
        page.evictions, page.cursor, page.serverHlc.toLongLong());
}

void SyncStore::commitLoad()
{
    m_loadRows = 0;
    if (!m_loadTx)
        return;
    const std::unique_ptr<Transaction> tx = std::move(m_loadTx);
    tx->commit();
    m_db.exec("PRAGMA foreign_keys=ON");
}

namespace {

// The secondary indexes, full-text triggers and `derived_` triggers of the synced tables:
// what a first sync leaves out while it loads and builds once at the end. UNIQUE indexes
// stay, as they are constraints.
QList<std::pair<QByteArray, QByteArray>> deferredObjects(Database &db)
{
    QByteArray tables;
    for (const EntitySpec &spec : Schema::entities())
        tables += QByteArray(tables.isEmpty() ? "'" : ", '") + spec.table + "'";
    auto st = db.prepare("SELECT type, name FROM sqlite_master WHERE tbl_name IN (" + tables +
                         ") AND sql IS NOT NULL AND ((type = 'index' AND sql NOT LIKE "
                         "'CREATE UNIQUE%') OR (type = 'trigger' AND (sql LIKE '%_fts%' OR "
                         "name LIKE 'derived\\_%' ESCAPE '\\')))");
    QList<std::pair<QByteArray, QByteArray>> out;
    while (st.step())
        out.append({st.blob(0), st.blob(1)});
    return out;
}

} // namespace

bool SyncStore::beginInitialLoad()
{
    if (m_initialLoad) {
        deferCheckpoints(true);
        return true;
    }
    if (cursor() != 0) // the usual case, answered without taking the write lock
        return false;
    Transaction tx(m_db);
    if (cursor() != 0 || pendingCount() > 0)
        return false;
    for (const EntitySpec &spec : Schema::entities()) {
        auto any = m_db.prepare(QByteArray("SELECT 1 FROM ") + spec.table + " LIMIT 1");
        if (any.step())
            return false;
    }
    QJsonArray ddl;
    for (const auto &[type, name] : deferredObjects(m_db)) {
        auto sql = m_db.prepare("SELECT sql FROM sqlite_master WHERE name = ?1");
        sql.bind(1, QString::fromUtf8(name));
        if (!sql.step())
            continue;
        ddl.append(sql.text(0));
        sql.reset();
        m_db.exec(QByteArray("DROP " + type + " \"" + name + "\"").constData());
    }
    setState("initial_load", QString::fromUtf8(QJsonDocument(ddl).toJson(QJsonDocument::Compact)));
    tx.commit();
    m_initialLoad = true;
    deferCheckpoints(true);
    return true;
}

void SyncStore::deferCheckpoints(bool on)
{
    // Each checkpoint ends in an fsync, and a 4 MB WAL (the default) means one every page
    // or so; while loading, a checkpoint every 256 MB (the file then peaks at that much
    // more than the database), a page cache that holds the B-tree pages a batch of random
    // ids touches, and two helper threads for the sorts of the index builds at the end.
    // Afterwards the WAL file is cut back.
    if (on) {
        m_db.exec("PRAGMA wal_autocheckpoint=65536; PRAGMA cache_size=-131072; PRAGMA threads=2");
    } else {
        m_db.exec("PRAGMA wal_autocheckpoint=1000; PRAGMA cache_size=-32768; PRAGMA threads=0");
        m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
}

void SyncStore::finishInitialLoad()
{
    if (!m_initialLoad)
        return;
    commitLoad();
    Transaction tx(m_db);
    const QJsonArray ddl = QJsonDocument::fromJson(state("initial_load").toUtf8()).array();
    for (const QJsonValue &sql : ddl)
        m_db.exec(sql.toString().toUtf8().constData());
    // The full-text index was not kept up while loading: built once from the table.
    auto fts = m_db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE "
                            "'CREATE VIRTUAL TABLE%USING fts5%content=%'");
    QList<QByteArray> names;
    while (fts.step())
        names.append(fts.blob(0));
    fts.reset();
    for (const QByteArray &name : names)
        m_db.exec(QByteArray("INSERT INTO \"" + name + "\"(\"" + name + "\") VALUES ('rebuild')")
                      .constData());
    m_db.exec(Migrations::kRebuildDerived);
    m_db.prepare("DELETE FROM sync_state WHERE key = 'initial_load'").exec();
    tx.commit();
    m_initialLoad = false;
    deferCheckpoints(false);
}

} // namespace df
