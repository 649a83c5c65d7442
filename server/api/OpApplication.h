#pragma once

#include "Api.h"
#include "storage/ServerStore.h"

namespace Sitrep::Server {

// Applies ops for a route and counts their outcomes: the one way routes apply ops. A batch
// is one transaction (one durable commit), each op in its own savepoint.
// address: the client's, for the audit log.
QList<OpResult> applyOps(const ApiContext &context, const QList<Op> &ops, const Account &account, const QString &address);
OpResult applyOp(const ApiContext &context, const Op &op, const Account &account, const QString &address);

} // namespace Sitrep::Server
