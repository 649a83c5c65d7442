#include "Labels.h"

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

} // namespace Sitrep::Labels
