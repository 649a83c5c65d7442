#pragma once

// Who may do what to an incident: the whole matrix in one place (docs/ARCHITECTURE.md,
// "Permissions", prints it). Pure: the server's store reads the account's standing in the
// incident from its database and asks here (the server's auth/Permissions.h adds which
// action an op is), and the console asks the same from its cache to grey out what the
// server would refuse, so the rule is written once and tested without a database.

#include "Account.h"
#include "BridgeParticipant.h"

#include <optional>

namespace Sitrep {

enum class IncidentAction {
    Declare,
    AddEntry,
    EditEntry,
    PinEntry,
    AdvanceStatus, // any forward step but the last
    Close,         // status → closed
    ChangeSeverity,
    UpdateFields,        // title, summary, services, bridge, RACI, … (incident.update of other fields)
    ChangeRestriction,   // incident.update of "restricted"
    ChangeCriticalPhase, // incident.update of "criticalPhase" (without "restricted")
    AssignRole,
    RelieveRole,
    UpsertTrack,
    UpsertParticipant,
    ModerateBridge, // participant.upsert that admits from or sends to the lobby, removes or
                    // asks to mute someone else, or changes who is essential
};

// An account's place in one incident, as the store reads it from the data.
struct IncidentStanding {
    bool declaredIt = false;        // the account declared the incident
    bool commander = false;         // its person holds a current incident_commander role
    bool commanderAssigned = false; // somebody holds one
    bool member = false;            // declared it, or its person holds any current role in it
    bool facilitator = false;       // its person holds a current facilitator role
};

// Whether writing `after` over `before` (none: a new row) moderates the bridge rather than
// being the actor's own business (joining, leaving, raising a hand, muting themselves) or
// adding someone (a phone participant). actorPerson is the acting account's person.
bool moderatesBridge(const std::optional<BridgeParticipant> &before, const BridgeParticipant &after,
                     const QUuid &actorPerson);

// Refusals that hold whatever the incident (a viewer, a disabled account): empty when the
// account may write at all. refusal() includes it; it lets a whole batch be refused early.
QString accountRefusal(const Account &account);

// Empty when the account may do it; otherwise why not, as "forbidden: …".
QString refusal(const Account &account, IncidentAction action, const IncidentStanding &standing);

// Need-to-know: an unrestricted incident is visible to every account; a restricted one to
// admins and to its members only.
bool mayView(const Account &account, bool restricted, const IncidentStanding &standing);

} // namespace Sitrep
