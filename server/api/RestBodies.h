#pragma once

// The JSON bodies of the REST writes (POST /api/v1/incidents, POST
// /api/v1/incidents/{id}/timeline) read into the model. Pure: the routes and the fuzzer
// (tests/fuzz) call the same functions. The rules (rules/Validation) apply afterwards.

#include "model/Incident.h"
#include "model/TimelineEntry.h"

namespace Sitrep::Server {

// id (optional: null when absent), title, severity, summary, restricted, tags.
Decoded<Incident> decodeDeclareBody(const QJsonObject &body);
// id (optional), kind (default note), body, occurredAt (optional), in incidentId.
Decoded<TimelineEntry> decodeEntryBody(const QJsonObject &body, const QUuid &incidentId);

} // namespace Sitrep::Server
