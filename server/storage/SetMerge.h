#pragma once

// A three-way merge for fields that are sets of keys (incident.update's addedRoles): two
// consoles that each add a role from the same list both keep theirs, where last-writer-wins
// would drop the first one's (docs/SYNC.md "Merge rules").

#include <QJsonValue>

#include <optional>

namespace Sitrep::Server {

// current: the stored list; wanted: the op's list; base: the list the op was made from
// (null or missing: none). What the op added to its base is added to current, what it
// took away is taken away; the rest of current stays, in its order, and additions follow
// in the op's order. Null for an empty result. nullopt when the result breaks the field's
// rules (Validation::checkAddedRoles, e.g. more than 30 roles): the caller falls back to
// last-writer-wins with a conflict record.
std::optional<QJsonValue> mergeRoleKeySets(const QJsonValue &current, const QJsonValue &wanted, const QJsonValue &base);

} // namespace Sitrep::Server
