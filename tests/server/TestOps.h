#pragma once

// Ops as a console would send them, for the network tests (tst_ServerApi, tst_ServerStream):
// fresh ids, stamped now.

#include "model/Ids.h"
#include "model/Incident.h"
#include "model/Op.h"
#include "model/TimelineEntry.h"

#include <QDateTime>

namespace Sitrep::Testing {

inline Op declareOp(const QString &title)
{
    Incident incident;
    incident.id = newId();
    incident.title = title;
    incident.severity = QStringLiteral("SEV2");
    incident.declaredAt = QDateTime::currentDateTimeUtc();
    incident.transitions = {{IncidentStatus::Declared, incident.declaredAt, {}}};
    return Op{newId(), OpType::IncidentDeclare, incident.id, incident.id, {}, incident.declaredAt, incident.toJson()};
}

inline Op entryOp(const QUuid &incidentId, const QString &body)
{
    TimelineEntry entry;
    entry.id = newId();
    entry.incidentId = incidentId;
    entry.body = body;
    entry.occurredAt = entry.recordedAt = QDateTime::currentDateTimeUtc();
    return Op::entryAdd(entry);
}

} // namespace Sitrep::Testing
