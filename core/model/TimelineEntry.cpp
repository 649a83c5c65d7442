#include "TimelineEntry.h"

namespace Sitrep {

QJsonObject EntryRevision::toJson() const
{
    QJsonObject object{{QStringLiteral("revision"), revision},
                       {QStringLiteral("kind"), enumToString(kind)},
                       {QStringLiteral("body"), body}};
    putId(object, "editedBy", editedBy);
    putTime(object, "recordedAt", recordedAt);
    return object;
}

Decoded<EntryRevision> EntryRevision::fromJson(const QJsonObject &object, const QString &context)
{
    JsonReader reader(object, context);
    EntryRevision revision;
    revision.revision = reader.integer("revision", Field::Required, 1);
    revision.kind = reader.enumValue("kind", EntryKind::Note);
    revision.body = reader.string("body");
    revision.editedBy = reader.id("editedBy", Field::Optional);
    revision.recordedAt = reader.time("recordedAt");
    if (reader.ok() && revision.revision < 1)
        reader.fail("revision", QStringLiteral("must be 1 or more"));
    if (!reader.ok())
        return Decoded<EntryRevision>::failure(reader.error());
    return {revision, {}};
}

QJsonObject TimelineEntry::toJson() const
{
    QJsonObject object;
    putId(object, "id", id);
    putId(object, "incidentId", incidentId);
    object.insert(QStringLiteral("kind"), enumToString(kind));
    object.insert(QStringLiteral("body"), body);
    putId(object, "author", author);
    putTime(object, "occurredAt", occurredAt);
    putTime(object, "recordedAt", recordedAt);
    putId(object, "trackId", trackId);
    object.insert(QStringLiteral("pinned"), pinned);
    object.insert(QStringLiteral("revision"), revision);
    if (!history.isEmpty()) {
        QJsonArray revisions;
        for (const EntryRevision &earlier : history)
            revisions.append(earlier.toJson());
        object.insert(QStringLiteral("history"), revisions);
    }
    return object;
}

Decoded<TimelineEntry> TimelineEntry::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, QStringLiteral("entry"));
    TimelineEntry entry;
    entry.id = reader.id("id");
    entry.incidentId = reader.id("incidentId");
    entry.kind = reader.enumValue("kind", EntryKind::Note);
    entry.body = reader.nonEmptyString("body");
    entry.author = reader.id("author", Field::Optional);
    entry.occurredAt = reader.time("occurredAt");
    entry.recordedAt = reader.time("recordedAt");
    entry.trackId = reader.id("trackId", Field::Optional);
    entry.pinned = reader.boolean("pinned");
    entry.revision = reader.integer("revision", Field::Optional, 1);
    if (reader.ok() && entry.revision < 1)
        reader.fail("revision", QStringLiteral("must be 1 or more"));
    const QJsonArray revisions = reader.array("history");
    for (qsizetype i = 0; i < revisions.size() && reader.ok(); ++i) {
        const auto earlier = EntryRevision::fromJson(revisions.at(i).toObject(), QStringLiteral("entry.history[%1]").arg(i));
        if (!earlier)
            reader.failNested(earlier.error);
        else
            entry.history.append(*earlier.value);
    }
    if (!reader.ok())
        return Decoded<TimelineEntry>::failure(reader.error());
    return {entry, {}};
}

} // namespace Sitrep
