#include "ConnectionRegistry.h"

namespace Sitrep::Server {

bool ConnectionRegistry::add(const std::shared_ptr<HttpSession> &session)
{
    const std::lock_guard lock(m_mutex);
    if (m_stopping.load())
        return false;
    m_sessions.emplace(session.get(), session);
    m_count.store(static_cast<int>(m_sessions.size()), std::memory_order_relaxed);
    return true;
}

void ConnectionRegistry::remove(const HttpSession *session)
{
    const std::lock_guard lock(m_mutex);
    m_sessions.erase(session);
    m_count.store(static_cast<int>(m_sessions.size()), std::memory_order_relaxed);
}

std::vector<std::shared_ptr<HttpSession>> ConnectionRegistry::beginStop()
{
    const std::lock_guard lock(m_mutex);
    m_stopping.store(true);
    std::vector<std::shared_ptr<HttpSession>> alive;
    alive.reserve(m_sessions.size());
    for (const auto &entry : m_sessions) {
        if (std::shared_ptr<HttpSession> session = entry.second.lock())
            alive.push_back(std::move(session));
    }
    return alive;
}

} // namespace Sitrep::Server
