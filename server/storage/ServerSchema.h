#pragma once

#include "store/Migrations.h"

#include <QStringList>

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
//   3  accounts linked to directory persons (need-to-know by membership)
//   4  conflicts indexed by seq (the change feed carries them)
//   5  the directory (teams, people, services) served to consoles
constexpr int CurrentVersion = 5;

using MigrationResult = Migrations::Result;

MigrationResult migrate(SqliteDb &db, int targetVersion = CurrentVersion);

// The same step for PostgreSQL, one statement per entry: the schema is written once (in
// SQLite's words) and the few type names that differ are mapped here, the only place that
// knows both dialects' DDL. Versions are kept in a schema_version table there
// (PostgresServerDb::migrate).
QStringList postgresStatements(int version);

} // namespace Sitrep::Server::ServerSchema
