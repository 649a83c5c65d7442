#pragma once

#include "StreamWriter.h"
#include "model/Change.h"
#include "store/Store.h"

#include <QObject>
#include <QTimer>

#include <future>
#include <memory>
#include <optional>

namespace Sitrep {

// Applies the live stream's changes to the store in bursts.
//
// The stream hands over changes one message at a time; applying each in its own
// transaction costs a commit per change, which at 2,000 entries a second is more than a
// thread has (docs/SYNC.md "Client"). The applier queues what follows on from the store's
// cursor and applies the queue in one transaction at most FlushDelayMs after its first
// change arrived (or at once when MaxQueued are waiting), so a burst is one commit and one
// batch signal, and a lone change is still on screen within a frame or so.
//
// A burst is written on a second connection off the UI thread (StreamWriter), in a
// transaction that commits only when the UI thread lets it, right before it announces the
// burst (Store::announce, the same signals as applyChanges): the views never read rows
// they were not told of, and the UI thread's part is the commit (~0.5 ms) and the views'
// reaction. One burst at a time. A write of the store's own connection (a command, the
// sync engine's) first rolls back a burst that holds the lock and writes it again after
// (SqliteDb::setBeforeWrite): the write reads what the views show, as if the burst had not
// come yet, which is the order of applying on one thread, and it does not wait on a lock
// held for it. Without a cache file (nothing to open twice), or when another applier has
// the store's writer, bursts are applied on the store itself.
class StreamApplier : public QObject
{
    Q_OBJECT
public:
    static constexpr int FlushDelayMs = 10;
    static constexpr int MaxQueued = 500;
    // A backlog (what queued while a burst was written, a full queue) goes in slices of
    // this many: the views' reaction to a burst runs on the UI thread in one piece (a slice
    // of 70-100 took 10-25 ms at times when the UI thread also wrote them: bench/README).
    static constexpr int MaxBurst = 40;

    explicit StreamApplier(Store &store, QObject *parent = nullptr);
    ~StreamApplier() override;

    // Queues the changes that follow on from the store's cursor and what is queued, and
    // skips what the store already has. False, queueing nothing, when there is a hole
    // (the caller pulls it; flush() first so that the cursor is current).
    bool enqueue(const QList<Change> &changes);
    // Applies what is queued now (before a pull, on stop): waits for the burst being
    // written, then applies the rest on the store, waiting for the write lock if need be,
    // and returns what happened (both together); ok with nothing applied when nothing was
    // queued. A burst that fails drops the queue (here or from the timer): the cursor did
    // not move past it, so pull from there. Does not emit applied.
    ApplyResult flush();
    // Bursts go in on the store's own connection, on this thread, as before the writer
    // thread: for comparisons (sitrep-bench ui). Before the first burst.
    void applyOnStoreConnection() { m_applyHere = true; }
    // Changes not yet announced, including those of the burst being written.
    qsizetype queued() const { return m_queue.size(); }
    bool isWriting() const { return m_writing.has_value(); }

signals:
    // A burst was applied on the applier's own initiative (its timer, or a full queue), or
    // failed (also when a write of the store's connection found it failed: queued). After
    // a failure the queue is empty and the cursor before the burst: pull from it.
    void applied(const Sitrep::ApplyResult &result);

private:
    void startBurst();
    void openWriter();
    void burstWritten(quint64 burst);
    // Lets the burst being written commit once written, announces it and takes it off the
    // queue.
    ApplyResult settle();
    // Before the store's connection writes: rolls back a burst holding the write lock, to
    // be written again after the write (with LockWait::DontWait only one already written;
    // false when one is still being written).
    bool beforeStoreWrites(LockWait wait);
    void applyHereFromNowOn(); // without the writer: bursts go in on the store's connection
    void abandonQueue();       // after a burst failed: the engine pulls from the cursor

    Store &m_store;
    std::unique_ptr<StreamWriter> m_writer; // opened by the first burst
    bool m_applyHere = false; // no writer (no cache file, it could not open it, or another
                              // applier's writer has the store): bursts go in on m_store
    QList<Change> m_queue;                  // the burst being written first
    QTimer m_timer;
    struct Burst {
        quint64 number;
        qsizetype size;
        StreamWriter::Burst writing;
    };
    std::optional<Burst> m_writing;
    quint64 m_bursts = 0;
};

} // namespace Sitrep
