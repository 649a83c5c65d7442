#include "StreamApplier.h"

#include <QFileInfo>

namespace Sitrep {

StreamApplier::StreamApplier(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    if (const QString path = store.path(); !path.isEmpty() && QFileInfo(path).isFile())
        m_writer = std::make_unique<StreamWriter>(path);
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &StreamApplier::startBurst);
}

// The writer waits for a burst it is writing; what it changed is not announced any more
// (the owner is going away). It is in the cache, and the cursor with it.
StreamApplier::~StreamApplier() = default;

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
    ApplyResult written{true, {}, 0, {}};
    if (m_writing) {
        m_writing->outcome.wait();
        written = finishBurst();
    }
    if (m_queue.isEmpty())
        return written;
    const QList<Change> changes = std::exchange(m_queue, {});
    ApplyResult rest = m_store.applyChanges(changes);
    rest.applied += written.applied;
    rest.unknownIncidents = written.unknownIncidents + rest.unknownIncidents;
    if (!written.ok) {
        rest.ok = false;
        rest.error = written.error;
    }
    return rest;
}

void StreamApplier::startBurst()
{
    if (m_writing || m_queue.isEmpty())
        return; // burstWritten starts the next
    const QList<Change> slice = m_queue.mid(0, MaxBurst);
    if (!m_writer) {
        m_queue.remove(0, slice.size());
        const ApplyResult result = m_store.applyChanges(slice);
        if (!m_queue.isEmpty())
            m_timer.start(0); // the rest after whatever else waits on the event loop
        emit applied(result);
        return;
    }
    const quint64 number = ++m_bursts;
    m_writing = Burst{number, slice.size(),
                      m_writer->write(slice, m_store.actor(), m_store.clock(), this, [this, number] { burstWritten(number); })};
}

void StreamApplier::burstWritten(quint64 burst)
{
    if (!m_writing || m_writing->number != burst)
        return; // flush() finished it already
    const ApplyResult result = finishBurst();
    if (!m_queue.isEmpty())
        m_timer.start(0); // the rest after whatever else waits on the event loop
    emit applied(result);
}

ApplyResult StreamApplier::finishBurst()
{
    // m_writing stays set until the burst is announced: nothing starts the next meanwhile,
    // so the views read the cache as it was right after this one.
    const StreamWriter::Outcome outcome = m_writing->outcome.get();
    const qsizetype size = m_writing->size;
    ApplyResult result = outcome.result;
    if (!outcome.opened) {
        // The cache could not be opened a second time: this burst and the rest go in here.
        m_writer.reset();
        result = m_store.applyChanges(m_queue.mid(0, size));
    } else if (outcome.changed) {
        m_store.announce(*outcome.changed);
    }
    m_queue.remove(0, size);
    m_writing.reset();
    return result;
}

} // namespace Sitrep
