#pragma once

#include "model/Account.h"
#include "model/Permissions.h"

#include <QHash>
#include <QObject>
#include <QUuid>

#include <functional>
#include <optional>

namespace Sitrep {

class Store;

// What the person at this console may do to an incident, by the server's own rule
// (model/Permissions.h) applied to what the cache knows: their account's role (GET
// /api/v1/me, kept in the profile) and their roles in the incident (the role assignments).
// The console offers what the server would accept, and says why it does not offer the
// rest, instead of letting a change be refused after the fact. The server still decides
// (the cache may be behind): this only greys out.
//
// A local profile (no server: nothing would refuse it) and a profile whose account role is
// not known yet (the server will say) may do everything. No widgets: the views ask here
// and re-ask on changed().
class ConsolePermissions : public QObject
{
    Q_OBJECT
public:
    explicit ConsolePermissions(const Store &store, QObject *parent = nullptr);

    // The account of the profile; "me" in the incidents is the store's actor.
    void setAccount(bool hasServer, std::optional<AccountRole> role);

    bool allows(const QUuid &incidentId, IncidentAction action) const;
    // Why not, for a tooltip or the status bar (translated); empty when allowed.
    QString whyNot(const QUuid &incidentId, IncidentAction action) const;
    // Why this account may change nothing at all (a viewer), whatever the incident; empty
    // when it may write. For the controls that only write: the entry box, declaring, the
    // role board, the bridge.
    QString readOnlyReason() const;

    // Calls `update` now and whenever what may be done to the incident `shown()` returns
    // could have changed (its roles, or the account), while `context` lives: how a view
    // follows the permissions of the incident it shows.
    void follow(QObject *context, std::function<QUuid()> shown, std::function<void()> update) const;

signals:
    // Ask again: for this incident (its roles changed), or for every one (null id: the
    // account changed).
    void changed(const QUuid &incidentId);

private:
    // The account to ask about; none when everything is offered (local, role unknown).
    std::optional<Account> account() const;
    IncidentStanding standing(const QUuid &incidentId) const;

    const Store &m_store;
    bool m_hasServer = false;
    std::optional<AccountRole> m_role;
    mutable QHash<QUuid, IncidentStanding> m_standings; // of m_standingsOf, by incident
    mutable QUuid m_standingsOf;
};

} // namespace Sitrep
