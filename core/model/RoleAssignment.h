#pragma once

#include "Json.h"

namespace Sitrep {

// Well-known role keys. The mandatory bridge roles must be filled on every incident;
// an incident may add roles of its own (any other non-empty key).
namespace Roles {
inline const QString IncidentCommander = QStringLiteral("incident_commander");
inline const QString Scribe = QStringLiteral("scribe");
inline const QString TechnicalLead = QStringLiteral("technical_lead");
inline const QString CommsLead = QStringLiteral("comms_lead");
inline const QString Facilitator = QStringLiteral("facilitator");
QStringList mandatory();
bool isValidKey(const QString &key); // lower-case letters, digits and '_', 1–64 chars
} // namespace Roles

struct RoleAssignment {
    QUuid id;
    QUuid incidentId;
    QString role;
    QUuid personId;
    RoleRank rank = RoleRank::Primary;
    QDateTime assignedAt;
    QDateTime relievedAt; // invalid while the assignment is current
    QUuid assignedBy;

    bool isCurrent() const { return !relievedAt.isValid(); }
    bool operator==(const RoleAssignment &) const = default;

    QJsonObject toJson() const;
    static Decoded<RoleAssignment> fromJson(const QJsonObject &object);
};

} // namespace Sitrep
