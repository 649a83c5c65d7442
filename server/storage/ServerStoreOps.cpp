// ServerStore: applying ops, the change feed's write side, and the projections.

#include "OpPayloads.h"
#include "ServerStore.h"
#include "ServerStoreRows.h"
#include "SetMerge.h"
#include "StorageLog.h"
#include "auth/Permissions.h"
#include "model/Ids.h"

#include <algorithm>

namespace Sitrep::Server {

using namespace Rows;

namespace {

// Absent, null, "", [], {} and false all mean "no value": the model's writers leave empty
// values out and clients send them either way, and neither should count as a change or a
// conflict (a document written before a flag existed, e.g. criticalPhase, lacks it).
bool isEmptyValue(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty())
           || (value.isArray() && value.toArray().isEmpty()) || (value.isObject() && value.toObject().isEmpty())
           || (value.isBool() && !value.toBool());
}

bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    if (isEmptyValue(a) || isEmptyValue(b))
        return isEmptyValue(a) && isEmptyValue(b);
    return a == b;
}

QJsonValue storedValue(const QJsonValue &value)
{
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

// Milestones (first time at or past a status), as the console's store keeps them.
void setMilestones(QJsonObject &document, IncidentStatus status, const QDateTime &at)
{
    const auto setOnce = [&](const char *key) {
        if (isEmptyValue(document.value(QLatin1String(key))))
            putTime(document, key, at);
    };
    if (status >= IncidentStatus::Investigating)
        setOnce("acknowledgedAt");
    if (status >= IncidentStatus::Mitigated)
        setOnce("mitigatedAt");
    if (status >= IncidentStatus::Resolved)
        setOnce("resolvedAt");
    if (status >= IncidentStatus::Closed)
        setOnce("closedAt");
}

// Bounds one group's transaction (and so the wait of its first caller): 200 clients
// posting 10 ops each fit in one.
constexpr qsizetype MaxOpsPerGroup = 2000;

QList<OpResult> allUnavailable(const QList<Op> &ops, const QString &error)
{
    QList<OpResult> results;
    for (const Op &op : ops)
        results.append(OpResult{op.opId, OpResult::Unavailable, 0, error});
    return results;
}

} // namespace

OpResult ServerStore::applyOp(const Op &op, const Account &actor, const QString &address)
{
    return applyOps({op}, actor, address).constFirst();
}

struct ServerStore::PendingBatch {
    const QList<Op> &ops;
    const QList<Decoded<CheckedOp>> &checked;
    const Account &actor;
    const QString &address;
    QList<OpResult> results; // written by the group's leader, read by the caller once done
    bool done = false;       // guarded by m_groupMutex
};

QList<OpResult> ServerStore::applyOps(const QList<Op> &ops, const Account &actor, const QString &address)
{
    if (ops.isEmpty())
        return {};
    // Authorisation and payload checks need no data: done before taking the lock.
    const QString forbidden = accountRefusal(actor);
    if (!forbidden.isEmpty()) {
        QList<OpResult> results;
        for (const Op &op : ops)
            results.append(OpResult{op.opId, OpResult::Rejected, 0, forbidden});
        return results;
    }
    QList<Decoded<CheckedOp>> checked;
    checked.reserve(ops.size());
    for (const Op &op : ops)
        checked.append(checkOp(op));

    // Group commit. A durable commit costs an fsync (milliseconds) whatever it holds, and
    // one connection runs one transaction at a time, so callers arriving while a group is
    // being applied queue up; when it is done, the first of them to wake leads the next
    // group: it takes every queued batch (up to MaxOpsPerGroup ops), applies them in one
    // transaction in arrival order and commits once. Seqs are still assigned inside the
    // transaction under the engine's writer lock, so the ordering guarantee is unchanged.
    // Happens-before: a follower's batch is published to the leader by m_groupMutex (queue),
    // and its results back to the follower by the same mutex (done), so nothing else is shared.
    PendingBatch mine{ops, checked, actor, address, {}, false};
    std::unique_lock group(m_groupMutex);
    m_queued.push_back(&mine);
    for (;;) {
        m_groupChanged.wait(group, [&] { return mine.done || !m_groupRunning; });
        if (mine.done)
            return std::move(mine.results);
        // Lead a group: every queued batch, in arrival order, ours among them unless the
        // cap cut the group before it (then the loop waits for, or leads, the next one).
        m_groupRunning = true;
        std::vector<PendingBatch *> taken;
        qsizetype takenOps = 0;
        while (!m_queued.empty()
               && (taken.empty() || takenOps + m_queued.front()->ops.size() <= MaxOpsPerGroup)) {
            takenOps += m_queued.front()->ops.size();
            taken.push_back(m_queued.front());
            m_queued.pop_front();
        }
        group.unlock();

        bool stored = false;
        try {
            stored = applyGroup(taken);
        } catch (...) {
            // The transaction rolled back as the exception left applyGroup: nothing is stored.
            for (PendingBatch *batch : taken)
                batch->results = allUnavailable(batch->ops, QStringLiteral("internal error while applying ops"));
        }

        group.lock();
        for (PendingBatch *batch : taken)
            batch->done = true;
        m_groupRunning = false;
        group.unlock();
        // Wakes the callers whose batches were in the group, and the next leader.
        m_groupChanged.notify_all();
        // Outside every lock: the observer (the live stream) may read the store.
        if (stored)
            notifyCommitted();
        group.lock();
    }
}

// One transaction for every batch of the group, each op in its own savepoint, one commit.
// True when at least one op was stored.
bool ServerStore::applyGroup(const std::vector<PendingBatch *> &group)
{
    std::unique_lock lock(m_mutex);
    if (!m_db) {
        for (PendingBatch *batch : group)
            batch->results = allUnavailable(batch->ops, QStringLiteral("The server database is not open."));
        return false;
    }
    Transaction transaction(*m_db);
    if (!transaction.isActive()) {
        const QString error = storageError(QStringLiteral("starting a transaction"));
        for (PendingBatch *batch : group)
            batch->results = allUnavailable(batch->ops, error);
        return false;
    }
    for (PendingBatch *batch : group) {
        batch->results.reserve(batch->ops.size());
        for (qsizetype i = 0; i < batch->ops.size(); ++i)
            batch->results.append(applyOne(batch->ops.at(i), batch->checked.at(i), batch->actor, batch->address));
    }
    const auto isStored = [](const OpResult &result) {
        return result.status == OpResult::Applied || result.status == OpResult::Conflict;
    };
    if (!transaction.commit()) {
        // Nothing of the group is stored: what was about to be acknowledged must be retried.
        const QString error = storageError(QStringLiteral("committing ops"));
        for (PendingBatch *batch : group) {
            for (OpResult &result : batch->results) {
                if (isStored(result))
                    result = OpResult{result.opId, OpResult::Unavailable, 0, error};
            }
        }
        return false;
    }
    return std::any_of(group.cbegin(), group.cend(), [&](const PendingBatch *batch) {
        return std::any_of(batch->results.cbegin(), batch->results.cend(), isStored);
    });
}

OpResult ServerStore::applyOne(const Op &op, const Decoded<CheckedOp> &checked, const Account &actor,
                               const QString &address)
{
    // Idempotency first: a retried op gets its original answer, whatever it carries now.
    Statement duplicate = m_db->prepare("SELECT seq FROM change WHERE op_id = ?1");
    duplicate.bind(1, op.opId);
    if (!op.opId.isNull() && duplicate.next())
        return OpResult{op.opId, OpResult::Duplicate, duplicate.int64(0), {}};
    duplicate.reset();
    if (!checked)
        return OpResult{op.opId, OpResult::Rejected, 0, enumToString(op.type) + QStringLiteral(": ") + checked.error};

    // A savepoint per op: a failure half-way through its projection leaves nothing behind
    // and the rest of the batch goes on.
    if (!m_db->savepoint("op"))
        return OpResult{op.opId, OpResult::Unavailable, 0, storageError(QStringLiteral("applying an op"))};
    const OpResult result = applyChecked(*checked.value, actor, address);
    if (result.status == OpResult::Applied || result.status == OpResult::Conflict)
        m_db->release("op");
    else
        m_db->rollbackTo("op");
    return result;
}

bool ServerStore::exists(const char *sql, const QUuid &id, const QUuid &incidentId) const
{
    Statement query = m_db->prepare(sql);
    query.bind(1, id);
    if (!incidentId.isNull())
        query.bind(2, incidentId);
    return query.next();
}

IncidentAction ServerStore::actionFor(const CheckedOp &checked, const Account &actor) const
{
    if (checked.op.type != OpType::ParticipantUpsert || !checked.participant)
        return actionOf(checked);
    // Whether it moderates depends on what the row was: the stored document.
    std::optional<BridgeParticipant> before;
    Statement stored = m_db->prepare("SELECT document FROM participant WHERE id = ?1");
    stored.bind(1, checked.op.entityId);
    if (stored.next()) {
        if (const Decoded<BridgeParticipant> decoded = BridgeParticipant::fromJson(objectFromText(stored.text(0)));
            decoded.value)
            before = *decoded.value;
    }
    return moderatesBridge(before, *checked.participant, actor.personId) ? IncidentAction::ModerateBridge
                                                                         : IncidentAction::UpsertParticipant;
}

QString ServerStore::precheck(const CheckedOp &checked, const Account &actor)
{
    const Op &op = checked.op;
    if (op.type == OpType::IncidentDeclare) {
        if (exists("SELECT 1 FROM incident WHERE id = ?1", op.incidentId))
            return QStringLiteral("an incident with id %1 already exists").arg(idToString(op.incidentId));
        return refusal(actor, IncidentAction::Declare, IncidentStanding{true, false, false, true});
    }
    // An incident the actor may not see does not exist for them (need-to-know: 404 alike).
    bool restricted = false;
    const std::optional<IncidentStanding> standing = standingLocked(op.incidentId, actor, &restricted);
    if (!standing || !Sitrep::mayView(actor, restricted, *standing))
        return QStringLiteral("op.incidentId: unknown incident %1").arg(idToString(op.incidentId));
    if (QString why = refusal(actor, actionFor(checked, actor), *standing); !why.isEmpty())
        return why;
    switch (op.type) {
    case OpType::EntryAdd:
        if (exists("SELECT 1 FROM timeline_entry WHERE id = ?1", op.entityId))
            return QStringLiteral("entry.id: an entry with id %1 already exists").arg(idToString(op.entityId));
        break;
    case OpType::EntryEdit:
    case OpType::EntryPin:
        if (!exists("SELECT 1 FROM timeline_entry WHERE id = ?1 AND incident_id = ?2", op.entityId, op.incidentId))
            return QStringLiteral("op.entityId: unknown entry %1 in this incident").arg(idToString(op.entityId));
        break;
    case OpType::RoleAssign:
        if (exists("SELECT 1 FROM role_assignment WHERE id = ?1", op.entityId))
            return QStringLiteral("roleAssignment.id: an assignment with id %1 already exists")
                .arg(idToString(op.entityId));
        break;
    case OpType::RoleRelieve:
        if (!exists("SELECT 1 FROM role_assignment WHERE id = ?1 AND incident_id = ?2", op.entityId, op.incidentId))
            return QStringLiteral("op.entityId: unknown role assignment %1 in this incident")
                .arg(idToString(op.entityId));
        break;
    case OpType::TrackUpsert:
        if (exists("SELECT 1 FROM track WHERE id = ?1 AND incident_id <> ?2", op.entityId, op.incidentId))
            return QStringLiteral("track.incidentId: track %1 belongs to another incident")
                .arg(idToString(op.entityId));
        break;
    case OpType::ParticipantUpsert:
        if (exists("SELECT 1 FROM participant WHERE id = ?1 AND incident_id <> ?2", op.entityId, op.incidentId))
            return QStringLiteral("participant.incidentId: participant %1 belongs to another incident")
                .arg(idToString(op.entityId));
        break;
    default:
        break;
    }
    return {};
}

OpResult ServerStore::applyChecked(const CheckedOp &checked, const Account &actor, const QString &address)
{
    const Op &op = checked.op;
    if (const QString error = precheck(checked, actor); !error.isEmpty())
        return OpResult{op.opId, OpResult::Rejected, 0, enumToString(op.type) + QStringLiteral(": ") + error};

    // The seq is the next after the newest change, assigned inside the transaction that
    // applies the op. Every write transaction holds the engine's writer lock (SQLite's write
    // lock; on PostgreSQL an advisory lock, PostgresServerDb), so seqs commit in the order
    // they are assigned, with no gaps, and no reader sees N+1 before N.
    Statement insert = m_db->prepare(
        "INSERT INTO change (seq, op_id, incident_id, type, actor, applied_at, op) "
        "VALUES ((SELECT coalesce(max(seq), 0) + 1 FROM change), ?1, ?2, ?3, ?4, ?5, ?6) RETURNING seq");
    insert.bind(1, op.opId)
        .bind(2, op.incidentId)
        .bind(3, enumToString(op.type))
        .bind(4, actor.name)
        .bind(5, toMs(m_clock.now()))
        .bindUtf8(6, toText(op.toJson()));
    if (!insert.next())
        return OpResult{op.opId, OpResult::Unavailable, 0, storageError(QStringLiteral("recording an op"))};
    const qint64 seq = insert.int64(0);
    insert.reset();
    m_db->changesRecorded();
    if (!AuditLog::append(*m_db, {actor.name, address, enumToString(op.type), idToString(op.incidentId), idToString(op.opId)},
                          toMs(m_clock.now())))
        return OpResult{op.opId, OpResult::Unavailable, 0, storageError(QStringLiteral("auditing an op"))};
    bool conflict = false;
    QJsonObject merged;
    if (!project(checked, seq, actor, &conflict, &merged))
        return OpResult{op.opId, OpResult::Unavailable, 0, storageError(QStringLiteral("applying an op"))};
    if (!merged.isEmpty() && !recordMergedFields(op, merged, seq))
        return OpResult{op.opId, OpResult::Unavailable, 0, storageError(QStringLiteral("recording a merge"))};
    return OpResult{op.opId, conflict ? OpResult::Conflict : OpResult::Applied, seq, {}};
}

// The change of a merged update carries the merged values in its fields (docs/SYNC.md).
bool ServerStore::recordMergedFields(const Op &op, const QJsonObject &merged, qint64 seq)
{
    Op asStored = op;
    QJsonObject fields = asStored.payload.value(QStringLiteral("fields")).toObject();
    for (auto it = merged.constBegin(); it != merged.constEnd(); ++it)
        fields.insert(it.key(), it.value());
    asStored.payload.insert(QStringLiteral("fields"), fields);
    Statement update = m_db->prepare("UPDATE change SET op = ?1 WHERE seq = ?2");
    return update.bindUtf8(1, toText(asStored.toJson())).bind(2, seq).exec();
}

bool ServerStore::project(const CheckedOp &checked, qint64 seq, const Account &actor, bool *conflict, QJsonObject *merged)
{
    const Op &op = checked.op;
    switch (op.type) {
    case OpType::IncidentDeclare: {
        const Incident &incident = *checked.incident;
        Statement insert = m_db->prepare(
            "INSERT INTO incident (id, title, severity, status, restricted, declared_at, created_by, updated_seq, "
            "document) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
        insert.bind(1, incident.id)
            .bind(2, incident.title)
            .bind(3, incident.severity)
            .bind(4, enumToString(incident.status))
            .bind(5, incident.restricted)
            .bind(6, toMs(incident.declaredAt))
            .bind(7, actor.id)
            .bind(8, seq)
            .bindUtf8(9, toText(incident.toJson()));
        return insert.exec();
    }
    case OpType::IncidentStatus:
        return projectStatus(checked, seq, conflict);
    case OpType::IncidentSeverity:
        return projectSeverity(checked, seq, conflict);
    case OpType::IncidentUpdate:
        return projectUpdate(checked, seq, conflict, merged);
    case OpType::EntryAdd:
    case OpType::EntryEdit:
    case OpType::EntryPin:
        return projectEntry(checked, seq);
    case OpType::RoleAssign:
    case OpType::RoleRelieve:
        return projectRole(checked);
    case OpType::TrackUpsert:
    case OpType::ParticipantUpsert:
        return projectDocument(checked);
    }
    return false;
}

std::optional<QJsonObject> ServerStore::incidentDocument(const QUuid &id) const
{
    Statement query = m_db->prepare("SELECT document FROM incident WHERE id = ?1");
    query.bind(1, id);
    if (!query.next())
        return std::nullopt;
    return objectFromText(query.text(0));
}

bool ServerStore::saveIncidentDocument(const QUuid &id, const QJsonObject &document, qint64 seq)
{
    Statement update = m_db->prepare(
        "UPDATE incident SET title = ?2, severity = ?3, status = ?4, restricted = ?5, updated_seq = ?6, document = ?7 "
        "WHERE id = ?1");
    update.bind(1, id)
        .bind(2, document.value(QStringLiteral("title")).toString())
        .bind(3, document.value(QStringLiteral("severity")).toString())
        .bind(4, document.value(QStringLiteral("status")).toString())
        .bind(5, document.value(QStringLiteral("restricted")).toBool())
        .bind(6, seq)
        .bindUtf8(7, toText(document));
    return update.exec();
}

bool ServerStore::recordConflict(const QUuid &incidentId, const QString &field, const QJsonValue &losing,
                                 const QJsonValue &winning, qint64 seq)
{
    Statement insert = m_db->prepare(
        "INSERT INTO conflict (incident_id, field, losing_value, winning_value, seq) VALUES (?1, ?2, ?3, ?4, ?5)");
    insert.bind(1, incidentId)
        .bind(2, field)
        .bindUtf8(3, valueToText(storedValue(losing)))
        .bindUtf8(4, valueToText(storedValue(winning)))
        .bind(5, seq);
    return insert.exec();
}

// Status only moves forward (docs/SYNC.md). A status behind (or beside) the current one is
// still stored in the change feed with its seq, so the client's outbox lets go of it and
// every reader folds the same log to the same state, but it does not move the projection:
// it is answered Conflict with a record whose losing value is the status it asked for.
// A forward move from a status other than its base applies (the later decision wins) and
// is recorded as a conflict too, the overtaken status being the losing value.
bool ServerStore::projectStatus(const CheckedOp &checked, qint64 seq, bool *conflict)
{
    const QUuid &id = checked.op.incidentId;
    std::optional<QJsonObject> document = incidentDocument(id);
    if (!document)
        return false;
    const IncidentStatus current = enumFromString<IncidentStatus>(document->value(QStringLiteral("status")).toString())
                                       .value_or(IncidentStatus::Declared);
    const QString wanted = enumToString(checked.status);
    if (checked.status == current)
        return true; // both sides agree: nothing to merge
    if (!isForwardTransition(current, checked.status)) {
        *conflict = true;
        return recordConflict(id, QStringLiteral("status"), wanted, enumToString(current), seq);
    }
    document->insert(QStringLiteral("status"), wanted);
    QJsonObject step{{QStringLiteral("status"), wanted}};
    putTime(step, "at", checked.at);
    putId(step, "by", checked.op.actor);
    QJsonArray transitions = document->value(QStringLiteral("transitions")).toArray();
    transitions.append(step);
    document->insert(QStringLiteral("transitions"), transitions);
    setMilestones(*document, checked.status, checked.at);
    if (checked.statusBase != current) {
        *conflict = true;
        if (!recordConflict(id, QStringLiteral("status"), enumToString(current), wanted, seq))
            return false;
    }
    return saveIncidentDocument(id, *document, seq);
}

// Last writer by seq wins; a base that is not the current value means someone changed the
// field meanwhile, and the value this op overwrites is kept in a conflict record. One rule
// for severity and for every field of incident.update. False only on a storage failure.
bool ServerStore::mergeField(const QUuid &incidentId, QJsonObject &document, const QString &field, const QJsonValue &wanted,
                             const QJsonValue &base, qint64 seq, bool *conflict)
{
    const QJsonValue current = document.value(field);
    if (sameValue(wanted, current))
        return true;
    if (!sameValue(base, current)) {
        *conflict = true;
        if (!recordConflict(incidentId, field, current, wanted, seq))
            return false;
    }
    // Empty values are left out, as Incident::toJson does, except the flags it always writes.
    if (isEmptyValue(wanted) && !wanted.isBool())
        document.remove(field);
    else
        document.insert(field, wanted);
    return true;
}

bool ServerStore::projectSeverity(const CheckedOp &checked, qint64 seq, bool *conflict)
{
    std::optional<QJsonObject> document = incidentDocument(checked.op.incidentId);
    return document
        && mergeField(checked.op.incidentId, *document, QStringLiteral("severity"), checked.severity, checked.severityBase, seq, conflict)
        && saveIncidentDocument(checked.op.incidentId, *document, seq);
}

bool ServerStore::projectUpdate(const CheckedOp &checked, qint64 seq, bool *conflict, QJsonObject *merged)
{
    std::optional<QJsonObject> document = incidentDocument(checked.op.incidentId);
    if (!document)
        return false;
    for (auto it = checked.fields.constBegin(); it != checked.fields.constEnd(); ++it) {
        QJsonValue wanted = it.value();
        QJsonValue base = checked.base.value(it.key());
        // The roles a board adds are a set: concurrent additions and removals both count.
        const QJsonValue current = document->value(it.key());
        if (it.key() == QLatin1String("addedRoles") && !sameValue(base, current)) {
            if (const std::optional<QJsonValue> set = mergeRoleKeySets(current, wanted, base)) {
                if (!sameValue(*set, wanted))
                    merged->insert(it.key(), *set);
                wanted = *set;
                base = current; // merged: nothing was overwritten
            }
        }
        if (!mergeField(checked.op.incidentId, *document, it.key(), wanted, base, seq, conflict))
            return false;
    }
    return saveIncidentDocument(checked.op.incidentId, *document, seq);
}

// The timeline is append-only: revision 1 is the entry as added, each edit a new revision
// numbered by the server in arrival order (a concurrent edit is a later revision, never a
// conflict), and every revision is kept in entry_revision.
bool ServerStore::projectEntry(const CheckedOp &checked, qint64 seq)
{
    const Op &op = checked.op;
    if (op.type == OpType::EntryAdd) {
        const TimelineEntry &entry = *checked.entry;
        Statement insert = m_db->prepare(
            "INSERT INTO timeline_entry (id, incident_id, kind, body, author, occurred_at, recorded_at, track_id, "
            "pinned, revision) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 1)");
        insert.bind(1, entry.id)
            .bind(2, entry.incidentId)
            .bind(3, enumToString(entry.kind))
            .bind(4, entry.body)
            .bind(5, entry.author)
            .bind(6, toMs(entry.occurredAt))
            .bind(7, toMs(entry.recordedAt))
            .bind(8, entry.trackId)
            .bind(9, entry.pinned);
        Statement revision = m_db->prepare("INSERT INTO entry_revision (entry_id, revision, kind, body, recorded_at, "
                                           "seq) VALUES (?1, 1, ?2, ?3, ?4, ?5)");
        revision.bind(1, entry.id)
            .bind(2, enumToString(entry.kind))
            .bind(3, entry.body)
            .bind(4, toMs(entry.recordedAt))
            .bind(5, seq);
        return insert.exec() && revision.exec();
    }
    if (op.type == OpType::EntryPin) {
        Statement update = m_db->prepare("UPDATE timeline_entry SET pinned = ?2 WHERE id = ?1");
        update.bind(1, op.entityId).bind(2, checked.pinned);
        return update.exec();
    }
    Statement current = m_db->prepare("SELECT revision FROM timeline_entry WHERE id = ?1");
    current.bind(1, op.entityId);
    if (!current.next())
        return false;
    const int next = current.integer(0) + 1;
    current.reset();
    const EntryRevision &edit = checked.revision;
    Statement revision = m_db->prepare("INSERT INTO entry_revision (entry_id, revision, kind, body, recorded_at, seq) "
                                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    revision.bind(1, op.entityId)
        .bind(2, next)
        .bind(3, enumToString(edit.kind))
        .bind(4, edit.body)
        .bind(5, toMs(edit.recordedAt))
        .bind(6, seq);
    Statement update =
        m_db->prepare("UPDATE timeline_entry SET kind = ?2, body = ?3, recorded_at = ?4, revision = ?5 WHERE id = ?1");
    update.bind(1, op.entityId)
        .bind(2, enumToString(edit.kind))
        .bind(3, edit.body)
        .bind(4, toMs(edit.recordedAt))
        .bind(5, next);
    return revision.exec() && update.exec();
}

// A new assignment relieves the current holder of the same role and rank (a handover).
bool ServerStore::projectRole(const CheckedOp &checked)
{
    const Op &op = checked.op;
    if (op.type == OpType::RoleRelieve) {
        Statement update =
            m_db->prepare("UPDATE role_assignment SET relieved_at = coalesce(relieved_at, ?2) WHERE id = ?1");
        update.bind(1, op.entityId).bind(2, toMs(checked.at));
        return update.exec();
    }
    const RoleAssignment &assignment = *checked.assignment;
    Statement handover =
        m_db->prepare("UPDATE role_assignment SET relieved_at = ?4 WHERE incident_id = ?1 AND role = ?2 AND rank = ?3 "
                      "AND relieved_at IS NULL");
    handover.bind(1, assignment.incidentId)
        .bind(2, assignment.role)
        .bind(3, enumToString(assignment.rank))
        .bind(4, toMs(assignment.assignedAt));
    Statement insert =
        m_db->prepare("INSERT INTO role_assignment (id, incident_id, role, person_id, rank, assigned_at, relieved_at) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    insert.bind(1, assignment.id)
        .bind(2, assignment.incidentId)
        .bind(3, assignment.role)
        .bind(4, assignment.personId)
        .bind(5, enumToString(assignment.rank))
        .bind(6, toMs(assignment.assignedAt));
    bindTime(insert, 7, assignment.relievedAt);
    return handover.exec() && insert.exec();
}

// Tracks and participants are whole documents replaced by each upsert.
bool ServerStore::projectDocument(const CheckedOp &checked)
{
    const Op &op = checked.op;
    const bool isTrack = op.type == OpType::TrackUpsert;
    Statement upsert =
        m_db->prepare(isTrack ? "INSERT INTO track (id, incident_id, document) VALUES (?1, ?2, ?3) "
                                "ON CONFLICT (id) DO UPDATE SET document = excluded.document"
                              : "INSERT INTO participant (id, incident_id, document) VALUES (?1, ?2, ?3) "
                                "ON CONFLICT (id) DO UPDATE SET document = excluded.document");
    upsert.bind(1, op.entityId)
        .bind(2, op.incidentId)
        .bindUtf8(3, toText(isTrack ? checked.track->toJson() : checked.participant->toJson()));
    return upsert.exec();
}

} // namespace Sitrep::Server
