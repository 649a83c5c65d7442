#pragma once

// The live side of API v1 (GET /api/v1/stream, docs/SYNC.md "Live stream"): every change
// the server commits is pushed to every stream whose account may see it, in seq order,
// and presence (who views which incident, who is on which bridge) is shared among those
// who may see the incident. One read of the change feed per commit serves all streams.

#include "api/RemotePresence.h"
#include "http/HttpTypes.h"
#include "model/Account.h"

#include <QHash>
#include <QSet>
#include <QUuid>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace Sitrep::Server {

class ServerStore;

class LiveHub
{
public:
    static constexpr int ProtocolVersion = 1;

    LiveHub(ServerStore &store, std::chrono::seconds heartbeatInterval);
    ~LiveHub();
    LiveHub(const LiveHub &) = delete;
    LiveHub &operator=(const LiveHub &) = delete;

    // A peer for a stream of this account, signed in with this token (checked again at
    // every heartbeat: a revoked token or a disabled account ends the stream).
    std::shared_ptr<StreamPeer> subscribe(const Account &account, const QByteArray &token);

    // Has every change committed so far pushed to the streams, soon, by the hub's own
    // fan-out thread; returns at once. Thread-safe; the store's commit observer calls it
    // (on the thread that committed, which then answers its request without waiting for
    // the streams), and a burst of commits costs one read of the feed.
    void fanOut();
    // Ends the fan-out thread (also done by the destructor). Call before the transport
    // the streams live on goes away.
    void stop();

    int streamCount() const;

    // Presence across server instances on one database (RemotePresence): `publish` sends a
    // payload to every other instance (NOTIFY; it must not block), called with this
    // instance's presence per incident whenever it changes and every `interval`. Call
    // before streams open; without it presence stays within this instance.
    void relayPresence(std::function<void(const QByteArray &payload)> publish, std::chrono::milliseconds interval);
    // Thread-safe: a payload another instance published.
    void hearPresence(const QByteArray &payload);
    // Thread-safe: the relay (re)connected and may have missed announcements: ask the
    // others for theirs and announce everything here.
    void resyncPresence();

private:
    class Subscriber;
    friend class Subscriber;

    void attach(Subscriber *subscriber);
    void detach(Subscriber *subscriber);
    void setPresence(Subscriber *subscriber, const QUuid &viewing, const QUuid &bridge);
    void heartbeat(Subscriber *subscriber);
    void runFanOut();
    int pushCommitted(); // the number of changes pushed
    // On the fan-out thread: announces this instance's presence again, and on a timed
    // round drops what other instances said too long ago.
    void relayRound(bool timed, bool askOthers);
    // Callers hold m_mutex.
    void sendPresence(const QUuid &incidentId);       // to the streams here and the other instances
    void sendPresenceHere(const QUuid &incidentId);   // to the streams here only
    void announcePresence(const QUuid &incidentId);   // to the other instances only
    PresenceLists localPresence(const QUuid &incidentId) const;
    QSet<QUuid> locallyPresent() const; // incidents someone here views or is on the bridge of
    QByteArray presenceMessage(const QUuid &incidentId) const;

    ServerStore &m_store;
    const std::chrono::seconds m_heartbeatInterval;
    mutable std::mutex m_mutex;
    QSet<Subscriber *> m_subscribers; // open streams
    qint64 m_fannedOutSeq = 0;        // every change up to here was pushed
    const QUuid m_instance;           // this process, in presence announcements
    RemotePresence m_remotePresence;
    std::function<void(const QByteArray &)> m_publishPresence; // set once, before streams open
    std::chrono::milliseconds m_relayInterval{0};

    std::mutex m_fanOutMutex; // guards the two flags; never held while pushing
    std::condition_variable m_fanOutWake;
    bool m_fanOutWanted = false;
    bool m_fanOutStopping = false;
    bool m_resyncWanted = false;  // announce everything (and maybe ask the others to)
    bool m_askOthers = false;
    std::thread m_fanOutThread; // last: starts once the rest is initialised
};

} // namespace Sitrep::Server
