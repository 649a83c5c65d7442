#include "BridgeParticipant.h"

namespace Sitrep {

QJsonObject BridgeParticipant::toJson() const
{
    QJsonObject object;
    putId(object, "id", id);
    putId(object, "incidentId", incidentId);
    object.insert(QStringLiteral("kind"), enumToString(kind));
    putId(object, "personId", personId);
    object.insert(QStringLiteral("displayName"), displayName);
    if (!channel.isEmpty())
        object.insert(QStringLiteral("channel"), channel);
    putTime(object, "joinedAt", joinedAt);
    putTime(object, "leftAt", leftAt);
    object.insert(QStringLiteral("essential"), essential);
    object.insert(QStringLiteral("muteRequested"), muteRequested);
    object.insert(QStringLiteral("handRaised"), handRaised);
    object.insert(QStringLiteral("inLobby"), inLobby);
    return object;
}

Decoded<BridgeParticipant> BridgeParticipant::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, QStringLiteral("participant"));
    BridgeParticipant participant;
    participant.id = reader.id("id");
    participant.incidentId = reader.id("incidentId");
    participant.kind = reader.enumValue("kind", ParticipantKind::Console);
    participant.personId = reader.id("personId", participant.kind == ParticipantKind::Console ? Field::Required : Field::Optional);
    participant.displayName = reader.nonEmptyString("displayName");
    participant.channel = reader.string("channel", participant.kind == ParticipantKind::Phone ? Field::Required : Field::Optional);
    participant.joinedAt = reader.time("joinedAt");
    participant.leftAt = reader.time("leftAt", Field::Optional);
    participant.essential = reader.boolean("essential");
    participant.muteRequested = reader.boolean("muteRequested");
    participant.handRaised = reader.boolean("handRaised");
    participant.inLobby = reader.boolean("inLobby");
    if (!reader.ok())
        return Decoded<BridgeParticipant>::failure(reader.error());
    return {participant, {}};
}

} // namespace Sitrep
