#include "OpApplication.h"

#include "Metrics.h"

namespace Sitrep::Server {

OpResult applyOp(const ApiContext &context, const Op &op, const Account &account, const QString &address)
{
    const OpResult result = context.store->applyOp(op, account, address);
    if (context.metrics)
        context.metrics->recordOp(OpResult::statusName(result.status));
    return result;
}

} // namespace Sitrep::Server
