#pragma once

#include <QString>

#include <span>

namespace Sitrep {

class SqliteDb;

// Stepwise schema migrations with PRAGMA user_version, shared by the console's cache
// (core/store/Schema) and the server's database (server/storage/ServerSchema).
namespace Migrations {

struct Result {
    bool ok = false;
    int fromVersion = 0;
    QString error;
};

// Reads the file's version without writing: -1 (with error) when it is not a database.
// Reading sqlite_master parses the header and the schema, so a file that is not a
// database, or whose schema page is damaged, fails here before anything is written.
int readVersion(SqliteDb &db, QString *error);

// Runs steps[v - 1] for every version v after the file's, up to targetVersion, each in its
// own transaction. Two processes may migrate one file at once (two consoles, sitrepctl,
// two servers): the version is read again under the write lock, so the second skips what
// the first has done.
Result migrate(SqliteDb &db, std::span<const char *const> steps, int targetVersion, const char *what);

} // namespace Migrations
} // namespace Sitrep
