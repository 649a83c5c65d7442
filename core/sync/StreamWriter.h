#pragma once

#include "store/Store.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <future>

namespace Sitrep {

// A worker thread with its own read-write connection to the console's cache, on which the
// live stream's bursts are written (StreamApplier). Writing a burst (the inserts, the
// full-text index, the commit) was most of the UI thread's time while entries poured in;
// here the UI thread only hears what changed (Store::announce) and updates its views.
//
// The connection is opened on the first burst, without housekeeping (the console's own
// store does that). It waits for another connection's write lock as every writer does:
// that wait no longer holds the UI thread.
class StreamWriter
{
public:
    struct Outcome {
        ApplyResult result;
        std::shared_ptr<const Store::SyncBatch> changed; // set when committed
        bool opened = true; // false: the cache could not be opened here (result.error says why)
    };

    explicit StreamWriter(const QString &cachePath);
    ~StreamWriter(); // waits for the burst being written

    // Writes the changes in one transaction on the writer's thread, as `actor` with
    // `clock`; then runs done in context's thread. The future is ready before done runs,
    // so the caller may also wait for it. context must outlive the writer (the owner).
    std::shared_future<Outcome> write(const QList<Change> &changes, const QUuid &actor, const Clock *clock,
                                      QObject *context, std::function<void()> done);

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker; // lives in m_thread
};

} // namespace Sitrep
