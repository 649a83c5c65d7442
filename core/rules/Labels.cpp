#include "Labels.h"

#include "model/RoleAssignment.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Sitrep::Labels {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Sitrep::Labels", text);
}
} // namespace

QString status(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Declared:
        return tr("Declared");
    case IncidentStatus::Investigating:
        return tr("Investigating");
    case IncidentStatus::Identified:
        return tr("Identified");
    case IncidentStatus::Mitigated:
        return tr("Mitigated");
    case IncidentStatus::Resolved:
        return tr("Resolved");
    case IncidentStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QString kind(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Note:
        return tr("Note");
    case EntryKind::Decision:
        return tr("Decision");
    case EntryKind::Action:
        return tr("Action");
    case EntryKind::StatusChange:
        return tr("Status");
    case EntryKind::RoleChange:
        return tr("Role");
    case EntryKind::Comms:
        return tr("Comms");
    case EntryKind::Escalation:
        return tr("Escalation");
    case EntryKind::Checkpoint:
        return tr("Checkpoint");
    }
    return {};
}

QString role(const QString &key)
{
    if (key == Roles::IncidentCommander)
        return tr("Incident commander");
    if (key == Roles::Scribe)
        return tr("Scribe");
    if (key == Roles::TechnicalLead)
        return tr("Technical lead");
    if (key == Roles::CommsLead)
        return tr("Comms lead");
    if (key == Roles::Facilitator)
        return tr("Facilitator");
    return key;
}

QString roleAbbreviation(const QString &key)
{
    if (key == Roles::IncidentCommander)
        //: Short for "Incident commander" (a RACI column header; the full name is its tooltip)
        return tr("IC");
    if (key == Roles::Scribe)
        //: Short for "Scribe" (a RACI column header)
        return tr("Scr.");
    if (key == Roles::TechnicalLead)
        //: Short for "Technical lead" (a RACI column header)
        return tr("Tech");
    if (key == Roles::CommsLead)
        //: Short for "Comms lead" (a RACI column header)
        return tr("Com.");
    if (key == Roles::Facilitator)
        //: Short for "Facilitator" (a RACI column header)
        return tr("Fac.");
    return key;
}

QString incidentField(const QString &key)
{
    if (key == QLatin1String("severity"))
        return tr("Severity");
    if (key == QLatin1String("status"))
        return tr("Status");
    if (key == QLatin1String("title"))
        return tr("Title");
    if (key == QLatin1String("summary"))
        return tr("Summary");
    if (key == QLatin1String("tags"))
        return tr("Tags");
    if (key == QLatin1String("affectedServices"))
        return tr("Affected services");
    if (key == QLatin1String("owningTeam"))
        return tr("Owning team");
    if (key == QLatin1String("businessUnit"))
        return tr("Business unit");
    if (key == QLatin1String("restricted"))
        return tr("Restricted");
    if (key == QLatin1String("criticalPhase"))
        return tr("Critical phase");
    if (key == QLatin1String("bridge"))
        return tr("Bridge details");
    if (key == QLatin1String("raci"))
        return tr("RACI matrix");
    return key;
}

QString fieldValue(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(item.toString());
        return items.isEmpty() ? tr("(empty)") : items.join(QStringLiteral(", "));
    }
    if (value.isObject()) {
        // A RACI matrix by its size; the bridge's channels by their text.
        const QJsonObject object = value.toObject();
        if (object.contains(QStringLiteral("activities"))) {
            const int activities = int(object.value(QStringLiteral("activities")).toArray().size());
            return tr("Activities: %1").arg(activities);
        }
        QStringList parts;
        for (const QJsonValue &part : object) {
            if (part.isString() && !part.toString().isEmpty())
                parts.append(part.toString());
        }
        return parts.isEmpty() ? tr("(empty)") : parts.join(QStringLiteral(" · "));
    }
    const QString text = value.toString();
    if (text.isEmpty())
        return tr("(empty)");
    if (const std::optional<IncidentStatus> known = enumFromString<IncidentStatus>(text))
        return status(*known);
    return text;
}

QString opType(OpType type)
{
    switch (type) {
    case OpType::IncidentDeclare:
        return tr("Declaring the incident");
    case OpType::IncidentUpdate:
        return tr("Incident details");
    case OpType::IncidentStatus:
        return tr("Status change");
    case OpType::IncidentSeverity:
        return tr("Severity change");
    case OpType::EntryAdd:
        return tr("Timeline entry");
    case OpType::EntryEdit:
        return tr("Edit of a timeline entry");
    case OpType::EntryPin:
        return tr("Pinning an entry");
    case OpType::RoleAssign:
        return tr("Role assignment");
    case OpType::RoleRelieve:
        return tr("Relieving a role");
    case OpType::TrackUpsert:
        return tr("Track");
    case OpType::ParticipantUpsert:
        return tr("Bridge participant");
    }
    return {};
}

} // namespace Sitrep::Labels
