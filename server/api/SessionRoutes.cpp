#include "SessionRoutes.h"

#include "Authentication.h"
#include "Metrics.h"
#include "auth/LoginThrottle.h"
#include "model/Json.h"
#include "storage/ServerStore.h"

namespace Sitrep::Server {

namespace {

HttpResponse signIn(const HttpRequest &request, const ApiContext &context)
{
    const JsonBody body = parseJsonBody(request);
    if (!body.object)
        return body.problem;
    const QJsonValue name = body.object->value(QStringLiteral("username"));
    const QJsonValue password = body.object->value(QStringLiteral("password"));
    if (!name.isString() || !password.isString())
        return HttpResponse::error(400, QStringLiteral("invalid_request"),
                                   QStringLiteral("Send {\"username\": …, \"password\": …} as strings."));

    // Refuse before the argon2 work: a flood of guesses must not cost us more than them.
    if (context.throttle->isRefused(name.toString(), request.peerAddress)) {
        if (context.metrics)
            context.metrics->recordLoginFailure();
        HttpResponse response = HttpResponse::error(
            429, QStringLiteral("too_many_attempts"),
            QStringLiteral("Too many failed sign-ins for this user or address; try again in a minute."));
        response.headers.append(qMakePair(
            QByteArray("Retry-After"),
            QByteArray::number(context.throttle->retryAfterSeconds(name.toString(), request.peerAddress))));
        return response;
    }
    const std::optional<Account> account = context.store->authenticate(name.toString(), password.toString());
    if (!account) {
        context.throttle->recordFailure(name.toString(), request.peerAddress);
        if (context.metrics)
            context.metrics->recordLoginFailure();
        // One answer for an unknown user, a wrong password and a disabled account.
        return HttpResponse::error(401, QStringLiteral("invalid_credentials"),
                                   QStringLiteral("Wrong user name or password."));
    }
    context.throttle->recordSuccess(name.toString());
    const Session session = context.store->createSession(*account, request.peerAddress);
    if (session.token.isEmpty())
        return HttpResponse::error(503, QStringLiteral("unavailable"),
                                   QStringLiteral("The server could not store the session; try again."));
    return HttpResponse::json(201, QJsonObject{{QStringLiteral("token"), QString::fromLatin1(session.token)},
                                               {QStringLiteral("expiresAt"), timeToJson(session.expiresAt)},
                                               {QStringLiteral("user"), account->toJson()}});
}

HttpResponse signOut(const HttpRequest &request, const ApiContext &context)
{
    const Authenticated caller = authenticate(request, *context.store);
    if (!caller.account)
        return caller.problem;
    context.store->revokeToken(request.bearerToken(), request.peerAddress);
    return HttpResponse::noContent();
}

HttpResponse me(const HttpRequest &request, const ApiContext &context)
{
    const Authenticated caller = authenticate(request, *context.store);
    if (!caller.account)
        return caller.problem;
    return HttpResponse::json(200, caller.account->toJson());
}

// The organisation, for every signed-in account: people's names are not need-to-know (the
// restricted incidents they are on are), and a console needs them to show authors and
// to assign roles.
HttpResponse directory(const HttpRequest &request, const ApiContext &context)
{
    const Authenticated caller = authenticate(request, *context.store);
    if (!caller.account)
        return caller.problem;
    return HttpResponse::json(200, context.store->directory().toJson());
}

} // namespace

void registerSessionRoutes(Router &router, const ApiContext &context)
{
    router.add("POST", QStringLiteral("/api/v1/session"),
               [context](const HttpRequest &request, const PathParams &) { return signIn(request, context); });
    router.add("DELETE", QStringLiteral("/api/v1/session"),
               [context](const HttpRequest &request, const PathParams &) { return signOut(request, context); });
    router.add("GET", QStringLiteral("/api/v1/me"),
               [context](const HttpRequest &request, const PathParams &) { return me(request, context); });
    router.add("GET", QStringLiteral("/api/v1/directory"),
               [context](const HttpRequest &request, const PathParams &) { return directory(request, context); });
}

} // namespace Sitrep::Server
