// The store's sync side: settling pushed ops and folding the server's change feed into
// the cache (docs/SYNC.md "Client"). Nothing here writes outbox ops: these rows come from
// the server.
//
// The rule that makes every console converge on the server's state: changes are applied
// in seq order, and a field that a local op will change again *after* the change (an op
// still pending, or acknowledged with a higher seq) keeps its local value; the server will
// apply that op later and its echo, coming back through the feed, sets the final value.

#include "Store.h"

#include "LogCategories.h"
#include "Sqlite.h"
#include "StoreRows.h"
#include "model/Ids.h"

#include <QJsonDocument>

#include <sqlite3.h>

#include <optional>

namespace Sitrep {

using namespace Rows;

namespace {

const char CursorKey[] = "cursor";
const char LastSyncKey[] = "lastSync";

QString jsonText(const QJsonValue &value)
{
    // A bare value in an array: QJsonDocument only holds objects and arrays.
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

QJsonValue jsonValue(const QString &text)
{
    return QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + "]").array().at(0);
}

// What local ops, ordered after a change by the server (still pending, or acknowledged
// with a higher seq), will change again on the change's entity.
struct LocalHold {
    QSet<QString> fields; // incident fields, "pinned", or "*" for a whole document
    int edits = 0;        // entry.edit revisions that sit above the change's revision
    bool holds(const QString &field) const { return fields.contains(field) || fields.contains(QStringLiteral("*")); }
};

LocalHold localHold(SqliteDb &db, const Change &change)
{
    Statement query = db.prepare(
        "SELECT type, payload FROM outbox WHERE entity_id = ?1 AND op_id <> ?2 AND (acked_seq IS NULL OR acked_seq > ?3)");
    query.bind(1, change.op.entityId).bind(2, change.op.opId).bind(3, change.seq);
    LocalHold hold;
    while (query.next()) {
        switch (enumFromString<OpType>(query.text(0)).value_or(OpType::EntryAdd)) {
        case OpType::IncidentUpdate: {
            const QJsonObject payload = QJsonDocument::fromJson(query.text(1).toUtf8()).object();
            const QStringList keys = payload.value(QStringLiteral("fields")).toObject().keys();
            for (const QString &key : keys)
                hold.fields.insert(key);
            break;
        }
        case OpType::IncidentSeverity:
            hold.fields.insert(QStringLiteral("severity"));
            break;
        case OpType::IncidentStatus:
            hold.fields.insert(QStringLiteral("status"));
            break;
        case OpType::EntryPin:
            hold.fields.insert(QStringLiteral("pinned"));
            break;
        case OpType::EntryEdit:
            ++hold.edits;
            break;
        case OpType::TrackUpsert:
        case OpType::ParticipantUpsert:
            hold.fields.insert(QStringLiteral("*"));
            break;
        default:
            break;
        }
    }
    return hold;
}

// The value a field has after the change: the server's winning value when it recorded a
// conflict on it, else what the op asked for.
QJsonValue valueAfter(const Change &change, const QString &field, const QJsonValue &wanted)
{
    for (const ChangeConflict &conflict : change.conflicts) {
        if (conflict.field == field)
            return conflict.winning;
    }
    return wanted;
}

} // namespace

// Everything one sync transaction touched, notified after it commits.
struct Store::SyncBatch {
    int settled = 0;                        // ops that stopped being pending
    QSet<QUuid> settledEntities;            // rows whose pending flag may clear
    QSet<QUuid> incidentsChanged;
    QHash<QUuid, QList<QUuid>> entriesAdded; // incident -> entries, in order
    QHash<qint64, QPair<int, QDateTime>> activity; // incident row -> entries added, newest
    QSet<QPair<QUuid, QUuid>> entriesChanged;
    QSet<QUuid> rolesChanged;
    QSet<QUuid> tracksChanged;
    QSet<QUuid> participantsChanged;
    int conflictsAdded = 0;
    bool rejected = false;
    QList<QUuid> unknownIncidents;
    // Per transaction: a page is mostly one incident's entries, and mostly not our own.
    QHash<QUuid, qint64> incidentRows;
    bool outboxEmpty = false; // nothing of ours can come back: no lookup per change
};

qint64 Store::syncCursor() const
{
    return syncValue(QLatin1String(CursorKey)).toLongLong();
}

QString Store::syncValue(const QString &key) const
{
    Statement query = m_db->prepare("SELECT value FROM sync_state WHERE key = ?");
    query.bind(1, key);
    return query.next() ? query.text(0) : QString();
}

bool Store::setSyncValue(const QString &key, const QString &value)
{
    // Outside a transaction it takes one, as every write of the console's connection does:
    // a stream burst holding the write lock until this thread decides steps back
    // (SqliteDb::setBeforeWrite) instead of waiting for this write while it waits for it.
    std::optional<Transaction> own;
    if (!m_db->inTransaction())
        own.emplace(*m_db);
    Statement upsert = m_db->prepare(
        "INSERT INTO sync_state (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = ?2");
    const bool written = (!own || own->isActive()) && upsert.bind(1, key).bind(2, value).exec();
    return written && (!own || own->commit());
}

// Marks one outbox op as stored by the server with seq. False only on a storage failure;
// an op that is not pending (already settled, or never ours) is left alone.
bool Store::settleOp(const QUuid &opId, qint64 seq, SyncBatch &batch)
{
    Statement find = m_db->prepare("SELECT entity_id FROM outbox WHERE op_id = ? AND acked_seq IS NULL");
    find.bind(1, opId);
    if (!find.next())
        return true;
    const QUuid entity = find.uuid(0);
    find.reset();
    Statement settle = m_db->prepare("UPDATE outbox SET acked_seq = ?2 WHERE op_id = ?1 AND acked_seq IS NULL");
    if (!settle.bind(1, opId).bind(2, seq).exec())
        return false;
    ++batch.settled;
    batch.settledEntities.insert(entity);
    return true;
}

// A row stops being pending when no op of it waits for the server any more.
bool Store::clearPendingFlags(SyncBatch &batch)
{
    for (const QUuid &entity : std::as_const(batch.settledEntities)) {
        Statement waiting = m_db->prepare("SELECT 1 FROM outbox WHERE entity_id = ? AND acked_seq IS NULL LIMIT 1");
        waiting.bind(1, entity);
        if (waiting.next())
            continue;
        Statement entry = m_db->prepare(
            "SELECT i.id FROM timeline_entry e JOIN incident i ON i.row = e.incident_row WHERE e.id = ? AND e.pending = 1");
        entry.bind(1, entity);
        if (entry.next())
            batch.entriesChanged.insert({entry.uuid(0), entity});
        Statement clearIncident = m_db->prepare("UPDATE incident SET pending = 0 WHERE id = ? AND pending = 1");
        Statement clearEntry = m_db->prepare("UPDATE timeline_entry SET pending = 0 WHERE id = ? AND pending = 1");
        if (!clearIncident.bind(1, entity).exec() || !clearEntry.bind(1, entity).exec())
            return false;
    }
    return true;
}

// The end of every sync transaction: acknowledged ops the feed has passed (cursor) are
// part of the folded state and leave the outbox; rows with nothing left waiting stop being
// pending; the pending counter loses what this transaction settled.
bool Store::settleBatch(SyncBatch &batch, qint64 cursor)
{
    Statement passed = m_db->prepare("DELETE FROM outbox WHERE acked_seq IS NOT NULL AND acked_seq <= ?");
    Statement count = m_db->prepare("UPDATE outbox_size SET pending = max(pending - ?, 0) WHERE id = 1");
    return passed.bind(1, cursor).exec() && clearPendingFlags(batch) && count.bind(1, batch.settled).exec();
}

bool Store::acknowledge(const QList<OpResult> &results)
{
    SyncBatch batch;
    Transaction transaction(*m_db);
    bool ok = transaction.isActive();
    for (const OpResult &result : results) {
        if (!ok)
            break;
        if (result.isStored()) {
            ok = settleOp(result.opId, result.seq, batch);
        } else if (result.status == OpResult::Unavailable) {
            Statement attempt = m_db->prepare("UPDATE outbox SET attempts = attempts + 1 WHERE op_id = ?");
            ok = attempt.bind(1, result.opId).exec();
        } else {
            // Rejected: the server will never have it. The op leaves the outbox for the
            // rejected list, and its row is marked (pending = 2) instead of silently kept.
            Statement find = m_db->prepare(
                "DELETE FROM outbox WHERE op_id = ? AND acked_seq IS NULL RETURNING type, incident_id, entity_id");
            find.bind(1, result.opId);
            if (!find.next())
                continue;
            const QString type = find.text(0);
            const QUuid incidentId = find.uuid(1);
            const QUuid entity = find.uuid(2);
            find.reset();
            Statement keep = m_db->prepare(
                "INSERT OR REPLACE INTO rejected_op (op_id, type, incident_id, entity_id, error, rejected_at) "
                "VALUES (?,?,?,?,?,?)");
            Statement markEntry = m_db->prepare("UPDATE timeline_entry SET pending = 2 WHERE id = ?");
            Statement markIncident = m_db->prepare("UPDATE incident SET pending = 2 WHERE id = ?");
            ok = keep.bind(1, result.opId).bind(2, type).bind(3, incidentId).bind(4, entity).bind(5, result.error)
                     .bind(6, now().toMSecsSinceEpoch()).exec()
                && markEntry.bind(1, entity).exec() && markIncident.bind(1, entity).exec();
            ++batch.settled;
            batch.rejected = true;
            batch.incidentsChanged.insert(incidentId);
            qCWarning(lcStore) << "the server refused op" << idToString(result.opId) << type << ":" << result.error;
        }
    }
    // A duplicate answer may carry a seq the feed has already passed.
    ok = ok && settleBatch(batch, syncCursor());
    if (!ok || !transaction.commit()) {
        qCWarning(lcStore) << "could not settle pushed ops:" << storageProblem();
        return false;
    }
    notifySync(batch);
    return true;
}

// The open transaction of changes written by writeUncommitted, and what they changed.
struct Store::PendingApply {
    explicit PendingApply(SqliteDb &db) : refetchable(db), transaction(db) {}
    const RelaxedDurability refetchable; // the cursor commits with them
    Transaction transaction;
    std::shared_ptr<SyncBatch> batch = std::make_shared<SyncBatch>();
};

ApplyResult Store::applyChanges(const QList<Change> &changes, qint64 cursorAfter)
{
    SyncBatch batch;
    ApplyResult result;
    {
        const RelaxedDurability refetchable(*m_db); // the cursor commits with them
        Transaction transaction(*m_db);
        result = writeInto(changes, cursorAfter, transaction, batch);
        if (result.ok && !transaction.commit())
            result = storeFailure();
    }
    if (result.ok)
        notifySync(batch);
    return result;
}

namespace {

bool asked(const std::atomic<bool> *stop)
{
    return stop && stop->load(std::memory_order_relaxed);
}

ApplyResult stopped()
{
    ApplyResult result;
    result.cancelled = true;
    return result;
}

} // namespace

std::shared_ptr<Store::PendingApply> Store::writeUncommitted(const QList<Change> &changes, ApplyResult *written,
                                                              const std::atomic<bool> *stop)
{
    if (asked(stop)) {
        *written = stopped();
        return nullptr;
    }
    auto pending = std::make_shared<PendingApply>(*m_db);
    *written = writeInto(changes, 0, pending->transaction, *pending->batch, stop);
    if (!written->ok)
        return nullptr; // rolls back
    // The burst's pages go to the log now, on this (the writer's) thread, so that the
    // commit its owner waits for writes little. The first frame a writer puts in a log
    // that was wholly checkpointed (the log starts over) or new syncs the log's header to
    // disk even at synchronous=NORMAL: at commit, that fsync (40-70 ms at times) stalled
    // the UI thread. Not for a burst asked to stop: it is rolled back anyway.
    if (asked(stop)) {
        *written = stopped();
        return nullptr; // rolls back
    }
    if (const int rc = m_db->writeChangesToLog(); rc != SQLITE_OK && (rc & 0xFF) != SQLITE_BUSY) {
        qCWarning(lcStore) << "could not write a burst to the log:" << m_db->lastError();
        *written = storeFailure(); // before the rollback on return, which may record its own error
        return nullptr;
    }
    return pending;
}

ApplyResult Store::commitWritten(std::shared_ptr<PendingApply> pending, const ApplyResult &written,
                                 std::shared_ptr<const SyncBatch> *changed)
{
    if (!pending->transaction.commit())
        return storeFailure();
    *changed = pending->batch;
    return written;
}

void Store::announce(const SyncBatch &changed)
{
    notifySync(changed);
}

ApplyResult Store::storeFailure() const
{
    ApplyResult failed;
    failed.error = tr("Could not store changes from the server: %1").arg(storageProblem());
    return failed;
}

ApplyResult Store::writeInto(const QList<Change> &changes, qint64 cursorAfter, Transaction &transaction, SyncBatch &batch,
                             const std::atomic<bool> *stop)
{
    ApplyResult result;
    bool ok = transaction.isActive();
    qint64 cursor = syncCursor();
    {
        Statement anyOp = m_db->prepare("SELECT NOT EXISTS (SELECT 1 FROM outbox)");
        batch.outboxEmpty = anyOp.next() && anyOp.integer(0) == 1;
    }
    for (const Change &change : changes) {
        if (!ok)
            break;
        if (asked(stop))
            return stopped(); // the caller rolls back
        if (change.seq <= cursor)
            continue; // already applied (a page and the stream may overlap)
        ok = applyChange(change, batch);
        cursor = change.seq;
        ++result.applied;
    }
    cursor = std::max(cursor, cursorAfter);
    for (auto it = batch.activity.cbegin(); ok && it != batch.activity.cend(); ++it)
        ok = countActivity(it.key(), it.value().first, it.value().second);
    ok = ok && settleBatch(batch, cursor);
    ok = ok && setSyncValue(QLatin1String(CursorKey), QString::number(cursor));
    if (!ok)
        return storeFailure();
    result.ok = true;
    result.unknownIncidents = batch.unknownIncidents;
    return result;
}

bool Store::applyChange(const Change &change, SyncBatch &batch)
{
    const Op &op = change.op;
    // Our own op coming back: settle it if its answer was lost, and do not apply it twice.
    bool ownEcho = false;
    if (!batch.outboxEmpty) {
        Statement own = m_db->prepare("SELECT 1 FROM outbox WHERE op_id = ?");
        own.bind(1, op.opId);
        ownEcho = own.next();
    }
    if (ownEcho && !settleOp(op.opId, change.seq, batch))
        return false;

    for (qsizetype i = 0; i < change.conflicts.size(); ++i) {
        const ChangeConflict &conflict = change.conflicts.at(i);
        Statement insert = m_db->prepare(
            "INSERT OR IGNORE INTO conflict (seq, position, incident_id, field, losing_value, winning_value, actor, at) "
            "VALUES (?,?,?,?,?,?,?,?)");
        insert.bind(1, change.seq).bind(2, int(i)).bind(3, op.incidentId).bind(4, conflict.field)
            .bind(5, jsonText(conflict.losing)).bind(6, jsonText(conflict.winning)).bind(7, op.actor)
            .bind(8, (change.appliedAt.isValid() ? change.appliedAt : now()).toMSecsSinceEpoch());
        if (!insert.exec())
            return false;
        ++batch.conflictsAdded;
    }

    if (op.type == OpType::IncidentDeclare) {
        if (incidentRow(op.incidentId) != 0)
            return true;
        const Decoded<Incident> incident = Incident::fromJson(op.payload);
        if (!incident) {
            qCWarning(lcStore) << "skipping change" << change.seq << ":" << incident.error;
            return true;
        }
        batch.incidentsChanged.insert(op.incidentId);
        const qint64 inserted = insertIncident(*incident.value, false);
        batch.incidentRows.insert(op.incidentId, inserted);
        return inserted != 0;
    }
    auto cached = batch.incidentRows.find(op.incidentId);
    if (cached == batch.incidentRows.end())
        cached = batch.incidentRows.insert(op.incidentId, incidentRow(op.incidentId));
    const qint64 row = cached.value();
    if (row == 0) {
        if (!batch.unknownIncidents.contains(op.incidentId))
            batch.unknownIncidents.append(op.incidentId);
        return true;
    }
    switch (op.type) {
    case OpType::IncidentUpdate:
    case OpType::IncidentStatus:
    case OpType::IncidentSeverity:
        return applyIncidentChange(change, row, ownEcho, batch);
    case OpType::EntryAdd:
    case OpType::EntryEdit:
    case OpType::EntryPin:
        return applyEntryChange(change, row, ownEcho, batch);
    case OpType::RoleAssign:
    case OpType::RoleRelieve:
        return applyRoleChange(change, row, batch);
    case OpType::TrackUpsert: {
        if (localHold(*m_db, change).holds(QStringLiteral("*")))
            return true;
        const Decoded<Track> track = Track::fromJson(op.payload);
        batch.tracksChanged.insert(op.incidentId);
        return !track || writeTrack(*track.value, row);
    }
    case OpType::ParticipantUpsert: {
        if (localHold(*m_db, change).holds(QStringLiteral("*")))
            return true;
        const Decoded<BridgeParticipant> participant = BridgeParticipant::fromJson(op.payload);
        batch.participantsChanged.insert(op.incidentId);
        return !participant || writeParticipant(*participant.value, row);
    }
    case OpType::IncidentDeclare:
        break;
    }
    return true;
}

bool Store::applyIncidentChange(const Change &change, qint64 incidentRow, bool ownEcho, SyncBatch &batch)
{
    const Op &op = change.op;
    const LocalHold hold = localHold(*m_db, change);
    batch.incidentsChanged.insert(op.incidentId);
    if (op.type == OpType::IncidentSeverity) {
        const QString field = QStringLiteral("severity");
        return hold.holds(field) || setIncidentField(incidentRow, field, valueAfter(change, field, op.payload.value(field)));
    }
    if (op.type == OpType::IncidentUpdate) {
        const QJsonObject fields = op.payload.value(QStringLiteral("fields")).toObject();
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            if (!hold.holds(it.key()) && !setIncidentField(incidentRow, it.key(), valueAfter(change, it.key(), it.value())))
                return false;
        }
        return true;
    }
    // Status: only forward moves move it; a conflict's winning value is the status after.
    const QString field = QStringLiteral("status");
    if (hold.holds(field))
        return true;
    const QString wanted = op.payload.value(field).toString();
    const std::optional<IncidentStatus> after = enumFromString<IncidentStatus>(valueAfter(change, field, wanted).toString());
    Statement current = m_db->prepare("SELECT status FROM incident WHERE row = ?");
    current.bind(1, incidentRow);
    if (!after || !current.next() || IncidentStatus(current.integer(0)) == *after)
        return true;
    current.reset();
    const QDateTime at = timeFromJson(op.payload.value(QStringLiteral("at")).toString()).isValid()
        ? timeFromJson(op.payload.value(QStringLiteral("at")).toString())
        : change.appliedAt;
    Statement update = m_db->prepare("UPDATE incident SET status = ?2 WHERE row = ?1");
    if (!update.bind(1, incidentRow).bind(2, int(*after)).exec() || !stampMilestones(incidentRow, *after, at))
        return false;
    // Our own move is on the local history already; another console's is added.
    if (!ownEcho && enumToString(*after) == wanted)
        return addTransition(incidentRow, StatusTransition{*after, at, op.actor});
    return true;
}

bool Store::setIncidentField(qint64 incidentRow, const QString &field, const QJsonValue &value)
{
    if (field == QLatin1String("affectedServices")) {
        Statement unlink = m_db->prepare("DELETE FROM incident_service WHERE incident_row = ?");
        QList<QUuid> services;
        for (const QJsonValue &id : value.toArray())
            services.append(idFromString(id.toString()));
        return unlink.bind(1, incidentRow).exec() && linkServices(incidentRow, services);
    }
    if (field == QLatin1String("title") || field == QLatin1String("summary")) {
        // The full-text index holds the old text until it is told to forget it.
        Statement old = m_db->prepare("SELECT title, summary FROM incident WHERE row = ?");
        old.bind(1, incidentRow);
        if (!old.next())
            return false;
        const QString title = old.text(0);
        const QString summary = old.text(1);
        old.reset();
        Statement unindex = m_db->prepare("INSERT INTO incident_fts (incident_fts, rowid, title, summary) VALUES ('delete', ?, ?, ?)");
        Statement update = m_db->prepare(field == QLatin1String("title") ? "UPDATE incident SET title = ?2 WHERE row = ?1"
                                                                         : "UPDATE incident SET summary = ?2 WHERE row = ?1");
        Statement reindex = m_db->prepare("INSERT INTO incident_fts (rowid, title, summary) SELECT row, title, summary FROM incident WHERE row = ?");
        return unindex.bind(1, incidentRow).bind(2, title).bind(3, summary).exec()
            && update.bind(1, incidentRow).bind(2, value.toString()).exec() && reindex.bind(1, incidentRow).exec();
    }
    const char *sql = nullptr;
    if (field == QLatin1String("severity"))
        sql = "UPDATE incident SET severity = ?2 WHERE row = ?1";
    else if (field == QLatin1String("tags"))
        sql = "UPDATE incident SET tags = ?2 WHERE row = ?1";
    else if (field == QLatin1String("owningTeam"))
        sql = "UPDATE incident SET owning_team = ?2 WHERE row = ?1";
    else if (field == QLatin1String("businessUnit"))
        sql = "UPDATE incident SET business_unit = ?2 WHERE row = ?1";
    else if (field == QLatin1String("restricted"))
        sql = "UPDATE incident SET restricted = ?2 WHERE row = ?1";
    else if (field == QLatin1String("criticalPhase"))
        sql = "UPDATE incident SET critical_phase = ?2 WHERE row = ?1";
    else if (field == QLatin1String("bridge"))
        sql = "UPDATE incident SET bridge = ?2 WHERE row = ?1";
    else if (field == QLatin1String("raci"))
        sql = "UPDATE incident SET raci = ?2 WHERE row = ?1";
    else if (field == QLatin1String("addedRoles"))
        sql = "UPDATE incident SET added_roles = ?2 WHERE row = ?1";
    if (!sql)
        return true; // a field this console does not know (a newer server): nothing to show
    Statement update = m_db->prepare(sql);
    update.bind(1, incidentRow);
    if (field == QLatin1String("tags") || field == QLatin1String("addedRoles")) {
        QStringList items; // null (cleared) is []
        for (const QJsonValue &item : value.toArray())
            items.append(item.toString());
        update.bind(2, toJsonText(items));
    } else if (field == QLatin1String("owningTeam")) {
        update.bind(2, idFromString(value.toString()));
    } else if (field == QLatin1String("restricted") || field == QLatin1String("criticalPhase")) {
        update.bind(2, value.toBool());
    } else if (field == QLatin1String("bridge") || field == QLatin1String("raci")) {
        update.bind(2, objectText(value.toObject())); // null (cleared) is {}
    } else {
        update.bind(2, value.toString());
    }
    return update.exec();
}

bool Store::applyEntryChange(const Change &change, qint64 incidentRow, bool ownEcho, SyncBatch &batch)
{
    const Op &op = change.op;
    if (op.type == OpType::EntryAdd) {
        Statement exists = m_db->prepare("SELECT 1 FROM timeline_entry WHERE id = ?");
        exists.bind(1, op.entityId);
        if (exists.next())
            return true;
        exists.reset();
        const Decoded<TimelineEntry> entry = TimelineEntry::fromJson(op.payload);
        if (!entry) {
            qCWarning(lcStore) << "skipping change" << change.seq << ":" << entry.error;
            return true;
        }
        TimelineEntry added = *entry.value;
        added.revision = 1;
        batch.entriesAdded[op.incidentId].append(added.id);
        // Counted once per incident and page (applyChanges), as addEntries does.
        auto &[count, newest] = batch.activity[incidentRow];
        ++count;
        newest = std::max(newest, added.occurredAt);
        return insertEntry(added, incidentRow, false);
    }
    Statement find = m_db->prepare("SELECT row, revision, body FROM timeline_entry WHERE id = ? AND incident_row = ?");
    find.bind(1, op.entityId).bind(2, incidentRow);
    if (ownEcho || !find.next())
        return true; // our own edit is already here; an unknown entry cannot be edited
    const qint64 entryRow = find.int64(0);
    const int revision = find.integer(1);
    const QString body = find.text(2);
    find.reset();
    const LocalHold hold = localHold(*m_db, change);
    batch.entriesChanged.insert({op.incidentId, op.entityId});
    if (op.type == OpType::EntryPin) {
        if (hold.holds(QStringLiteral("pinned")))
            return true;
        Statement pin = m_db->prepare("UPDATE timeline_entry SET pinned = ?2 WHERE row = ?1");
        return pin.bind(1, entryRow).bind(2, op.payload.value(QStringLiteral("pinned")).toBool()).exec();
    }
    EntryRevision next;
    next.kind = enumFromString<EntryKind>(op.payload.value(QStringLiteral("kind")).toString()).value_or(EntryKind::Note);
    next.body = op.payload.value(QStringLiteral("body")).toString();
    next.editedBy = op.actor;
    next.recordedAt = timeFromJson(op.payload.value(QStringLiteral("recordedAt")).toString());
    if (!next.recordedAt.isValid())
        next.recordedAt = change.appliedAt;
    if (hold.edits == 0) {
        next.revision = revision + 1;
        return reviseEntry(entryRow, body, next, false);
    }
    // Local edits the server will number after this one: this revision goes below them,
    // as the server orders it, and they move up by one (the current text stays ours).
    next.revision = revision - hold.edits + 1;
    Statement lift = m_db->prepare(
        "UPDATE entry_revision SET revision = -(revision + 1) WHERE entry_row = ?1 AND revision >= ?2");
    Statement settle = m_db->prepare("UPDATE entry_revision SET revision = -revision WHERE entry_row = ?1 AND revision < 0");
    Statement insert = m_db->prepare(
        "INSERT INTO entry_revision (entry_row, revision, kind, body, edited_by, recorded_at) VALUES (?,?,?,?,?,?)");
    Statement top = m_db->prepare("UPDATE timeline_entry SET revision = revision + 1 WHERE row = ?");
    return lift.bind(1, entryRow).bind(2, next.revision).exec() && settle.bind(1, entryRow).exec()
        && insert.bind(1, entryRow).bind(2, next.revision).bind(3, int(next.kind)).bind(4, next.body)
               .bind(5, next.editedBy).bind(6, next.recordedAt.toMSecsSinceEpoch()).exec()
        && top.bind(1, entryRow).exec();
}

bool Store::applyRoleChange(const Change &change, qint64 incidentRow, SyncBatch &batch)
{
    const Op &op = change.op;
    batch.rolesChanged.insert(op.incidentId);
    if (op.type == OpType::RoleRelieve) {
        const QDateTime at = timeFromJson(op.payload.value(QStringLiteral("relievedAt")).toString());
        Statement relieve = m_db->prepare("UPDATE role_assignment SET relieved_at = coalesce(relieved_at, ?2) WHERE id = ?1");
        return relieve.bind(1, op.entityId).bind(2, (at.isValid() ? at : change.appliedAt).toMSecsSinceEpoch()).exec();
    }
    Statement exists = m_db->prepare("SELECT 1 FROM role_assignment WHERE id = ?");
    exists.bind(1, op.entityId);
    if (exists.next())
        return true; // ours, already here
    exists.reset();
    const Decoded<RoleAssignment> decoded = RoleAssignment::fromJson(op.payload);
    if (!decoded)
        return true;
    RoleAssignment assignment = *decoded.value;
    // The current holder may be a local assignment the server will order after this one:
    // then this one is relieved by it, as the server will do. Otherwise a handover.
    Statement holder = m_db->prepare(
        "SELECT r.assigned_at FROM role_assignment r JOIN outbox o ON o.entity_id = r.id "
        "WHERE r.incident_row = ?1 AND r.role = ?2 AND r.rank = ?3 AND r.relieved_at IS NULL "
        "AND (o.acked_seq IS NULL OR o.acked_seq > ?4)");
    holder.bind(1, incidentRow).bind(2, assignment.role).bind(3, int(assignment.rank)).bind(4, change.seq);
    if (holder.next()) {
        assignment.relievedAt = timeAt(holder, 0);
        holder.reset();
        return insertAssignment(assignment, incidentRow);
    }
    holder.reset();
    return relieveHolders(incidentRow, assignment.role, assignment.rank, assignment.assignedAt)
        && insertAssignment(assignment, incidentRow);
}

bool Store::importIncident(const Incident &incident, const QList<TimelineEntry> &entries)
{
    SyncBatch batch;
    Transaction transaction(*m_db);
    bool ok = transaction.isActive();
    qint64 row = incidentRow(incident.id);
    if (ok && row == 0) {
        row = insertIncident(incident, false);
        ok = row != 0;
        batch.incidentsChanged.insert(incident.id);
    }
    for (const TimelineEntry &entry : entries) {
        if (!ok)
            break;
        Statement exists = m_db->prepare("SELECT 1 FROM timeline_entry WHERE id = ?");
        exists.bind(1, entry.id);
        if (exists.next())
            continue;
        exists.reset();
        ok = insertEntry(entry, row, false) && countActivity(row, 1, entry.occurredAt);
        batch.entriesAdded[incident.id].append(entry.id);
    }
    if (!ok || !transaction.commit()) {
        qCWarning(lcStore) << "could not import incident" << idToString(incident.id) << ":" << storageProblem();
        return false;
    }
    notifySync(batch);
    return true;
}

bool Store::refreshIncident(const Incident &incident)
{
    const qint64 row = incidentRow(incident.id);
    if (row == 0)
        return importIncident(incident, {});
    // Only ops still waiting for the server hold a field: the server's copy is newer than
    // anything it has acknowledged.
    Change probe;
    probe.seq = std::numeric_limits<qint64>::max();
    probe.op.entityId = incident.id;
    const LocalHold hold = localHold(*m_db, probe);
    const QJsonObject fields = incident.toJson();
    Transaction transaction(*m_db);
    bool ok = transaction.isActive();
    for (const QString &field : Incident::updatableFields() + QStringList{QStringLiteral("severity")}) {
        if (ok && !hold.holds(field))
            ok = setIncidentField(row, field, fields.value(field));
    }
    if (ok && !hold.holds(QStringLiteral("status"))) {
        Statement status = m_db->prepare("UPDATE incident SET status = ?2 WHERE row = ?1");
        ok = status.bind(1, row).bind(2, int(incident.status)).exec();
    }
    Statement settled = m_db->prepare(
        "UPDATE incident SET pending = 0 WHERE row = ?1 AND NOT EXISTS "
        "(SELECT 1 FROM outbox WHERE entity_id = ?2 AND acked_seq IS NULL)");
    ok = ok && settled.bind(1, row).bind(2, incident.id).exec();
    if (!ok || !transaction.commit()) {
        qCWarning(lcStore) << "could not refresh incident" << idToString(incident.id) << ":" << storageProblem();
        return false;
    }
    emit incidentChanged(incident.id);
    return true;
}

QList<ConflictRecord> Store::conflicts(const QUuid &incidentId) const
{
    Statement query = m_db->prepare(
        "SELECT seq, incident_id, field, losing_value, winning_value, actor, at FROM conflict "
        "WHERE ?1 IS NULL OR incident_id = ?1 ORDER BY seq, position");
    if (incidentId.isNull())
        query.bindNull(1);
    else
        query.bind(1, incidentId);
    QList<ConflictRecord> result;
    while (query.next())
        result.append(ConflictRecord{query.int64(0), query.uuid(1), query.text(2), jsonValue(query.text(3)),
                                     jsonValue(query.text(4)), query.uuid(5), timeAt(query, 6)});
    return result;
}

int Store::conflictCount() const
{
    Statement query = m_db->prepare("SELECT count(*) FROM conflict");
    return query.next() ? query.integer(0) : 0;
}

int Store::rejectedOpCount() const
{
    Statement query = m_db->prepare("SELECT count(*) FROM rejected_op");
    return query.next() ? query.integer(0) : 0;
}

QDateTime Store::lastSyncedAt() const
{
    return QDateTime::fromString(syncValue(QLatin1String(LastSyncKey)), Qt::ISODateWithMs);
}

bool Store::setLastSyncedAt(const QDateTime &at)
{
    return setSyncValue(QLatin1String(LastSyncKey), at.toUTC().toString(Qt::ISODateWithMs));
}

QList<RejectedOp> Store::rejectedOps() const
{
    Statement query = m_db->prepare(
        "SELECT op_id, type, incident_id, entity_id, error, rejected_at FROM rejected_op ORDER BY rejected_at");
    QList<RejectedOp> result;
    while (query.next())
        result.append(RejectedOp{query.uuid(0), enumFromString<OpType>(query.text(1)).value_or(OpType::EntryAdd),
                                 query.uuid(2), query.uuid(3), query.text(4), timeAt(query, 5)});
    return result;
}

void Store::notifySync(const SyncBatch &batch)
{
    for (const QUuid &id : batch.incidentsChanged)
        emit incidentChanged(id);
    for (auto it = batch.entriesAdded.cbegin(); it != batch.entriesAdded.cend(); ++it) {
        // One entry from the stream is one row inserted; a page is one batch signal.
        if (it.value().size() == 1)
            emit entryAdded(it.key(), it.value().constFirst());
        else
            emit entriesAdded(it.key(), it.value());
    }
    for (const auto &[incidentId, entryId] : batch.entriesChanged)
        emit entryChanged(incidentId, entryId);
    for (const QUuid &id : batch.rolesChanged)
        emit rolesChanged(id);
    for (const QUuid &id : batch.tracksChanged)
        emit tracksChanged(id);
    for (const QUuid &id : batch.participantsChanged)
        emit participantsChanged(id);
    if (batch.conflictsAdded > 0)
        emit conflictsChanged(conflictCount());
    if (batch.rejected)
        emit rejectedOpsChanged();
    if (batch.settled > 0)
        notifyOutbox();
}

} // namespace Sitrep
