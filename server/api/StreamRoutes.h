#pragma once

#include "Api.h"

namespace Sitrep::Server {

// GET /api/v1/stream: the live stream (a WebSocket), authenticated by the bearer token of
// the upgrade request.
void registerStreamRoutes(Router &router, const ApiContext &context);

} // namespace Sitrep::Server
