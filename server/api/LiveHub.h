#pragma once

// The live side of API v1 (GET /api/v1/stream, docs/SYNC.md "Live stream"): every change
// the server commits is pushed to every stream whose account may see it, in seq order,
// and presence (who views which incident, who is on which bridge) is shared among those
// who may see the incident. One read of the change feed per commit serves all streams.

#include "http/HttpTypes.h"
#include "model/Account.h"

#include <QHash>
#include <QSet>
#include <QUuid>

#include <chrono>
#include <condition_variable>
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

private:
    class Subscriber;
    friend class Subscriber;

    void attach(Subscriber *subscriber);
    void detach(Subscriber *subscriber);
    void setPresence(Subscriber *subscriber, const QUuid &viewing, const QUuid &bridge);
    void heartbeat(Subscriber *subscriber);
    void runFanOut();
    void pushCommitted();
    // Callers hold m_mutex.
    void sendPresence(const QUuid &incidentId);
    QByteArray presenceMessage(const QUuid &incidentId) const;

    ServerStore &m_store;
    const std::chrono::seconds m_heartbeatInterval;
    mutable std::mutex m_mutex;
    QSet<Subscriber *> m_subscribers; // open streams
    qint64 m_fannedOutSeq = 0;        // every change up to here was pushed

    std::mutex m_fanOutMutex; // guards the two flags; never held while pushing
    std::condition_variable m_fanOutWake;
    bool m_fanOutWanted = false;
    bool m_fanOutStopping = false;
    std::thread m_fanOutThread; // last: starts once the rest is initialised
};

} // namespace Sitrep::Server
