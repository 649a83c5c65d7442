#include "PostgresServerDb.h"

#include "ServerSchema.h"
#include "StorageLog.h"
#include "model/Ids.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

namespace Sitrep::Server {

namespace {

QString connectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("sitrep-server-pg-%1").arg(++counter);
}

QString errorText(const QSqlError &error)
{
    const QString database = error.databaseText().trimmed();
    return database.isEmpty() ? error.text().trimmed() : database;
}

// What to do about a failed connection, in the words of the failure.
QString connectionHint(const PostgresUrl &url, const QString &error)
{
    if (error.contains(QLatin1String("does not exist")) && error.contains(QLatin1String("database")))
        return QStringLiteral("Create the database first (e.g. createdb -h %1 -p %2%3 %4) or pass another --db.")
            .arg(url.host)
            .arg(url.port)
            .arg(url.user.isEmpty() ? QString() : QString(QStringLiteral(" -U ") + url.user), url.database);
    if (error.contains(QLatin1String("password")))
        return QStringLiteral("Check the user and its password (give it in PGPASSWORD or ~/.pgpass).");
    if (error.contains(QLatin1String("pg_hba.conf")))
        return QStringLiteral("The server refuses this user or address: allow it in pg_hba.conf.");
    return QStringLiteral("Check that PostgreSQL runs at %1:%2 and accepts TCP connections from this machine "
                          "(listen_addresses, pg_hba.conf).")
        .arg(url.host)
        .arg(url.port);
}

} // namespace

// One QSqlQuery prepared once (QPSQL keeps it as a server-side prepared statement) and
// executed with the values bound since the last reset.
class PostgresServerDb::PgStatement final : public StatementBackend
{
public:
    PgStatement(PostgresServerDb &db, QSqlQuery query, QList<int> parameters)
        : m_db(db)
        , m_query(std::move(query))
        , m_parameters(std::move(parameters))
    { }

    void bindInt64(int index, qint64 value) override { set(index, QVariant::fromValue<qlonglong>(value)); }
    void bindDouble(int index, double value) override { set(index, value); }
    // QtSql binds a null QString as NULL; core's wrapper binds '' (ServerDb.h): keep that.
    void bindText(int index, const QString &value) override
    {
        set(index, value.isNull() ? QStringLiteral("") : value);
    }
    void bindUtf8(int index, const QByteArray &utf8) override { bindText(index, QString::fromUtf8(utf8)); }
    void bindBlob(int index, const QByteArray &value) override
    {
        set(index, value.isNull() ? QByteArray("") : value);
    }
    void bindId(int index, const QUuid &value) override
    {
        uchar bytes[16];
        idToBytes(value, bytes);
        set(index, QByteArray(reinterpret_cast<const char *>(bytes), 16));
    }
    void bindNull(int index) override { set(index, QVariant()); }

    bool next() override
    {
        if (!m_executed) {
            m_executed = true;
            m_ok = run();
        }
        return m_ok && m_query.next();
    }

    bool exec() override
    {
        const bool ok = run();
        m_executed = true;
        reset();
        return ok;
    }

    void reset() override
    {
        if (m_executed)
            m_query.finish();
        m_executed = false;
        m_ok = false;
        m_values.fill(QVariant());
    }

    qint64 int64(int column) const override { return m_query.value(column).toLongLong(); }
    double real(int column) const override { return m_query.value(column).toDouble(); }
    QString text(int column) const override { return m_query.value(column).toString(); }
    QByteArray blob(int column) const override { return m_query.value(column).toByteArray(); }
    QUuid id(int column) const override
    {
        const QByteArray bytes = blob(column);
        return bytes.size() == 16 ? idFromBytes(reinterpret_cast<const uchar *>(bytes.constData())) : QUuid();
    }
    bool isNull(int column) const override { return m_query.isNull(column); }

private:
    void set(int index, const QVariant &value)
    {
        if (index < 1)
            return;
        if (m_values.size() < index)
            m_values.resize(index);
        m_values[index - 1] = value;
    }

    bool run()
    {
        for (qsizetype i = 0; i < m_parameters.size(); ++i)
            m_query.bindValue(int(i), m_values.value(m_parameters.at(i) - 1));
        if (!m_query.exec()) {
            m_db.recordError(m_query.lastError());
            return false;
        }
        m_db.m_changes = m_query.numRowsAffected();
        return true;
    }

    PostgresServerDb &m_db;
    QSqlQuery m_query;
    QList<int> m_parameters;
    QList<QVariant> m_values;
    bool m_executed = false;
    bool m_ok = false;
};

PostgresServerDb::PostgresServerDb(const PostgresUrl &url)
    : m_url(url)
{ }

PostgresServerDb::~PostgresServerDb()
{
    // Queries first, then the connection, then its registration (QtSql warns otherwise).
    m_statements.clear();
    if (m_database.isValid())
        m_database.close();
    m_database = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase PostgresServerDb::connect(const PostgresUrl &url, const QString &name, QString *error)
{
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!database.isValid()) {
        *error = QStringLiteral("Qt's PostgreSQL driver (QPSQL) is not installed: install libqt6sql6-psql.");
        return database;
    }
    database.setHostName(url.host);
    database.setPort(url.port);
    database.setUserName(url.user);
    database.setPassword(url.password); // empty: libpq reads PGPASSWORD and ~/.pgpass
    database.setDatabaseName(url.database);
    database.setConnectOptions((QStringList{QStringLiteral("connect_timeout=10"),
                                            QStringLiteral("application_name=sitrep-server")}
                                + url.options)
                                   .join(QLatin1Char(';')));
    if (!database.open()) {
        // libpq's message spans lines and may end in a question: one sentence, then the hint.
        QString problem = errorText(database.lastError()).simplified();
        if (!problem.endsWith(QLatin1Char('.')) && !problem.endsWith(QLatin1Char('?')))
            problem += QLatin1Char('.');
        *error = QStringLiteral("Cannot connect to the PostgreSQL database %1: %2 %3")
                     .arg(url.toDisplayString(), problem, connectionHint(url, problem));
    }
    return database;
}

std::unique_ptr<PostgresServerDb> PostgresServerDb::open(const PostgresUrl &url, QString *error)
{
    std::unique_ptr<PostgresServerDb> db(new PostgresServerDb(url));
    db->m_connectionName = connectionName();
    db->m_database = connect(url, db->m_connectionName, error);
    if (!db->m_database.isOpen())
        return nullptr;
    if (!db->prepareSession(error) || !db->migrate(error))
        return nullptr;
    return db;
}

// READ COMMITTED is what the writer lock relies on (see the class comment), whatever the
// server's default; synchronous_commit=on makes a commit durable before the op is
// acknowledged (no acknowledged write is ever lost). Per session: again after a reconnect.
bool PostgresServerDb::prepareSession(QString *error)
{
    for (const char *setting : {"SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ COMMITTED",
                                "SET synchronous_commit = on", "SET client_min_messages = warning"}) {
        if (!exec(QLatin1String(setting))) {
            *error = QStringLiteral("Cannot prepare the PostgreSQL database %1: %2").arg(m_url.toDisplayString(), m_lastError);
            return false;
        }
    }
    return true;
}

// After PostgreSQL restarts (or the backend is terminated) every statement on the old
// connection fails. Only between transactions, so nothing half-done is replayed: the write
// that met the dead connection was answered "unavailable" and its client retries it.
void PostgresServerDb::reconnectIfLost()
{
    if (!m_maybeLost || m_inTransaction)
        return;
    m_maybeLost = false;
    QSqlQuery probe(m_database);
    if (probe.exec(QStringLiteral("SELECT 1")))
        return;
    qCWarning(lcServerStore) << "lost the connection to" << m_url.toDisplayString() << "("
                             << errorText(probe.lastError()).simplified() << "); reconnecting";
    for (auto &entry : m_statements)
        m_retired.push_back(std::move(entry.second));
    m_statements.clear();
    m_database.close();
    QString error;
    if (!m_database.open()) {
        m_lastError = errorText(m_database.lastError()).simplified();
        m_maybeLost = true; // again before the next statement
        qCWarning(lcServerStore) << "cannot reconnect to" << m_url.toDisplayString() << ":" << m_lastError;
        return;
    }
    if (!prepareSession(&error)) {
        m_maybeLost = true;
        qCWarning(lcServerStore) << error;
        return;
    }
    qCInfo(lcServerStore) << "reconnected to" << m_url.toDisplayString();
}

// All versions in one transaction under the writer lock: two servers starting on a new
// database at once create the schema once (the second sees the first's version), and a
// failed upgrade leaves the database as it was. The version lives in schema_version.
bool PostgresServerDb::migrate(QString *error)
{
    const QString where = m_url.toDisplayString();
    const auto failed = [&](const QString &what) {
        *error = QStringLiteral("Cannot upgrade the PostgreSQL database %1 (%2): %3. It was left as it was before "
                                "the upgrade.")
                     .arg(where, what, m_lastError);
        return false;
    };
    Transaction transaction(*this);
    if (!transaction.isActive())
        return failed(QStringLiteral("starting"));
    int version = 0;
    Statement known = prepare("SELECT to_regclass('schema_version') IS NOT NULL");
    if (!known.next())
        return failed(QStringLiteral("reading its version"));
    const bool versioned = known.int64(0) != 0;
    known.reset();
    if (versioned) {
        Statement current = prepare("SELECT version FROM schema_version");
        if (!current.next())
            return failed(QStringLiteral("reading its version"));
        version = current.integer(0);
    } else {
        Statement tables = prepare(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()");
        if (!tables.next())
            return failed(QStringLiteral("listing its tables"));
        if (tables.int64(0) > 0) {
            *error = QStringLiteral("The PostgreSQL database %1 has tables but is not a sitrep-server database. It was "
                                    "left untouched: pass another --db (an empty database).")
                         .arg(where);
            return false;
        }
    }
    if (version > ServerSchema::CurrentVersion) {
        *error = QStringLiteral("The PostgreSQL database %1 was written by a newer sitrep-server (schema %2; this "
                                "version understands up to %3). It was left untouched: update sitrep-server.")
                     .arg(where)
                     .arg(version)
                     .arg(ServerSchema::CurrentVersion);
        return false;
    }
    if (version == ServerSchema::CurrentVersion)
        return transaction.commit() || failed(QStringLiteral("committing"));
    if (!versioned
        && (!exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"))
            || !exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (0)"))))
        return failed(QStringLiteral("creating schema_version"));
    for (int next = version + 1; next <= ServerSchema::CurrentVersion; ++next) {
        for (const QString &statement : ServerSchema::postgresStatements(next)) {
            if (!exec(statement))
                return failed(QStringLiteral("schema %1").arg(next));
        }
    }
    if (!exec(QStringLiteral("UPDATE schema_version SET version = %1").arg(ServerSchema::CurrentVersion))
        || !transaction.commit())
        return failed(QStringLiteral("committing"));
    qCInfo(lcServerStore) << "migrated" << where << "from schema" << version << "to" << ServerSchema::CurrentVersion;
    return true;
}

PostgresServerDb::Placeholders PostgresServerDb::positional(const char *sql)
{
    Placeholders result;
    const QString text = QString::fromUtf8(sql);
    result.sql.reserve(text.size());
    int sequential = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        if (quoted || c != QLatin1Char('?')) {
            result.sql.append(c);
            continue;
        }
        qsizetype end = i + 1;
        while (end < text.size() && text.at(end).isDigit())
            ++end;
        const int index = end > i + 1 ? text.mid(i + 1, end - i - 1).toInt() : ++sequential;
        result.sql.append(QLatin1Char('?'));
        result.parameters.append(index);
        i = end - 1;
    }
    return result;
}

Statement PostgresServerDb::prepare(const char *sql)
{
    reconnectIfLost();
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        const Placeholders placeholders = positional(sql);
        QSqlQuery query(m_database);
        if (!query.prepare(placeholders.sql)) {
            recordError(query.lastError());
            qCWarning(lcServerStore) << "prepare failed:" << m_lastError << sql;
            return {};
        }
        found = m_statements.emplace(sql, std::make_unique<PgStatement>(*this, std::move(query), placeholders.parameters))
                    .first;
    }
    return Statement(found->second.get());
}

bool PostgresServerDb::exec(const QString &sql)
{
    QSqlQuery query(m_database);
    if (!query.exec(sql)) {
        recordError(query.lastError());
        return false;
    }
    m_changes = query.numRowsAffected();
    return true;
}

bool PostgresServerDb::begin()
{
    reconnectIfLost();
    m_failedInTransaction = false;
    m_changesWritten = false;
    if (!exec(QStringLiteral("BEGIN")))
        return false;
    m_inTransaction = true;
    // The writer lock (class comment): held until COMMIT or ROLLBACK.
    if (!exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(WriterLock))) {
        rollback();
        return false;
    }
    return true;
}

bool PostgresServerDb::commit()
{
    if (m_failedInTransaction) {
        const QString error = m_lastError;
        rollback();
        m_lastError = QStringLiteral("the transaction was rolled back after an error: ") + error;
        return false;
    }
    // Inside the transaction, so it is delivered at COMMIT and only then (class comment).
    // Should it fail, nothing is committed: a change other instances never hear of would
    // reach their streams only when a later commit wakes them.
    if (m_changesWritten
        && !exec(QStringLiteral("SELECT pg_notify('%1', '')").arg(QLatin1String(ChangesChannel)))) {
        const QString error = m_lastError;
        rollback();
        m_lastError = QStringLiteral("notifying the other server processes failed: ") + error;
        return false;
    }
    if (!exec(QStringLiteral("COMMIT")))
        return false; // still open: the caller rolls back
    m_inTransaction = false;
    m_changesWritten = false;
    return true;
}

void PostgresServerDb::rollback()
{
    if (!m_inTransaction)
        return;
    QSqlQuery query(m_database);
    query.exec(QStringLiteral("ROLLBACK"));
    m_inTransaction = false;
    m_failedInTransaction = false;
    m_changesWritten = false;
}

bool PostgresServerDb::savepoint(const char *name)
{
    return exec(QStringLiteral("SAVEPOINT ") + QLatin1String(name));
}

bool PostgresServerDb::release(const char *name)
{
    return exec(QStringLiteral("RELEASE SAVEPOINT ") + QLatin1String(name));
}

bool PostgresServerDb::rollbackTo(const char *name)
{
    // Undoes the error too: the transaction is usable again.
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + QLatin1String(name))) {
        recordError(query.lastError());
        return false;
    }
    m_failedInTransaction = false;
    return release(name);
}

void PostgresServerDb::recordError(const QSqlError &error)
{
    m_lastError = errorText(error).simplified(); // libpq adds CONTEXT lines: one line for logs
    m_failedInTransaction = true;
    m_maybeLost = true;
}

} // namespace Sitrep::Server
