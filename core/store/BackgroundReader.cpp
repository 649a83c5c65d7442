#include "BackgroundReader.h"

#include "LogCategories.h"

namespace Sitrep {

// Owns the read-only store of the reader's thread; every member runs on that thread.
class BackgroundReader::Worker : public QObject
{
public:
    explicit Worker(QString cachePath) : m_path(std::move(cachePath)) {}

    QString ensureOpen()
    {
        if (m_store.isOpen())
            return {};
        const OpenResult opened = m_store.openReadOnly(m_path);
        if (!opened.ok)
            qCWarning(lcStore) << "background reader:" << opened.error;
        return opened.ok ? QString() : opened.error;
    }

    const Store &store() const { return m_store; }

private:
    QString m_path;
    Store m_store;
};

BackgroundReader::BackgroundReader(const QString &cachePath, const QString &threadName, QObject *parent)
    : QObject(parent)
    , m_worker(new Worker(cachePath))
    , m_workerContext(m_worker)
{
    m_thread.setObjectName(threadName);
    m_worker->moveToThread(&m_thread);
    m_thread.start(QThread::LowPriority);
}

BackgroundReader::~BackgroundReader()
{
    // Queued requests are dropped: the latest ticket no longer matches theirs.
    m_latest.store(~quint64(0));
    m_thread.quit();
    m_thread.wait();
    delete m_worker; // its thread has finished: no event of it can run any more
}

QString BackgroundReader::openProblem()
{
    return m_worker->ensureOpen();
}

const Store &BackgroundReader::workerStore() const
{
    return m_worker->store();
}

} // namespace Sitrep
