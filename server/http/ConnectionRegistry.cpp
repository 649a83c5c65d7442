#include "ConnectionRegistry.h"

namespace Sitrep::Server {

bool ConnectionRegistry::add(const std::shared_ptr<Connection> &connection)
{
    const std::lock_guard lock(m_mutex);
    if (m_stopping.load())
        return false;
    m_connections.emplace(connection.get(), connection);
    m_count.store(static_cast<int>(m_connections.size()), std::memory_order_relaxed);
    return true;
}

void ConnectionRegistry::remove(const Connection *connection)
{
    const std::lock_guard lock(m_mutex);
    m_connections.erase(connection);
    m_count.store(static_cast<int>(m_connections.size()), std::memory_order_relaxed);
}

std::vector<std::shared_ptr<Connection>> ConnectionRegistry::beginStop()
{
    const std::lock_guard lock(m_mutex);
    m_stopping.store(true);
    std::vector<std::shared_ptr<Connection>> alive;
    alive.reserve(m_connections.size());
    for (const auto &entry : m_connections) {
        if (std::shared_ptr<Connection> connection = entry.second.lock())
            alive.push_back(std::move(connection));
    }
    return alive;
}

} // namespace Sitrep::Server
