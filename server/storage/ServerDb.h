#pragma once

// The seam between ServerStore and a database engine: SQLite (SqliteServerDb, on the raw
// C API of core/store/Sqlite.h) or PostgreSQL (PostgresServerDb, on QtSql's QPSQL).
// ServerStore writes one set of SQL for both: `?N` placeholders (1-based, may repeat),
// ON CONFLICT … DO NOTHING/UPDATE, RETURNING, ids as 16-byte blobs (BYTEA on PostgreSQL),
// times as int64 milliseconds. What differs between the engines (DDL types, schema
// versioning, the writer lock) stays inside the two backends and ServerSchema.
//
// The names Statement and Transaction deliberately match core's SQLite wrapper: inside
// Sitrep::Server they hide Sitrep::Statement / Sitrep::Transaction, so the store's code
// reads the same whichever engine is behind it.

#include <QByteArray>
#include <QString>
#include <QUuid>

namespace Sitrep::Server {

// One prepared statement of a backend, cached by the backend per SQL literal and reused.
// ServerStore never sees this type; it holds a Statement.
class StatementBackend
{
public:
    virtual ~StatementBackend() = default;

    virtual void bindInt64(int index, qint64 value) = 0;
    virtual void bindDouble(int index, double value) = 0;
    virtual void bindText(int index, const QString &value) = 0;
    virtual void bindUtf8(int index, const QByteArray &utf8) = 0;
    virtual void bindBlob(int index, const QByteArray &value) = 0;
    virtual void bindId(int index, const QUuid &value) = 0; // non-null: 16-byte blob
    virtual void bindNull(int index) = 0;

    virtual bool next() = 0;
    virtual bool exec() = 0;
    virtual void reset() = 0; // also clears the bindings

    virtual qint64 int64(int column) const = 0;
    virtual double real(int column) const = 0;
    virtual QString text(int column) const = 0;
    virtual QByteArray blob(int column) const = 0;
    virtual QUuid id(int column) const = 0; // null unless the column holds 16 bytes
    virtual bool isNull(int column) const = 0;
};

// A handle to a cached prepared statement, reset when it goes out of scope (the same
// contract as core's Sitrep::Statement). Invalid when preparing failed: then binds do
// nothing and next()/exec() return false. Like the SQLite cache, one SQL literal has one
// statement per connection: do not keep two handles of the same SQL alive at once.
class Statement
{
public:
    Statement() = default;
    explicit Statement(StatementBackend *backend)
        : m_backend(backend)
    { }
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement() { reset(); }

    bool isValid() const { return m_backend != nullptr; }

    // Bind by 1-based index, as `?N` in the SQL. A null id binds NULL; a null QString binds
    // '' (bindNull for SQL NULL), as in core's wrapper.
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &value); // blob
    Statement &bindUtf8(int index, const QByteArray &utf8); // text already in UTF-8
    Statement &bind(int index, const QUuid &value);
    Statement &bindNull(int index);

    bool next(); // true while a row is available
    bool exec(); // runs to completion and resets; false on error (ServerDb::lastError)
    void reset();

    qint64 int64(int column) const { return m_backend ? m_backend->int64(column) : 0; }
    int integer(int column) const { return int(int64(column)); }
    double real(int column) const { return m_backend ? m_backend->real(column) : 0.0; }
    QString text(int column) const { return m_backend ? m_backend->text(column) : QString(); }
    QByteArray blob(int column) const { return m_backend ? m_backend->blob(column) : QByteArray(); }
    QUuid uuid(int column) const { return m_backend ? m_backend->id(column) : QUuid(); }
    bool isNull(int column) const { return !m_backend || m_backend->isNull(column); }

private:
    StatementBackend *m_backend = nullptr; // owned by the backend's cache
};

// One connection to the server's database. Not thread-safe: ServerStore serialises use
// with its mutex.
class ServerDb
{
public:
    enum class Engine { Sqlite, Postgres };

    virtual ~ServerDb() = default;

    virtual Engine engine() const = 0;
    // Where the data is, for messages: a file path, or a postgresql:// URL without password.
    virtual QString location() const = 0;

    // A cached statement for a SQL literal (keyed by its address, as core's cache is).
    virtual Statement prepare(const char *sql) = 0;
    // One statement without parameters or results.
    virtual bool exec(const QString &sql) = 0;

    // A write transaction. Writers are serialised from here to commit on both engines, so
    // seqs (and audit rows) assigned inside commit in the order they were assigned: SQLite
    // by BEGIN IMMEDIATE, PostgreSQL by a transaction-level advisory lock (docs/SYNC.md).
    virtual bool begin() = 0;
    virtual bool commit() = 0;
    virtual void rollback() = 0;

    virtual bool savepoint(const char *name) = 0;
    virtual bool release(const char *name) = 0;
    virtual bool rollbackTo(const char *name) = 0; // and release it

    // The open transaction stored change-feed rows. PostgreSQL notifies the other server
    // instances when it commits (PostgresServerDb); a SQLite file has no one else to tell.
    virtual void changesRecorded() { }

    // Rows changed by the last INSERT/UPDATE/DELETE.
    virtual int changes() const = 0;
    virtual QString lastError() const = 0;
};

// A transaction that rolls back unless committed: every write uses one.
class Transaction
{
public:
    explicit Transaction(ServerDb &db)
        : m_db(db)
        , m_active(db.begin())
    { }
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    ServerDb &m_db;
    bool m_active = false;
};

} // namespace Sitrep::Server
