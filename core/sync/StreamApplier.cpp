#include "StreamApplier.h"

#include "store/Sqlite.h"

#include <QFileInfo>

#include <chrono>

namespace Sitrep {

StreamApplier::StreamApplier(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &StreamApplier::startBurst);
}

StreamApplier::~StreamApplier()
{
    if (!m_writer)
        return;
    if (m_store.isOpen())
        m_store.db().setBeforeWrite({});
    // A burst holding the lock is rolled back (one being written stops): the cursor did not
    // move with it, so the feed brings its changes again.
    if (!m_writing)
        return;
    m_writing->writing.cancel();
    if (m_writing->writing.written.get().result.ok)
        m_writing->writing.discard();
}

bool StreamApplier::enqueue(const QList<Change> &changes)
{
    // Applied only when they follow on without a hole: a change the caller may not see
    // between two it may would otherwise be skipped for good.
    qint64 expected = (m_queue.isEmpty() ? m_store.syncCursor() : m_queue.constLast().seq) + 1;
    QList<Change> following;
    for (const Change &change : changes) {
        if (change.seq < expected)
            continue; // already here or queued
        if (change.seq != expected)
            return false;
        following.append(change);
        ++expected;
    }
    m_queue += following;
    if (m_queue.size() >= MaxQueued)
        startBurst();
    else if (!m_queue.isEmpty() && !m_timer.isActive())
        m_timer.start(FlushDelayMs);
    return true;
}

ApplyResult StreamApplier::flush()
{
    m_timer.stop();
    const ApplyResult written = m_writing ? settle() : ApplyResult{true, {}, 0, {}};
    if (!written.ok || m_queue.isEmpty())
        return written; // after a failed burst nothing is applied over its hole
    const QList<Change> changes = std::exchange(m_queue, {});
    ApplyResult rest = m_store.applyChanges(changes);
    rest.applied += written.applied;
    rest.unknownIncidents = written.unknownIncidents + rest.unknownIncidents;
    return rest;
}

void StreamApplier::startBurst()
{
    if (m_writing || m_queue.isEmpty())
        return; // burstWritten starts the next
    if (!m_writer && !m_applyHere)
        openWriter();
    if (m_applyHere && m_writer)
        applyHereFromNowOn(); // the writer could not open the cache (found inside the hook)
    const QList<Change> slice = m_queue.mid(0, MaxBurst);
    if (m_applyHere) {
        m_queue.remove(0, slice.size());
        const ApplyResult result = m_store.applyChanges(slice);
        if (!result.ok)
            abandonQueue();
        else if (!m_queue.isEmpty())
            m_timer.start(0); // the rest after whatever else waits on the event loop
        emit applied(result);
        return;
    }
    const quint64 number = ++m_bursts;
    m_writing = Burst{number, slice.size(),
                      m_writer->write(slice, m_store.actor(), m_store.clock()->now(), this,
                                      [this, number] { burstWritten(number); })};
}

void StreamApplier::openWriter()
{
    // On the first burst, not at construction: the store may be opened after the engine.
    // One writer per store: a second applier on it (an engine replaced while the old one
    // still exists) applies here, on the store's own connection.
    const QString path = m_store.path();
    m_applyHere = path.isEmpty() || !QFileInfo(path).isFile() || m_store.db().hasBeforeWrite();
    if (m_applyHere)
        return;
    m_writer = std::make_unique<StreamWriter>(path);
    m_store.db().setBeforeWrite([this](LockWait wait) { return beforeStoreWrites(wait); });
}

void StreamApplier::applyHereFromNowOn()
{
    m_applyHere = true;
    if (!m_writer)
        return;
    if (m_store.isOpen())
        m_store.db().setBeforeWrite({});
    m_writer.reset();
}

void StreamApplier::abandonQueue()
{
    m_queue.clear();
    m_timer.stop();
}

void StreamApplier::burstWritten(quint64 burst)
{
    if (!m_writing || m_writing->number != burst)
        return; // settled already (flush, or a write of the store's connection)
    const ApplyResult result = settle();
    if (!m_queue.isEmpty())
        m_timer.start(0); // the rest after whatever else waits on the event loop
    emit applied(result);
}

bool StreamApplier::beforeStoreWrites(LockWait wait)
{
    if (!m_writing)
        return true;
    const bool written = m_writing->writing.written.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
    if (wait == LockWait::DontWait && !written)
        return false; // the writer holds the lock for a while yet
    // The command then reads and writes the cache as its views show it, as if the burst
    // had not come yet, and the burst is written again after it, as the feed would have
    // brought it a moment later (the order of the one-thread applier). Committing the
    // burst here instead would give the command other values than the person saw: its op
    // would carry them as its base, and an edit of a whole field would write over them,
    // unnoticed by the server.
    const Burst burst = *std::exchange(m_writing, std::nullopt);
    burst.writing.cancel(); // one still being written stops at its next change
    const StreamWriter::Written outcome = burst.writing.written.get(); // waits for that
    if (outcome.result.ok) {
        burst.writing.discard();
    } else if (outcome.result.cancelled) {
        // Nothing of it was kept; it stays queued.
    } else if (!outcome.opened) {
        // Not from inside this hook (it is running): the next burst does it.
        m_applyHere = true;
    } else {
        abandonQueue(); // the cursor did not move: the engine pulls from it
        QMetaObject::invokeMethod(this, [this, outcome] { emit applied(outcome.result); }, Qt::QueuedConnection);
        return true;
    }
    m_timer.start(0); // after the command
    return true;
}

ApplyResult StreamApplier::settle()
{
    // Taken off first: the views' reaction may write, and a write settles nothing twice.
    const Burst burst = *std::exchange(m_writing, std::nullopt);
    const StreamWriter::Written written = burst.writing.written.get(); // waits while it writes
    ApplyResult result = written.result;
    if (!written.opened) {
        // The cache could not be opened a second time: this burst and the rest go in here.
        applyHereFromNowOn();
        const QList<Change> slice = m_queue.mid(0, burst.size);
        m_queue.remove(0, burst.size);
        result = m_store.applyChanges(slice);
    } else if (written.result.ok) {
        const StreamWriter::Committed committed = burst.writing.commit();
        result = committed.result;
        if (result.ok) {
            m_queue.remove(0, burst.size);
            m_store.announce(*committed.changed);
        }
    }
    // A burst that did not go in leaves a hole the rest must not be applied over: the
    // cursor did not move, and the engine pulls from it.
    if (!result.ok)
        abandonQueue();
    return result;
}

} // namespace Sitrep
