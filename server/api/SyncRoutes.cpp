#include "SyncRoutes.h"

#include "Authentication.h"
#include "OpApplication.h"
#include "model/Ids.h"
#include "storage/ServerStore.h"

#include <QJsonArray>

namespace Sitrep::Server {

namespace {

constexpr int MaxOpsPerRequest = 500;

HttpResponse postOps(const HttpRequest &request, const ApiContext &context)
{
    const Authenticated caller = authenticate(request, *context.store);
    if (!caller.account)
        return caller.problem;
    const JsonBody body = parseJsonBody(request);
    if (!body.object)
        return body.problem;
    const QJsonValue ops = body.object->value(QStringLiteral("ops"));
    if (!ops.isArray())
        return HttpResponse::error(400, QStringLiteral("invalid_request"), QStringLiteral("Send {\"ops\": [ … ]}."));
    const QJsonArray items = ops.toArray();
    if (items.size() > MaxOpsPerRequest)
        return HttpResponse::error(422, QStringLiteral("too_many_ops"),
                                   QStringLiteral("Send at most %1 ops per request.").arg(MaxOpsPerRequest));

    // Each op is judged on its own: one malformed op is rejected (with the field it got
    // wrong) and the others still apply, in order, all in one transaction.
    QList<std::optional<OpResult>> decodeFailures(items.size());
    QList<Op> decoded;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Decoded<Op> op = items.at(i).isObject()
            ? Op::fromJson(items.at(i).toObject())
            : Decoded<Op>::failure(QStringLiteral("ops[%1]: expected an object").arg(i));
        if (op) {
            decoded.append(*op.value);
            continue;
        }
        OpResult rejected;
        rejected.opId = idFromString(items.at(i).toObject().value(QStringLiteral("opId")).toString());
        rejected.status = OpResult::Rejected;
        rejected.error = op.error;
        decodeFailures[i] = rejected;
    }
    const QList<OpResult> applied = applyOps(context, decoded, *caller.account, request.peerAddress);
    QJsonArray results;
    qsizetype next = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const OpResult &result = decodeFailures.at(i) ? *decodeFailures.at(i) : applied.at(next++);
        if (result.status == OpResult::Unavailable) {
            // Whatever was stored stays stored; a retry of the batch gets "duplicate" for
            // those and tries the rest again.
            HttpResponse response = HttpResponse::error(503, QStringLiteral("unavailable"),
                                                        QStringLiteral("The server could not store op %1: %2. Retry.")
                                                            .arg(result.opId.toString(QUuid::WithoutBraces), result.error));
            response.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
            return response;
        }
        results.append(result.toJson());
    }
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("results"), results}});
}

// A non-negative integer query parameter, or nullopt when it is there but not one.
std::optional<qint64> integerParameter(const HttpRequest &request, const QString &name, qint64 fallback)
{
    if (!request.query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 value = request.query.queryItemValue(name).toLongLong(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

HttpResponse getChanges(const HttpRequest &request, const ApiContext &context)
{
    const Authenticated caller = authenticate(request, *context.store);
    if (!caller.account)
        return caller.problem;
    const std::optional<qint64> since = integerParameter(request, QStringLiteral("since"), 0);
    const std::optional<qint64> limit = integerParameter(request, QStringLiteral("limit"), 500);
    if (!since)
        return HttpResponse::error(400, QStringLiteral("invalid_parameter"), QStringLiteral("since must be a seq (0 or more)."));
    if (!limit || *limit < 1 || *limit > ServerStore::MaxChangesPerPage)
        return HttpResponse::error(400, QStringLiteral("invalid_parameter"),
                                   QStringLiteral("limit must be between 1 and %1.").arg(ServerStore::MaxChangesPerPage));
    HttpResponse page;
    page.body = context.store->changesBody(*since, int(*limit), *caller.account);
    return page;
}

} // namespace

void registerSyncRoutes(Router &router, const ApiContext &context)
{
    router.add("POST", QStringLiteral("/api/v1/ops"),
               [context](const HttpRequest &request, const PathParams &) { return postOps(request, context); });
    router.add("GET", QStringLiteral("/api/v1/changes"),
               [context](const HttpRequest &request, const PathParams &) { return getChanges(request, context); });
}

} // namespace Sitrep::Server
