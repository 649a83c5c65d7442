#include "Sqlite.h"

#include "LogCategories.h"
#include "SearchRank.h"
#include "model/Ids.h"

#include <sqlite3.h>

#include <chrono>
#include <thread>

namespace Sitrep {

Statement::Statement(SqliteDb *db, sqlite3_stmt *stmt)
    : m_db(db)
    , m_stmt(stmt)
{
}

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_failed(other.m_failed)
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        reset();
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_failed = other.m_failed;
    }
    return *this;
}

Statement::~Statement()
{
    reset();
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

Statement &Statement::bind(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (m_stmt)
        sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (!m_stmt)
        return *this;
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &value)
{
    if (m_stmt)
        sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindUtf8(int index, const QByteArray &utf8)
{
    if (m_stmt)
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const QUuid &value)
{
    if (!m_stmt)
        return *this;
    if (value.isNull())
        return bindNull(index);
    uchar bytes[16];
    idToBytes(value, bytes);
    sqlite3_bind_blob(m_stmt, index, bytes, 16, SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::next()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_failed = true;
        m_db->recordError();
    }
    return false;
}

bool Statement::exec()
{
    if (!m_stmt)
        return false;
    m_failed = false;
    while (next()) {
    }
    const bool ok = !m_failed;
    reset();
    return ok;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    return QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, column));
}

QUuid Statement::uuid(int column) const
{
    if (sqlite3_column_bytes(m_stmt, column) != 16)
        return {};
    return idFromBytes(static_cast<const uchar *>(sqlite3_column_blob(m_stmt, column)));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

SqliteDb::~SqliteDb()
{
    close();
}

bool SqliteDb::open(const QString &path, Mode mode)
{
    close();
    const int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY
                                             : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        m_lastError = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
        m_lastErrorCode = rc;
        close();
        return false;
    }
    m_path = path;
    sqlite3_extended_result_codes(m_db, 1);
    // Another connection (the store's maintenance thread, a second console on the
    // profile, sitrepctl) may hold the write lock for a moment: wait for it rather than
    // failing a user's command.
    sqlite3_busy_handler(m_db, &SqliteDb::waitWhileBusy, this);
    if (!installSearchRank(m_db))
        qCWarning(lcStore) << "full-text ranking unavailable on" << path << "(FTS5 refused sitrep_rank)";
    return true;
}

int SqliteDb::waitWhileBusy(void *db, int attempt)
{
    if (!static_cast<SqliteDb *>(db)->m_waitForLocks)
        return 0;
    // SQLite's own busy timeout sleeps 1, 2, 5, 10, 15 ms… between attempts: a lock held for
    // 3 ms cost the UI thread 8, one held for 11 ms cost 18. Short even steps keep the
    // wait close to the holder's time, up to BusyTimeoutMs in all.
    constexpr int StepUs = 250;
    if (attempt * StepUs >= BusyTimeoutMs * 1000)
        return 0;
    std::this_thread::sleep_for(std::chrono::microseconds(StepUs));
    return 1;
}

void SqliteDb::close()
{
    for (sqlite3_stmt *stmt : std::as_const(m_cache))
        sqlite3_finalize(stmt);
    m_cache.clear();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

bool SqliteDb::exec(const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        m_lastError = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
        m_lastErrorCode = rc;
        sqlite3_free(message);
        return false;
    }
    return true;
}

Statement SqliteDb::prepare(const char *sql)
{
    // Keyed by the literal's address: every call site passes a string literal.
    sqlite3_stmt *&cached = m_cache[sql];
    if (!cached) {
        if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &cached, nullptr) != SQLITE_OK) {
            recordError();
            qCWarning(lcStore) << "prepare failed:" << m_lastError << sql;
            cached = nullptr;
            m_cache.remove(sql);
            return {};
        }
    }
    return Statement(this, cached);
}

bool SqliteDb::releaseHeldLock(LockWait wait)
{
    return !m_beforeWrite || inTransaction() || m_beforeWrite(wait);
}

bool SqliteDb::begin(LockWait wait)
{
    if (!releaseHeldLock(wait)) { // DontWait, and a burst is still being written
        m_lastErrorCode = SQLITE_BUSY;
        m_lastError = QStringLiteral("the live stream's writer holds the write lock");
        return false;
    }
    m_waitForLocks = wait == LockWait::Wait;
    const bool began = exec(QStringLiteral("BEGIN IMMEDIATE"));
    m_waitForLocks = true;
    return began;
}

bool SqliteDb::lockWasBusy() const
{
    return (m_lastErrorCode & 0xff) == SQLITE_BUSY;
}

bool SqliteDb::commit()
{
    return exec(QStringLiteral("COMMIT"));
}

void SqliteDb::rollback()
{
    if (inTransaction())
        exec(QStringLiteral("ROLLBACK"));
}

bool SqliteDb::inTransaction() const
{
    return m_db && !sqlite3_get_autocommit(m_db);
}

qint64 SqliteDb::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteDb::changes() const
{
    return sqlite3_changes(m_db);
}

QString SqliteDb::lastError() const
{
    return m_lastError;
}

int SqliteDb::lastErrorCode() const
{
    return m_lastErrorCode;
}

void SqliteDb::recordError()
{
    m_lastErrorCode = sqlite3_extended_errcode(m_db);
    m_lastError = QString::fromUtf8(sqlite3_errmsg(m_db));
}

int SqliteDb::writeChangesToLog()
{
    const int rc = sqlite3_db_cacheflush(m_db);
    if (rc != SQLITE_OK) {
        // sqlite3_db_cacheflush sets no error of the connection's: the code says it.
        m_lastErrorCode = rc;
        m_lastError = QString::fromUtf8(sqlite3_errstr(rc));
    }
    return rc;
}

RelaxedDurability::RelaxedDurability(SqliteDb &db)
    : m_db(db)
{
    m_db.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
}

RelaxedDurability::~RelaxedDurability()
{
    m_db.exec(QStringLiteral("PRAGMA synchronous=FULL"));
}

ReadSnapshot::ReadSnapshot(SqliteDb &db)
    : m_db(db)
    , m_active(!db.inTransaction() && db.prepare("BEGIN").exec())
{
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_active)
        m_db.prepare("COMMIT").exec();
}

Transaction::Transaction(SqliteDb &db, LockWait wait)
    : m_db(db)
    , m_active(db.begin(wait))
{
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (!m_db.commit()) {
        m_db.rollback();
        return false;
    }
    return true;
}

} // namespace Sitrep
