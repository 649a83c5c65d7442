#include "Api.h"

#include "api/IncidentRoutes.h"
#include "api/Metrics.h"
#include "api/SessionRoutes.h"
#include "api/StreamRoutes.h"
#include "api/SyncRoutes.h"

namespace Sitrep::Server {

void registerRoutes(Router &router, const ApiContext &context)
{
    router.add("GET", QStringLiteral("/healthz"), [](const HttpRequest &, const PathParams &) {
        return HttpResponse::json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                                   {QStringLiteral("version"), QStringLiteral(SITREP_VERSION)}});
    });
    // Prometheus scrapes without a token; the figures carry no ids or names (Metrics.h).
    router.add("GET", QStringLiteral("/metrics"), [context](const HttpRequest &, const PathParams &) {
        HttpResponse response;
        response.contentType = "text/plain; version=0.0.4; charset=utf-8";
        response.body = context.metrics ? context.metrics->exposition() : QByteArray();
        return response;
    });
    registerSessionRoutes(router, context);
    registerSyncRoutes(router, context);
    registerIncidentRoutes(router, context);
    registerStreamRoutes(router, context);
}

} // namespace Sitrep::Server
