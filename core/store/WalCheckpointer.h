#pragma once

#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace Sitrep {

// Folds the write-ahead log back into the cache file from a worker thread with its own
// connection, every Interval. The store's connection turns SQLite's automatic
// checkpoint off, so no user command ever pays for a checkpoint inside its commit.
// PASSIVE checkpoints never block writers or readers; one that cannot finish is simply
// tried again next time.
class WalCheckpointer
{
public:
    static constexpr int IntervalMs = 200;

    explicit WalCheckpointer(const QString &path);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

private:
    void run(QString path);

    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace Sitrep
