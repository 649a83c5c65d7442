#pragma once

#include "model/BridgeParticipant.h"
#include "model/Incident.h"
#include "model/RoleAssignment.h"
#include "model/Severity.h"
#include "model/TimelineEntry.h"
#include "model/Track.h"

namespace Sitrep::Validation {

// Pure rules shared by the store's commands and (from #3) the server. Each returns an
// empty string when the value is acceptable, or a message a person can act on.

constexpr int MaxTitleLength = 200;
constexpr int MaxBodyLength = 20000;

QString checkIncident(const Incident &incident, const SeverityTaxonomy &taxonomy);
QString checkStatusChange(IncidentStatus from, IncidentStatus to);
QString checkEntry(const TimelineEntry &entry);
QString checkRoleAssignment(const RoleAssignment &assignment);
QString checkTrack(const Track &track);
QString checkParticipant(const BridgeParticipant &participant);

} // namespace Sitrep::Validation
