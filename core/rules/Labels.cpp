#include "Labels.h"

#include "model/RoleAssignment.h"

#include <QCoreApplication>

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

} // namespace Sitrep::Labels
