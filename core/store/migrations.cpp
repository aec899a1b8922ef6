#include "store/migrations.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <iterator>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace df {

namespace {

// Dates are ISO 'yyyy-MM-dd' text; instants are UTC milliseconds since the epoch.
// Enumerations are small integers whose meaning is fixed in core/domain.
constexpr const char *kV1 = R"sql(
CREATE TABLE org_units (
    id          TEXT PRIMARY KEY,
    parent_id   TEXT REFERENCES org_units(id),
    level       INTEGER NOT NULL CHECK (level BETWEEN 0 AND 4),
    name        TEXT NOT NULL,
    code        TEXT,
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX org_units_parent ON org_units(parent_id);

CREATE TABLE members (
    id                  TEXT PRIMARY KEY,
    unit_id             TEXT NOT NULL REFERENCES org_units(id),
    full_name           TEXT NOT NULL,
    birth_date          TEXT,
    gender              INTEGER NOT NULL DEFAULT 0,
    ethnicity           TEXT,
    religion            TEXT,
    phone               TEXT,
    email               TEXT,
    address             TEXT,
    card_number         TEXT,
    joined_date         TEXT,
    education           TEXT,
    professional        TEXT,
    theory_level        INTEGER NOT NULL DEFAULT 0,
    position            INTEGER NOT NULL DEFAULT 0,
    party_member        INTEGER NOT NULL DEFAULT 0,
    party_date          TEXT,
    outstanding         INTEGER NOT NULL DEFAULT 0,
    outstanding_date    TEXT,
    hardship            INTEGER NOT NULL DEFAULT 0,
    hardship_note       TEXT,
    rating              INTEGER NOT NULL DEFAULT 0,
    rating_year         INTEGER,
    courses             TEXT,
    status              INTEGER NOT NULL DEFAULT 0,
    citizen_id          TEXT,
    deleted             INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX members_unit ON members(unit_id);

CREATE TABLE activities (
    id                  TEXT PRIMARY KEY,
    unit_id             TEXT NOT NULL REFERENCES org_units(id),
    kind                INTEGER NOT NULL,
    title               TEXT NOT NULL,
    starts_at           INTEGER NOT NULL,
    ends_at             INTEGER,
    place               TEXT,
    campaign            TEXT,
    description         TEXT,
    out_trees           INTEGER NOT NULL DEFAULT 0,
    out_children        INTEGER NOT NULL DEFAULT 0,
    out_money_vnd       INTEGER NOT NULL DEFAULT 0,
    out_works           INTEGER NOT NULL DEFAULT 0,
    deleted             INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX activities_unit_time ON activities(unit_id, starts_at);
CREATE INDEX activities_time ON activities(starts_at);

CREATE TABLE attendance (
    id              TEXT PRIMARY KEY,
    activity_id     TEXT NOT NULL REFERENCES activities(id),
    member_id       TEXT NOT NULL REFERENCES members(id),
    status          INTEGER NOT NULL,
    checked_in_at   INTEGER,
    method          INTEGER NOT NULL DEFAULT 0,
    recorded_by     TEXT,
    UNIQUE (activity_id, member_id)
);
CREATE INDEX attendance_member ON attendance(member_id);

CREATE TABLE volunteer_entries (
    id              TEXT PRIMARY KEY,
    member_id       TEXT NOT NULL REFERENCES members(id),
    activity_id     TEXT REFERENCES activities(id),
    work_date       TEXT NOT NULL,
    hours           REAL NOT NULL CHECK (hours > 0 AND hours <= 24),
    description     TEXT,
    confirmation    INTEGER NOT NULL DEFAULT 0,
    confirmed_by    TEXT,
    reject_reason   TEXT,
    deleted         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX volunteer_member ON volunteer_entries(member_id, work_date);
CREATE INDEX volunteer_activity ON volunteer_entries(activity_id);

CREATE TABLE targets (
    id          TEXT PRIMARY KEY,
    unit_id     TEXT NOT NULL REFERENCES org_units(id),
    year        INTEGER NOT NULL,
    half        INTEGER NOT NULL DEFAULT 0 CHECK (half BETWEEN 0 AND 2),
    indicator   TEXT NOT NULL,
    value       REAL NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0,
    UNIQUE (unit_id, year, half, indicator)
);
)sql";

// Vietnamese search: a folded key per member in an FTS5 index (external content, kept
// current by triggers) and a binary name-order key. Existing rows are backfilled.
constexpr const char *kV2 = R"sql(
ALTER TABLE members ADD COLUMN search_key TEXT NOT NULL DEFAULT '';
ALTER TABLE members ADD COLUMN sort_key BLOB NOT NULL DEFAULT x'';
UPDATE members SET search_key = df_search_key(full_name, card_number),
                   sort_key = df_sort_key(full_name);
CREATE INDEX members_sort ON members(sort_key, search_key);
CREATE INDEX members_unit_sort ON members(unit_id, sort_key);

CREATE VIRTUAL TABLE member_fts USING fts5(
    search_key, content='members', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 0', prefix='1 2 3');
CREATE TRIGGER members_fts_insert AFTER INSERT ON members BEGIN
    INSERT INTO member_fts(rowid, search_key) VALUES (new.rowid, new.search_key);
END;
CREATE TRIGGER members_fts_delete AFTER DELETE ON members BEGIN
    INSERT INTO member_fts(member_fts, rowid, search_key)
        VALUES ('delete', old.rowid, old.search_key);
END;
CREATE TRIGGER members_fts_update AFTER UPDATE OF search_key ON members
WHEN old.search_key IS NOT new.search_key BEGIN
    INSERT INTO member_fts(member_fts, rowid, search_key)
        VALUES ('delete', old.rowid, old.search_key);
    INSERT INTO member_fts(rowid, search_key) VALUES (new.rowid, new.search_key);
END;
INSERT INTO member_fts(member_fts) VALUES ('rebuild');
)sql";

// Sync: field versions on every synced row (`_v`, see core/sync/fieldversions.h), the
// outbox of local changes, conflict records from the server, the sync state, and a log of
// changes the server refused.
constexpr const char *kV3 = R"sql(
ALTER TABLE org_units ADD COLUMN _v TEXT;
ALTER TABLE members ADD COLUMN _v TEXT;
ALTER TABLE activities ADD COLUMN _v TEXT;
ALTER TABLE attendance ADD COLUMN _v TEXT;
ALTER TABLE volunteer_entries ADD COLUMN _v TEXT;
ALTER TABLE targets ADD COLUMN _v TEXT;
CREATE TABLE conflicts (
    id              TEXT PRIMARY KEY,
    entity          TEXT NOT NULL,
    row_id          TEXT NOT NULL,
    field           TEXT NOT NULL,
    kind            INTEGER NOT NULL DEFAULT 0,
    kept_value      TEXT,
    lost_value      TEXT,
    kept_version    TEXT,
    lost_version    TEXT,
    kept_user       TEXT,
    lost_user       TEXT,
    resolved        INTEGER NOT NULL DEFAULT 0,
    resolved_by     TEXT,
    deleted         INTEGER NOT NULL DEFAULT 0,
    _v              TEXT
);
CREATE INDEX conflicts_open ON conflicts(resolved, entity, row_id);
-- One entry per locally changed row not yet acknowledged: which fields, and what the
-- device had seen of them (base). Values and versions are read from the row at push time,
-- except `pinned` ones: local values a pull overwrote before they were pushed, kept so the
-- server can still record the conflict. An entry that was sent is never extended, so a
-- retried op_id always carries the same change.
CREATE TABLE outbox (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id       TEXT NOT NULL UNIQUE,
    entity      TEXT NOT NULL,
    row_id      TEXT NOT NULL,
    fields      TEXT NOT NULL,
    base        TEXT,
    seen        TEXT,
    pinned      TEXT,
    sent        INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL
);
CREATE INDEX outbox_row ON outbox(entity, row_id, sent);
CREATE TABLE sync_state (
    key     TEXT PRIMARY KEY,
    value   TEXT
);
CREATE TABLE sync_log (
    id      INTEGER PRIMARY KEY,
    at      INTEGER NOT NULL,
    op_id   TEXT,
    entity  TEXT,
    row_id  TEXT,
    message TEXT NOT NULL
);
-- A file that already held rows (written before sync existed, so without versions or
-- outbox entries): SyncStore makes each one a local change the first sync sends.
INSERT INTO sync_state(key, value) SELECT 'adopt_unversioned', '1'
    WHERE EXISTS (SELECT 1 FROM org_units) OR EXISTS (SELECT 1 FROM members)
       OR EXISTS (SELECT 1 FROM activities) OR EXISTS (SELECT 1 FROM targets);
)sql";

// Reports (core/report): covering indexes for the member and activity figures, activities
// by kind and time, and each activity's turnout (attendance rows present or late), a local column
// derived like the search keys: kept by `derived_` triggers, which a first sync leaves out
// and makes good once at the end (Migrations::kRebuildDerived). It is never synced.
constexpr const char *kV4 = R"sql(
-- unit_id alone leads, so that the lists' plans (by unit, in name order) stay theirs.
CREATE INDEX members_report ON members(unit_id, position, hardship, rating, rating_year,
    outstanding, outstanding_date, party_member, party_date, joined_date, status, deleted);
CREATE INDEX activities_kind_time ON activities(kind, starts_at);
ALTER TABLE activities ADD COLUMN turnout INTEGER NOT NULL DEFAULT 0;
-- Not with turnout, which every check-in changes: its entry would move each time.
CREATE INDEX activities_report ON activities(unit_id, deleted, starts_at, kind, out_trees,
    out_children, out_money_vnd);
CREATE TRIGGER derived_turnout_insert AFTER INSERT ON attendance
WHEN new.status IN (0, 1) BEGIN
    UPDATE activities SET turnout = turnout + 1 WHERE id = new.activity_id;
END;
CREATE TRIGGER derived_turnout_delete AFTER DELETE ON attendance
WHEN old.status IN (0, 1) BEGIN
    UPDATE activities SET turnout = turnout - 1 WHERE id = old.activity_id;
END;
CREATE TRIGGER derived_turnout_update AFTER UPDATE OF status, activity_id ON attendance BEGIN
    UPDATE activities SET turnout = turnout - (old.status IN (0, 1)) WHERE id = old.activity_id;
    UPDATE activities SET turnout = turnout + (new.status IN (0, 1)) WHERE id = new.activity_id;
END;
-- An activity that arrives after its attendance (a later page) counts what is there.
CREATE TRIGGER derived_turnout_activity AFTER INSERT ON activities BEGIN
    UPDATE activities SET turnout = (SELECT count(*) FROM attendance t
        WHERE t.activity_id = new.id AND t.status IN (0, 1)) WHERE id = new.id;
END;
)sql";

constexpr const char *kSteps[] = {kV1, kV2, kV3, kV4};

} // namespace

const char *const Migrations::kRebuildDerived = R"sql(
UPDATE activities SET turnout = 0;
UPDATE activities SET turnout = c.n FROM (SELECT activity_id, count(*) AS n FROM attendance
    WHERE status IN (0, 1) GROUP BY activity_id) AS c WHERE c.activity_id = activities.id;
)sql";

int Migrations::latestVersion()
{
    return int(std::size(kSteps));
}

void Migrations::apply(Database &db, int target)
{
    if (target < 0)
        target = latestVersion();
    const int current = db.userVersion();
    if (current > latestVersion()) {
        throw StoreError(QCoreApplication::translate(
                             "Store", "This data file was written by a newer version of Đoàn "
                                      "Field (format %1; this app reads up to %2). Update the "
                                      "app to open it.")
                             .arg(current)
                             .arg(latestVersion()));
    }
    if (current >= target)
        return;
    // Under the write lock (BEGIN IMMEDIATE) the version is read again: two connections
    // opening a new file at once (a sign-in's worker and another) would otherwise both
    // run the first step. All steps commit together, so a file is never half upgraded.
    Transaction tx(db);
    for (int version = db.userVersion() + 1; version <= target; ++version) {
        qCInfo(lcStore) << "migrating" << db.path() << "to schema" << version;
        db.exec(kSteps[version - 1]);
        if (version == 4)
            db.exec(kRebuildDerived);
        db.exec(QByteArray("PRAGMA user_version = " + QByteArray::number(version)).constData());
    }
    tx.commit();
}

} // namespace df
