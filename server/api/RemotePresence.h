#pragma once

// Presence held by the other sitrep-server instances on the same PostgreSQL database
// (docs/SYNC.md "Presence across instances"): behind a load balancer the consoles on one
// bridge are spread over instances, and each must show all of them.
//
// Each instance announces its own streams' presence per incident over NOTIFY whenever it
// changes and again every relay interval; an announcement is valid for a time the sender
// states (a few intervals), so the presence of an instance that died without a word goes
// away by itself. A new or reconnected instance asks the others to announce everything.
// This class holds what was heard and merges it; it is not thread-safe (LiveHub guards it).

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUuid>

#include <chrono>

namespace Sitrep::Server {

// Who is present on one incident: account names for people reading the stream raw, person
// ids so consoles can match the directory and the bridge roster.
struct PresenceLists {
    QStringList viewing;
    QStringList bridge;
    QStringList viewingPeople;
    QStringList bridgePeople;

    bool isEmpty() const;
    bool operator==(const PresenceLists &) const = default;
    void add(const PresenceLists &other);
    // One entry per person however many consoles they have open, sorted, so that the same
    // state always reads the same.
    void normalise();
    // The four keys of the stream's presence message.
    void writeTo(QJsonObject &message) const;
    static PresenceLists fromJson(const QJsonObject &object);
};

class RemotePresence
{
public:
    using Clock = std::chrono::steady_clock;

    // NOTIFY payloads are limited to 8000 bytes by PostgreSQL.
    static constexpr qsizetype MaxPayloadBytes = 7900;

    // This instance's presence on an incident (empty lists: nobody any more), valid for ttl.
    static QByteArray announcement(const QUuid &instance, const QUuid &incidentId, const PresenceLists &lists,
                                   std::chrono::milliseconds ttl);
    // Asks every other instance to announce all it has.
    static QByteArray resyncRequest(const QUuid &instance);

    struct Heard {
        enum class Kind { Update, Resync, Ignored } kind = Kind::Ignored;
        QUuid incidentId; // Update: whose presence changed
    };
    // Takes another instance's payload in. Malformed payloads, this instance's own and an
    // announcement that only repeats what the instance said (its expiry moves on) are
    // Ignored: nothing to tell the streams.
    Heard hear(const QByteArray &payload, const QUuid &ownInstance, Clock::time_point now);

    // The lists of every other instance for the incident (not normalised).
    PresenceLists at(const QUuid &incidentId) const;
    QList<QUuid> incidents() const;
    // Drops what is past its time; returns the incidents whose presence changed by that.
    QList<QUuid> expire(Clock::time_point now);

private:
    struct Entry {
        PresenceLists lists;
        Clock::time_point expires;
    };
    QHash<QUuid, QHash<QUuid, Entry>> m_byIncident; // incident → instance → what it said
};

} // namespace Sitrep::Server
