#pragma once

#include "Api.h"

namespace Sitrep::Server {

// REST for integrations (monitoring that declares incidents, scripts):
// GET/POST /api/v1/incidents, GET /api/v1/incidents/{id},
// GET/POST /api/v1/incidents/{id}/timeline. Writes go through the op path, so they reach
// the change feed like a console's.
void registerIncidentRoutes(Router &router, const ApiContext &context);

} // namespace Sitrep::Server
