#pragma once

#include "BridgeChannels.h"
#include "Json.h"
#include "RaciMatrix.h"

namespace Sitrep {

// When an incident entered a status, and who moved it there.
struct StatusTransition {
    IncidentStatus status = IncidentStatus::Declared;
    QDateTime at;
    QUuid by;
    bool operator==(const StatusTransition &) const = default;
};

struct Incident {
    QUuid id;
    QString title;
    QString summary;
    QString severity; // a key of the SeverityTaxonomy, e.g. "SEV2"
    IncidentStatus status = IncidentStatus::Declared;
    QList<StatusTransition> transitions; // oldest first; the first is "declared"
    QDateTime declaredAt;
    QDateTime acknowledgedAt;
    QDateTime mitigatedAt;
    QDateTime resolvedAt;
    QDateTime closedAt;
    QUuid owningTeam;
    QList<QUuid> affectedServices;
    QStringList tags;
    QString businessUnit;
    bool restricted = false; // need-to-know: visible to members and admins only
    QUuid declaredBy;
    bool criticalPhase = false; // the bridge is limited to essential participants
    BridgeChannels bridge;      // meeting link, dial-in, fallback channels
    RaciMatrix raci;            // empty until someone sets one
    // Roles this incident added to its role board beyond the mandatory ones (keys, as in
    // role assignments), held or not: every console shows them, so a role the team needs
    // and has not filled yet is visible to all.
    QStringList addedRoles;

    bool operator==(const Incident &) const = default;

    QJsonObject toJson() const;
    static Decoded<Incident> fromJson(const QJsonObject &object);

    // The fields incident.update may change, by wire name (docs/SYNC.md); each merges on
    // its own on the server.
    static const QStringList &updatableFields();
};

} // namespace Sitrep
