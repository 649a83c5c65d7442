#pragma once

// The routes of API v1 (docs/openapi.yaml lists every one of them).

#include "http/HttpTypes.h"

#include <QString>

namespace Sitrep::Server {

class ServerStore;
class LoginThrottle;
class Metrics;
class LiveHub;

// What the handlers share. Not owned: main() keeps them alive while the server runs.
struct ApiContext {
    QString dataDir;
    ServerStore *store = nullptr;
    LoginThrottle *throttle = nullptr;
    Metrics *metrics = nullptr; // optional
    LiveHub *hub = nullptr;     // optional: without it, GET /api/v1/stream answers 503
};

void registerRoutes(Router &router, const ApiContext &context);

} // namespace Sitrep::Server
