#pragma once

#include "Json.h"

namespace Sitrep {

// How people reach an incident's bridge: the meeting link, the dial-in, and the fallback
// channels (SMS, phone tree, …) for when the primary tool is down. Free text but the link;
// sizes and the link's form are Validation::checkBridge's to judge.
struct BridgeChannels {
    QString meetingLink; // e.g. "https://meet.example.com/sev1-bridge", "tel:+44…", "sip:…"
    QString dialIn;      // e.g. "+44 20 7946 0000, PIN 4711#"
    QString fallback;    // multi-line: what to do when the meeting tool is down

    bool isEmpty() const { return meetingLink.isEmpty() && dialIn.isEmpty() && fallback.isEmpty(); }
    bool operator==(const BridgeChannels &) const = default;

    // Empty members are left out; an empty value is {}.
    QJsonObject toJson() const;
    // context names the value in errors ("incident.bridge.dialIn: expected a string").
    static Decoded<BridgeChannels> fromJson(const QJsonObject &object, const QString &context = QStringLiteral("bridge"));
};

} // namespace Sitrep
