#pragma once

#include <QString>

namespace Sitrep::Server {

class ServerDb;

// One accepted mutation: who, from where, what, on what.
struct AuditEvent {
    QString actor;   // account name, or the OS user of the command line (AuditActor)
    QString address; // client address, or "local" for the command line
    QString action;  // op type ("entry.add"), account action ("user.add") or session action ("session.create")
    QString subject; // incident id, or the account name
    QString detail;  // op id, new role, session reference, …
};

// Who makes an account change, and from where: a signed-in account and its client
// address, or a person at the server's command line.
struct AuditActor {
    QString name;
    QString address;

    // The OS user running the command ("admin-cli" if that cannot be told) at "local":
    // on a shared server the log then says which administrator it was.
    static AuditActor commandLine();
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
    static bool append(ServerDb &db, const AuditEvent &event, qint64 atMsecs);

    struct Verification {
        bool ok = false;
        qint64 entries = 0;
        qint64 brokenAt = 0; // the first row whose hash or link is wrong
        QString lastHash;
        QString error;
    };
    static Verification verify(ServerDb &db);

private:
    static QString rowHash(const QString &previous, qint64 seq, qint64 at, const AuditEvent &event);
};

} // namespace Sitrep::Server
