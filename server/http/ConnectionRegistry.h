#pragma once

// The live connections of one HttpServer: counted for the connection limit and /metrics,
// and reachable so that a stop can close the idle ones.

#include <atomic>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace Sitrep::Server {

class HttpSession;

class ConnectionRegistry
{
public:
    // False once stopping has begun: the session must close instead of serving.
    bool add(const std::shared_ptr<HttpSession> &session);
    void remove(const HttpSession *session);
    int count() const { return m_count.load(std::memory_order_relaxed); }

    bool isStopping() const { return m_stopping.load(); }
    // Marks the registry stopping and returns the sessions alive at that moment.
    std::vector<std::shared_ptr<HttpSession>> beginStop();

private:
    mutable std::mutex m_mutex;
    std::unordered_map<const HttpSession *, std::weak_ptr<HttpSession>> m_sessions;
    std::atomic<int> m_count{0};
    std::atomic<bool> m_stopping{false};
};

} // namespace Sitrep::Server
