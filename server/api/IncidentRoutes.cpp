#include "IncidentRoutes.h"

#include "Authentication.h"
#include "OpApplication.h"
#include "RestBodies.h"
#include "auth/Permissions.h"
#include "model/Ids.h"
#include "model/Incident.h"
#include "model/Severity.h"
#include "model/TimelineEntry.h"
#include "rules/Validation.h"
#include "storage/ServerStore.h"

#include <QJsonArray>

namespace Sitrep::Server {

namespace {

HttpResponse notFound()
{
    // The same answer for a malformed id, an unknown incident and one the caller may not
    // see: a restricted incident does not exist for those without a need to know.
    return HttpResponse::error(404, QStringLiteral("not_found"), QStringLiteral("No such incident."));
}

HttpResponse unprocessable(const QString &message)
{
    return HttpResponse::error(422, QStringLiteral("invalid_field"), message);
}

// A write's common first steps: a signed-in account that may write, and a JSON object body.
// Either the account and the body, or the response that refuses the request.
struct WriteRequest {
    std::optional<Account> account;
    QJsonObject body;
    HttpResponse problem;
};

WriteRequest acceptWrite(const HttpRequest &request, const ApiContext &context)
{
    Authenticated caller = authenticate(request, *context.store);
    if (!caller.account)
        return {std::nullopt, {}, caller.problem};
    // Refused before the body or the incident is looked at: no existence leak to a viewer.
    if (const QString why = accountRefusal(*caller.account); !why.isEmpty())
        return {std::nullopt, {}, HttpResponse::error(403, QStringLiteral("forbidden"), why)};
    const JsonBody body = parseJsonBody(request);
    if (!body.object)
        return {std::nullopt, {}, body.problem};
    return {std::move(caller.account), *body.object, {}};
}

// Applies one op made from a REST call: nothing when it went in, else the refusal.
std::optional<HttpResponse> applyRestOp(const ApiContext &context, const Op &op, const Account &account,
                                        const QString &address)
{
    const OpResult result = applyOp(context, op, account, address);
    switch (result.status) {
    case OpResult::Applied:
    case OpResult::Duplicate:
    case OpResult::Conflict:
        return std::nullopt;
    case OpResult::Rejected:
        return result.error.contains(QLatin1String("unknown incident")) ? notFound() : unprocessable(result.error);
    case OpResult::Unavailable:
        break;
    }
    return HttpResponse::error(503, QStringLiteral("unavailable"), QStringLiteral("The server could not store it: %1. Retry.").arg(result.error));
}

HttpResponse listIncidents(const HttpRequest &request, const ApiContext &context)
{
    const Authenticated caller = authenticate(request, *context.store);
    if (!caller.account)
        return caller.problem;
    QJsonArray items;
    for (const QJsonObject &incident : context.store->incidents(*caller.account))
        items.append(incident);
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items}});
}

HttpResponse declareIncident(const HttpRequest &request, const ApiContext &context)
{
    const WriteRequest caller = acceptWrite(request, context);
    if (!caller.account)
        return caller.problem;

    Decoded<Incident> decoded = decodeDeclareBody(caller.body);
    if (!decoded)
        return unprocessable(decoded.error);
    Incident incident = std::move(*decoded.value);
    // A retry with the id the caller chose answers with what exists: idempotent.
    if (!incident.id.isNull()) {
        if (const auto existing = context.store->incident(incident.id, *caller.account))
            return HttpResponse::json(200, *existing);
    } else {
        incident.id = newId();
    }
    // Every incident starts with its severity's RACI matrix, as one declared in the console
    // does; the server has no language of its own, so its activity names are English.
    if (incident.raci.isEmpty())
        incident.raci = RaciMatrix::defaultFor(incident.severity);
    if (const QString problem = Validation::checkIncident(incident, SeverityTaxonomy::defaults()); !problem.isEmpty())
        return unprocessable(problem);
    incident.declaredAt = QDateTime::currentDateTimeUtc();
    incident.transitions = {{IncidentStatus::Declared, incident.declaredAt, {}}};

    const Op op{newId(), OpType::IncidentDeclare, incident.id, incident.id, {}, incident.declaredAt, incident.toJson()};
    if (std::optional<HttpResponse> refused = applyRestOp(context, op, *caller.account, request.peerAddress))
        return *refused;
    const auto stored = context.store->incident(incident.id, *caller.account);
    return stored ? HttpResponse::json(201, *stored) : notFound();
}

HttpResponse showIncident(const HttpRequest &request, const PathParams &params, const ApiContext &context)
{
    const Authenticated caller = authenticate(request, *context.store);
    if (!caller.account)
        return caller.problem;
    const auto incident = context.store->incident(idFromString(params.value(0)), *caller.account);
    return incident ? HttpResponse::json(200, *incident) : notFound();
}

HttpResponse listTimeline(const HttpRequest &request, const PathParams &params, const ApiContext &context)
{
    const Authenticated caller = authenticate(request, *context.store);
    if (!caller.account)
        return caller.problem;
    const QUuid incidentId = idFromString(params.value(0));
    if (!context.store->incident(incidentId, *caller.account))
        return notFound();
    QJsonArray items;
    for (const QJsonObject &entry : context.store->timeline(incidentId, *caller.account))
        items.append(entry);
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items}});
}

HttpResponse addTimelineEntry(const HttpRequest &request, const PathParams &params, const ApiContext &context)
{
    const WriteRequest caller = acceptWrite(request, context);
    if (!caller.account)
        return caller.problem;
    const QUuid incidentId = idFromString(params.value(0));
    if (!context.store->incident(incidentId, *caller.account))
        return notFound();

    Decoded<TimelineEntry> decoded = decodeEntryBody(caller.body, incidentId);
    if (!decoded)
        return unprocessable(decoded.error);
    TimelineEntry entry = std::move(*decoded.value);
    if (const QString problem = Validation::checkEntry(entry); !problem.isEmpty())
        return unprocessable(problem);
    if (entry.id.isNull())
        entry.id = newId();
    entry.recordedAt = QDateTime::currentDateTimeUtc();
    if (!entry.occurredAt.isValid())
        entry.occurredAt = entry.recordedAt;

    // The op id follows the entry id, so a retried POST with the same entry id is a duplicate.
    const Op op{entry.id, OpType::EntryAdd, incidentId, entry.id, {}, entry.recordedAt, entry.toJson()};
    if (std::optional<HttpResponse> refused = applyRestOp(context, op, *caller.account, request.peerAddress))
        return *refused;
    return HttpResponse::json(201, entry.toJson());
}

} // namespace

void registerIncidentRoutes(Router &router, const ApiContext &context)
{
    router.add("GET", QStringLiteral("/api/v1/incidents"),
               [context](const HttpRequest &request, const PathParams &) { return listIncidents(request, context); });
    router.add("POST", QStringLiteral("/api/v1/incidents"),
               [context](const HttpRequest &request, const PathParams &) { return declareIncident(request, context); });
    router.add("GET", QStringLiteral("/api/v1/incidents/{id}"),
               [context](const HttpRequest &request, const PathParams &params) { return showIncident(request, params, context); });
    router.add("GET", QStringLiteral("/api/v1/incidents/{id}/timeline"),
               [context](const HttpRequest &request, const PathParams &params) { return listTimeline(request, params, context); });
    router.add("POST", QStringLiteral("/api/v1/incidents/{id}/timeline"),
               [context](const HttpRequest &request, const PathParams &params) {
                   return addTimelineEntry(request, params, context);
               });
}

} // namespace Sitrep::Server
