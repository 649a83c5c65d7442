#pragma once

#include "Api.h"

namespace Sitrep::Server {

// POST /api/v1/ops and GET /api/v1/changes: the two halves of sync (docs/SYNC.md).
void registerSyncRoutes(Router &router, const ApiContext &context);

} // namespace Sitrep::Server
