#pragma once

#include "ServerDb.h"
#include "store/Sqlite.h"

#include <memory>
#include <unordered_map>

namespace Sitrep::Server {

// The server's database in one SQLite file (DIR/server.sqlite), WAL mode with
// synchronous=FULL. Statements go straight to SQLite's C API through core's wrapper: the
// seam costs a virtual call per bind and step, QtSql would cost half the throughput
// (guide §7).
class SqliteServerDb final : public ServerDb
{
public:
    // Opens (creating the folder and file when needed), checks and migrates
    // DIR/server.sqlite; nullptr with a sentence a person can act on in *error. A file that
    // is not a database, not a sitrep-server database or from a newer version is refused
    // and left untouched.
    static std::unique_ptr<SqliteServerDb> open(const QString &dataDir, QString *error);

    ~SqliteServerDb() override;

    Engine engine() const override { return Engine::Sqlite; }
    QString location() const override { return m_db.path(); }
    Statement prepare(const char *sql) override;
    bool exec(const QString &sql) override { return m_db.exec(sql); }
    bool begin() override { return m_db.begin(); }
    bool commit() override { return m_db.commit(); }
    void rollback() override { m_db.rollback(); }
    bool savepoint(const char *name) override;
    bool release(const char *name) override;
    bool rollbackTo(const char *name) override;
    int changes() const override { return m_db.changes(); }
    QString lastError() const override { return m_db.lastError(); }

private:
    class SqliteStatement;
    SqliteServerDb() = default;

    SqliteDb m_db;
    // Declared after m_db so that it is destroyed first: its statements belong to m_db.
    std::unordered_map<const char *, std::unique_ptr<SqliteStatement>> m_statements;
};

} // namespace Sitrep::Server
