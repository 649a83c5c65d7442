#pragma once

#include "Json.h"

namespace Sitrep {

// Someone on the incident's bridge: a person at a console, or a phone-only participant
// reached through a contact channel (e.g. "tel:+44 20 7946 0000").
struct BridgeParticipant {
    QUuid id;
    QUuid incidentId;
    ParticipantKind kind = ParticipantKind::Console;
    QUuid personId;      // required for console participants, optional for phone ones
    QString displayName; // as shown on the roster
    QString channel;     // contact channel; required for phone participants
    QDateTime joinedAt;
    QDateTime leftAt;    // invalid while on the bridge
    bool essential = false;
    bool muteRequested = false;
    bool handRaised = false;
    bool inLobby = false; // waiting to be admitted (or moved out during a critical phase)

    bool isPresent() const { return !leftAt.isValid(); }
    bool operator==(const BridgeParticipant &) const = default;

    QJsonObject toJson() const;
    static Decoded<BridgeParticipant> fromJson(const QJsonObject &object);
};

} // namespace Sitrep
