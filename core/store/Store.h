#pragma once

#include "model/BridgeParticipant.h"
#include "model/Directory.h"
#include "model/Incident.h"
#include "model/Op.h"
#include "model/RoleAssignment.h"
#include "model/Severity.h"
#include "model/TimelineEntry.h"
#include "model/Track.h"
#include "rules/Clock.h"

#include <QObject>

#include <memory>

namespace Sitrep {

class SqliteDb;
class TimelinePager;
class Transaction;
class WalCheckpointer;

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

// A full-text search hit over incidents (title, summary) and timeline entries (body).
struct SearchHit {
    enum class Kind { Incident, Entry };
    Kind kind = Kind::Entry;
    QUuid incidentId;
    QUuid entryId;   // null for incident hits
    QString snippet; // matched terms wrapped in [ and ] (see Search.h)
    QDateTime at;
    double score = 0; // lower is better (bm25)
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
    OpenResult open(const QString &path);
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
    // Title, summary, tags, affected services, owning team, business unit, restricted.
    CommandResult updateIncident(const Incident &changed);
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

    // The organisation comes from the server (or the demo generator); no outbox ops.
    bool replaceDirectory(const QList<Team> &teams, const QList<Person> &people, const QList<Service> &services);
    bool setSeverityTaxonomy(const SeverityTaxonomy &taxonomy);

    // --- queries ---
    // Active first, then latest activity, then id: a total order.
    QList<IncidentSummary> incidents(const IncidentFilter &filter = {}) const;
    std::optional<Incident> incident(const QUuid &id) const;
    std::optional<TimelineEntry> entry(const QUuid &id, bool withHistory = false) const;
    int entryCount(const QUuid &incidentId) const;
    QList<TimelineEntry> pinnedEntries(const QUuid &incidentId) const;
    QList<RoleAssignment> roles(const QUuid &incidentId, bool currentOnly = true) const;
    QList<Track> tracks(const QUuid &incidentId) const;
    QList<BridgeParticipant> participants(const QUuid &incidentId) const;
    QList<Team> teams() const;
    QList<Person> people() const;
    QList<Service> services() const;
    SeverityTaxonomy severityTaxonomy() const;
    // Full text over incidents and timelines: rare terms, common terms and several terms
    // alike stay fast because ranking only looks at a capped set of the newest matches.
    QList<SearchHit> search(const QString &query, int limit = 50) const;
    // Positional paging over one incident's timeline (see TimelinePager).
    std::unique_ptr<TimelinePager> timelinePager(const QUuid &incidentId) const;

    // --- outbox (pushed by the sync engine of #4) ---
    int pendingOpCount() const;
    QList<OutboxItem> pendingOps(int limit) const;
    bool isEntryPending(const QUuid &entryId) const;

    SqliteDb &db() const { return *m_db; }

signals:
    void incidentChanged(const QUuid &incidentId);
    void entryAdded(const QUuid &incidentId, const QUuid &entryId);
    void entriesAdded(const QUuid &incidentId, int count); // a batch (addEntries)
    void entryChanged(const QUuid &incidentId, const QUuid &entryId);
    void rolesChanged(const QUuid &incidentId);
    void tracksChanged(const QUuid &incidentId);
    void participantsChanged(const QUuid &incidentId);
    void directoryChanged();
    void outboxChanged(int pendingCount);

private:
    CommandResult fail(const QString &message) const;
    QString storageProblem() const;
    bool enqueue(const Op &op);
    // Commits a command's transaction together with the outbox counter.
    bool commitCommand(Transaction &transaction);
    std::optional<QJsonObject> derivedEntryPayload(const QUuid &entryId) const;
    QDateTime now() const { return m_clock->now(); }
    Op makeOp(OpType type, const QUuid &incidentId, const QUuid &entityId, QJsonObject payload) const;
    bool insertEntry(const TimelineEntry &entry, qint64 incidentRow);
    bool linkServices(qint64 incidentRow, const QList<QUuid> &services);
    qint64 incidentRow(const QUuid &incidentId) const;
    void notifyOutbox();

    std::unique_ptr<SqliteDb> m_db;
    QUuid m_actor;
    const Clock *m_clock = &Clock::system();
    // Ops enqueued by the command in progress; committed into the outbox_size counter
    // with it (count(*) over the outbox would make every command O(pending ops)).
    mutable int m_opsInTransaction = 0;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
};

} // namespace Sitrep
