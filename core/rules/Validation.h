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
constexpr int MaxLinkLength = 2000;   // a bridge's meeting link
constexpr int MaxAddedRoles = 30;     // roles an incident adds to its board
constexpr int MaxRaciActivities = 100; // rows of a RACI matrix
constexpr int MaxRaciRoles = 32;       // columns of a RACI matrix

QString checkIncident(const Incident &incident, const SeverityTaxonomy &taxonomy);
QString checkStatusChange(IncidentStatus from, IncidentStatus to);
QString checkEntry(const TimelineEntry &entry);
QString checkRoleAssignment(const RoleAssignment &assignment);
QString checkTrack(const Track &track);
QString checkParticipant(const BridgeParticipant &participant);
// Sizes (dial-in as a title, fallback as a body) and the link: empty, or http(s) with a
// host, or tel:/sip:/sips: with a number or address — loosely, it is a person's paste.
QString checkBridge(const BridgeChannels &bridge);
// Sizes, and RaciMatrix::problem(): exactly one Accountable per activity.
QString checkRaci(const RaciMatrix &raci);
// Role keys (Roles::isValidKey), each once, at most MaxAddedRoles.
QString checkAddedRoles(const QStringList &roles);

} // namespace Sitrep::Validation
