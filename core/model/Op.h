#pragma once

#include "Json.h"
#include "Incident.h"
#include "TimelineEntry.h"

namespace Sitrep {

// Every change a user makes becomes one op: written to the outbox in the same
// transaction as the change, pushed by the sync engine, applied by the server
// idempotently by its opId. docs/SYNC.md describes the payload of each type.
enum class OpType {
    IncidentDeclare,  // payload: the incident
    IncidentUpdate,   // payload: {"fields": {name: value}, "base": {name: value}}
    IncidentStatus,   // payload: {"status", "base", "at"}
    IncidentSeverity, // payload: {"severity", "base"}
    EntryAdd,         // payload: the entry
    EntryEdit,        // payload: {"kind", "body", "revision", "recordedAt"}
    EntryPin,         // payload: {"pinned"}
    RoleAssign,       // payload: the assignment
    RoleRelieve,      // payload: {"relievedAt"}
    TrackUpsert,      // payload: the track
    ParticipantUpsert // payload: the participant
};

template<> struct EnumNames<OpType> {
    static constexpr std::array<const char *, 11> names{
        "incident.declare", "incident.update", "incident.status", "incident.severity", "entry.add", "entry.edit",
        "entry.pin", "role.assign", "role.relieve", "track.upsert", "participant.upsert"};
};

struct Op {
    QUuid opId;
    OpType type = OpType::EntryAdd;
    QUuid incidentId; // the incident the op belongs to (for need-to-know and routing)
    QUuid entityId;   // the row it changes (entry, assignment, track, participant, incident)
    QUuid actor;      // who made the change
    QDateTime createdAt;
    QJsonObject payload;

    bool operator==(const Op &) const = default;

    QJsonObject toJson() const;
    static Decoded<Op> fromJson(const QJsonObject &object);
    // A new entry.add carrying the whole entry (what integrations and tests push; the
    // console's outbox derives the same payload when it pushes).
    static Op entryAdd(const TimelineEntry &entry);
    // A new incident.declare carrying the whole incident (milestones and transitions too).
    static Op incidentDeclare(const Incident &incident);
};

// The body of POST /api/v1/ops: {"ops":[…]}, compact JSON.
QByteArray opsRequestBody(const QList<Op> &ops);

} // namespace Sitrep
