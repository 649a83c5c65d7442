#include "Permissions.h"

#include "storage/OpPayloads.h"

namespace Sitrep::Server {

IncidentAction actionOf(const CheckedOp &checked)
{
    switch (checked.op.type) {
    case OpType::IncidentDeclare:
        return IncidentAction::Declare;
    case OpType::IncidentUpdate:
        if (checked.fields.contains(QStringLiteral("restricted")))
            return IncidentAction::ChangeRestriction;
        return checked.fields.contains(QStringLiteral("criticalPhase")) ? IncidentAction::ChangeCriticalPhase
                                                                        : IncidentAction::UpdateFields;
    case OpType::IncidentStatus:
        return checked.status == IncidentStatus::Closed ? IncidentAction::Close : IncidentAction::AdvanceStatus;
    case OpType::IncidentSeverity:
        return IncidentAction::ChangeSeverity;
    case OpType::EntryAdd:
        return IncidentAction::AddEntry;
    case OpType::EntryEdit:
        return IncidentAction::EditEntry;
    case OpType::EntryPin:
        return IncidentAction::PinEntry;
    case OpType::RoleAssign:
        return IncidentAction::AssignRole;
    case OpType::RoleRelieve:
        return IncidentAction::RelieveRole;
    case OpType::TrackUpsert:
        return IncidentAction::UpsertTrack;
    case OpType::ParticipantUpsert:
        return IncidentAction::UpsertParticipant;
    }
    return IncidentAction::UpdateFields;
}

} // namespace Sitrep::Server
