#pragma once

#include "sync/change.h"
#include "sync/hlc.h"
#include "sync/merger.h"

#include <QJsonObject>
#include <functional>
#include <memory>
#include <optional>

namespace df {

class Database;
class Transaction;
class PulledPage;

struct OutboxEntry
{
    qint64 seq = 0;
    Change change;
};

// The sync side of a device's local store: generic rows with field versions, the
// outbox, and the sync state (cursor, device id, clock). LocalStore writes through it;
// the sync engine pulls into it. All methods run inside the caller's transaction when
// one is open, so a write, its versions and its outbox entry commit together.
class SyncStore
{
public:
    explicit SyncStore(Database &db);
    ~SyncStore();

    Database &database() const { return m_db; }
    QString deviceId();
    HybridClock &clock() { return m_clock; }
    // Replaces the clock's time source (tests, skewed devices).
    void setTimeSource(HybridClock::TimeSource source);

    StoredRow read(const EntitySpec &spec, const QString &id);

    // What a local edit refuses: a field it would send whose value is outside the field's
    // domain (Schema::check, the rules the server applies), with `today` as of the device.
    struct Refusal
    {
        QString field;
        QString why;
    };
    // A local edit: the fields that differ from the stored row get a new version, are
    // merged, written, and (when tracking) appended to the outbox. Returns false when
    // nothing changed. With `refused`, those fields are first checked as the server checks
    // them; one outside its domain writes nothing and is described there.
    bool writeLocal(Entity entity, const QString &id, const QJsonObject &fields, QDate today = {},
                    Refusal *refused = nullptr);
    void setTracking(bool on) { m_tracking = on; }

    // Applies one pull page, its evictions and its cursor in one transaction (LWW against
    // local versions; local pending edits that are newer stay and are still pushed).
    void applyPage(const QList<RowState> &rows, const QList<RowRef> &evictions, qint64 cursor,
                   qint64 serverHlc);
    // The same for a page as the engine parsed it (a fresh row goes in without ever being
    // a JSON object).
    void applyPage(const PulledPage &page);
    // A first sync into an empty store loads without the synced tables' secondary indexes
    // and full-text triggers and builds them once at the end: far less writing than
    // keeping them up row by row. begin() does nothing (and returns false) unless the
    // store is empty, its cursor 0 and its outbox empty; the state survives a restart, so
    // an interrupted first sync goes on the same way. While it lasts, a page with nothing
    // local waiting is written without reading or merging.
    //
    // Pages of a first sync are committed together, about 50,000 rows at a
    // time (each commit carries the cursor of its last page, so a restart resumes from
    // there): rows with random ids touch most of an index's pages in every commit, and
    // fewer commits write each page fewer times. commitLoad() ends the open batch; the
    // engine calls it whenever a pull stops, finished or not.
    bool beginInitialLoad();
    void finishInitialLoad();
    void commitLoad();
    void setLoadBatchRows(qsizetype rows) { m_loadBatchRows = rows; } // tests
    bool initialLoad() const { return m_initialLoad; }

    // Removes a row that left this device's scope.
    void evict(Entity entity, const QString &id);

    // The row's stored field versions (encoded), or a null string when there is no row.
    QString rowVersions(Entity entity, const QString &id);
    // Takes back a row that only this device has seen (an undone tap): the row and its
    // outbox entries go, provided it still carries exactly the versions this device wrote
    // (`versions`, so no pull has merged into it) and none of its entries was sent.
    // Returns false, changing nothing, otherwise; the caller then writes a new change.
    bool retractUnsent(Entity entity, const QString &id, const QString &versions);

    // The oldest pending changes, marked as sent (a later edit of the same row then starts
    // a new entry). An entry sent for the first time is built from its row as it is now and
    // kept as it went (its values and versions pinned), so that every retry of its op_id
    // carries the same change; restamp() lets it go again, the server not having kept it.
    QList<OutboxEntry> pending(int limit);
    int pendingCount();
    // Removes acknowledged entries (accepted or rejected) from the outbox.
    void acknowledge(const QStringList &opIds);
    // Records a change the server refused, with its sentence, for the user to see.
    void logRejection(const Change &change, const QString &reason);
    // Re-stamps pending changes with versions from the corrected clock (the server
    // refused them as being in the future); the local field versions follow.
    void restamp(const QStringList &opIds);

    // After the server refused a change: the row's fields take the server's values and
    // versions (or the row goes, when the server has none), so that no replica keeps a
    // value the server will never have.
    void resetToServer(Entity entity, const QString &id, const QStringList &fields,
                       const std::optional<RowState> &server);
    // Test hook: called before each row of a page is applied; may throw to simulate a
    // crash in the middle of a page.
    void setPageHook(std::function<void(int)> hook) { m_pageHook = std::move(hook); }

    qint64 cursor();
    void setCursor(qint64 cursor);
    QString state(const char *key);
    void setState(const char *key, const QString &value);

private:
    // Rows written before sync existed (a file from schema 1 or 2, which Migrations marks
    // "adopt_unversioned" on its way to schema 3): each becomes this device's edit of every
    // field, made now, with an outbox entry, so the first sync sends it. Runs once.
    void adoptUnversioned();
    void writeRow(const EntitySpec &spec, const QString &id, const QJsonObject &fields,
                  const FieldVersions &versions);
    // A local edit of a stored row: only the columns named (and the versions) are written,
    // so only the references the edit sets are checked. A device holds a subtree, and rows
    // at its edge point outside it (its top unit's parent, the attendance of a member who
    // moved to another district): the server vouches for those, and an edit that leaves
    // them as they are must not be refused for them.
    void updateRow(const EntitySpec &spec, const QString &id, const QStringList &columns,
                   const QJsonObject &fields, const FieldVersions &versions);
    void addToOutbox(const EntitySpec &spec, const Change &change);
    void applyPulled(const RowState &row, bool outboxEmpty);
    // The body of both applyPage()s: apply(i, fresh, outboxEmpty) for each of count rows,
    // then the evictions and the cursor, in one transaction (of the load's batch, if any).
    void applyRows(qsizetype count, const std::function<void(qsizetype, bool, bool)> &apply,
                   const QList<RowRef> &evictions, qint64 cursor, qint64 serverHlc);
    void pinOverwritten(const EntitySpec &spec, const QString &rowId, const StoredRow &current,
                        const MergeResult &merged);
    void saveClock();
    void deferCheckpoints(bool on);

    Database &m_db;
    HybridClock m_clock;
    QString m_deviceId;
    bool m_tracking = true;
    bool m_initialLoad = false;
    std::unique_ptr<Transaction> m_loadTx; // the open batch of a first sync
    qsizetype m_loadRows = 0;
    qsizetype m_loadBatchRows = 50000;
    std::function<void(int)> m_pageHook;
};

} // namespace df
