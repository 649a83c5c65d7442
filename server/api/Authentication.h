#pragma once

#include "http/HttpTypes.h"
#include "model/Account.h"

namespace Sitrep::Server {

class ServerStore;

// The account behind a request's bearer token, or the 401 that tells the client what to
// do. Every route but /healthz and sign-in goes through here first.
struct Authenticated {
    std::optional<Account> account;
    HttpResponse problem;
};

Authenticated authenticate(const HttpRequest &request, ServerStore &store);

} // namespace Sitrep::Server
