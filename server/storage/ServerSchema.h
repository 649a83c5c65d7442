#pragma once

#include "store/Migrations.h"

namespace Sitrep {
class SqliteDb;
}

namespace Sitrep::Server::ServerSchema {

// The server database's schema, versioned with PRAGMA user_version like the console's
// cache (core/store/Schema): one transaction per step, stepwise from the file's version.
// History:
//   1  accounts, sessions, the change feed, conflict records, and the projections the
//      REST reads use (incidents, timeline entries with revisions, role assignments,
//      tracks, participants)
//   2  the audit log, hash-chained
constexpr int CurrentVersion = 2;

using MigrationResult = Migrations::Result;

MigrationResult migrate(SqliteDb &db, int targetVersion = CurrentVersion);

} // namespace Sitrep::Server::ServerSchema
