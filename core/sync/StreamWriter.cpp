#include "StreamWriter.h"

#include "store/LogCategories.h"

namespace Sitrep {

// Owns the writer's store; every member runs on the writer's thread.
class StreamWriter::Worker : public QObject
{
public:
    explicit Worker(QString cachePath) : m_path(std::move(cachePath)) {}

    Outcome write(const QList<Change> &changes, const QUuid &actor, const Clock *clock)
    {
        Outcome outcome;
        if (!m_store.isOpen()) {
            const OpenResult opened = m_store.open(m_path, Store::Housekeeping::Off);
            if (!opened.ok) {
                qCWarning(lcStore) << "stream writer:" << opened.error;
                outcome.opened = false;
                outcome.result.error = opened.error;
                return outcome;
            }
        }
        m_store.setActor(actor);
        m_store.setClock(clock);
        outcome.result = m_store.applySilently(changes, &outcome.changed);
        return outcome;
    }

private:
    QString m_path;
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
    m_thread.quit(); // after the burst being written, if any: it is an event of the thread
    m_thread.wait();
    delete m_worker;
}

std::shared_future<StreamWriter::Outcome> StreamWriter::write(const QList<Change> &changes, const QUuid &actor,
                                                              const Clock *clock, QObject *context,
                                                              std::function<void()> done)
{
    auto promise = std::make_shared<std::promise<Outcome>>();
    std::shared_future<Outcome> future = promise->get_future().share();
    QMetaObject::invokeMethod(m_worker, [this, changes, actor, clock, promise, context, done = std::move(done)] {
        promise->set_value(m_worker->write(changes, actor, clock));
        QMetaObject::invokeMethod(context, done, Qt::QueuedConnection);
    });
    return future;
}

} // namespace Sitrep
