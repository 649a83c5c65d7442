#include "Authentication.h"

#include "storage/ServerStore.h"

namespace Sitrep::Server {

namespace {
HttpResponse unauthorized(const QString &message)
{
    HttpResponse response = HttpResponse::error(401, QStringLiteral("unauthorized"), message);
    response.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer")));
    return response;
}
} // namespace

Authenticated authenticate(const HttpRequest &request, ServerStore &store)
{
    const QByteArray token = request.bearerToken();
    if (token.isEmpty())
        return {std::nullopt, unauthorized(QStringLiteral("Sign in first: send \"Authorization: Bearer TOKEN\" "
                                                          "with a token from POST /api/v1/session."))};
    std::optional<Account> account = store.accountForToken(token);
    if (!account)
        return {std::nullopt, unauthorized(QStringLiteral("The token has expired or was revoked, or the account is "
                                                          "disabled: sign in again."))};
    return {std::move(account), {}};
}

} // namespace Sitrep::Server
