#pragma once

#include "AuditLog.h"
#include "PostgresUrl.h"
#include "auth/PasswordHasher.h"
#include "auth/Permissions.h"
#include "model/Change.h"
#include "model/Directory.h"
#include "model/Account.h"
#include "model/Op.h"
#include "rules/Clock.h"

#include <QJsonObject>
#include <QList>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace Sitrep {
struct IncidentStanding;
}

namespace Sitrep::Server {

struct CheckedOp;
class ServerDb;
class Statement;

// Where the server keeps its data: DIR/server.sqlite, or a PostgreSQL database when
// `postgres` is set (`--db postgresql://…`; the TLS identity stays in DIR either way).
struct StoreLocation {
    QString dataDir;
    std::optional<PostgresUrl> postgres;
};

// Errors are sentences a person (an admin at the command line, a client showing a
// rejection) can act on.
struct StoreResult {
    bool ok = false;
    QString error;
};

struct AddUserResult {
    std::optional<Account> account;
    QString error;
};

// A new session: the token is in plain text here and nowhere else, ever (only its hash
// is stored). An empty token means the session could not be stored.
struct Session {
    QByteArray token;
    QDateTime expiresAt;
};

// The answer for one op of POST /api/v1/ops: one type and one codec with the consoles,
// which decode it (core/model/Change.h).
using OpResult = Sitrep::OpResult;

struct ChangesPage {
    QList<QJsonObject> changes; // {"seq","opId","type","incidentId","actor","appliedAt","op","conflicts"?}
    qint64 cursor = 0;          // the last seq returned, or since when none
    bool more = false;
};

// A change as the live stream fans it out: the feed's JSON plus what the need-to-know
// check needs, so that one read serves every subscriber.
struct FanOutChange {
    QJsonObject change; // as in ChangesPage
    QUuid incidentId;
    bool restricted = false;
};

struct ConflictRecord {
    QUuid incidentId;
    QString field;
    QJsonValue losingValue;
    QJsonValue winningValue;
    qint64 seq = 0; // the change that won

    QJsonObject toJson() const;
};

// The team server's database: accounts, sessions, the op log / change feed and the
// projections REST reads use. All SQL lives behind this class, written once for both
// engines behind ServerDb: DIR/server.sqlite in WAL mode with synchronous=FULL, or a
// PostgreSQL database with synchronous_commit=on. Either way an acknowledged op survives a
// power cut.
//
// Thread-safe: one connection behind a mutex. Several instances (threads or processes)
// may share one file or database; the engine's writer lock (SQLite: BEGIN IMMEDIATE with a
// busy timeout; PostgreSQL: an advisory lock taken by every write transaction) serialises
// writers, so seqs are assigned and committed in order, and a reader can never see seq
// N+1 before N has committed. Argon2 work runs outside the mutex.
//
// Need-to-know and permissions (auth/Permissions.h): a restricted incident, and every change
// of it, is visible to admins and to its members (its declarer, and the accounts whose
// person holds a current role in it); to anyone else it does not exist (reads skip it,
// writes get "unknown incident"). Each op is checked against the permission matrix.
class ServerStore
{
public:
    static constexpr int MinNameLength = 1;
    static constexpr int MaxNameLength = 64;
    static constexpr int MinPasswordLength = 8;
    static constexpr int MaxPasswordLength = 1024;
    static constexpr int MaxChangesPerPage = 1000;

    explicit ServerStore(const Clock &clock = Clock::system(),
                         PasswordHasher::Limits limits = PasswordHasher::Limits::interactive());
    ~ServerStore();
    ServerStore(const ServerStore &) = delete;
    ServerStore &operator=(const ServerStore &) = delete;

    // Opens (creating the folder and file when needed) and migrates DIR/server.sqlite.
    StoreResult open(const QString &dataDir);
    // Connects to and migrates a PostgreSQL database (PostgresServerDb): the same semantics,
    // several server processes may share it.
    StoreResult open(const PostgresUrl &postgres);
    StoreResult open(const StoreLocation &location);
    void close();
    bool isOpen() const;
    QString path() const; // the SQLite file, or the postgresql:// URL without password

    // Accounts. Names: 1–64 characters of [a-z0-9._-], unique. Passwords: 8–1024 characters.
    // Each change is audited in its own transaction as made by `by`.
    // personId: the directory person the account is (Account::personId); null makes a new one.
    AddUserResult addUser(const QString &name, AccountRole role, const QString &password,
                          const AuditActor &by = AuditActor::commandLine(), const QUuid &personId = {});
    QList<Account> users() const;
    std::optional<Account> user(const QString &name) const;
    StoreResult setDisabled(const QString &name, bool disabled, const AuditActor &by = AuditActor::commandLine());
    StoreResult setRole(const QString &name, AccountRole role, const AuditActor &by = AuditActor::commandLine());
    StoreResult setPerson(const QString &name, const QUuid &personId, const AuditActor &by = AuditActor::commandLine());
    // The organisation consoles show names from (GET /api/v1/directory): replaced whole,
    // audited as directory.import. An empty Directory until one is imported.
    StoreResult setDirectory(const Directory &directory, const AuditActor &by = AuditActor::commandLine());
    Directory directory() const;

    // nullopt for an unknown name, a wrong password or a disabled account, alike and in
    // about the same time (an unknown name verifies against a dummy hash).
    std::optional<Account> authenticate(const QString &name, const QString &password);

    // Sessions. A sign-in (session.create) and a sign-out (session.revoke) are audited as
    // the account's own, from `address` (the client's), in the transaction that stores them.
    Session createSession(const Account &account, const QString &address = {},
                          std::chrono::seconds lifetime = std::chrono::hours(12));
    // nullopt when the token is malformed, unknown, expired, revoked, or its account is disabled.
    std::optional<Account> accountForToken(const QByteArray &token);
    bool revokeToken(const QByteArray &token, const QString &address = {}); // false when there was no live session

    // Ops (docs/SYNC.md). applyOps runs the batch in one transaction, each op inside its own
    // savepoint: a rejected op leaves no trace and does not disturb its neighbours, and the
    // batch costs one durable commit rather than one per op. If that commit fails, every op
    // that was going to be applied is reported Unavailable.
    // Group commit: batches from threads that call while a commit is under way are applied
    // together, in arrival order, in the next transaction (one fsync for all), and each
    // caller gets its own batch's results; a failed commit fails every batch of its group.
    // address: where the request came from, for the audit log.
    OpResult applyOp(const Op &op, const Account &actor, const QString &address = {});
    QList<OpResult> applyOps(const QList<Op> &ops, const Account &actor, const QString &address = {});
    // Recomputes the audit log's hash chain (`sitrep-server audit verify`).
    AuditLog::Verification verifyAudit() const;

    // The change feed after `since`, at most `limit` (clamped to 1..1000) changes.
    ChangesPage changes(qint64 since, int limit, const Account &viewer) const;
    // The same page as the body of GET /api/v1/changes ({"changes","cursor","more"}),
    // written from the stored op text without parsing it.
    QByteArray changesBody(qint64 since, int limit, const Account &viewer) const;
    qint64 lastSeq() const;
    // Every change after `since` (at most `limit`, clamped like changes()), whoever may see
    // it: for the live stream, which filters per subscriber with mayView().
    QList<FanOutChange> changesForFanOut(qint64 since, int limit, bool *more = nullptr) const;
    // The need-to-know rule (see the class comment), for callers outside the store.
    bool mayView(const QUuid &incidentId, const Account &viewer) const;

    // Called after every commit that stored at least one change, on the committing thread
    // and outside the store's lock: the live stream's fan-out starts here. Set it before
    // serving; it must not be changed while ops are applied.
    void setCommitObserver(std::function<void()> observer) { m_commitObserver = std::move(observer); }
    // Tells the observer that changes were committed (by this process or, on a shared
    // database, by another one).
    void notifyCommitted() const;

    // REST reads: the incident in the model's JSON (Incident::toJson), as of the last change.
    std::optional<QJsonObject> incident(const QUuid &id, const Account &viewer) const;
    QList<QJsonObject> incidents(const Account &viewer) const; // newest declared first
    // The current revision of each entry (TimelineEntry::toJson, without history), in time order.
    QList<QJsonObject> timeline(const QUuid &incidentId, const Account &viewer) const;
    QList<ConflictRecord> conflicts(const QUuid &incidentId, const Account &viewer) const;

    // Checks a user name against the rules above: empty when acceptable.
    static QString checkName(const QString &name);

private:
    struct StoredPage;
    StoredPage readChanges(qint64 since, int limit, const Account &viewer) const;
    // One caller's batch waiting in (or taken by) a commit group; lives on its caller's stack.
    struct PendingBatch;
    bool applyGroup(const std::vector<PendingBatch *> &group);
    OpResult applyOne(const Op &op, const Decoded<CheckedOp> &checked, const Account &actor, const QString &address);
    OpResult applyChecked(const CheckedOp &checked, const Account &actor, const QString &address);
    QString precheck(const CheckedOp &checked, const Account &actor);
    // The permission an op needs (Permissions.h), reading what it changes where that matters.
    IncidentAction actionFor(const CheckedOp &checked, const Account &actor) const;
    // merged: fields whose stored value is not the op's own (a set merge); the change then
    // carries that value, so every reader folds to what the server stored.
    bool project(const CheckedOp &checked, qint64 seq, const Account &actor, bool *conflict, QJsonObject *merged);
    bool projectStatus(const CheckedOp &checked, qint64 seq, bool *conflict);
    bool projectSeverity(const CheckedOp &checked, qint64 seq, bool *conflict);
    bool projectUpdate(const CheckedOp &checked, qint64 seq, bool *conflict, QJsonObject *merged);
    bool mergeField(const QUuid &incidentId, QJsonObject &document, const QString &field, const QJsonValue &wanted, const QJsonValue &base,
                    qint64 seq, bool *conflict);
    bool projectEntry(const CheckedOp &checked, qint64 seq);
    bool projectRole(const CheckedOp &checked);
    bool projectDocument(const CheckedOp &checked);
    bool recordMergedFields(const Op &op, const QJsonObject &merged, qint64 seq);
    bool recordConflict(const QUuid &incidentId, const QString &field, const QJsonValue &losing,
                        const QJsonValue &winning, qint64 seq);
    std::optional<QJsonObject> incidentDocument(const QUuid &id) const;
    bool saveIncidentDocument(const QUuid &id, const QJsonObject &document, qint64 seq);
    bool exists(const char *sql, const QUuid &id, const QUuid &incidentId = {}) const;
    bool mayViewLocked(const QUuid &incidentId, const Account &viewer) const;
    // The account's place in the incident (auth/Permissions.h); nullopt when there is no
    // such incident. *restricted tells whether it is restricted.
    std::optional<IncidentStanding> standingLocked(const QUuid &incidentId, const Account &account,
                                                   bool *restricted = nullptr) const;
    StoreResult updateAccount(const QString &name, const char *sql, const std::function<void(Statement &)> &bindValues,
                              const AuditEvent &audit);
    QString storageError(const QString &what) const;

    const Clock &m_clock;
    PasswordHasher m_hasher;
    QByteArray m_dummyHash; // verified against for unknown names, so timing reveals nothing
    mutable std::mutex m_mutex;
    StoreResult adopt(std::unique_ptr<ServerDb> db, const QString &error);

    std::unique_ptr<ServerDb> m_db;
    std::function<void()> m_commitObserver;

    // Group commit (applyOps). m_groupMutex guards the queue and the flag, and the results of
    // a queued batch until it is marked done; it is never held during database work, and
    // never taken while m_mutex is held.
    std::mutex m_groupMutex;
    std::condition_variable m_groupChanged;
    std::deque<PendingBatch *> m_queued; // in arrival order
    bool m_groupRunning = false;         // a leader is applying a group
};

} // namespace Sitrep::Server
