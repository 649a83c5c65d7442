#include "ConsolePermissions.h"

#include "model/RoleAssignment.h"
#include "store/Store.h"

namespace Sitrep {

ConsolePermissions::ConsolePermissions(const Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(&store, &Store::rolesChanged, this, &ConsolePermissions::changed);
}

void ConsolePermissions::setAccount(bool hasServer, std::optional<AccountRole> role)
{
    if (hasServer == m_hasServer && role == m_role)
        return;
    m_hasServer = hasServer;
    m_role = role;
    emit changed(QUuid());
}

void ConsolePermissions::follow(QObject *context, std::function<QUuid()> shown, std::function<void()> update) const
{
    connect(this, &ConsolePermissions::changed, context, [shown, update](const QUuid &incidentId) {
        if (incidentId.isNull() || incidentId == shown())
            update();
    });
    update();
}

IncidentStanding ConsolePermissions::standing(const QUuid &incidentId) const
{
    IncidentStanding standing;
    const QUuid me = m_store.actor();
    if (me.isNull())
        return standing;
    if (const std::optional<Incident> incident = m_store.incident(incidentId))
        standing.declaredIt = incident->declaredBy == me;
    for (const RoleAssignment &role : m_store.roles(incidentId)) {
        const bool mine = role.personId == me;
        standing.member |= mine;
        if (role.role == Roles::IncidentCommander) {
            standing.commanderAssigned = true;
            standing.commander |= mine;
        }
        standing.facilitator |= mine && role.role == Roles::Facilitator;
    }
    standing.member |= standing.declaredIt;
    return standing;
}

bool ConsolePermissions::allows(const QUuid &incidentId, IncidentAction action) const
{
    if (!m_hasServer || !m_role)
        return true;
    Account account;
    account.role = *m_role;
    account.personId = m_store.actor();
    return refusal(account, action, standing(incidentId)).isEmpty();
}

QString ConsolePermissions::readOnlyReason() const
{
    if (!m_hasServer || !m_role)
        return {};
    Account account;
    account.role = *m_role;
    return accountRefusal(account).isEmpty() ? QString() : tr("Your account can view incidents but not change them.");
}

QString ConsolePermissions::whyNot(const QUuid &incidentId, IncidentAction action) const
{
    if (allows(incidentId, action))
        return {};
    if (m_role == AccountRole::Viewer)
        return tr("Your account can view incidents but not change them.");
    switch (action) {
    case IncidentAction::Close:
        return tr("Only the incident commander or a manager closes an incident.");
    case IncidentAction::ChangeSeverity:
        return tr("Only the incident commander or a manager changes the severity.");
    case IncidentAction::ChangeRestriction:
        return tr("Only the incident commander or a manager restricts an incident.");
    case IncidentAction::ChangeCriticalPhase:
        return tr("Only the incident commander, the facilitator or a manager switches the critical phase.");
    case IncidentAction::ModerateBridge:
        return tr("Only the incident commander, the facilitator or a manager admits, removes, mutes or marks "
                  "essential someone on the bridge.");
    default:
        return tr("Your account may not do this.");
    }
}

} // namespace Sitrep
