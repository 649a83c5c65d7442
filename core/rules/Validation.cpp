#include "Validation.h"

#include "Labels.h"
#include "model/RoleAssignment.h"

#include <QCoreApplication>
#include <QUrl>

#include <algorithm>

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
    if (QString problem = checkBridge(incident.bridge); !problem.isEmpty())
        return problem;
    if (QString problem = checkAddedRoles(incident.addedRoles); !problem.isEmpty())
        return problem;
    return checkRaci(incident.raci);
}

QString checkAddedRoles(const QStringList &roles)
{
    if (roles.size() > MaxAddedRoles)
        return tr("An incident adds at most %1 roles.").arg(MaxAddedRoles);
    for (const QString &role : roles) {
        if (!Roles::isValidKey(role))
            return tr("\"%1\" is not a role name: lower-case letters, digits and _, starting with a letter.").arg(role.left(64));
        if (roles.count(role) > 1)
            return tr("The role \"%1\" is added twice.").arg(role);
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

QString checkBridge(const BridgeChannels &bridge)
{
    if (bridge.meetingLink.size() > MaxLinkLength)
        return tr("The meeting link is too long (at most %1 characters).").arg(MaxLinkLength);
    if (bridge.dialIn.size() > MaxTitleLength)
        return tr("The dial-in is too long (at most %1 characters).").arg(MaxTitleLength);
    if (bridge.fallback.size() > MaxBodyLength)
        return tr("The fallback channels are too long (at most %1 characters).").arg(MaxBodyLength);
    if (bridge.meetingLink.isEmpty())
        return {};
    const QUrl link(bridge.meetingLink, QUrl::StrictMode);
    const QString scheme = link.scheme().toLower();
    const bool web = (scheme == QLatin1String("https") || scheme == QLatin1String("http")) && !link.host().isEmpty();
    const bool call = (scheme == QLatin1String("tel") || scheme == QLatin1String("sip") || scheme == QLatin1String("sips"))
        && !link.path().trimmed().isEmpty();
    const bool blank = std::any_of(bridge.meetingLink.cbegin(), bridge.meetingLink.cend(), [](QChar c) { return c.isSpace(); });
    if (!link.isValid() || blank || !(web || call))
        return tr("The meeting link must be a web address (https://…) or a tel:, sip: address.");
    return {};
}

QString checkRaci(const RaciMatrix &raci)
{
    if (raci.activities.size() > MaxRaciActivities)
        return tr("A RACI matrix holds at most %1 activities.").arg(MaxRaciActivities);
    if (raci.roles.size() > MaxRaciRoles)
        return tr("A RACI matrix holds at most %1 roles.").arg(MaxRaciRoles);
    for (const RaciActivity &activity : raci.activities) {
        if (activity.name.trimmed().isEmpty() || activity.name.size() > MaxTitleLength)
            return tr("An activity's name must be 1 to %1 characters long.").arg(MaxTitleLength);
    }
    return raci.problem();
}

} // namespace Sitrep::Validation
