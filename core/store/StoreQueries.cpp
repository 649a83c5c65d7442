// The store's read side. Every query here is bounded: by an index, a LIMIT, or the
// size of one incident's roster.

#include "Store.h"

#include "Search.h"
#include "Sqlite.h"
#include "StoreRows.h"
#include "TimelinePager.h"

#include <limits>

namespace Sitrep {

using namespace Rows;

// An IncidentFilter in SQL, after a WHERE: parameters ?1 to ?5, bound by bindIncidentFilter.
// A macro, so each statement stays one literal (SqliteDb::prepare caches by its address).
#define SITREP_INCIDENT_FILTERS                                                                                        \
    "AND (?2 IS NULL OR severity = ?2) AND (?3 IS NULL OR owning_team = ?3) "                                          \
    "AND (?4 IS NULL OR row IN (SELECT incident_row FROM incident_service WHERE service_id = ?4)) "                    \
    "AND (?5 IS NULL OR instr(lower(title), lower(?5)) > 0) "

namespace {

// ?1 is "active only", which each statement applies where its walk needs it.
void bindIncidentFilter(Statement &query, const IncidentFilter &filter)
{
    query.bind(1, filter.activeOnly).bind(3, filter.teamId).bind(4, filter.serviceId);
    if (filter.severity.isEmpty())
        query.bindNull(2);
    else
        query.bind(2, filter.severity);
    if (filter.titleContains.isEmpty())
        query.bindNull(5);
    else
        query.bind(5, filter.titleContains);
}

} // namespace

QList<IncidentSummary> Store::incidents(const IncidentFilter &filter) const
{
    // Active incidents first, then the others, each newest first: the few active ones by
    // their status ("+" keeps the planner off the recency index there), then the others
    // down incident_by_recency until the limit, so a page costs its rows, not the cache's
    // (sorting 5,000 incidents for a page of them: 25 ms). The person's role is looked up
    // for the rows kept only.
#define SITREP_INCIDENT_COLUMNS                                                                                        \
    "row, id, title, severity, status, declared_at, last_activity_at, entry_count, restricted, owning_team, "         \
    "read_entries"
    Statement query = m_db->prepare(
        "SELECT id, title, severity, status, declared_at, last_activity_at, entry_count, restricted, owning_team, "
        "read_entries, (SELECT role FROM role_assignment r WHERE r.incident_row = i.row AND r.person_id = ?7 "
        "AND r.relieved_at IS NULL ORDER BY r.rank, r.assigned_at LIMIT 1) FROM ("
        "SELECT * FROM (SELECT " SITREP_INCIDENT_COLUMNS " FROM incident WHERE status < 4 " SITREP_INCIDENT_FILTERS
        "ORDER BY +last_activity_at DESC, id LIMIT ?6) UNION ALL "
        "SELECT * FROM (SELECT " SITREP_INCIDENT_COLUMNS " FROM incident WHERE status >= 4 AND ?1 = 0 "
        SITREP_INCIDENT_FILTERS "ORDER BY last_activity_at DESC, id LIMIT ?6)"
        ") AS i ORDER BY status >= 4, last_activity_at DESC, id LIMIT ?6");
#undef SITREP_INCIDENT_COLUMNS
    static_assert(int(IncidentStatus::Resolved) == 4, "the query above counts resolved and later as inactive");
    bindIncidentFilter(query, filter);
    query.bind(6, filter.limit).bind(7, m_actor);
    QList<IncidentSummary> result;
    while (query.next()) {
        IncidentSummary summary;
        summary.id = query.uuid(0);
        summary.title = query.text(1);
        summary.severity = query.text(2);
        summary.status = IncidentStatus(query.integer(3));
        summary.declaredAt = timeAt(query, 4);
        summary.lastActivityAt = timeAt(query, 5);
        summary.entryCount = query.integer(6);
        summary.restricted = query.integer(7) != 0;
        summary.owningTeam = query.uuid(8);
        summary.neverOpened = query.isNull(9);
        summary.unread = std::max(0, summary.entryCount - query.integer(9));
        summary.myRole = query.text(10);
        result.append(summary);
    }
    return result;
}

int Store::incidentPosition(const IncidentFilter &filter, const QUuid &incidentId) const
{
    // Where the incident is in incidents(filter)'s order: the matching incidents before it,
    // counted without reading their rows out. The active ones are few; the resolved and
    // closed ones before it are a range of incident_by_activity per status ("status >= 4"
    // would make the planner walk every inactive incident: 7–32 ms at 20,000 with a filter).
    Statement self = m_db->prepare("SELECT status >= 4, last_activity_at FROM incident "
                                   "WHERE id = ?6 AND (?1 = 0 OR status < 4) " SITREP_INCIDENT_FILTERS);
    bindIncidentFilter(self, filter);
    self.bind(6, incidentId);
    if (!self.next())
        return -1; // no such incident, or the filter leaves it out
    const bool inactive = self.integer(0) != 0;
    const qint64 lastActivity = self.int64(1);
    // Before it in its own part: later activity, or the same and a smaller id (?7, ?8).
    Statement activeBefore = m_db->prepare(
        "SELECT count(*) FROM incident WHERE status < 4 " SITREP_INCIDENT_FILTERS
        "AND (?6 = 1 OR +last_activity_at > ?7 OR (+last_activity_at = ?7 AND id < ?8))");
    bindIncidentFilter(activeBefore, filter);
    activeBefore.bind(6, inactive).bind(7, lastActivity).bind(8, incidentId);
    int position = activeBefore.next() ? activeBefore.integer(0) : 0;
    if (inactive) {
        Statement inactiveBefore = m_db->prepare(
            "SELECT count(*) FROM incident WHERE status IN (4, 5) " SITREP_INCIDENT_FILTERS
            "AND last_activity_at >= ?7 AND (last_activity_at > ?7 OR id < ?8)");
        static_assert(int(IncidentStatus::Closed) == 5, "the inactive statuses are 4 and 5, the last");
        bindIncidentFilter(inactiveBefore, filter);
        inactiveBefore.bind(7, lastActivity).bind(8, incidentId);
        position += inactiveBefore.next() ? inactiveBefore.integer(0) : 0;
    }
    return position;
}
#undef SITREP_INCIDENT_FILTERS

QList<IncidentFacts> Store::incidentFacts(const QDateTime &from, const QDateTime &to) const
{
    const qint64 since = from.toMSecsSinceEpoch();
    const qint64 until = to.toMSecsSinceEpoch();
    QList<IncidentFacts> facts;
    QList<qint64> rows; // of facts, ascending: the table is read in row order
    // Incidents share a few dozen tag sets and severities: each distinct text is decoded
    // once and shared (100,000 JSON parses and strings were a third of the dashboard's time).
    QHash<QString, QStringList> tagSets;
    QHash<QString, QString> severities;
    auto shared = [](auto &decoded, const QString &text, auto decode) {
        auto known = decoded.constFind(text);
        if (known == decoded.cend())
            known = decoded.insert(text, decode(text));
        return *known;
    };
    Statement incidents = m_db->prepare(
        "SELECT row, id, severity, status, declared_at, acknowledged_at, resolved_at, owning_team, restricted, tags "
        "FROM incident WHERE declared_at >= ?1 AND declared_at < ?2 ORDER BY row");
    incidents.bind(1, since).bind(2, until);
    while (incidents.next()) {
        IncidentFacts fact;
        fact.id = incidents.uuid(1);
        fact.severity = shared(severities, incidents.text(2), [](const QString &text) { return text; });
        fact.status = IncidentStatus(incidents.integer(3));
        fact.declaredAt = incidents.int64(4);
        fact.acknowledgedAt = incidents.isNull(5) ? 0 : incidents.int64(5);
        fact.resolvedAt = incidents.isNull(6) ? 0 : incidents.int64(6);
        fact.owningTeam = incidents.uuid(7);
        fact.restricted = incidents.integer(8) != 0;
        fact.tags = shared(tagSets, incidents.text(9), stringListFromJson);
        rows.append(incidents.int64(0));
        facts.append(std::move(fact));
    }
    if (facts.isEmpty())
        return facts;
    // The services in one more pass over the links of the rows' range, in row order as the
    // facts are, merged as they come: a join back to the incidents read their wide rows
    // again in random order (five times slower).
    Statement services = m_db->prepare(
        "SELECT incident_row, service_id FROM incident_service WHERE incident_row BETWEEN ?1 AND ?2 "
        "ORDER BY incident_row");
    services.bind(1, rows.constFirst()).bind(2, rows.constLast());
    qsizetype at = 0;
    while (services.next()) {
        const qint64 row = services.int64(0);
        while (at < rows.size() && rows.at(at) < row)
            ++at;
        if (at < rows.size() && rows.at(at) == row)
            facts[at].services.append(services.uuid(1));
    }
    return facts;
}

std::optional<Incident> Store::incident(const QUuid &id) const
{
    Statement query = m_db->prepare(
        "SELECT row, id, title, summary, severity, status, declared_at, acknowledged_at, mitigated_at, resolved_at, "
        "closed_at, owning_team, business_unit, restricted, declared_by, tags, critical_phase, bridge, raci, added_roles "
        "FROM incident WHERE id = ?");
    query.bind(1, id);
    if (!query.next())
        return std::nullopt;
    const qint64 row = query.int64(0);
    Incident incident;
    incident.id = query.uuid(1);
    incident.title = query.text(2);
    incident.summary = query.text(3);
    incident.severity = query.text(4);
    incident.status = IncidentStatus(query.integer(5));
    incident.declaredAt = timeAt(query, 6);
    incident.acknowledgedAt = timeAt(query, 7);
    incident.mitigatedAt = timeAt(query, 8);
    incident.resolvedAt = timeAt(query, 9);
    incident.closedAt = timeAt(query, 10);
    incident.owningTeam = query.uuid(11);
    incident.businessUnit = query.text(12);
    incident.restricted = query.integer(13) != 0;
    incident.declaredBy = query.uuid(14);
    incident.tags = stringListFromJson(query.text(15));
    incident.criticalPhase = query.integer(16) != 0;
    // Written by this store from decoded values; a cache edited by hand reads as "none".
    incident.bridge = BridgeChannels::fromJson(objectFromText(query.text(17))).value.value_or(BridgeChannels());
    incident.raci = RaciMatrix::fromJson(objectFromText(query.text(18))).value.value_or(RaciMatrix());
    incident.addedRoles = stringListFromJson(query.text(19));
    query.reset();

    Statement services = m_db->prepare("SELECT service_id FROM incident_service WHERE incident_row = ? ORDER BY position");
    services.bind(1, row);
    while (services.next())
        incident.affectedServices.append(services.uuid(0));
    Statement steps = m_db->prepare("SELECT status, at, by FROM status_transition WHERE incident_row = ? ORDER BY step");
    steps.bind(1, row);
    while (steps.next())
        incident.transitions.append({IncidentStatus(steps.integer(0)), timeAt(steps, 1), steps.uuid(2)});
    return incident;
}

std::optional<TimelineEntry> Store::entry(const QUuid &id, bool withHistory) const
{
    Statement query = m_db->prepare(
        "SELECT " SITREP_ENTRY_COLUMNS " FROM timeline_entry e JOIN incident i ON i.row = e.incident_row WHERE e.id = ?");
    query.bind(1, id);
    if (!query.next())
        return std::nullopt;
    TimelineEntry entry = readEntry(query);
    const qint64 row = query.int64(0);
    query.reset();
    if (withHistory) {
        Statement history = m_db->prepare(
            "SELECT revision, kind, body, edited_by, recorded_at FROM entry_revision WHERE entry_row = ? ORDER BY revision");
        history.bind(1, row);
        while (history.next())
            entry.history.append({history.integer(0), EntryKind(history.integer(1)), history.text(2), history.uuid(3),
                                  timeAt(history, 4)});
    }
    return entry;
}

int Store::entryCount(const QUuid &incidentId) const
{
    Statement query = m_db->prepare("SELECT entry_count FROM incident WHERE id = ?");
    query.bind(1, incidentId);
    return query.next() ? query.integer(0) : 0;
}

QList<TimelineEntry> Store::pinnedEntries(const QUuid &incidentId, int newest) const
{
    Statement query = m_db->prepare(
        // Without statistics SQLite prefers the time index and reads a whole (million-entry)
        // timeline to find a few pins (sitrep-bench ui); the partial index holds only them,
        // in display order.
        "SELECT " SITREP_ENTRY_COLUMNS " FROM timeline_entry e INDEXED BY timeline_pinned "
        "JOIN incident i ON i.row = e.incident_row WHERE i.id = ? AND e.pinned "
        "ORDER BY e.occurred_at DESC, e.id DESC LIMIT ?");
    query.bind(1, incidentId).bind(2, std::max(0, newest));
    QList<TimelineEntry> result;
    while (query.next())
        result.prepend(readEntry(query));
    return result;
}

int Store::pinnedCount(const QUuid &incidentId) const
{
    Statement query = m_db->prepare("SELECT count(*) FROM timeline_entry INDEXED BY timeline_pinned "
                                    "WHERE incident_row = ? AND pinned");
    query.bind(1, incidentRow(incidentId));
    return query.next() ? query.integer(0) : 0;
}

bool Store::anyPinned(const QList<QUuid> &entryIds) const
{
    const ReadSnapshot snapshot(*m_db);
    Statement query = m_db->prepare("SELECT pinned FROM timeline_entry WHERE id = ?");
    for (const QUuid &entryId : entryIds) {
        query.bind(1, entryId);
        const bool pinned = query.next() && query.integer(0) != 0;
        query.reset();
        if (pinned)
            return true;
    }
    return false;
}

QDateTime Store::latestEntryAt(const QUuid &incidentId, EntryKind kind, const QDateTime &notBefore) const
{
    const qint64 row = incidentRow(incidentId);
    if (row == 0)
        return {};
    // Walks timeline_by_time backwards and stops at the first match: there is no index by
    // kind, and adding one would cost every insert for a query the header runs rarely.
    Statement query = m_db->prepare(
        "SELECT occurred_at FROM timeline_entry WHERE incident_row = ?1 AND occurred_at >= ?2 AND kind = ?3 "
        "ORDER BY occurred_at DESC, id DESC LIMIT 1");
    query.bind(1, row)
        .bind(2, notBefore.isValid() ? notBefore.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min())
        .bind(3, int(kind));
    return query.next() ? timeAt(query, 0) : QDateTime();
}

QList<RoleAssignment> Store::roles(const QUuid &incidentId, bool currentOnly) const
{
    Statement query = m_db->prepare(
        "SELECT r.id, r.role, r.person_id, r.rank, r.assigned_at, r.relieved_at, r.assigned_by FROM role_assignment r "
        "JOIN incident i ON i.row = r.incident_row WHERE i.id = ?1 AND (?2 = 0 OR r.relieved_at IS NULL) "
        "ORDER BY r.assigned_at, r.id");
    query.bind(1, incidentId).bind(2, currentOnly);
    QList<RoleAssignment> result;
    while (query.next()) {
        result.append({query.uuid(0), incidentId, query.text(1), query.uuid(2), RoleRank(query.integer(3)),
                       timeAt(query, 4), timeAt(query, 5), query.uuid(6)});
    }
    return result;
}

QList<Track> Store::tracks(const QUuid &incidentId) const
{
    Statement query = m_db->prepare(
        "SELECT t.id, t.name, t.team_id, t.owner_id, t.hypothesis, t.status, t.ruled_out, t.created_at FROM track t "
        "JOIN incident i ON i.row = t.incident_row WHERE i.id = ? ORDER BY t.created_at, t.id");
    query.bind(1, incidentId);
    QList<Track> result;
    while (query.next()) {
        result.append({query.uuid(0), incidentId, query.text(1), query.uuid(2), query.uuid(3), query.text(4),
                       TrackStatus(query.integer(5)), stringListFromJson(query.text(6)), timeAt(query, 7)});
    }
    return result;
}

QList<BridgeParticipant> Store::participants(const QUuid &incidentId) const
{
    Statement query = m_db->prepare(
        "SELECT p.id, p.kind, p.person_id, p.display_name, p.channel, p.joined_at, p.left_at, p.essential, "
        "p.mute_requested, p.hand_raised, p.in_lobby FROM participant p JOIN incident i ON i.row = p.incident_row "
        "WHERE i.id = ? ORDER BY p.joined_at, p.id");
    query.bind(1, incidentId);
    QList<BridgeParticipant> result;
    while (query.next()) {
        result.append({query.uuid(0), incidentId, ParticipantKind(query.integer(1)), query.uuid(2), query.text(3),
                       query.text(4), timeAt(query, 5), timeAt(query, 6), query.integer(7) != 0,
                       query.integer(8) != 0, query.integer(9) != 0, query.integer(10) != 0});
    }
    return result;
}

QList<Team> Store::teams() const
{
    Statement query = m_db->prepare("SELECT id, name, business_unit FROM team ORDER BY name");
    QList<Team> result;
    while (query.next())
        result.append({query.uuid(0), query.text(1), query.text(2)});
    return result;
}

QList<Person> Store::people() const
{
    Statement query = m_db->prepare("SELECT id, name, handle, email, team_id FROM person ORDER BY name");
    QList<Person> result;
    while (query.next())
        result.append({query.uuid(0), query.text(1), query.text(2), query.text(3), query.uuid(4)});
    return result;
}

QList<Service> Store::services() const
{
    Statement query = m_db->prepare("SELECT id, name, owner_team_id, tier FROM service ORDER BY name");
    QList<Service> result;
    while (query.next())
        result.append({query.uuid(0), query.text(1), query.uuid(2), query.integer(3)});
    return result;
}

SeverityTaxonomy Store::severityTaxonomy() const
{
    Statement query = m_db->prepare("SELECT key, name, criteria FROM severity_level ORDER BY rank");
    QList<SeverityLevel> levels;
    while (query.next())
        levels.append({query.text(0), query.text(1), query.text(2)});
    return SeverityTaxonomy(levels);
}

QList<SearchHit> Store::search(const QString &query, int limit) const
{
    return Search(*m_db).run(query, limit);
}

std::unique_ptr<TimelinePager> Store::timelinePager(const QUuid &incidentId) const
{
    return std::make_unique<TimelinePager>(*m_db, incidentRow(incidentId));
}

std::unique_ptr<TimelinePager> Store::timelinePager(const QUuid &incidentId, const TimelineFilter &filter) const
{
    return std::make_unique<TimelinePager>(*m_db, incidentRow(incidentId), filter);
}

int Store::pendingOpCount() const
{
    Statement query = m_db->prepare("SELECT pending FROM outbox_size WHERE id = 1");
    return query.next() ? query.integer(0) : 0;
}

std::optional<QJsonObject> Store::derivedEntryPayload(const QUuid &entryId) const
{
    std::optional<TimelineEntry> added = entry(entryId, true);
    if (!added)
        return std::nullopt;
    // The op adds revision 1; later revisions travel as their own entry.edit ops.
    if (!added->history.isEmpty()) {
        const EntryRevision &first = added->history.first();
        added->kind = first.kind;
        added->body = first.body;
        added->author = first.editedBy;
        added->recordedAt = first.recordedAt;
    }
    added->revision = 1;
    added->history.clear();
    return added->toJson();
}

QList<OutboxItem> Store::pendingOps(int limit) const
{
    Statement query = m_db->prepare(
        "SELECT seq, op_id, type, incident_id, entity_id, actor, created_at, payload, attempts FROM outbox "
        "WHERE acked_seq IS NULL ORDER BY seq LIMIT ?");
    query.bind(1, limit);
    QList<OutboxItem> result;
    while (query.next()) {
        OutboxItem item;
        item.seq = query.int64(0);
        item.op.opId = query.uuid(1);
        item.op.type = enumFromString<OpType>(query.text(2)).value_or(OpType::EntryAdd);
        item.op.incidentId = query.uuid(3);
        item.op.entityId = query.uuid(4);
        item.op.actor = query.uuid(5);
        item.op.createdAt = timeAt(query, 6);
        const QString payload = query.text(7);
        if (payload.isEmpty() && item.op.type == OpType::EntryAdd)
            item.op.payload = derivedEntryPayload(item.op.entityId).value_or(QJsonObject());
        else
            item.op.payload = QJsonDocument::fromJson(payload.toUtf8()).object();
        item.attempts = query.integer(8);
        result.append(item);
    }
    return result;
}

bool Store::isEntryPending(const QUuid &entryId) const
{
    Statement query = m_db->prepare("SELECT pending FROM timeline_entry WHERE id = ?");
    query.bind(1, entryId);
    return query.next() && query.integer(0) == 1; // 2: the server refused it (rejectedOps)
}

} // namespace Sitrep
