#pragma once

#include "LockWait.h"
#include "model/BridgeParticipant.h"
#include "model/Change.h"
#include "model/Directory.h"
#include "model/Incident.h"
#include "model/Op.h"
#include "model/RoleAssignment.h"
#include "model/Severity.h"
#include "model/TimelineEntry.h"
#include "model/Track.h"
#include "rules/Clock.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace Sitrep {

class SqliteDb;
class TimelinePager;
struct TimelineFilter;
class Transaction;
class StoreMaintenance;

// The outcome of one user command: ok with the id of the row it made or changed, or a
// message a person can act on. Nothing is written when ok is false.
struct CommandResult {
    bool ok = false;
    QString error;
    QUuid id;
    explicit operator bool() const { return ok; }
};

struct OpenResult {
    bool ok = false;
    QString error;
};

// What the incident list shows: one row per incident, cheap to load for thousands.
struct IncidentSummary {
    QUuid id;
    QString title;
    QString severity;
    IncidentStatus status = IncidentStatus::Declared;
    QDateTime declaredAt;
    QDateTime lastActivityAt; // newest entry's occurred-at, or declaredAt
    int entryCount = 0;
    bool restricted = false;
    QUuid owningTeam;
    QString myRole; // the actor's current role on it (primary first), empty if none
    int unread = 0; // entries since the person last had it open (Store::markRead)
    bool neverOpened = true;
    bool operator==(const IncidentSummary &) const = default;
};

struct IncidentFilter {
    bool activeOnly = false;
    QString severity;         // empty: any
    QUuid teamId;             // null: any
    QUuid serviceId;          // null: any
    QString titleContains;    // quick filter, case-insensitive
    int limit = 10000;
};

// One incident as the metrics see it (core/metrics, docs/METRICS.md): its clocks and what
// it is grouped by. Times are milliseconds since the epoch (UTC); 0 means "not yet".
struct IncidentFacts {
    QUuid id;
    QString severity;
    IncidentStatus status = IncidentStatus::Declared;
    qint64 declaredAt = 0;
    qint64 acknowledgedAt = 0;
    qint64 resolvedAt = 0;
    QUuid owningTeam;
    QList<QUuid> services; // in no particular order
    QStringList tags;
    bool restricted = false;
    bool operator==(const IncidentFacts &) const = default;
};

// A full-text search hit over incidents (title, summary) and timeline entries (body).
struct SearchHit {
    enum class Kind { Incident, Entry };
    Kind kind = Kind::Entry;
    QUuid incidentId;
    QUuid entryId;   // null for incident hits
    QString snippet; // matched terms between Search::MatchStart and Search::MatchEnd
    QDateTime at;
    double score = 0; // lower is better; incidents by bm25, entries by sitrep_rank (SearchRank.h): not comparable
    QString incidentTitle; // to show a hit without another query
    QString severity;
};

// A conflict the server recorded (docs/SYNC.md "Merge rules"): the losing value is kept
// here and shown, never dropped.
struct ConflictRecord {
    qint64 seq = 0;
    QUuid incidentId;
    QString field;
    QJsonValue losing;
    QJsonValue winning;
    QUuid actor;      // who made the winning change
    QDateTime at;     // when the server applied it
    bool operator==(const ConflictRecord &) const = default;
};

// An op the server refused (permissions, validation): it left the outbox, and what it
// changed locally stays, marked, so a person sees what did not reach the team.
struct RejectedOp {
    QUuid opId;
    OpType type = OpType::EntryAdd;
    QUuid incidentId;
    QUuid entityId;
    QString error;
    QDateTime rejectedAt;
};

// What applying a page of the change feed did.
struct ApplyResult {
    bool ok = false;
    QString error;
    int applied = 0;                // changes after the cursor that were applied
    QList<QUuid> unknownIncidents;  // changes of incidents not in the cache (skipped: fetch them)
    bool cancelled = false;         // writeUncommitted stopped when asked: nothing was kept
};

struct OutboxItem {
    qint64 seq = 0; // local order: push in this order
    Op op;
    int attempts = 0;
};

// The offline cache of one profile: a single SQLite file in WAL mode. Every user change
// goes through one command below, which validates, writes the rows and an outbox op in
// one transaction, and then notifies. Nothing outside core/store writes SQL.
class Store : public QObject
{
    Q_OBJECT
public:
    explicit Store(QObject *parent = nullptr);
    ~Store() override;

    // Opens (creating if needed) and migrates the cache. A file written by a newer
    // Sitrep, or one that is not a healthy SQLite database, is refused and left untouched.
    // Housekeeping::Off for a second connection of the same console (StreamApplier's
    // writer): the console's own store already checkpoints and merges.
    enum class Housekeeping { On, Off };
    OpenResult open(const QString &path, Housekeeping housekeeping = Housekeeping::On);
    // Opens an existing cache read-only, for worker threads (search, metrics).
    OpenResult openReadOnly(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const;
    int schemaVersion() const;

    // The person working at this console: the author and actor of their commands.
    void setActor(const QUuid &personId) { m_actor = personId; }
    QUuid actor() const { return m_actor; }

    // Where commands read "now" (default: the system clock). Not owned.
    void setClock(const Clock *clock) { m_clock = clock ? clock : &Clock::system(); }
    const Clock *clock() const { return m_clock; }

    // --- commands: each one transaction with its outbox op(s) ---
    // The incident's id and declaredAt are filled in when null; status starts "declared".
    CommandResult declareIncident(Incident incident);
    CommandResult setStatus(const QUuid &incidentId, IncidentStatus status);
    CommandResult setSeverity(const QUuid &incidentId, const QString &severity);
    // Title, summary, tags, affected services, owning team, business unit, restricted,
    // critical phase, bridge channels, RACI matrix (Incident::updatableFields()): one
    // incident.update op with the fields that changed. The participants given are upserted
    // in the same transaction (one participant.upsert op each).
    CommandResult updateIncident(const Incident &changed, const QList<BridgeParticipant> &participants = {});
    // The same for an edit of some of those fields: `edit` gets the incident as the cache
    // holds it when the command runs and changes what the person changed; changes to other
    // fields are ignored. What a view changes goes through here, not through a copy of the
    // incident it read earlier: that copy may carry fields another console has changed
    // since, which updateIncident would send as this person's edits and so revert.
    CommandResult editIncident(const QUuid &incidentId, const std::function<void(Incident &)> &edit,
                               const QList<BridgeParticipant> &participants = {});
    // Switches the critical phase; switching it on moves every present participant who is
    // not essential to the lobby, in the same transaction (the commander's one decision).
    CommandResult setCriticalPhase(const QUuid &incidentId, bool on);
    // id, recordedAt and occurredAt are filled in when empty; author defaults to actor().
    CommandResult addEntry(TimelineEntry entry);
    // Many entries in one transaction (imports, bulk apply); all or nothing.
    CommandResult addEntries(QList<TimelineEntry> entries);
    CommandResult editEntry(const QUuid &entryId, EntryKind kind, const QString &body);
    CommandResult setEntryPinned(const QUuid &entryId, bool pinned);
    // Assigning a role that someone holds relieves them (a handover).
    CommandResult assignRole(RoleAssignment assignment);
    CommandResult relieveRole(const QUuid &assignmentId);
    CommandResult upsertTrack(Track track);
    CommandResult upsertParticipant(BridgeParticipant participant);
    // Marks an incident's timeline read up to now on this console (local, not synced).
    // False when it could not, e.g. because another connection was writing (it does not
    // wait for the lock): try again later.
    bool markRead(const QUuid &incidentId);

    // The organisation comes from the server (or the demo generator); no outbox ops.
    bool replaceDirectory(const QList<Team> &teams, const QList<Person> &people, const QList<Service> &services);
    bool setSeverityTaxonomy(const SeverityTaxonomy &taxonomy);

    // --- queries ---
    // Active first, then latest activity, then id: a total order.
    QList<IncidentSummary> incidents(const IncidentFilter &filter = {}) const;
    // The incident's row in incidents(filter) were its limit unbounded: how many matching
    // incidents come before it; -1 when the filter leaves it out (or there is no such one).
    int incidentPosition(const IncidentFilter &filter, const QUuid &incidentId) const;
    std::optional<Incident> incident(const QUuid &id) const;
    std::optional<TimelineEntry> entry(const QUuid &id, bool withHistory = false) const;
    int entryCount(const QUuid &incidentId) const;
    // The newest `newest` pinned entries of an incident, in display order, and how many
    // it has in all (a long incident may pin thousands: the strip lists the latest).
    QList<TimelineEntry> pinnedEntries(const QUuid &incidentId, int newest) const;
    int pinnedCount(const QUuid &incidentId) const;
    // Whether any of these entries is pinned (a batch from the stream rarely brings pins).
    bool anyPinned(const QList<QUuid> &entryIds) const;
    // When the newest entry of this kind happened (occurred-at), or an invalid time when
    // there is none at or after notBefore. notBefore bounds the walk over a long timeline
    // for callers that only care about recent entries (the header's time-box).
    QDateTime latestEntryAt(const QUuid &incidentId, EntryKind kind, const QDateTime &notBefore = {}) const;
    QList<RoleAssignment> roles(const QUuid &incidentId, bool currentOnly = true) const;
    QList<Track> tracks(const QUuid &incidentId) const;
    QList<BridgeParticipant> participants(const QUuid &incidentId) const;
    QList<Team> teams() const;
    QList<Person> people() const;
    QList<Service> services() const;
    SeverityTaxonomy severityTaxonomy() const;
    // The incidents declared in [from, to), in no particular order: what the metrics
    // dashboard computes from (on a worker's read-only connection: 100,000 incidents are
    // one pass over the table).
    QList<IncidentFacts> incidentFacts(const QDateTime &from, const QDateTime &to) const;
    // Full text over incidents and timelines: rare terms, common terms and several terms
    // alike stay fast because ranking only looks at a capped set of the newest matches.
    QList<SearchHit> search(const QString &query, int limit = 50) const;
    // Positional paging over one incident's timeline (see TimelinePager).
    std::unique_ptr<TimelinePager> timelinePager(const QUuid &incidentId) const;
    // The same over the entries that pass a filter (kinds, author, track).
    std::unique_ptr<TimelinePager> timelinePager(const QUuid &incidentId, const TimelineFilter &filter) const;

    // --- outbox (pushed by the sync engine of #4) ---
    int pendingOpCount() const;
    QList<OutboxItem> pendingOps(int limit) const;
    bool isEntryPending(const QUuid &entryId) const;

    // --- sync (driven by core/sync; docs/SYNC.md "Client") ---
    // The seq up to which the change feed is applied (0: nothing yet).
    qint64 syncCursor() const;
    // Small settings of the replica (server URL, account), kept in the cache: "cursor" is
    // the feed position and is only moved by applyChanges.
    QString syncValue(const QString &key) const;
    bool setSyncValue(const QString &key, const QString &value);
    // Settles pushed ops by the server's answers, in one transaction: stored ones stop
    // being pending (their rows too, once no other op of the row waits) and stay in the
    // outbox, acknowledged, until the feed passes their seq, so that changes of others
    // ordered before them do not overwrite them meanwhile; rejected ones move to the
    // rejected list; unavailable ones stay pending.
    bool acknowledge(const QList<OpResult> &results);
    // Applies changes of the feed (seq order) after the cursor in one transaction, and
    // moves the cursor to max(the last applied seq, cursorAfter). A change whose op is in
    // the outbox is our own coming back: it settles the op if no answer did. Local ops the
    // server will order after a change keep their values (docs/SYNC.md "Client").
    ApplyResult applyChanges(const QList<Change> &changes, qint64 cursorAfter = 0);
    // The same in steps, for writing on a second connection off the UI thread
    // (StreamApplier): writeUncommitted writes in a transaction it keeps open (null, with
    // the error in *written, when that failed: nothing stays), commitWritten commits it and
    // says what changed, and announce, on the store the console reads, emits the signals
    // applyChanges would have. StreamApplier lets the commit happen only right before it
    // announces, so that the console's connection never reads rows its views were not told of.
    // When *stop turns true (set from another thread) writeUncommitted stops before its next
    // change and keeps nothing (written->cancelled): a write of the console goes first.
    struct SyncBatch;
    struct PendingApply;
    std::shared_ptr<PendingApply> writeUncommitted(const QList<Change> &changes, ApplyResult *written,
                                                   const std::atomic<bool> *stop = nullptr);
    ApplyResult commitWritten(std::shared_ptr<PendingApply> pending, const ApplyResult &written,
                              std::shared_ptr<const SyncBatch> *changed);
    void announce(const SyncBatch &changed);
    // Stores an incident and its timeline fetched by REST (an incident this console had
    // not seen, e.g. one it became a member of), without outbox ops. Existing rows stay.
    bool importIncident(const Incident &incident, const QList<TimelineEntry> &entries);
    // Takes the server's copy of an incident's fields (after the server refused a change
    // of ours to it, which would otherwise stay here alone), except fields that ops still
    // waiting for the server change.
    bool refreshIncident(const Incident &incident);
    QList<ConflictRecord> conflicts(const QUuid &incidentId = {}) const;
    int conflictCount() const;
    QList<RejectedOp> rejectedOps() const;
    int rejectedOpCount() const;
    // When this cache was last level with the server (kept by the sync engine).
    QDateTime lastSyncedAt() const;
    bool setLastSyncedAt(const QDateTime &at);

    SqliteDb &db() const { return *m_db; }

signals:
    void incidentChanged(const QUuid &incidentId);
    // This console's read marker of an incident moved (markRead): only the unread counts
    // change, so views of the incident itself need not reload.
    void readMarkerChanged(const QUuid &incidentId);
    void entryAdded(const QUuid &incidentId, const QUuid &entryId);
    // A batch (addEntries, a burst of the live stream, a page of the feed), in the order
    // they were written.
    void entriesAdded(const QUuid &incidentId, const QList<QUuid> &entryIds);
    void entryChanged(const QUuid &incidentId, const QUuid &entryId);
    void rolesChanged(const QUuid &incidentId);
    void tracksChanged(const QUuid &incidentId);
    void participantsChanged(const QUuid &incidentId);
    void directoryChanged();
    void outboxChanged(int pendingCount);
    void conflictsChanged(int count);
    void rejectedOpsChanged();

private:
    CommandResult fail(const QString &message) const;
    QString storageProblem() const;
    bool enqueue(const Op &op);
    // Commits a command's transaction together with the outbox counter.
    bool commitCommand(Transaction &transaction);
    std::optional<QJsonObject> derivedEntryPayload(const QUuid &entryId) const;
    QDateTime now() const { return m_clock->now(); }
    Op makeOp(OpType type, const QUuid &incidentId, const QUuid &entityId, QJsonObject payload) const;
    bool insertEntry(const TimelineEntry &entry, qint64 incidentRow, bool pending = true);
    // Row writers shared by the commands and by applying the server's changes.
    qint64 insertIncident(const Incident &incident, bool pending); // the new row, 0 on failure
    bool addTransition(qint64 incidentRow, const StatusTransition &step);
    bool stampMilestones(qint64 incidentRow, IncidentStatus status, const QDateTime &at);
    bool countActivity(qint64 incidentRow, int added, const QDateTime &newest);
    bool reviseEntry(qint64 entryRow, const QString &currentBody, const EntryRevision &next, bool pending);
    // The RoleChange entry a role command writes, and the words it uses.
    TimelineEntry roleChangeEntry(const QUuid &incidentId, const QString &body, const QDateTime &at) const;
    QString personName(const QUuid &personId) const;
    static QString roleLabel(const QString &role, RoleRank rank);
    bool relieveHolders(qint64 incidentRow, const QString &role, RoleRank rank, const QDateTime &at);
    bool insertAssignment(const RoleAssignment &assignment, qint64 incidentRow);
    bool writeTrack(const Track &track, qint64 incidentRow);
    bool writeParticipant(const BridgeParticipant &participant, qint64 incidentRow);
    // Applying one change (StoreSync.cpp); SyncBatch collects what to notify after commit.
    ApplyResult writeInto(const QList<Change> &changes, qint64 cursorAfter, Transaction &transaction, SyncBatch &batch,
                          const std::atomic<bool> *stop = nullptr);
    ApplyResult storeFailure() const;
    bool applyChange(const Change &change, SyncBatch &batch);
    bool applyIncidentChange(const Change &change, qint64 incidentRow, bool ownEcho, SyncBatch &batch);
    bool applyEntryChange(const Change &change, qint64 incidentRow, bool ownEcho, SyncBatch &batch);
    bool applyRoleChange(const Change &change, qint64 incidentRow, SyncBatch &batch);
    bool setIncidentField(qint64 incidentRow, const QString &field, const QJsonValue &value);
    bool settleOp(const QUuid &opId, qint64 seq, SyncBatch &batch);
    bool clearPendingFlags(SyncBatch &batch);
    bool settleBatch(SyncBatch &batch, qint64 cursor);
    void notifySync(const SyncBatch &batch);
    bool linkServices(qint64 incidentRow, const QList<QUuid> &services);
    qint64 incidentRow(const QUuid &incidentId) const;
    void notifyOutbox();

    std::unique_ptr<SqliteDb> m_db;
    QUuid m_actor;
    const Clock *m_clock = &Clock::system();
    // Ops enqueued by the command in progress; committed into the outbox_size counter
    // with it (count(*) over the outbox would make every command O(pending ops)).
    mutable int m_opsInTransaction = 0;
    std::unique_ptr<StoreMaintenance> m_maintenance;
};

} // namespace Sitrep
