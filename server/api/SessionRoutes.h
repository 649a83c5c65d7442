#pragma once

#include "Api.h"

namespace Sitrep::Server {

// POST/DELETE /api/v1/session and GET /api/v1/me.
void registerSessionRoutes(Router &router, const ApiContext &context);

} // namespace Sitrep::Server
