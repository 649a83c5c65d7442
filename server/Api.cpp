#include "Api.h"

#include "api/IncidentRoutes.h"
#include "api/SessionRoutes.h"
#include "api/SyncRoutes.h"

namespace Sitrep::Server {

void registerRoutes(Router &router, const ApiContext &context)
{
    router.add("GET", QStringLiteral("/healthz"), [](const HttpRequest &, const PathParams &) {
        return HttpResponse::json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                                   {QStringLiteral("version"), QStringLiteral(SITREP_VERSION)}});
    });
    registerSessionRoutes(router, context);
    registerSyncRoutes(router, context);
    registerIncidentRoutes(router, context);
}

} // namespace Sitrep::Server
