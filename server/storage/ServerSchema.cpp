#include "ServerSchema.h"

#include "store/Migrations.h"
#include "store/Sqlite.h"

#include <QRegularExpression>

namespace Sitrep::Server::ServerSchema {

namespace {

// Portable on purpose (postgresStatements maps it for PostgreSQL): plain types, times as INTEGER
// milliseconds since the epoch (UTC), ids as 16-byte blobs (bytea there), enums by their
// wire name so the data reads the same from any tool. Documents (the incident, tracks,
// participants) are the model's JSON: the REST reads return them without re-assembly.
const char *const Version1 = R"sql(
CREATE TABLE account (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
);
-- Only the SHA-256 of a token is kept (server/auth/Tokens.h).
CREATE TABLE auth_session (
    token_hash TEXT PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account(id),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    revoked_at INTEGER
);
CREATE INDEX auth_session_by_expiry ON auth_session(expires_at);
-- The change feed: one row per applied op, seq from one strictly increasing sequence
-- (AUTOINCREMENT: a seq is never reused, even after the newest row is gone).
CREATE TABLE change (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id BLOB NOT NULL UNIQUE,
    incident_id BLOB NOT NULL,
    type TEXT NOT NULL,
    actor TEXT NOT NULL,
    applied_at INTEGER NOT NULL,
    op TEXT NOT NULL
);
CREATE INDEX change_by_incident ON change(incident_id, seq);
CREATE TABLE incident (
    id BLOB PRIMARY KEY,
    title TEXT NOT NULL,
    severity TEXT NOT NULL,
    status TEXT NOT NULL,
    restricted INTEGER NOT NULL DEFAULT 0,
    declared_at INTEGER NOT NULL,
    created_by INTEGER NOT NULL REFERENCES account(id),
    updated_seq INTEGER NOT NULL,
    document TEXT NOT NULL
);
CREATE INDEX incident_by_declared ON incident(declared_at);
-- Field-level merge losses (docs/SYNC.md): values are JSON text.
CREATE TABLE conflict (
    id INTEGER PRIMARY KEY,
    incident_id BLOB NOT NULL REFERENCES incident(id),
    field TEXT NOT NULL,
    losing_value TEXT NOT NULL,
    winning_value TEXT NOT NULL,
    seq INTEGER NOT NULL REFERENCES change(seq)
);
CREATE INDEX conflict_by_incident ON conflict(incident_id, seq);
CREATE TABLE timeline_entry (
    id BLOB PRIMARY KEY,
    incident_id BLOB NOT NULL REFERENCES incident(id),
    kind TEXT NOT NULL,
    body TEXT NOT NULL,
    author BLOB,
    occurred_at INTEGER NOT NULL,
    recorded_at INTEGER NOT NULL,
    track_id BLOB,
    pinned INTEGER NOT NULL DEFAULT 0,
    revision INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX timeline_by_incident ON timeline_entry(incident_id, occurred_at, id);
-- Every revision, the first included: the timeline is append-only.
CREATE TABLE entry_revision (
    entry_id BLOB NOT NULL REFERENCES timeline_entry(id),
    revision INTEGER NOT NULL,
    kind TEXT NOT NULL,
    body TEXT NOT NULL,
    recorded_at INTEGER NOT NULL,
    seq INTEGER NOT NULL REFERENCES change(seq),
    PRIMARY KEY (entry_id, revision)
);
CREATE TABLE role_assignment (
    id BLOB PRIMARY KEY,
    incident_id BLOB NOT NULL REFERENCES incident(id),
    role TEXT NOT NULL,
    person_id BLOB NOT NULL,
    rank TEXT NOT NULL,
    assigned_at INTEGER NOT NULL,
    relieved_at INTEGER
);
CREATE INDEX role_by_incident ON role_assignment(incident_id, role, rank);
CREATE TABLE track (
    id BLOB PRIMARY KEY,
    incident_id BLOB NOT NULL REFERENCES incident(id),
    document TEXT NOT NULL
);
CREATE TABLE participant (
    id BLOB PRIMARY KEY,
    incident_id BLOB NOT NULL REFERENCES incident(id),
    document TEXT NOT NULL
);
)sql";

// The audit log (AuditLog.h): append-only, hash-chained.
const char *const Version2 = R"sql(
CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    address TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    detail TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
)sql";

// Accounts linked to directory people (Account::personId): an account is a member of the
// incidents whose current role assignments name its person. Accounts made before version 3
// have none until an admin links one (`user set-person`).
const char *const Version3 = R"sql(
ALTER TABLE account ADD COLUMN person_id BLOB;
CREATE INDEX role_by_person ON role_assignment(person_id, incident_id);
)sql";

// The change feed reads conflicts by seq, one query per page (ServerStoreQueries.cpp).
const char *const Version4 = R"sql(
CREATE INDEX conflict_by_seq ON conflict(seq);
)sql";

// The organisation (teams, people, services) consoles show names from: one document,
// replaced whole by `directory import` and by the demo seed.
const char *const Version5 = R"sql(
CREATE TABLE directory (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    document TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);
)sql";

const char *const Steps[] = {Version1, Version2, Version3, Version4, Version5};
static_assert(sizeof(Steps) / sizeof(Steps[0]) == CurrentVersion);

} // namespace

MigrationResult migrate(SqliteDb &db, int targetVersion)
{
    return Migrations::migrate(db, Steps, targetVersion, "server database");
}

QStringList postgresStatements(int version)
{
    if (version < 1 || version > CurrentVersion)
        return {};
    // SQLite's INTEGER is 64-bit, PostgreSQL's 32: every integer (times in ms, seqs, ids)
    // becomes BIGINT. change.seq is assigned explicitly (max + 1 under the writer lock,
    // ServerStore::applyChecked) on both engines, so it needs no generator there; other
    // integer keys (account, conflict) become identity columns, as a rowid is in SQLite.
    static const struct {
        QRegularExpression sqlite;
        QString postgres;
    } Mapping[] = {
        {QRegularExpression(QStringLiteral("\\bINTEGER PRIMARY KEY AUTOINCREMENT\\b")), QStringLiteral("BIGINT PRIMARY KEY")},
        {QRegularExpression(QStringLiteral("\\bINTEGER PRIMARY KEY\\b")),
         QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")},
        {QRegularExpression(QStringLiteral("\\bINTEGER\\b")), QStringLiteral("BIGINT")},
        {QRegularExpression(QStringLiteral("\\bBLOB\\b")), QStringLiteral("BYTEA")},
    };
    QString ddl = QString::fromUtf8(Steps[version - 1]);
    for (const auto &[sqlite, postgres] : Mapping)
        ddl.replace(sqlite, postgres);
    // One statement per entry (QtSql runs one at a time); a line ending in ';' ends one.
    QStringList statements;
    for (const QString &statement : ddl.split(QStringLiteral(";\n"))) {
        QString code;
        for (const QString &line : statement.split(QLatin1Char('\n'))) {
            if (!line.trimmed().startsWith(QLatin1String("--")))
                code += line + QLatin1Char('\n');
        }
        if (!code.trimmed().isEmpty())
            statements.append(code.trimmed());
    }
    return statements;
}

} // namespace Sitrep::Server::ServerSchema
