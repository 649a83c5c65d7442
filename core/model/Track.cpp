#include "Track.h"

namespace Sitrep {

QJsonObject Track::toJson() const
{
    QJsonObject object;
    putId(object, "id", id);
    putId(object, "incidentId", incidentId);
    object.insert(QStringLiteral("name"), name);
    putId(object, "teamId", teamId);
    putId(object, "ownerId", ownerId);
    if (!hypothesis.isEmpty())
        object.insert(QStringLiteral("hypothesis"), hypothesis);
    object.insert(QStringLiteral("status"), enumToString(status));
    if (!ruledOut.isEmpty())
        object.insert(QStringLiteral("ruledOut"), QJsonArray::fromStringList(ruledOut));
    putTime(object, "createdAt", createdAt);
    return object;
}

Decoded<Track> Track::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, QStringLiteral("track"));
    Track track;
    track.id = reader.id("id");
    track.incidentId = reader.id("incidentId");
    track.name = reader.nonEmptyString("name");
    track.teamId = reader.id("teamId", Field::Optional);
    track.ownerId = reader.id("ownerId", Field::Optional);
    track.hypothesis = reader.string("hypothesis", Field::Optional);
    track.status = reader.enumValue("status", TrackStatus::Active);
    track.ruledOut = reader.strings("ruledOut");
    track.createdAt = reader.time("createdAt");
    if (!reader.ok())
        return Decoded<Track>::failure(reader.error());
    return {track, {}};
}

} // namespace Sitrep
