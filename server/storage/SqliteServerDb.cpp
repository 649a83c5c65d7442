#include "SqliteServerDb.h"

#include "ServerSchema.h"
#include "store/Migrations.h"

#include <QDir>
#include <QElapsedTimer>
#include <QThread>

namespace Sitrep::Server {

namespace {
// How long a starting server waits for another one starting on the same file.
constexpr qint64 StartLockWaitMs = 30000;
} // namespace

// Forwards to core's statement, which steps the cached sqlite3_stmt directly.
class SqliteServerDb::SqliteStatement final : public StatementBackend
{
public:
    explicit SqliteStatement(Sitrep::Statement statement)
        : m_statement(std::move(statement))
    { }

    void bindInt64(int index, qint64 value) override { m_statement.bind(index, value); }
    void bindDouble(int index, double value) override { m_statement.bind(index, value); }
    void bindText(int index, const QString &value) override { m_statement.bind(index, value); }
    void bindUtf8(int index, const QByteArray &utf8) override { m_statement.bindUtf8(index, utf8); }
    void bindBlob(int index, const QByteArray &value) override { m_statement.bind(index, value); }
    void bindId(int index, const QUuid &value) override { m_statement.bind(index, value); }
    void bindNull(int index) override { m_statement.bindNull(index); }
    bool next() override { return m_statement.next(); }
    bool exec() override { return m_statement.exec(); }
    void reset() override { m_statement.reset(); }
    qint64 int64(int column) const override { return m_statement.int64(column); }
    double real(int column) const override { return m_statement.real(column); }
    QString text(int column) const override { return m_statement.text(column); }
    QByteArray blob(int column) const override { return m_statement.blob(column); }
    QUuid id(int column) const override { return m_statement.uuid(column); }
    bool isNull(int column) const override { return m_statement.isNull(column); }

private:
    Sitrep::Statement m_statement;
};

SqliteServerDb::~SqliteServerDb() = default;

std::unique_ptr<SqliteServerDb> SqliteServerDb::open(const QString &dataDir, QString *error)
{
    if (!QDir().mkpath(dataDir)) {
        *error = QStringLiteral("Cannot create the data folder %1: check its permissions, or pass another --data.")
                     .arg(dataDir);
        return nullptr;
    }
    const QString path = QDir(dataDir).filePath(QStringLiteral("server.sqlite"));
    std::unique_ptr<SqliteServerDb> result(new SqliteServerDb);
    SqliteDb &db = result->m_db;
    if (!db.open(path, SqliteDb::Mode::ReadWrite)) {
        *error = QStringLiteral("Cannot open the server database %1: %2").arg(path, db.lastError());
        return nullptr;
    }
    QString problem;
    const int version = Migrations::readVersion(db, &problem);
    if (version < 0) {
        *error = QStringLiteral("The file %1 is damaged or is not a database (%2). It was left untouched: "
                                "move it aside or pass another --data.")
                     .arg(path, problem);
        return nullptr;
    }
    if (version > ServerSchema::CurrentVersion) {
        *error = QStringLiteral("The server database %1 was written by a newer sitrep-server (schema %2; this "
                                "version understands up to %3). It was left untouched: update sitrep-server.")
                     .arg(path)
                     .arg(version)
                     .arg(ServerSchema::CurrentVersion);
        return nullptr;
    }
    if (version == 0) {
        Sitrep::Statement tables = db.prepare("SELECT count(*) FROM sqlite_master");
        if (tables.next() && tables.integer(0) > 0) {
            *error = QStringLiteral("The file %1 is an SQLite database but not a sitrep-server database. It was "
                                    "left untouched: pass another --data.")
                         .arg(path);
            return nullptr;
        }
    }
    // Two servers starting at once on a new data folder: while one switches the file to WAL
    // and creates the schema, the other can be told "locked" at once (SQLite does not wait
    // where waiting could deadlock) or after its 5 s lock wait on a loaded machine. Locked
    // is not an answer at start: try again for a while.
    QElapsedTimer starting;
    starting.start();
    const auto tryAgain = [&db, &starting] {
        if (!db.lockWasBusy() || starting.elapsed() > StartLockWaitMs)
            return false;
        QThread::msleep(20);
        return true;
    };
    // WAL: readers (the change feed) do not wait for writers. FULL: a commit is durable
    // before the op is acknowledged; no acknowledged write is ever lost (docs/SYNC.md).
    bool prepared = false;
    while (!(prepared = db.exec(QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;")))
           && tryAgain()) {
    }
    if (!prepared) {
        *error = QStringLiteral("Cannot prepare the server database %1: %2").arg(path, db.lastError());
        return nullptr;
    }
    ServerSchema::MigrationResult migration;
    while (!(migration = ServerSchema::migrate(db)).ok && tryAgain()) {
    }
    if (!migration.ok) {
        *error = QStringLiteral("Cannot upgrade the server database %1: %2. It was left as it was before the "
                                "upgrade.")
                     .arg(path, migration.error);
        return nullptr;
    }
    return result;
}

Statement SqliteServerDb::prepare(const char *sql)
{
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        Sitrep::Statement statement = m_db.prepare(sql);
        if (!statement.isValid())
            return {};
        found = m_statements.emplace(sql, std::make_unique<SqliteStatement>(std::move(statement))).first;
    }
    return Statement(found->second.get());
}

bool SqliteServerDb::savepoint(const char *name)
{
    return m_db.exec(QStringLiteral("SAVEPOINT ") + QLatin1String(name));
}

bool SqliteServerDb::release(const char *name)
{
    return m_db.exec(QStringLiteral("RELEASE ") + QLatin1String(name));
}

bool SqliteServerDb::rollbackTo(const char *name)
{
    return m_db.exec(QStringLiteral("ROLLBACK TO ") + QLatin1String(name)) && release(name);
}

} // namespace Sitrep::Server
