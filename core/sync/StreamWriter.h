#pragma once

#include "store/Store.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <future>

namespace Sitrep {

// A worker thread with its own read-write connection to the console's cache, on which the
// live stream's bursts are written (StreamApplier). Writing a burst (the inserts, the
// full-text index, decoding the ops) was most of the UI thread's time while entries
// poured in.
//
// A burst is written in a transaction that stays open, holding the write lock, until the
// owner decides: it lets it commit (Burst::commit) right before it announces the burst, so
// its own connection never reads rows its views were not told of, or rolls it back
// (Burst::discard) before a write of its own, to write it again after. The connection is
// opened on the first burst, without housekeeping (the console's store does that).
class StreamWriter
{
public:
    struct Written {
        ApplyResult result;      // of writing; not ok: nothing was kept, nothing to commit
        bool opened = true;      // false: the cache could not be opened here (result.error says why)
    };
    struct Committed {
        ApplyResult result;
        std::shared_ptr<const Store::SyncBatch> changed; // set when committed
    };
    struct Burst {
        std::shared_future<Written> written;
        // Once written is ready and ok, one of the two: commit lets the written burst commit
        // and waits for it; discard rolls it back (nothing of it stays: write it again
        // later) and waits until the lock is free.
        std::function<Committed()> commit;
        std::function<void()> discard;
        // Asks a burst still being written to stop before its next change and keep nothing
        // (written then says cancelled); one already written is not affected.
        std::function<void()> cancel;
    };

    explicit StreamWriter(const QString &cachePath);
    ~StreamWriter(); // a burst holding the lock must have been committed or discarded by then

    // Writes the changes on the writer's thread, as `actor`, at `now` (what the store's
    // clock said when the burst began: the writer never reads the owner's clock, which
    // lives on the owner's thread); then runs whenWritten in context's thread. context must
    // outlive the writer (the owner).
    Burst write(const QList<Change> &changes, const QUuid &actor, const QDateTime &now, QObject *context,
                std::function<void()> whenWritten);

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker; // lives in m_thread
};

} // namespace Sitrep
