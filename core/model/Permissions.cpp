#include "Permissions.h"

namespace Sitrep {

namespace {

// Decisions that steer the whole response: severity (it pages people and sets the update
// cadence), closing, and who may see the incident. They belong to the incident's
// commander; until somebody holds that role, to whoever declared it.
bool commandDecision(IncidentAction action)
{
    return action == IncidentAction::Close || action == IncidentAction::ChangeSeverity
        || action == IncidentAction::ChangeRestriction || action == IncidentAction::ChangeCriticalPhase
        || action == IncidentAction::ModerateBridge;
}

// Running the bridge is the facilitator's job as much as the commander's.
bool bridgeDecision(IncidentAction action)
{
    return action == IncidentAction::ChangeCriticalPhase || action == IncidentAction::ModerateBridge;
}

} // namespace

bool moderatesBridge(const std::optional<BridgeParticipant> &before, const BridgeParticipant &after,
                     const QUuid &actorPerson)
{
    if (!before)
        return false;
    if (before->essential != after.essential)
        return true;
    if (before->inLobby && !after.inLobby)
        return true; // admitting, oneself included: that is what the lobby is for
    const bool self = !actorPerson.isNull() && after.personId == actorPerson;
    if (self)
        return false;
    return (!before->inLobby && after.inLobby) || (before->isPresent() && !after.isPresent())
        || (!before->muteRequested && after.muteRequested);
}

QString accountRefusal(const Account &account)
{
    if (account.disabled)
        return QStringLiteral("forbidden: the account is disabled");
    if (account.role == AccountRole::Viewer)
        return QStringLiteral("forbidden: viewers cannot change incidents");
    return {};
}

QString refusal(const Account &account, IncidentAction action, const IncidentStanding &standing)
{
    if (QString why = accountRefusal(account); !why.isEmpty())
        return why;
    if (account.role == AccountRole::Admin || account.role == AccountRole::Manager)
        return {};
    if (!commandDecision(action))
        return {};
    if (standing.commander || (!standing.commanderAssigned && standing.declaredIt))
        return {};
    if (bridgeDecision(action) && standing.facilitator)
        return {};
    switch (action) {
    case IncidentAction::Close:
        return QStringLiteral("forbidden: only the incident commander or a manager closes an incident");
    case IncidentAction::ChangeSeverity:
        return QStringLiteral("forbidden: only the incident commander or a manager changes the severity");
    case IncidentAction::ChangeCriticalPhase:
        return QStringLiteral("forbidden: only the incident commander, the facilitator or a manager switches the critical "
                              "phase");
    case IncidentAction::ModerateBridge:
        return QStringLiteral("forbidden: only the incident commander, the facilitator or a manager admits, removes, "
                              "mutes or marks essential someone on the bridge");
    default:
        return QStringLiteral("forbidden: only the incident commander or a manager restricts an incident or lifts it");
    }
}

bool mayView(const Account &account, bool restricted, const IncidentStanding &standing)
{
    return !restricted || account.role == AccountRole::Admin || standing.member;
}

} // namespace Sitrep
