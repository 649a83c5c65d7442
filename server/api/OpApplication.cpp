#include "OpApplication.h"

#include "Metrics.h"

namespace Sitrep::Server {

QList<OpResult> applyOps(const ApiContext &context, const QList<Op> &ops, const Account &account, const QString &address)
{
    const QList<OpResult> results = context.store->applyOps(ops, account, address);
    if (context.metrics) {
        for (const OpResult &result : results)
            context.metrics->recordOp(OpResult::statusName(result.status));
    }
    return results;
}

OpResult applyOp(const ApiContext &context, const Op &op, const Account &account, const QString &address)
{
    return applyOps(context, {op}, account, address).constFirst();
}

} // namespace Sitrep::Server
