#pragma once

#include <QString>

namespace Sitrep {
class SqliteDb;
}

namespace Sitrep::Server {

// One accepted mutation: who, from where, what, on what.
struct AuditEvent {
    QString actor;   // account name, or "admin" for the command line
    QString address; // client address, or "local" for the command line
    QString action;  // op type ("entry.add") or admin action ("user.add")
    QString subject; // incident id, or the account name
    QString detail;  // op id, new role, …
};

// The append-only audit log. Each row carries the SHA-256 of the previous row's hash and
// its own fields, so editing or deleting a row breaks the chain at that row; `audit
// verify` recomputes it. (Removing rows from the end cannot be seen from the chain
// alone; an external copy of the last hash, e.g. in the logs, covers that.)
class AuditLog
{
public:
    // Appends inside the caller's transaction, so an audit row exists exactly when the
    // mutation it describes does.
    static bool append(SqliteDb &db, const AuditEvent &event, qint64 atMsecs);

    struct Verification {
        bool ok = false;
        qint64 entries = 0;
        qint64 brokenAt = 0; // the first row whose hash or link is wrong
        QString lastHash;
        QString error;
    };
    static Verification verify(SqliteDb &db);

private:
    static QString rowHash(const QString &previous, qint64 seq, qint64 at, const AuditEvent &event);
};

} // namespace Sitrep::Server
