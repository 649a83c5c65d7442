#include "StreamWriter.h"

#include "store/LogCategories.h"

namespace Sitrep {

// Owns the writer's store; every member runs on the writer's thread.
class StreamWriter::Worker : public QObject
{
public:
    explicit Worker(QString cachePath) : m_path(std::move(cachePath)) {}

    std::shared_ptr<Store::PendingApply> write(const QList<Change> &changes, const QUuid &actor, const QDateTime &now,
                                               const std::atomic<bool> *stop, Written *written)
    {
        if (!m_store.isOpen()) {
            const OpenResult opened = m_store.open(m_path, Store::Housekeeping::Off);
            if (!opened.ok) {
                qCWarning(lcStore) << "stream writer:" << opened.error;
                written->opened = false;
                written->result.error = opened.error;
                return nullptr;
            }
        }
        m_store.setActor(actor);
        m_clock.set(now);
        m_store.setClock(&m_clock);
        return m_store.writeUncommitted(changes, &written->result, stop);
    }

    Committed commit(std::shared_ptr<Store::PendingApply> pending, const ApplyResult &written)
    {
        Committed committed;
        committed.result = m_store.commitWritten(std::move(pending), written, &committed.changed);
        return committed;
    }

private:
    QString m_path;
    ManualClock m_clock{QDateTime()};
    Store m_store;
};

StreamWriter::StreamWriter(const QString &cachePath)
    : m_worker(new Worker(cachePath))
{
    m_thread.setObjectName(QStringLiteral("sitrep-stream-writer"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

StreamWriter::~StreamWriter()
{
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

StreamWriter::Burst StreamWriter::write(const QList<Change> &changes, const QUuid &actor, const QDateTime &now,
                                        QObject *context, std::function<void()> whenWritten)
{
    auto written = std::make_shared<std::promise<Written>>();
    auto decided = std::make_shared<std::promise<bool>>(); // true: commit, false: roll back
    auto committed = std::make_shared<std::promise<Committed>>();
    auto stop = std::make_shared<std::atomic<bool>>(false);
    Burst burst;
    burst.written = written->get_future().share();
    std::shared_future<Committed> done = committed->get_future().share();
    burst.commit = [decided, done] {
        decided->set_value(true);
        return done.get();
    };
    burst.discard = [decided, done] {
        decided->set_value(false);
        done.wait();
    };
    burst.cancel = [stop] { stop->store(true, std::memory_order_relaxed); };
    QMetaObject::invokeMethod(m_worker, [this, changes, actor, now, context, whenWritten = std::move(whenWritten),
                                         written, decided, committed, stop] {
        Written outcome;
        std::shared_ptr<Store::PendingApply> pending = m_worker->write(changes, actor, now, stop.get(), &outcome);
        const bool holdsLock = pending != nullptr;
        written->set_value(outcome);
        QMetaObject::invokeMethod(context, whenWritten, Qt::QueuedConnection);
        if (!holdsLock)
            return;
        // Holds the write lock until the owner decides, right before announcing (commit) or
        // before a write of its own connection (roll back).
        if (decided->get_future().get()) {
            committed->set_value(m_worker->commit(std::move(pending), outcome.result));
        } else {
            pending.reset(); // rolls back, freeing the lock
            committed->set_value({});
        }
    });
    return burst;
}

} // namespace Sitrep
