#include "RestBodies.h"

namespace Sitrep::Server {

Decoded<Incident> decodeDeclareBody(const QJsonObject &body)
{
    JsonReader reader(body, QStringLiteral("incident"));
    Incident incident;
    incident.id = reader.id("id", Field::Optional);
    incident.title = reader.nonEmptyString("title").trimmed();
    incident.severity = reader.nonEmptyString("severity");
    incident.summary = reader.string("summary", Field::Optional);
    incident.restricted = reader.boolean("restricted");
    incident.tags = reader.strings("tags");
    if (!reader.ok())
        return Decoded<Incident>::failure(reader.error());
    return {incident, {}};
}

Decoded<TimelineEntry> decodeEntryBody(const QJsonObject &body, const QUuid &incidentId)
{
    JsonReader reader(body, QStringLiteral("entry"));
    TimelineEntry entry;
    entry.id = reader.id("id", Field::Optional);
    entry.incidentId = incidentId;
    entry.kind = reader.enumValue("kind", EntryKind::Note, Field::Optional);
    entry.body = reader.nonEmptyString("body");
    entry.occurredAt = reader.time("occurredAt", Field::Optional);
    if (!reader.ok())
        return Decoded<TimelineEntry>::failure(reader.error());
    return {entry, {}};
}

} // namespace Sitrep::Server
