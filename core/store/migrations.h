#pragma once

namespace df {

class Database;

// Versioned schema, tracked in PRAGMA user_version. Each step runs in its own
// transaction, so a failure leaves the file at the last good version.
namespace Migrations {
int latestVersion();
// Upgrades the file to `target` (default: the latest). Throws StoreError if the file
// is newer than this app understands.
void apply(Database &db, int target = -1);
// Makes the derived local columns (an activity's turnout) good from the tables: after the
// migration that adds them, and at the end of a first sync, which loads without their
// `derived_` triggers.
extern const char *const kRebuildDerived;
} // namespace Migrations

} // namespace df
