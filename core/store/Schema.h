#pragma once

#include "Migrations.h"

namespace Sitrep {

class SqliteDb;

// The cache's schema, versioned with PRAGMA user_version. Each version's migration runs
// in its own transaction, stepwise from the file's version to the current one, so a
// cache from any earlier Sitrep opens. History:
//   1  incidents, timeline with revisions, roles, tracks, participants, directory, outbox
//   2  full-text search (FTS5) over incident titles/summaries and entry bodies, built
//      from the rows already there
//   3  sync: acknowledged ops kept in the outbox until the feed passes them, conflicts,
//      rejected ops (docs/SYNC.md "Client")
//   4  what this console has read (incident.read_entries)
//   5  incident fields critical_phase, bridge and raci (JSON)
//   6  an index of the acknowledged ops the feed has passed
//   7  a partial index of pinned entries in display order
//   8  full-text segments merged by StoreMaintenance, not in commits
//   9  incident.added_roles (JSON)
//  10  incident_by_recency: the incident list reads a page at a time
namespace Schema {

constexpr int CurrentVersion = 10;

using MigrationResult = Migrations::Result;

// Migrates to targetVersion (tests pass an older target to build earlier caches).
MigrationResult migrate(SqliteDb &db, int targetVersion = CurrentVersion);

} // namespace Schema
} // namespace Sitrep
