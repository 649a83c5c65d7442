#pragma once

#include "model/Change.h"
#include "store/Store.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace Sitrep {

// Applies the live stream's changes to the store in bursts.
//
// The stream hands over changes one message at a time; applying each in its own
// transaction costs a commit per change on the UI thread, which at 2,000 entries a second
// is more than the thread has (docs/SYNC.md "Client"). The applier queues what follows on
// from the store's cursor and applies the queue in one transaction at most FlushDelayMs
// after its first change arrived (or at once when MaxQueued are waiting), so a burst is one
// commit and one batch signal, and a lone change is still on screen within a frame or so.
//
// A burst never waits for the write lock on the UI thread: while another connection holds
// it (the store's housekeeping merging the full-text index, which took 10-100 ms at a
// time; sitrepctl on the same profile) the applier keeps queueing and tries again every
// RetryMs. Only after LockWaitLimitMs of that does it wait, as every writer does.
class StreamApplier : public QObject
{
    Q_OBJECT
public:
    static constexpr int FlushDelayMs = 10;
    static constexpr int MaxQueued = 500;
    static constexpr int RetryMs = 2;
    // A backlog (what queued while the lock was busy, a full queue) goes in slices of this
    // many, one per turn of the event loop: one commit of 500 took the UI thread 20 ms, and
    // with the timeline's reaction a slice of 70-100 took 10-25 ms at times (bench/README).
    static constexpr int MaxBurst = 40;

    explicit StreamApplier(Store &store, QObject *parent = nullptr);

    // Queues the changes that follow on from the store's cursor and what is queued, and
    // skips what the store already has. False, queueing nothing, when there is a hole
    // (the caller pulls it; flush() first so that the cursor is current).
    bool enqueue(const QList<Change> &changes);
    // Applies what is queued now (before a pull, on stop), waiting for the write lock if
    // need be, and returns what happened; ok with nothing applied when nothing was queued.
    // Does not emit applied.
    ApplyResult flush();
    qsizetype queued() const { return m_queue.size(); }

signals:
    // A burst was applied on the applier's own initiative (its timer, or a full queue).
    void applied(const Sitrep::ApplyResult &result);

private:
    void flushAndNotify();

    Store &m_store;
    QList<Change> m_queue;
    QTimer m_timer;
    QElapsedTimer m_lockBusySince; // invalid while the lock was free at the last try
};

} // namespace Sitrep
