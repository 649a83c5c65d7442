#pragma once

#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace Sitrep {

class SqliteDb;

// The store's housekeeping, on a worker thread with its own connection, every Interval,
// so that no commit on the UI thread pays for it:
// - folds the write-ahead log back into the cache file. The store's connection turns
//   SQLite's automatic checkpoint off; PASSIVE checkpoints never block writers or
//   readers, and one that cannot finish is simply tried again next time.
// - merges the full-text indexes' segments. Every commit adds a segment; FTS5's own
//   automerge merges them inside whichever commit made a level full, which cost a
//   commit 15-100 ms once a second under 2,000 live entries/s. Schema 8 turns automerge
//   off and raises the crisis threshold; here a bounded merge (MergePages of work, a
//   few ms of the write lock) runs whenever a level has enough segments.
class StoreMaintenance
{
public:
    static constexpr int IntervalMs = 200;
    static constexpr int MergePages = 16;   // a step: ~2-5 ms of the write lock
    static constexpr int MergePauseMs = 4;  // between steps, for the UI thread's commits
    static constexpr int MaxMergeSteps = 40; // per index and interval

    explicit StoreMaintenance(const QString &path);
    ~StoreMaintenance();
    StoreMaintenance(const StoreMaintenance &) = delete;
    StoreMaintenance &operator=(const StoreMaintenance &) = delete;

private:
    void run(QString path);
    void mergeSegments(SqliteDb &db, QLatin1String index);

    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace Sitrep
