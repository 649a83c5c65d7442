#pragma once

#include "model/BridgeParticipant.h"
#include "model/Incident.h"
#include "model/Op.h"
#include "model/RoleAssignment.h"
#include "model/TimelineEntry.h"
#include "model/Track.h"

namespace Sitrep::Server {

// An op whose payload decoded with the model's codec for its type and whose ids agree
// with each other. Only the members of the op's type are set. Pure (no database), so the
// fuzzer and the tests reach it directly; ServerStore then checks it against the data.
struct CheckedOp {
    Op op;
    std::optional<Incident> incident;                     // incident.declare
    std::optional<TimelineEntry> entry;                   // entry.add
    std::optional<RoleAssignment> assignment;             // role.assign
    std::optional<Track> track;                           // track.upsert
    std::optional<BridgeParticipant> participant;         // participant.upsert
    IncidentStatus status = IncidentStatus::Declared;     // incident.status
    IncidentStatus statusBase = IncidentStatus::Declared; // incident.status
    QString severity;                                     // incident.severity
    QString severityBase;                                 // incident.severity
    QJsonObject fields;                                   // incident.update
    QJsonObject base;                                     // incident.update
    EntryRevision revision;                               // entry.edit
    bool pinned = false;                                  // entry.pin
    QDateTime at;                                         // incident.status "at", role.relieve "relievedAt"
};

// The incident fields incident.update may change (docs/SYNC.md).
const QStringList &updatableIncidentFields();

// The checked op, or an error naming the field ("payload.base: missing required field",
// "entry.body: too long …"). The caller prefixes the op type.
Decoded<CheckedOp> checkOp(const Op &op);

} // namespace Sitrep::Server
