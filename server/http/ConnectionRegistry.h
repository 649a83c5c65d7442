#pragma once

// The live connections (HTTP and WebSocket) of one HttpServer: counted for the connection limit and /metrics,
// and reachable so that a stop can close the idle ones.

#include <atomic>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace Sitrep::Server {

// An HTTP connection or a WebSocket that was upgraded from one.
class Connection
{
public:
    virtual ~Connection() = default;
    // Thread-safe. Closes the connection as soon as it is not in the middle of answering.
    virtual void stopWhenIdle() = 0;
};

class ConnectionRegistry
{
public:
    // False once stopping has begun: the session must close instead of serving.
    bool add(const std::shared_ptr<Connection> &connection);
    void remove(const Connection *connection);
    int count() const { return m_count.load(std::memory_order_relaxed); }

    bool isStopping() const { return m_stopping.load(); }
    // Marks the registry stopping and returns the sessions alive at that moment.
    std::vector<std::shared_ptr<Connection>> beginStop();

private:
    mutable std::mutex m_mutex;
    std::unordered_map<const Connection *, std::weak_ptr<Connection>> m_connections;
    std::atomic<int> m_count{0};
    std::atomic<bool> m_stopping{false};
};

} // namespace Sitrep::Server
