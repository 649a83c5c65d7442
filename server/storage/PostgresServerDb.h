#pragma once

#include "PostgresUrl.h"
#include "ServerDb.h"

#include <QSqlDatabase>

#include <memory>
#include <unordered_map>
#include <vector>

class QSqlError;

namespace Sitrep::Server {

// The server's database on PostgreSQL (15 is what we test), through QtSql's QPSQL driver.
// QtSql rather than libpq directly: the driver is packaged (libqt6sql6-psql), handles
// connection options, escaping and bytea for us, and the server is not on the client's
// hot path where the SQLite C API is kept for speed; the store's SQL is the same for both
// engines (ServerDb.h).
//
// Ordering: every write transaction takes one transaction-level advisory lock right after
// BEGIN (pg_advisory_xact_lock(WriterLock)), so writers, in this process or any other on
// the same database, run one at a time from the seq they assign to their commit. The lock
// is released after the commit is visible, so no reader ever sees seq N+1 before N. The
// isolation level is READ COMMITTED, set for the session: each statement after the lock
// sees what the previous writer committed (under REPEATABLE READ the snapshot would be
// taken by the lock statement, before the wait, and max(seq) would be stale).
//
// Between instances: a write transaction that inserted a row into `change` runs
// `SELECT pg_notify('sitrep_changes', '')` just before its COMMIT. NOTIFY is transactional
// (delivered only if and when the transaction commits, never for a rollback) and
// PostgreSQL folds duplicates within one transaction, so every commit that stored changes
// wakes each listening server process once (PostgresChangeListener), this one included.
// The store says when a transaction stored changes (ServerDb::changesRecorded, right after
// the change-feed insert).
//
// A QSqlDatabase is meant to be used by the thread that opened it; ServerStore uses this
// connection from whichever thread holds its mutex, one at a time, which libpq allows and
// the driver does without thread-bound state (no notifications are subscribed here: the
// LISTEN runs on a connection of its own, on a thread with an event loop).
class PostgresServerDb final : public ServerDb
{
public:
    // The advisory lock key of writers and of schema migration ("sitrep" in ASCII).
    static constexpr qint64 WriterLock = 0x7369'7472'6570;
    // The channel notified by every commit that stored changes (see above).
    static constexpr char ChangesChannel[] = "sitrep_changes";
    // Presence between server instances (LiveHub::relayPresence): payloads, never stored.
    static constexpr char PresenceChannel[] = "sitrep_presence";

    // Connects, checks and migrates (in one transaction, under the writer lock, so two
    // servers starting at once are safe). nullptr with a sentence a person can act on in
    // *error: the server cannot be reached, the database does not exist, the password is
    // wrong, the database belongs to something else or to a newer sitrep-server.
    static std::unique_ptr<PostgresServerDb> open(const PostgresUrl &url, QString *error);

    ~PostgresServerDb() override;

    Engine engine() const override { return Engine::Postgres; }
    QString location() const override { return m_url.toDisplayString(); }
    Statement prepare(const char *sql) override;
    bool exec(const QString &sql) override;
    bool begin() override;
    bool commit() override;
    void rollback() override;
    bool savepoint(const char *name) override;
    bool release(const char *name) override;
    bool rollbackTo(const char *name) override;
    void changesRecorded() override { m_changesWritten = true; }
    int changes() const override { return m_changes; }
    QString lastError() const override { return m_lastError; }

    // A second connection to the same database, with its own name, for the LISTEN of
    // PostgresChangeListener, which must not share the store's connection. Not open (with
    // *error) when it cannot connect.
    static QSqlDatabase connect(const PostgresUrl &url, const QString &connectionName, QString *error);

    // `?N` placeholders (1-based, repeatable) as `?` for QtSql plus, for each `?` in
    // order, the parameter index it stands for. Quoted text is left alone.
    struct Placeholders {
        QString sql;
        QList<int> parameters;
    };
    static Placeholders positional(const char *sql);

private:
    class PgStatement;
    explicit PostgresServerDb(const PostgresUrl &url);
    bool migrate(QString *error);
    bool prepareSession(QString *error);
    void reconnectIfLost();
    void recordError(const QSqlError &error);

    PostgresUrl m_url;
    QString m_connectionName;
    QSqlDatabase m_database;
    std::unordered_map<const char *, std::unique_ptr<PgStatement>> m_statements;
    QString m_lastError;
    int m_changes = 0;
    // PostgreSQL refuses every statement after an error until ROLLBACK (TO SAVEPOINT), and a
    // COMMIT then silently rolls back: remembered here so commit() reports the failure.
    bool m_failedInTransaction = false;
    bool m_inTransaction = false;
    // The open transaction inserted into `change`: commit() notifies ChangesChannel first.
    bool m_changesWritten = false;
    // A statement failed: the connection may be gone (PostgreSQL restarted, the backend was
    // terminated). Checked, and reconnected, before the next statement outside a transaction.
    bool m_maybeLost = false;
    // Statements of a lost connection: kept, not destroyed, because a store call that was
    // running when the connection went may still hold one. Grows by one set per reconnect.
    std::vector<std::unique_ptr<PgStatement>> m_retired;
};

} // namespace Sitrep::Server
