#pragma once

#include "Api.h"
#include "storage/ServerStore.h"

namespace Sitrep::Server {

// Applies one op for a route and counts its outcome: the one way routes apply ops.
// address: the client's, for the audit log.
OpResult applyOp(const ApiContext &context, const Op &op, const Account &account, const QString &address);

} // namespace Sitrep::Server
