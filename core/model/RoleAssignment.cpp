#include "RoleAssignment.h"

#include <algorithm>

namespace Sitrep {

QStringList Roles::mandatory()
{
    return {IncidentCommander, Scribe, TechnicalLead, CommsLead, Facilitator};
}

bool Roles::isValidKey(const QString &key)
{
    // [a-z][a-z0-9_]{0,63}, checked by hand: every incident read checks its RACI matrix's
    // keys, and the first use of a regular expression compiles it (~0.5 ms of the console's
    // start).
    if (key.isEmpty() || key.size() > 64)
        return false;
    const auto lower = [](QChar c) { return c >= u'a' && c <= u'z'; };
    if (!lower(key.front()))
        return false;
    return std::all_of(key.cbegin() + 1, key.cend(),
                       [&lower](QChar c) { return lower(c) || (c >= u'0' && c <= u'9') || c == u'_'; });
}

QJsonObject RoleAssignment::toJson() const
{
    QJsonObject object;
    putId(object, "id", id);
    putId(object, "incidentId", incidentId);
    object.insert(QStringLiteral("role"), role);
    putId(object, "personId", personId);
    object.insert(QStringLiteral("rank"), enumToString(rank));
    putTime(object, "assignedAt", assignedAt);
    putTime(object, "relievedAt", relievedAt);
    putId(object, "assignedBy", assignedBy);
    return object;
}

Decoded<RoleAssignment> RoleAssignment::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, QStringLiteral("roleAssignment"));
    RoleAssignment assignment;
    assignment.id = reader.id("id");
    assignment.incidentId = reader.id("incidentId");
    assignment.role = reader.nonEmptyString("role");
    if (reader.ok() && !Roles::isValidKey(assignment.role))
        reader.fail("role", QStringLiteral("invalid role key \"%1\"").arg(assignment.role.left(64)));
    assignment.personId = reader.id("personId");
    assignment.rank = reader.enumValue("rank", RoleRank::Primary);
    assignment.assignedAt = reader.time("assignedAt");
    assignment.relievedAt = reader.time("relievedAt", Field::Optional);
    assignment.assignedBy = reader.id("assignedBy", Field::Optional);
    if (!reader.ok())
        return Decoded<RoleAssignment>::failure(reader.error());
    return {assignment, {}};
}

} // namespace Sitrep
