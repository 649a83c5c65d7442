#include "BridgeCommands.h"

#include <QCoreApplication>

namespace Sitrep::BridgeCommands {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Sitrep::BridgeCommands", text);
}

CommandResult refuse(const QString &error)
{
    return {false, error, {}};
}

} // namespace

CommandResult addPhone(Store &store, const QUuid &incidentId, const QString &name, const QString &channel)
{
    BridgeParticipant participant;
    participant.incidentId = incidentId;
    participant.kind = ParticipantKind::Phone;
    participant.displayName = name.trimmed();
    participant.channel = channel.trimmed();
    participant.joinedAt = store.clock()->now();
    return store.upsertParticipant(participant);
}

CommandResult join(Store &store, const QUuid &incidentId, const std::optional<BridgeParticipant> &mine)
{
    const QUuid me = store.actor();
    if (me.isNull() || incidentId.isNull())
        return refuse(tr("Sign in and open an incident to join its bridge."));
    if (mine && mine->isPresent())
        return refuse(tr("You are already on this bridge."));
    BridgeParticipant participant;
    if (mine) {
        participant = *mine;
    } else {
        participant.incidentId = incidentId;
        participant.kind = ParticipantKind::Console;
        participant.personId = me;
        const QList<Person> people = store.people();
        for (const Person &person : people) {
            if (person.id == me)
                participant.displayName = person.name;
        }
        if (participant.displayName.isEmpty())
            participant.displayName = tr("This console");
    }
    participant.joinedAt = store.clock()->now();
    participant.leftAt = {};
    return store.upsertParticipant(participant);
}

CommandResult leave(Store &store, const std::optional<BridgeParticipant> &mine)
{
    if (!mine || !mine->isPresent())
        return refuse(tr("You are not on this bridge."));
    return remove(store, *mine);
}

CommandResult remove(Store &store, BridgeParticipant participant)
{
    if (!participant.isPresent())
        return refuse(tr("%1 has already left the bridge.").arg(participant.displayName));
    participant.leftAt = store.clock()->now();
    participant.handRaised = false;
    return store.upsertParticipant(participant);
}

CommandResult admit(Store &store, BridgeParticipant participant)
{
    if (!participant.isPresent() || !participant.inLobby)
        return refuse(tr("%1 is not waiting in the lobby.").arg(participant.displayName));
    participant.inLobby = false;
    return store.upsertParticipant(participant);
}

CommandResult setFlag(Store &store, BridgeParticipant participant, bool BridgeParticipant::*flag, bool on)
{
    if (!participant.isPresent())
        return refuse(tr("%1 has left the bridge.").arg(participant.displayName));
    participant.*flag = on;
    return store.upsertParticipant(participant);
}

} // namespace Sitrep::BridgeCommands
