#pragma once

namespace df {

// The start of a query over a unit's subtree: `sub(id)` holds the unit bound to ?1 and
// every unit under it that is not deleted.
inline constexpr const char *kSubtreeCte =
    "WITH RECURSIVE sub(id) AS (SELECT ?1 UNION ALL "
    "SELECT u.id FROM org_units u JOIN sub ON u.parent_id = sub.id WHERE u.deleted = 0) ";

} // namespace df
