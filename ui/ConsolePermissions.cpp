#include "ConsolePermissions.h"

#include "model/RoleAssignment.h"
#include "store/Store.h"

namespace Sitrep {

ConsolePermissions::ConsolePermissions(const Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    // Views ask on every selection and keystroke: the standing is read once per incident
    // and forgotten when its roles change.
    connect(&store, &Store::rolesChanged, this, [this](const QUuid &incidentId) {
        m_standings.remove(incidentId);
        emit changed(incidentId);
    });
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

std::optional<Account> ConsolePermissions::account() const
{
    if (!m_hasServer || !m_role)
        return std::nullopt;
    Account account;
    account.role = *m_role;
    account.personId = m_store.actor();
    return account;
}

IncidentStanding ConsolePermissions::standing(const QUuid &incidentId) const
{
    const QUuid me = m_store.actor();
    if (me != m_standingsOf) { // another person signed in on this profile
        m_standings.clear();
        m_standingsOf = me;
    }
    if (const auto known = m_standings.constFind(incidentId); known != m_standings.cend())
        return *known;
    IncidentStanding standing;
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
    m_standings.insert(incidentId, standing);
    return standing;
}

bool ConsolePermissions::allows(const QUuid &incidentId, IncidentAction action) const
{
    const std::optional<Account> me = account();
    return !me || refusal(*me, action, standing(incidentId)).isEmpty();
}

QString ConsolePermissions::readOnlyReason() const
{
    const std::optional<Account> me = account();
    return !me || accountRefusal(*me).isEmpty() ? QString() : tr("Your account can view incidents but not change them.");
}

QString ConsolePermissions::whyNot(const QUuid &incidentId, IncidentAction action) const
{
    if (allows(incidentId, action))
        return {};
    if (QString why = readOnlyReason(); !why.isEmpty())
        return why;
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
