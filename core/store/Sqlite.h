#pragma once

#include "LockWait.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUuid>

#include <functional>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace Sitrep {

class SqliteDb;

// A prepared statement, reset on destruction so it can be cached and reused. The store
// talks to SQLite through its C API: QtSql costs about half the throughput (guide §7),
// which the batched-apply and single-command budgets cannot afford.
class Statement
{
public:
    Statement() = default;
    Statement(SqliteDb *db, sqlite3_stmt *stmt);
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    bool isValid() const { return m_stmt != nullptr; }

    // Bind by 1-based index. A null id binds NULL; a null QString binds '' (use bindNull
    // for SQL NULL), so NOT NULL text columns accept values from default-constructed fields.
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &value); // blob
    Statement &bindUtf8(int index, const QByteArray &utf8); // text already in UTF-8
    Statement &bind(int index, const QUuid &value);      // 16-byte blob, NULL when null
    Statement &bindNull(int index);

    // Steps once: true while a row is available.
    bool next();
    // Steps to completion; false on error (see SqliteDb::lastError()).
    bool exec();
    void reset();

    qint64 int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    QUuid uuid(int column) const;
    bool isNull(int column) const;

private:
    SqliteDb *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_failed = false;
};

// One connection to one SQLite file. Not thread-safe: one per thread.
class SqliteDb
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    SqliteDb() = default;
    ~SqliteDb();
    SqliteDb(const SqliteDb &) = delete;
    SqliteDb &operator=(const SqliteDb &) = delete;

    bool open(const QString &path, Mode mode);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    const QString &path() const { return m_path; }

    // Runs one or more statements without results (schema, pragmas).
    bool exec(const QString &sql);
    // A statement from the per-connection cache; it comes back reset and unbound.
    Statement prepare(const char *sql);

    // BEGIN IMMEDIATE: writers queue on the lock instead of failing late. With DontWait it
    // fails at once when another connection writes (lockWasBusy() tells).
    bool begin(LockWait wait = LockWait::Wait);
    // Runs when this connection begins a write (begin): a writer on another connection that
    // holds the lock until this thread lets it go (the live stream's bursts: StreamApplier
    // rolls its burst back and writes it again later) would otherwise wait for us while we
    // wait for it. The hook returns whether that writer no longer holds the lock; with
    // LockWait::DontWait it must not wait for a write in progress (begin then fails as busy).
    // Empty: nothing runs.
    void setBeforeWrite(std::function<bool(LockWait)> hook) { m_beforeWrite = std::move(hook); }
    bool hasBeforeWrite() const { return bool(m_beforeWrite); }
    bool commit();
    void rollback();
    bool inTransaction() const;
    // Writes the open transaction's changed pages to the write-ahead log now, uncommitted
    // (sqlite3_db_cacheflush), so that the commit writes little: its commit frame, pages
    // changed since, and what a virtual table such as FTS5 keeps in memory until then.
    // Readers do not see them until the commit; a rollback drops them. The SQLite result
    // code: SQLITE_BUSY leaves them to the commit; other errors (a full disk, an I/O error)
    // leave the transaction unable to commit (lastError() says why).
    int writeChangesToLog();

    qint64 lastInsertRowId() const;
    int changes() const;
    QString lastError() const;
    int lastErrorCode() const;
    bool lockWasBusy() const;

    sqlite3 *handle() const { return m_db; }

    // How long a statement waits for another connection's write lock before it fails.
    static constexpr int BusyTimeoutMs = LockWaitLimitMs;

private:
    friend class Statement;
    void recordError();
    static int waitWhileBusy(void *db, int attempt);

    sqlite3 *m_db = nullptr;
    QString m_path;
    QHash<const char *, sqlite3_stmt *> m_cache;
    // Runs the hook (outside a transaction only; true there and without a hook). A held
    // burst is uncommitted on its own connection, so nothing this connection read before
    // changes when it steps back.
    bool releaseHeldLock(LockWait wait);
    std::function<bool(LockWait)> m_beforeWrite;
    QString m_lastError;
    int m_lastErrorCode = 0;
    bool m_waitForLocks = true;
};

// For writes a power cut may lose without losing anything a person typed: the server's
// changes (they commit with the feed cursor, so a lost commit rolls the cursor back too and
// the next pull brings them again) and this console's read markers (a lost one shows some
// entries unread again). Commits without waiting for the disk (synchronous=NORMAL; in WAL
// mode still atomic and consistent, only not yet durable until the next FULL commit or
// checkpoint). The connection is FULL again when the guard ends. Waiting for fsync behind
// a checkpoint took 20-60 ms on the UI thread once a second under 2,000 live entries/s.
class RelaxedDurability
{
public:
    explicit RelaxedDurability(SqliteDb &db);
    ~RelaxedDurability();
    RelaxedDurability(const RelaxedDurability &) = delete;
    RelaxedDurability &operator=(const RelaxedDurability &) = delete;

private:
    SqliteDb &m_db;
};

// Several reads from one snapshot of the cache: one read transaction instead of one per
// statement. Outside a transaction every statement takes and releases the WAL read lock
// (fcntl calls, the WAL index checked): a burst of live entries looked up one by one paid
// that ~30 times (bench/README). Does nothing inside a transaction already open; nothing
// may write while it lasts (a write would fail to begin).
class ReadSnapshot
{
public:
    explicit ReadSnapshot(SqliteDb &db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    SqliteDb &m_db;
    bool m_active = false;
};

class Transaction
{
public:
    explicit Transaction(SqliteDb &db, LockWait wait = LockWait::Wait);
    ~Transaction();
    bool isActive() const { return m_active; }
    bool commit();

private:
    SqliteDb &m_db;
    bool m_active = false;
};

} // namespace Sitrep
