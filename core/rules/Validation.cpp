#include "Validation.h"

#include "Labels.h"

#include <QCoreApplication>

namespace Sitrep::Validation {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Sitrep::Validation", text);
}
} // namespace

QString checkIncident(const Incident &incident, const SeverityTaxonomy &taxonomy)
{
    if (incident.title.trimmed().isEmpty())
        return tr("An incident needs a title.");
    if (incident.title.size() > MaxTitleLength)
        return tr("The title is too long (at most %1 characters).").arg(MaxTitleLength);
    if (!taxonomy.contains(incident.severity)) {
        QStringList keys;
        for (const SeverityLevel &level : taxonomy.levels())
            keys.append(level.key);
        return tr("Unknown severity \"%1\"; choose one of %2.").arg(incident.severity, keys.join(QStringLiteral(", ")));
    }
    for (const QString &tag : incident.tags) {
        if (tag.trimmed().isEmpty() || tag.size() > 64)
            return tr("Tags must be 1 to 64 characters long.");
    }
    return {};
}

QString checkStatusChange(IncidentStatus from, IncidentStatus to)
{
    if (from == to)
        return tr("The incident is already %1.").arg(Labels::status(to));
    if (from == IncidentStatus::Closed)
        return tr("The incident is closed; declare a new incident instead.");
    if (!isForwardTransition(from, to))
        return tr("The status only moves forward (%1 → %2 is not allowed).").arg(Labels::status(from), Labels::status(to));
    return {};
}

QString checkEntry(const TimelineEntry &entry)
{
    if (entry.incidentId.isNull())
        return tr("A timeline entry belongs to an incident.");
    if (entry.body.trimmed().isEmpty())
        return tr("A timeline entry needs some text.");
    if (entry.body.size() > MaxBodyLength)
        return tr("The entry is too long (at most %1 characters).").arg(MaxBodyLength);
    return {};
}

QString checkRoleAssignment(const RoleAssignment &assignment)
{
    if (!Roles::isValidKey(assignment.role))
        return tr("\"%1\" is not a valid role name (lower-case letters, digits and _).").arg(assignment.role);
    if (assignment.personId.isNull())
        return tr("Choose the person who takes the role.");
    return {};
}

QString checkTrack(const Track &track)
{
    if (track.name.trimmed().isEmpty())
        return tr("A track needs a name.");
    return {};
}

QString checkParticipant(const BridgeParticipant &participant)
{
    if (participant.displayName.trimmed().isEmpty())
        return tr("A participant needs a name.");
    if (participant.kind == ParticipantKind::Phone && participant.channel.trimmed().isEmpty())
        return tr("A phone participant needs a contact channel (e.g. a phone number).");
    if (participant.kind == ParticipantKind::Console && participant.personId.isNull())
        return tr("A console participant must be a known person.");
    return {};
}

} // namespace Sitrep::Validation
