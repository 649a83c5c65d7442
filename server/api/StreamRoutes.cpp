#include "StreamRoutes.h"

#include "Authentication.h"
#include "LiveHub.h"

namespace Sitrep::Server {

void registerStreamRoutes(Router &router, const ApiContext &context)
{
    router.addStream(QStringLiteral("/api/v1/stream"), [context](const HttpRequest &request, const PathParams &) {
        // Refused before the upgrade, with the same 401 every route gives: a client learns
        // why from the HTTP answer instead of from a socket that closes.
        const Authenticated caller = authenticate(request, *context.store);
        if (!caller.account)
            return StreamAcceptance{nullptr, caller.problem};
        if (!context.hub)
            return StreamAcceptance{nullptr, HttpResponse::error(503, QStringLiteral("unavailable"),
                                                                 QStringLiteral("Live streams are not enabled."))};
        return StreamAcceptance{context.hub->subscribe(*caller.account, request.bearerToken()), {}};
    });
}

} // namespace Sitrep::Server
