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
// A burst is written on a second connection off the UI thread (StreamWriter): the UI
// thread only hears what changed (Store::announce, the same signals as applyChanges) and
// updates its views, and never waits for the write lock. One burst is written at a time,
// and the next only after the last was announced, so the views read the cache as it was
// right after each burst. Without a cache file (nothing to open twice) bursts are applied
// on the store itself.
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
    // queued. Does not emit applied.
    ApplyResult flush();
    // Changes not yet announced, including those of the burst being written.
    qsizetype queued() const { return m_queue.size(); }
    bool isWriting() const { return m_writing.has_value(); }

signals:
    // A burst was applied on the applier's own initiative (its timer, or a full queue).
    void applied(const Sitrep::ApplyResult &result);

private:
    void startBurst();
    void burstWritten(quint64 burst);
    // Announces the burst being written (which has finished) and takes it off the queue.
    ApplyResult finishBurst();

    Store &m_store;
    std::unique_ptr<StreamWriter> m_writer; // null: bursts go in on m_store
    QList<Change> m_queue;                  // the burst being written first
    QTimer m_timer;
    struct Burst {
        quint64 number;
        qsizetype size;
        std::shared_future<StreamWriter::Outcome> outcome;
    };
    std::optional<Burst> m_writing;
    quint64 m_bursts = 0;
};

} // namespace Sitrep
