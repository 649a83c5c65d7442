// The store's commands: each validates, writes its rows and outbox op(s) in one
// transaction, then notifies. Rows a command writes are marked pending until the sync
// engine (#4) has the server's acknowledgement.

#include "Store.h"

#include "LogCategories.h"
#include "Sqlite.h"
#include "StoreRows.h"
#include "model/Ids.h"
#include "rules/Labels.h"
#include "rules/Validation.h"

#include <QJsonDocument>

namespace Sitrep {

using namespace Rows;

namespace {

// The column that records when an incident first reached a status.
const char *milestoneColumnUpdate(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Declared:
        return nullptr;
    case IncidentStatus::Investigating:
    case IncidentStatus::Identified:
        return "UPDATE incident SET acknowledged_at = coalesce(acknowledged_at, ?2) WHERE row = ?1";
    case IncidentStatus::Mitigated:
        return "UPDATE incident SET acknowledged_at = coalesce(acknowledged_at, ?2), "
               "mitigated_at = coalesce(mitigated_at, ?2) WHERE row = ?1";
    case IncidentStatus::Resolved:
        return "UPDATE incident SET acknowledged_at = coalesce(acknowledged_at, ?2), "
               "mitigated_at = coalesce(mitigated_at, ?2), resolved_at = coalesce(resolved_at, ?2) WHERE row = ?1";
    case IncidentStatus::Closed:
        return "UPDATE incident SET acknowledged_at = coalesce(acknowledged_at, ?2), "
               "mitigated_at = coalesce(mitigated_at, ?2), resolved_at = coalesce(resolved_at, ?2), "
               "closed_at = coalesce(closed_at, ?2) WHERE row = ?1";
    }
    return nullptr;
}

} // namespace

Op Store::makeOp(OpType type, const QUuid &incidentId, const QUuid &entityId, QJsonObject payload) const
{
    return Op{newId(), type, incidentId, entityId, m_actor, now(), std::move(payload)};
}

bool Store::enqueue(const Op &op)
{
    Statement insert = m_db->prepare(
        "INSERT INTO outbox (op_id, type, incident_id, entity_id, actor, created_at, payload) VALUES (?,?,?,?,?,?,?)");
    insert.bind(1, op.opId)
        .bind(2, enumToString(op.type))
        .bind(3, op.incidentId)
        .bind(4, op.entityId)
        .bind(5, op.actor)
        .bind(6, op.createdAt.toMSecsSinceEpoch())
        .bindUtf8(7, op.payload.isEmpty() ? QByteArray() : QJsonDocument(op.payload).toJson(QJsonDocument::Compact));
    if (!insert.exec())
        return false;
    ++m_opsInTransaction;
    return true;
}

QString Store::storageProblem() const
{
    // The primary result code decides what a person can do about it.
    switch (m_db->lastErrorCode() & 0xFF) {
    case 13: // SQLITE_FULL
        return tr("the disk is full. Free some space and try again; nothing was lost");
    case 8: // SQLITE_READONLY
        return tr("the cache is read-only. Check the permissions of %1").arg(m_db->path());
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return tr("another Sitrep process is holding the cache. Try again in a moment");
    case 10: // SQLITE_IOERR
        return tr("the disk reported an error (%1)").arg(m_db->lastError());
    case 11: // SQLITE_CORRUPT
        return tr("the cache is damaged (%1). Quit Sitrep and move %2 aside").arg(m_db->lastError(), m_db->path());
    default:
        return m_db->lastError();
    }
}

bool Store::commitCommand(Transaction &transaction)
{
    const int added = std::exchange(m_opsInTransaction, 0);
    if (added > 0) {
        Statement count = m_db->prepare("UPDATE outbox_size SET pending = pending + ? WHERE id = 1");
        if (!count.bind(1, added).exec())
            return false;
    }
    return transaction.commit();
}

void Store::notifyOutbox()
{
    emit outboxChanged(pendingOpCount());
}

qint64 Store::incidentRow(const QUuid &incidentId) const
{
    Statement find = m_db->prepare("SELECT row FROM incident WHERE id = ?");
    find.bind(1, incidentId);
    return find.next() ? find.int64(0) : 0;
}

bool Store::linkServices(qint64 incidentRow, const QList<QUuid> &services)
{
    int position = 0;
    for (const QUuid &service : services) {
        Statement link = m_db->prepare(
            "INSERT OR IGNORE INTO incident_service (incident_row, service_id, position) VALUES (?,?,?)");
        if (!link.bind(1, incidentRow).bind(2, service).bind(3, position++).exec())
            return false;
    }
    return true;
}

bool Store::insertEntry(const TimelineEntry &entry, qint64 incidentRow, bool pending)
{
    Statement insert = m_db->prepare(
        "INSERT INTO timeline_entry (id, incident_row, kind, body, author, occurred_at, recorded_at, track_id, pinned, "
        "revision, pending) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    insert.bind(1, entry.id)
        .bind(2, incidentRow)
        .bind(3, int(entry.kind))
        .bind(4, entry.body)
        .bind(5, entry.author)
        .bind(6, entry.occurredAt.toMSecsSinceEpoch())
        .bind(7, entry.recordedAt.toMSecsSinceEpoch())
        .bind(8, entry.trackId)
        .bind(9, entry.pinned)
        .bind(10, entry.revision)
        .bind(11, pending);
    if (!insert.exec())
        return false;
    Statement index = m_db->prepare("INSERT INTO timeline_fts (rowid, body) VALUES (?, ?)");
    index.bind(1, m_db->lastInsertRowId()).bind(2, entry.body);
    return index.exec();
}

qint64 Store::insertIncident(const Incident &incident, bool pending)
{
    Statement insert = m_db->prepare(
        "INSERT INTO incident (id, title, summary, severity, status, declared_at, acknowledged_at, mitigated_at, "
        "resolved_at, closed_at, owning_team, business_unit, restricted, declared_by, tags, last_activity_at, pending, "
        "critical_phase, bridge, raci, added_roles) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    insert.bind(1, incident.id)
        .bind(2, incident.title)
        .bind(3, incident.summary)
        .bind(4, incident.severity)
        .bind(5, int(incident.status))
        .bind(6, incident.declaredAt.toMSecsSinceEpoch());
    bindTime(insert, 7, incident.acknowledgedAt);
    bindTime(insert, 8, incident.mitigatedAt);
    bindTime(insert, 9, incident.resolvedAt);
    bindTime(insert, 10, incident.closedAt);
    insert.bind(11, incident.owningTeam)
        .bind(12, incident.businessUnit)
        .bind(13, incident.restricted)
        .bind(14, incident.declaredBy)
        .bind(15, toJsonText(incident.tags))
        .bind(16, incident.declaredAt.toMSecsSinceEpoch())
        .bind(17, pending)
        .bind(18, incident.criticalPhase)
        .bind(19, objectText(incident.bridge.toJson()))
        .bind(20, objectText(incident.raci.toJson()))
        .bind(21, toJsonText(incident.addedRoles));
    if (!insert.exec())
        return 0;
    const qint64 row = m_db->lastInsertRowId();
    bool ok = linkServices(row, incident.affectedServices);
    QList<StatusTransition> steps = incident.transitions;
    if (steps.isEmpty())
        steps.append(StatusTransition{IncidentStatus::Declared, incident.declaredAt, incident.declaredBy});
    for (const StatusTransition &step : std::as_const(steps))
        ok = ok && addTransition(row, step);
    Statement index = m_db->prepare("INSERT INTO incident_fts (rowid, title, summary) VALUES (?,?,?)");
    ok = ok && index.bind(1, row).bind(2, incident.title).bind(3, incident.summary).exec();
    return ok ? row : 0;
}

bool Store::addTransition(qint64 incidentRow, const StatusTransition &step)
{
    Statement insert = m_db->prepare(
        "INSERT INTO status_transition (incident_row, step, status, at, by) "
        "VALUES (?1, (SELECT coalesce(max(step), -1) + 1 FROM status_transition WHERE incident_row = ?1), ?2, ?3, ?4)");
    return insert.bind(1, incidentRow).bind(2, int(step.status)).bind(3, step.at.toMSecsSinceEpoch()).bind(4, step.by).exec();
}

bool Store::stampMilestones(qint64 incidentRow, IncidentStatus status, const QDateTime &at)
{
    const char *milestone = milestoneColumnUpdate(status);
    if (!milestone)
        return true;
    Statement stamp = m_db->prepare(milestone);
    return stamp.bind(1, incidentRow).bind(2, at.toMSecsSinceEpoch()).exec();
}

bool Store::countActivity(qint64 incidentRow, int added, const QDateTime &newest)
{
    Statement update = m_db->prepare(
        "UPDATE incident SET entry_count = entry_count + ?2, last_activity_at = max(last_activity_at, ?3) WHERE row = ?1");
    return update.bind(1, incidentRow).bind(2, added).bind(3, newest.toMSecsSinceEpoch()).exec();
}

bool Store::relieveHolders(qint64 incidentRow, const QString &role, RoleRank rank, const QDateTime &at)
{
    Statement relieve = m_db->prepare(
        "UPDATE role_assignment SET relieved_at = ?4 WHERE incident_row = ?1 AND role = ?2 AND rank = ?3 "
        "AND relieved_at IS NULL");
    return relieve.bind(1, incidentRow).bind(2, role).bind(3, int(rank)).bind(4, at.toMSecsSinceEpoch()).exec();
}

bool Store::insertAssignment(const RoleAssignment &assignment, qint64 incidentRow)
{
    Statement insert = m_db->prepare(
        "INSERT INTO role_assignment (id, incident_row, role, person_id, rank, assigned_at, relieved_at, assigned_by) "
        "VALUES (?,?,?,?,?,?,?,?)");
    insert.bind(1, assignment.id).bind(2, incidentRow).bind(3, assignment.role).bind(4, assignment.personId)
        .bind(5, int(assignment.rank)).bind(6, assignment.assignedAt.toMSecsSinceEpoch());
    bindTime(insert, 7, assignment.relievedAt);
    return insert.bind(8, assignment.assignedBy).exec();
}

bool Store::writeTrack(const Track &track, qint64 incidentRow)
{
    Statement upsert = m_db->prepare(
        "INSERT INTO track (id, incident_row, name, team_id, owner_id, hypothesis, status, ruled_out, created_at) "
        "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9) ON CONFLICT(id) DO UPDATE SET name = ?3, team_id = ?4, owner_id = ?5, "
        "hypothesis = ?6, status = ?7, ruled_out = ?8");
    return upsert.bind(1, track.id).bind(2, incidentRow).bind(3, track.name).bind(4, track.teamId).bind(5, track.ownerId)
        .bind(6, track.hypothesis).bind(7, int(track.status)).bind(8, toJsonText(track.ruledOut))
        .bind(9, track.createdAt.toMSecsSinceEpoch()).exec();
}

bool Store::writeParticipant(const BridgeParticipant &participant, qint64 incidentRow)
{
    Statement upsert = m_db->prepare(
        "INSERT INTO participant (id, incident_row, kind, person_id, display_name, channel, joined_at, left_at, "
        "essential, mute_requested, hand_raised, in_lobby) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12) "
        "ON CONFLICT(id) DO UPDATE SET kind = ?3, person_id = ?4, display_name = ?5, channel = ?6, joined_at = ?7, "
        "left_at = ?8, essential = ?9, mute_requested = ?10, hand_raised = ?11, in_lobby = ?12");
    upsert.bind(1, participant.id).bind(2, incidentRow).bind(3, int(participant.kind)).bind(4, participant.personId)
        .bind(5, participant.displayName).bind(6, participant.channel).bind(7, participant.joinedAt.toMSecsSinceEpoch());
    bindTime(upsert, 8, participant.leftAt);
    upsert.bind(9, participant.essential).bind(10, participant.muteRequested).bind(11, participant.handRaised)
        .bind(12, participant.inLobby);
    return upsert.exec();
}

CommandResult Store::declareIncident(Incident incident)
{
    if (incident.id.isNull())
        incident.id = newId();
    if (!incident.declaredAt.isValid())
        incident.declaredAt = now();
    if (incident.declaredBy.isNull())
        incident.declaredBy = m_actor;
    incident.title = incident.title.trimmed();
    incident.status = IncidentStatus::Declared;
    incident.transitions = {StatusTransition{IncidentStatus::Declared, incident.declaredAt, incident.declaredBy}};
    if (const QString problem = Validation::checkIncident(incident, severityTaxonomy()); !problem.isEmpty())
        return fail(problem);
    if (incidentRow(incident.id) != 0)
        return fail(tr("An incident with this id already exists."));

    Transaction transaction(*m_db);
    bool ok = transaction.isActive() && insertIncident(incident, true) != 0;
    ok = ok && enqueue(makeOp(OpType::IncidentDeclare, incident.id, incident.id, incident.toJson()));
    if (!ok || !commitCommand(transaction))
        return fail(tr("Could not save the incident: %1").arg(storageProblem()));
    emit incidentChanged(incident.id);
    notifyOutbox();
    return {true, {}, incident.id};
}

CommandResult Store::setStatus(const QUuid &incidentId, IncidentStatus status)
{
    const std::optional<Incident> current = incident(incidentId);
    if (!current)
        return fail(tr("No such incident."));
    if (const QString problem = Validation::checkStatusChange(current->status, status); !problem.isEmpty())
        return fail(problem);

    const QDateTime at = now();
    const qint64 row = incidentRow(incidentId);
    TimelineEntry note;
    note.id = newId();
    note.incidentId = incidentId;
    note.kind = EntryKind::StatusChange;
    note.body = tr("Status: %1 → %2").arg(Labels::status(current->status), Labels::status(status));
    note.author = m_actor;
    note.occurredAt = note.recordedAt = at;

    Transaction transaction(*m_db);
    bool ok = transaction.isActive();
    Statement update = m_db->prepare("UPDATE incident SET status = ?2, pending = 1 WHERE row = ?1");
    ok = ok && update.bind(1, row).bind(2, int(status)).exec();
    ok = ok && stampMilestones(row, status, at);
    ok = ok && addTransition(row, StatusTransition{status, at, m_actor});
    ok = ok && insertEntry(note, row);
    ok = ok && countActivity(row, 1, at);
    QJsonObject payload{{QStringLiteral("status"), enumToString(status)},
                        {QStringLiteral("base"), enumToString(current->status)},
                        {QStringLiteral("at"), timeToJson(at)}};
    ok = ok && enqueue(makeOp(OpType::IncidentStatus, incidentId, incidentId, payload));
    ok = ok && enqueue(makeOp(OpType::EntryAdd, incidentId, note.id, {}));
    if (!ok || !commitCommand(transaction))
        return fail(tr("Could not change the status: %1").arg(storageProblem()));
    emit incidentChanged(incidentId);
    emit entryAdded(incidentId, note.id);
    notifyOutbox();
    return {true, {}, incidentId};
}

CommandResult Store::setSeverity(const QUuid &incidentId, const QString &severity)
{
    const std::optional<Incident> current = incident(incidentId);
    if (!current)
        return fail(tr("No such incident."));
    Incident changed = *current;
    changed.severity = severity;
    if (const QString problem = Validation::checkIncident(changed, severityTaxonomy()); !problem.isEmpty())
        return fail(problem);
    if (current->severity == severity)
        return fail(tr("The incident is already %1.").arg(severity));

    const QDateTime at = now();
    const qint64 row = incidentRow(incidentId);
    TimelineEntry note;
    note.id = newId();
    note.incidentId = incidentId;
    note.kind = severityTaxonomy().rank(severity) < severityTaxonomy().rank(current->severity) ? EntryKind::Escalation
                                                                                               : EntryKind::StatusChange;
    note.body = tr("Severity: %1 → %2").arg(current->severity, severity);
    note.author = m_actor;
    note.occurredAt = note.recordedAt = at;

    Transaction transaction(*m_db);
    bool ok = transaction.isActive();
    Statement update = m_db->prepare(
        "UPDATE incident SET severity = ?2, pending = 1, entry_count = entry_count + 1, "
        "last_activity_at = max(last_activity_at, ?3) WHERE row = ?1");
    ok = ok && update.bind(1, row).bind(2, severity).bind(3, at.toMSecsSinceEpoch()).exec();
    ok = ok && insertEntry(note, row);
    QJsonObject payload{{QStringLiteral("severity"), severity}, {QStringLiteral("base"), current->severity}};
    ok = ok && enqueue(makeOp(OpType::IncidentSeverity, incidentId, incidentId, payload));
    ok = ok && enqueue(makeOp(OpType::EntryAdd, incidentId, note.id, {}));
    if (!ok || !commitCommand(transaction))
        return fail(tr("Could not change the severity: %1").arg(storageProblem()));
    emit incidentChanged(incidentId);
    emit entryAdded(incidentId, note.id);
    notifyOutbox();
    return {true, {}, incidentId};
}

CommandResult Store::updateIncident(const Incident &changed, const QList<BridgeParticipant> &participants)
{
    return editIncident(changed.id, [&changed](Incident &incident) { incident = changed; }, participants);
}

CommandResult Store::editIncident(const QUuid &incidentId, const std::function<void(Incident &)> &edit,
                                  const QList<BridgeParticipant> &participants)
{
    const std::optional<Incident> current = incident(incidentId);
    if (!current)
        return fail(tr("No such incident."));
    for (const BridgeParticipant &participant : participants) {
        if (participant.incidentId != incidentId || participant.id.isNull())
            return fail(tr("A participant of another incident cannot change with this one."));
        if (const QString problem = Validation::checkParticipant(participant); !problem.isEmpty())
            return fail(problem);
    }
    Incident edited = *current;
    edit(edited);
    Incident merged = *current; // only the updatable fields are taken from the edit
    merged.title = edited.title.trimmed();
    merged.summary = edited.summary;
    merged.tags = edited.tags;
    merged.affectedServices = edited.affectedServices;
    merged.owningTeam = edited.owningTeam;
    merged.businessUnit = edited.businessUnit;
    merged.restricted = edited.restricted;
    merged.criticalPhase = edited.criticalPhase;
    merged.bridge = edited.bridge;
    merged.raci = edited.raci;
    merged.addedRoles = edited.addedRoles;
    if (const QString problem = Validation::checkIncident(merged, severityTaxonomy()); !problem.isEmpty())
        return fail(problem);

    // Only the fields that changed go into the op, each with the value it replaced, so
    // the server can merge field by field and record a conflict when both sides moved.
    const QJsonObject before = current->toJson();
    const QJsonObject after = merged.toJson();
    QJsonObject fields;
    QJsonObject base;
    for (const QString &key : Incident::updatableFields()) {
        if (before.value(key) != after.value(key)) {
            fields.insert(key, after.value(key).isUndefined() ? QJsonValue() : after.value(key));
            base.insert(key, before.value(key).isUndefined() ? QJsonValue() : before.value(key));
        }
    }
    if (fields.isEmpty() && participants.isEmpty())
        return {true, {}, incidentId};

    const qint64 row = incidentRow(incidentId);
    Transaction transaction(*m_db);
    bool ok = transaction.isActive();
    for (const BridgeParticipant &participant : participants) {
        ok = ok && writeParticipant(participant, row);
        ok = ok && enqueue(makeOp(OpType::ParticipantUpsert, incidentId, participant.id, participant.toJson()));
    }
    if (fields.isEmpty()) {
        if (!ok || !commitCommand(transaction))
            return fail(tr("Could not save the participant: %1").arg(storageProblem()));
        emit participantsChanged(incidentId);
        notifyOutbox();
        return {true, {}, incidentId};
    }
    Statement unindex = m_db->prepare("INSERT INTO incident_fts (incident_fts, rowid, title, summary) VALUES ('delete', ?, ?, ?)");
    ok = ok && unindex.bind(1, row).bind(2, current->title).bind(3, current->summary).exec();
    Statement update = m_db->prepare(
        "UPDATE incident SET title = ?2, summary = ?3, tags = ?4, owning_team = ?5, business_unit = ?6, "
        "restricted = ?7, critical_phase = ?8, bridge = ?9, raci = ?10, added_roles = ?11, pending = 1 WHERE row = ?1");
    ok = ok && update.bind(1, row).bind(2, merged.title).bind(3, merged.summary).bind(4, toJsonText(merged.tags))
                   .bind(5, merged.owningTeam).bind(6, merged.businessUnit).bind(7, merged.restricted)
                   .bind(8, merged.criticalPhase).bind(9, objectText(merged.bridge.toJson()))
                   .bind(10, objectText(merged.raci.toJson())).bind(11, toJsonText(merged.addedRoles)).exec();
    Statement reindex = m_db->prepare("INSERT INTO incident_fts (rowid, title, summary) VALUES (?,?,?)");
    ok = ok && reindex.bind(1, row).bind(2, merged.title).bind(3, merged.summary).exec();
    Statement unlink = m_db->prepare("DELETE FROM incident_service WHERE incident_row = ?");
    ok = ok && unlink.bind(1, row).exec();
    ok = ok && linkServices(row, merged.affectedServices);
    QJsonObject payload{{QStringLiteral("fields"), fields}, {QStringLiteral("base"), base}};
    ok = ok && enqueue(makeOp(OpType::IncidentUpdate, incidentId, incidentId, payload));
    if (!ok || !commitCommand(transaction))
        return fail(tr("Could not save the incident: %1").arg(storageProblem()));
    emit incidentChanged(incidentId);
    if (!participants.isEmpty())
        emit participantsChanged(incidentId);
    notifyOutbox();
    return {true, {}, incidentId};
}

CommandResult Store::setCriticalPhase(const QUuid &incidentId, bool on)
{
    if (incidentRow(incidentId) == 0) // editIncident reads the incident itself
        return fail(tr("No such incident."));
    QList<BridgeParticipant> toLobby;
    if (on) {
        const QList<BridgeParticipant> roster = participants(incidentId);
        for (BridgeParticipant participant : roster) {
            if (participant.isPresent() && !participant.essential && !participant.inLobby) {
                participant.inLobby = true;
                toLobby.append(participant);
            }
        }
    }
    return editIncident(incidentId, [on](Incident &incident) { incident.criticalPhase = on; }, toLobby);
}

CommandResult Store::addEntry(TimelineEntry entry)
{
    QList<TimelineEntry> one{std::move(entry)};
    const CommandResult result = addEntries(std::move(one));
    return result;
}

CommandResult Store::addEntries(QList<TimelineEntry> entries)
{
    if (entries.isEmpty())
        return {true, {}, {}};
    const QDateTime stamp = now();
    // Resolve each incident once; a batch usually targets one incident.
    QHash<QUuid, qint64> rows;
    QHash<qint64, QPair<int, qint64>> activity; // row -> (added, newest occurred-at)
    for (TimelineEntry &entry : entries) {
        if (entry.id.isNull())
            entry.id = newId();
        if (!entry.recordedAt.isValid())
            entry.recordedAt = stamp;
        if (!entry.occurredAt.isValid())
            entry.occurredAt = entry.recordedAt;
        if (entry.author.isNull())
            entry.author = m_actor;
        entry.revision = 1;
        entry.history.clear();
        if (const QString problem = Validation::checkEntry(entry); !problem.isEmpty())
            return fail(problem);
        auto found = rows.find(entry.incidentId);
        if (found == rows.end())
            found = rows.insert(entry.incidentId, incidentRow(entry.incidentId));
        if (found.value() == 0)
            return fail(tr("The incident of this entry is not in the cache."));
    }

    Transaction transaction(*m_db);
    bool ok = transaction.isActive();
    for (const TimelineEntry &entry : std::as_const(entries)) {
        const qint64 row = rows.value(entry.incidentId);
        ok = ok && insertEntry(entry, row);
        // The entry row is the op's payload: pendingOps() derives it (see derivedEntryPayload).
        ok = ok && enqueue(makeOp(OpType::EntryAdd, entry.incidentId, entry.id, {}));
        if (!ok)
            break;
        auto &[added, newest] = activity[row];
        ++added;
        newest = std::max(newest, entry.occurredAt.toMSecsSinceEpoch());
    }
    for (auto it = activity.cbegin(); ok && it != activity.cend(); ++it)
        ok = countActivity(it.key(), it.value().first, QDateTime::fromMSecsSinceEpoch(it.value().second, Qt::UTC));
    if (!ok || !commitCommand(transaction)) {
        if (m_db->lastErrorCode() == 2067 /* SQLITE_CONSTRAINT_UNIQUE */)
            return fail(tr("This entry is already on the timeline."));
        return fail(tr("Could not save the entry: %1").arg(storageProblem()));
    }
    if (entries.size() == 1) {
        emit entryAdded(entries.first().incidentId, entries.first().id);
    } else {
        QHash<QUuid, QList<QUuid>> perIncident;
        for (const TimelineEntry &entry : std::as_const(entries))
            perIncident[entry.incidentId].append(entry.id);
        for (auto it = perIncident.cbegin(); it != perIncident.cend(); ++it)
            emit entriesAdded(it.key(), it.value());
    }
    notifyOutbox();
    return {true, {}, entries.size() == 1 ? entries.first().id : QUuid()};
}

// The timeline is append-only: the current text is kept as a revision before the row
// takes the next one.
bool Store::reviseEntry(qint64 entryRow, const QString &currentBody, const EntryRevision &next, bool pending)
{
    Statement keep = m_db->prepare(
        "INSERT INTO entry_revision (entry_row, revision, kind, body, edited_by, recorded_at) "
        "SELECT row, revision, kind, body, author, recorded_at FROM timeline_entry WHERE row = ?");
    Statement unindex = m_db->prepare("INSERT INTO timeline_fts (timeline_fts, rowid, body) VALUES ('delete', ?, ?)");
    Statement update = m_db->prepare(
        "UPDATE timeline_entry SET kind = ?2, body = ?3, author = ?4, recorded_at = ?5, revision = ?6, "
        "pending = max(pending, ?7) WHERE row = ?1");
    Statement reindex = m_db->prepare("INSERT INTO timeline_fts (rowid, body) VALUES (?, ?)");
    return keep.bind(1, entryRow).exec() && unindex.bind(1, entryRow).bind(2, currentBody).exec()
        && update.bind(1, entryRow).bind(2, int(next.kind)).bind(3, next.body).bind(4, next.editedBy)
               .bind(5, next.recordedAt.toMSecsSinceEpoch()).bind(6, next.revision).bind(7, pending).exec()
        && reindex.bind(1, entryRow).bind(2, next.body).exec();
}

CommandResult Store::editEntry(const QUuid &entryId, EntryKind kind, const QString &body)
{
    const std::optional<TimelineEntry> current = entry(entryId);
    if (!current)
        return fail(tr("No such timeline entry."));
    TimelineEntry edited = *current;
    edited.kind = kind;
    edited.body = body;
    if (const QString problem = Validation::checkEntry(edited); !problem.isEmpty())
        return fail(problem);
    if (current->kind == kind && current->body == body)
        return {true, {}, entryId};
    edited.revision = current->revision + 1;
    edited.recordedAt = now();

    Statement find = m_db->prepare("SELECT row FROM timeline_entry WHERE id = ?");
    find.bind(1, entryId);
    if (!find.next())
        return fail(tr("No such timeline entry."));
    const qint64 row = find.int64(0);
    find.reset();

    Transaction transaction(*m_db);
    bool ok = transaction.isActive();
    const EntryRevision next{edited.revision, kind, body, m_actor.isNull() ? current->author : m_actor, edited.recordedAt};
    ok = ok && reviseEntry(row, current->body, next, true);
    QJsonObject payload{{QStringLiteral("kind"), enumToString(kind)},
                        {QStringLiteral("body"), body},
                        {QStringLiteral("revision"), edited.revision},
                        {QStringLiteral("recordedAt"), timeToJson(edited.recordedAt)}};
    ok = ok && enqueue(makeOp(OpType::EntryEdit, current->incidentId, entryId, payload));
    if (!ok || !commitCommand(transaction))
        return fail(tr("Could not save the edit: %1").arg(storageProblem()));
    emit entryChanged(current->incidentId, entryId);
    notifyOutbox();
    return {true, {}, entryId};
}

CommandResult Store::setEntryPinned(const QUuid &entryId, bool pinned)
{
    const std::optional<TimelineEntry> current = entry(entryId);
    if (!current)
        return fail(tr("No such timeline entry."));
    if (current->pinned == pinned)
        return {true, {}, entryId};
    Transaction transaction(*m_db);
    bool ok = transaction.isActive();
    Statement update = m_db->prepare("UPDATE timeline_entry SET pinned = ?2, pending = 1 WHERE id = ?1");
    ok = ok && update.bind(1, entryId).bind(2, pinned).exec();
    ok = ok && enqueue(makeOp(OpType::EntryPin, current->incidentId, entryId, QJsonObject{{QStringLiteral("pinned"), pinned}}));
    if (!ok || !commitCommand(transaction))
        return fail(tr("Could not pin the entry: %1").arg(storageProblem()));
    emit entryChanged(current->incidentId, entryId);
    notifyOutbox();
    return {true, {}, entryId};
}

CommandResult Store::assignRole(RoleAssignment assignment)
{
    if (assignment.id.isNull())
        assignment.id = newId();
    if (!assignment.assignedAt.isValid())
        assignment.assignedAt = now();
    if (assignment.assignedBy.isNull())
        assignment.assignedBy = m_actor;
    assignment.relievedAt = {};
    if (const QString problem = Validation::checkRoleAssignment(assignment); !problem.isEmpty())
        return fail(problem);
    const qint64 row = incidentRow(assignment.incidentId);
    if (row == 0)
        return fail(tr("No such incident."));

    // A handover: whoever holds this role at this rank is relieved at the same moment.
    QUuid previousPerson;
    Statement holder = m_db->prepare(
        "SELECT person_id FROM role_assignment WHERE incident_row = ? AND role = ? AND rank = ? AND relieved_at IS NULL");
    holder.bind(1, row).bind(2, assignment.role).bind(3, int(assignment.rank));
    if (holder.next())
        previousPerson = holder.uuid(0);
    holder.reset();
    if (previousPerson == assignment.personId)
        return fail(tr("This person already holds the role."));

    const QString role = roleLabel(assignment.role, assignment.rank);
    const TimelineEntry note = roleChangeEntry(
        assignment.incidentId,
        previousPerson.isNull() ? tr("%1 takes the role %2").arg(personName(assignment.personId), role)
                                : tr("Handover of %1: %2 → %3").arg(role, personName(previousPerson), personName(assignment.personId)),
        assignment.assignedAt);

    Transaction transaction(*m_db);
    bool ok = transaction.isActive();
    ok = ok && relieveHolders(row, assignment.role, assignment.rank, assignment.assignedAt);
    ok = ok && insertAssignment(assignment, row);
    ok = ok && insertEntry(note, row);
    ok = ok && countActivity(row, 1, note.occurredAt);
    ok = ok && enqueue(makeOp(OpType::RoleAssign, assignment.incidentId, assignment.id, assignment.toJson()));
    ok = ok && enqueue(makeOp(OpType::EntryAdd, assignment.incidentId, note.id, {}));
    if (!ok || !commitCommand(transaction))
        return fail(tr("Could not assign the role: %1").arg(storageProblem()));
    emit rolesChanged(assignment.incidentId);
    emit entryAdded(assignment.incidentId, note.id);
    notifyOutbox();
    return {true, {}, assignment.id};
}

CommandResult Store::relieveRole(const QUuid &assignmentId)
{
    Statement find = m_db->prepare(
        "SELECT i.id, i.row, r.role, r.rank, r.person_id FROM role_assignment r JOIN incident i ON i.row = r.incident_row "
        "WHERE r.id = ? AND r.relieved_at IS NULL");
    find.bind(1, assignmentId);
    if (!find.next())
        return fail(tr("No such current role assignment."));
    const QUuid incidentId = find.uuid(0);
    const qint64 row = find.int64(1);
    const QString role = roleLabel(find.text(2), RoleRank(find.integer(3)));
    const QUuid person = find.uuid(4);
    find.reset();
    const QDateTime at = now();
    // Stepping down is part of the bridge's story as much as taking a role.
    const TimelineEntry note = roleChangeEntry(incidentId, tr("%1 steps down as %2").arg(personName(person), role), at);
    Transaction transaction(*m_db);
    bool ok = transaction.isActive();
    Statement update = m_db->prepare("UPDATE role_assignment SET relieved_at = ?2 WHERE id = ?1");
    ok = ok && update.bind(1, assignmentId).bind(2, at.toMSecsSinceEpoch()).exec();
    ok = ok && insertEntry(note, row);
    ok = ok && countActivity(row, 1, note.occurredAt);
    ok = ok && enqueue(makeOp(OpType::RoleRelieve, incidentId, assignmentId, QJsonObject{{QStringLiteral("relievedAt"), timeToJson(at)}}));
    ok = ok && enqueue(makeOp(OpType::EntryAdd, incidentId, note.id, {}));
    if (!ok || !commitCommand(transaction))
        return fail(tr("Could not relieve the role: %1").arg(storageProblem()));
    emit rolesChanged(incidentId);
    emit entryAdded(incidentId, note.id);
    notifyOutbox();
    return {true, {}, assignmentId};
}

QString Store::personName(const QUuid &personId) const
{
    Statement name = m_db->prepare("SELECT name FROM person WHERE id = ?");
    name.bind(1, personId);
    return name.next() ? name.text(0) : idToString(personId).left(8);
}

QString Store::roleLabel(const QString &role, RoleRank rank)
{
    return rank == RoleRank::Secondary ? Labels::role(role) + tr(" (secondary)") : Labels::role(role);
}

TimelineEntry Store::roleChangeEntry(const QUuid &incidentId, const QString &body, const QDateTime &at) const
{
    TimelineEntry note;
    note.id = newId();
    note.incidentId = incidentId;
    note.kind = EntryKind::RoleChange;
    note.body = body;
    note.author = m_actor;
    note.occurredAt = note.recordedAt = at;
    return note;
}

CommandResult Store::upsertTrack(Track track)
{
    if (track.id.isNull())
        track.id = newId();
    if (!track.createdAt.isValid())
        track.createdAt = now();
    if (const QString problem = Validation::checkTrack(track); !problem.isEmpty())
        return fail(problem);
    const qint64 row = incidentRow(track.incidentId);
    if (row == 0)
        return fail(tr("No such incident."));
    Transaction transaction(*m_db);
    bool ok = transaction.isActive();
    ok = ok && writeTrack(track, row);
    ok = ok && enqueue(makeOp(OpType::TrackUpsert, track.incidentId, track.id, track.toJson()));
    if (!ok || !commitCommand(transaction))
        return fail(tr("Could not save the track: %1").arg(storageProblem()));
    emit tracksChanged(track.incidentId);
    notifyOutbox();
    return {true, {}, track.id};
}

CommandResult Store::upsertParticipant(BridgeParticipant participant)
{
    if (participant.id.isNull())
        participant.id = newId();
    if (!participant.joinedAt.isValid())
        participant.joinedAt = now();
    if (const QString problem = Validation::checkParticipant(participant); !problem.isEmpty())
        return fail(problem);
    const qint64 row = incidentRow(participant.incidentId);
    if (row == 0)
        return fail(tr("No such incident."));
    Transaction transaction(*m_db);
    bool ok = transaction.isActive();
    ok = ok && writeParticipant(participant, row);
    ok = ok && enqueue(makeOp(OpType::ParticipantUpsert, participant.incidentId, participant.id, participant.toJson()));
    if (!ok || !commitCommand(transaction))
        return fail(tr("Could not save the participant: %1").arg(storageProblem()));
    emit participantsChanged(participant.incidentId);
    notifyOutbox();
    return {true, {}, participant.id};
}

bool Store::replaceDirectory(const QList<Team> &teams, const QList<Person> &people, const QList<Service> &services)
{
    Transaction transaction(*m_db);
    bool ok = transaction.isActive();
    for (const Team &team : teams) {
        Statement upsert = m_db->prepare(
            "INSERT INTO team (id, name, business_unit) VALUES (?1,?2,?3) "
            "ON CONFLICT(id) DO UPDATE SET name = ?2, business_unit = ?3");
        ok = ok && upsert.bind(1, team.id).bind(2, team.name).bind(3, team.businessUnit).exec();
    }
    for (const Person &person : people) {
        Statement upsert = m_db->prepare(
            "INSERT INTO person (id, name, handle, email, team_id) VALUES (?1,?2,?3,?4,?5) "
            "ON CONFLICT(id) DO UPDATE SET name = ?2, handle = ?3, email = ?4, team_id = ?5");
        ok = ok && upsert.bind(1, person.id).bind(2, person.name).bind(3, person.handle).bind(4, person.email)
                       .bind(5, person.teamId).exec();
    }
    for (const Service &service : services) {
        Statement upsert = m_db->prepare(
            "INSERT INTO service (id, name, owner_team_id, tier) VALUES (?1,?2,?3,?4) "
            "ON CONFLICT(id) DO UPDATE SET name = ?2, owner_team_id = ?3, tier = ?4");
        ok = ok && upsert.bind(1, service.id).bind(2, service.name).bind(3, service.ownerTeamId).bind(4, service.tier).exec();
    }
    if (!ok || !commitCommand(transaction)) {
        qCWarning(lcStore) << "could not store the directory:" << m_db->lastError();
        return false;
    }
    emit directoryChanged();
    return true;
}

bool Store::setSeverityTaxonomy(const SeverityTaxonomy &taxonomy)
{
    if (taxonomy.levels().isEmpty())
        return false;
    Transaction transaction(*m_db);
    bool ok = transaction.isActive() && m_db->exec(QStringLiteral("DELETE FROM severity_level"));
    int rank = 0;
    for (const SeverityLevel &level : taxonomy.levels()) {
        Statement insert = m_db->prepare("INSERT INTO severity_level (rank, key, name, criteria) VALUES (?,?,?,?)");
        ok = ok && insert.bind(1, rank++).bind(2, level.key).bind(3, level.name).bind(4, level.criteria).exec();
    }
    return ok && transaction.commit();
}

bool Store::markRead(const QUuid &incidentId)
{
    // Only writes when something is unread: the console calls this for every entry that
    // arrives on the incident in view, and a no-op must not notify. A marker is local and
    // disposable, so it neither waits for the disk (a lost one shows entries unread again)
    // nor for another connection's write lock (the housekeeping's merge, a stream burst
    // still being written; the caller tries again later): the console's start and a live
    // timeline paid both on the UI thread.
    Statement unread = m_db->prepare("SELECT 1 FROM incident WHERE id = ? AND read_entries IS NOT entry_count");
    if (!unread.bind(1, incidentId).next())
        return true; // nothing to mark: no lock taken, no burst of the stream made to wait
    unread.reset();
    const RelaxedDurability relaxed(*m_db);
    Transaction transaction(*m_db, LockWait::DontWait);
    Statement update = m_db->prepare(
        "UPDATE incident SET read_entries = entry_count WHERE id = ? AND read_entries IS NOT entry_count");
    if (!transaction.isActive() || !update.bind(1, incidentId).exec())
        return false;
    const bool moved = m_db->changes() > 0;
    update.reset();
    if (!transaction.commit())
        return false;
    if (moved)
        emit readMarkerChanged(incidentId);
    return true;
}

} // namespace Sitrep
