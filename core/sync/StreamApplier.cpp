#include "StreamApplier.h"

namespace Sitrep {

StreamApplier::StreamApplier(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &StreamApplier::flushAndNotify);
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
    if (m_queue.size() >= MaxQueued && !m_lockBusySince.isValid())
        flushAndNotify();
    else if (!m_queue.isEmpty() && !m_timer.isActive())
        m_timer.start(FlushDelayMs);
    return true;
}

ApplyResult StreamApplier::flush()
{
    m_timer.stop();
    m_lockBusySince.invalidate();
    if (m_queue.isEmpty())
        return ApplyResult{true, {}, 0, {}};
    const QList<Change> changes = std::exchange(m_queue, {});
    return m_store.applyChanges(changes);
}

void StreamApplier::flushAndNotify()
{
    if (m_queue.isEmpty())
        return;
    const bool waitedLongEnough = m_lockBusySince.isValid() && m_lockBusySince.hasExpired(LockWaitLimitMs);
    if (waitedLongEnough) {
        emit applied(flush());
        return;
    }
    const QList<Change> slice = m_queue.mid(0, MaxBurst);
    const ApplyResult result = m_store.applyChanges(slice, 0, LockWait::DontWait);
    if (result.lockBusy) {
        if (!m_lockBusySince.isValid())
            m_lockBusySince.start();
        m_timer.start(RetryMs);
        return;
    }
    m_lockBusySince.invalidate();
    m_queue.remove(0, slice.size());
    if (!m_queue.isEmpty())
        m_timer.start(0); // the rest after whatever else waits on the event loop
    emit applied(result);
}

} // namespace Sitrep
