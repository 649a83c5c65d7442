#include "IncidentCommands.h"

#include "CtlContext.h"
#include "model/Ids.h"
#include "rules/Labels.h"
#include "store/TimelinePager.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Sitrep::Ctl {

namespace {

// Reads go to the server first when there is one, so they show what the team sees; an
// unreachable server leaves the cache as it is, which is said on stderr.
void refresh(CtlContext &context)
{
    if (!context.settings().isConfigured() && context.options().server.isEmpty())
        return;
    const SyncStatus status = context.syncOnce();
    if (status.state != SyncState::Online)
        context.out().note(Text::tr("Showing the local cache: %1").arg(status.problem));
}

// A full id, or a prefix of exactly one incident's id (as people copy them from lists).
std::optional<QUuid> resolveIncident(CtlContext &context, const QString &text)
{
    const QUuid exact = idFromString(text);
    if (!exact.isNull() && context.store().incident(exact))
        return exact;
    const QString prefix = text.toLower().remove(QLatin1Char('-'));
    QList<QUuid> matches;
    if (prefix.size() >= 4) {
        for (const IncidentSummary &summary : context.store().incidents()) {
            if (idToString(summary.id).remove(QLatin1Char('-')).startsWith(prefix))
                matches.append(summary.id);
        }
    }
    if (matches.size() == 1)
        return matches.first();
    context.out().error(matches.isEmpty() ? Text::tr("No incident %1 in this profile (try `sitrepctl incident list`).").arg(text)
                                          : Text::tr("%1 matches several incidents: give more of the id.").arg(text));
    return std::nullopt;
}

std::optional<QUuid> resolvePerson(CtlContext &context, const QString &text)
{
    if (text == QLatin1String("me")) {
        if (context.store().actor().isNull()) {
            context.out().error(Text::tr("\"me\" is unknown until you sign in (sitrepctl login USER)."));
            return std::nullopt;
        }
        return context.store().actor();
    }
    const QUuid id = idFromString(text);
    if (!id.isNull())
        return id;
    const auto find = [&]() -> std::optional<QUuid> {
        for (const Person &person : context.store().people()) {
            if (person.handle.compare(text, Qt::CaseInsensitive) == 0 || person.name.compare(text, Qt::CaseInsensitive) == 0)
                return person.id;
        }
        return std::nullopt;
    };
    if (const std::optional<QUuid> known = find())
        return known;
    // Not in this profile's copy of the directory: it may be new on the server.
    refresh(context);
    if (const std::optional<QUuid> known = find())
        return known;
    context.out().error(Text::tr("No person \"%1\" in the directory: give a person id, a handle, a name or \"me\".").arg(text));
    return std::nullopt;
}

QString personName(CtlContext &context, const QUuid &id)
{
    for (const Person &person : context.store().people()) {
        if (person.id == id)
            return person.name;
    }
    return idToString(id);
}

QJsonObject summaryJson(const IncidentSummary &summary)
{
    return QJsonObject{{QStringLiteral("id"), idToString(summary.id)},
                       {QStringLiteral("title"), summary.title},
                       {QStringLiteral("severity"), summary.severity},
                       {QStringLiteral("status"), enumToString(summary.status)},
                       {QStringLiteral("declaredAt"), timeToJson(summary.declaredAt)},
                       {QStringLiteral("lastActivityAt"), timeToJson(summary.lastActivityAt)},
                       {QStringLiteral("entries"), summary.entryCount},
                       {QStringLiteral("restricted"), summary.restricted}};
}

int declare(CtlContext &context, QStringList words)
{
    Incident incident;
    incident.title = takeOption(words, QStringLiteral("title"));
    incident.severity = takeOption(words, QStringLiteral("severity")).toUpper();
    incident.restricted = takeFlag(words, QStringLiteral("restricted"));
    for (const QString &service : takeOptions(words, QStringLiteral("service"))) {
        QUuid id = idFromString(service);
        for (const Service &known : context.store().services()) {
            if (known.name.compare(service, Qt::CaseInsensitive) == 0)
                id = known.id;
        }
        if (id.isNull()) {
            context.out().error(Text::tr("No service \"%1\" in the directory: give its id or its name.").arg(service));
            return Usage;
        }
        incident.affectedServices.append(id);
    }
    if (!words.isEmpty() || incident.title.isEmpty() || incident.severity.isEmpty()) {
        context.out().error(Text::tr("Usage: sitrepctl incident declare --title T --severity SEV [--service S]..."));
        return Usage;
    }
    // Its severity's RACI matrix, as the console's "declare incident" gives it.
    incident.raci = RaciMatrix::defaultFor(incident.severity);
    const CommandResult declared = context.store().declareIncident(incident);
    if (!declared) {
        context.out().error(declared.error);
        return Failed;
    }
    context.out().result(idToString(declared.id), QJsonObject{{QStringLiteral("id"), idToString(declared.id)}});
    return context.pushAfterWrite();
}

int list(CtlContext &context)
{
    refresh(context);
    QJsonArray items;
    QStringList lines;
    for (const IncidentSummary &summary : context.store().incidents()) {
        items.append(summaryJson(summary));
        lines.append(QStringLiteral("%1  %2  %3  %4")
                         .arg(idToString(summary.id), summary.severity, enumToString(summary.status).leftJustified(13),
                              summary.title));
    }
    context.out().result(lines.join(QLatin1Char('\n')), items);
    return Done;
}

int show(CtlContext &context, const QUuid &id)
{
    const std::optional<Incident> incident = context.store().incident(id);
    if (!incident)
        return Failed;
    QString text = QStringLiteral("%1\n%2 · %3 · %4\n").arg(incident->title, incident->severity,
                                                            Labels::status(incident->status), idToString(id));
    text += Text::tr("declared %1").arg(incident->declaredAt.toLocalTime().toString(Qt::ISODate));
    for (const RoleAssignment &role : context.store().roles(id))
        text += QStringLiteral("\n  %1: %2").arg(Labels::role(role.role), personName(context, role.personId));
    context.out().result(text, incident->toJson());
    return Done;
}

int set(CtlContext &context, const QUuid &id, QStringList words)
{
    const QString status = takeOption(words, QStringLiteral("status"));
    const QString severity = takeOption(words, QStringLiteral("severity")).toUpper();
    if (!words.isEmpty() || status.isEmpty() == severity.isEmpty()) {
        context.out().error(Text::tr("Usage: sitrepctl incident set ID --status S | --severity SEV"));
        return Usage;
    }
    CommandResult result;
    if (!status.isEmpty()) {
        const std::optional<IncidentStatus> wanted = enumFromString<IncidentStatus>(status.toLower());
        if (!wanted) {
            context.out().error(Text::tr("Unknown status \"%1\": declared, investigating, identified, mitigated, resolved or closed.").arg(status));
            return Usage;
        }
        result = context.store().setStatus(id, *wanted);
    } else {
        result = context.store().setSeverity(id, severity);
    }
    if (!result) {
        context.out().error(result.error);
        return Failed;
    }
    return context.pushAfterWrite();
}

QJsonObject entryJson(const TimelineRow &row)
{
    QJsonObject object = row.entry.toJson();
    object.insert(QStringLiteral("pending"), row.pending);
    if (row.rejected)
        object.insert(QStringLiteral("rejected"), true);
    return object;
}

} // namespace

int runIncident(CtlContext &context)
{
    QStringList words = context.options().words.mid(1);
    const QString action = words.isEmpty() ? QString() : words.takeFirst();
    if (action == QLatin1String("declare"))
        return declare(context, words);
    if (action == QLatin1String("list") && words.isEmpty())
        return list(context);
    if ((action == QLatin1String("show") || action == QLatin1String("set")) && !words.isEmpty()) {
        if (action == QLatin1String("show"))
            refresh(context);
        const std::optional<QUuid> id = resolveIncident(context, words.takeFirst());
        if (!id)
            return Failed;
        return action == QLatin1String("show") ? show(context, *id) : set(context, *id, words);
    }
    context.out().error(Text::tr("Usage: sitrepctl incident declare|list|show ID|set ID ..."));
    return Usage;
}

int runTimeline(CtlContext &context)
{
    QStringList words = context.options().words.mid(1);
    const QString action = words.isEmpty() ? QString() : words.takeFirst();
    const QString kindName = takeOption(words, QStringLiteral("kind"));
    if (action == QLatin1String("list") && words.size() == 1) {
        refresh(context);
        const std::optional<QUuid> id = resolveIncident(context, words.first());
        if (!id)
            return Failed;
        const std::unique_ptr<TimelinePager> pager = context.store().timelinePager(*id);
        QJsonArray items;
        QStringList lines;
        for (const TimelineRow &row : pager->page(0, pager->count())) {
            items.append(entryJson(row));
            lines.append(QStringLiteral("%1  %2  %3%4")
                             .arg(row.entry.occurredAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                  enumToString(row.entry.kind).toUpper().leftJustified(13), row.entry.body,
                                  row.pending ? Text::tr("  (pending)") : row.rejected ? Text::tr("  (refused by the server)") : QString()));
        }
        context.out().result(lines.join(QLatin1Char('\n')), items);
        return Done;
    }
    if (action == QLatin1String("add") && words.size() == 2) {
        const std::optional<QUuid> id = resolveIncident(context, words.first());
        if (!id)
            return Failed;
        TimelineEntry entry;
        entry.incidentId = *id;
        entry.body = words.at(1);
        if (!kindName.isEmpty()) {
            const std::optional<EntryKind> kind = enumFromString<EntryKind>(kindName.toLower());
            if (!kind) {
                context.out().error(Text::tr("Unknown kind \"%1\": note, decision, action, status_change, role_change, comms, escalation or checkpoint.").arg(kindName));
                return Usage;
            }
            entry.kind = *kind;
        }
        const CommandResult added = context.store().addEntry(entry);
        if (!added) {
            context.out().error(added.error);
            return Failed;
        }
        context.out().result(idToString(added.id), QJsonObject{{QStringLiteral("id"), idToString(added.id)}});
        return context.pushAfterWrite();
    }
    context.out().error(Text::tr("Usage: sitrepctl timeline add ID TEXT [--kind K] | timeline list ID"));
    return Usage;
}

int runRole(CtlContext &context)
{
    QStringList words = context.options().words.mid(1);
    const QString action = words.isEmpty() ? QString() : words.takeFirst();
    const bool secondary = takeFlag(words, QStringLiteral("secondary"));
    if (action == QLatin1String("list") && words.size() == 1) {
        refresh(context);
        const std::optional<QUuid> id = resolveIncident(context, words.first());
        if (!id)
            return Failed;
        QJsonArray items;
        QStringList lines;
        for (const RoleAssignment &role : context.store().roles(*id)) {
            QJsonObject object = role.toJson();
            object.insert(QStringLiteral("personName"), personName(context, role.personId));
            items.append(object);
            lines.append(QStringLiteral("%1%2  %3").arg(role.role, role.rank == RoleRank::Secondary ? QStringLiteral(" (secondary)") : QString(),
                                                        personName(context, role.personId)));
        }
        context.out().result(lines.join(QLatin1Char('\n')), items);
        return Done;
    }
    if (action == QLatin1String("assign") && words.size() == 3) {
        const std::optional<QUuid> id = resolveIncident(context, words.at(0));
        const std::optional<QUuid> person = id ? resolvePerson(context, words.at(2)) : std::nullopt;
        if (!id || !person)
            return Failed;
        RoleAssignment assignment;
        assignment.incidentId = *id;
        assignment.role = words.at(1).toLower();
        assignment.personId = *person;
        assignment.rank = secondary ? RoleRank::Secondary : RoleRank::Primary;
        const CommandResult assigned = context.store().assignRole(assignment);
        if (!assigned) {
            context.out().error(assigned.error);
            return Failed;
        }
        context.out().result(idToString(assigned.id), QJsonObject{{QStringLiteral("id"), idToString(assigned.id)}});
        return context.pushAfterWrite();
    }
    context.out().error(Text::tr("Usage: sitrepctl role assign ID ROLE PERSON [--secondary] | role list ID"));
    return Usage;
}

} // namespace Sitrep::Ctl
