#include "BackgroundSearch.h"

#include "LogCategories.h"

namespace Sitrep {

// Owns the read-only store of the search thread; every member runs on that thread.
class BackgroundSearch::Worker : public QObject
{
public:
    explicit Worker(QString cachePath) : m_path(std::move(cachePath)) {}

    // Opens lazily: the cache may not exist yet when the console starts a new profile.
    QString ensureOpen()
    {
        if (m_store.isOpen())
            return {};
        const OpenResult opened = m_store.openReadOnly(m_path);
        return opened.ok ? QString() : opened.error;
    }

    Store &store() { return m_store; }

private:
    QString m_path;
    Store m_store;
};

BackgroundSearch::BackgroundSearch(const QString &cachePath, QObject *parent)
    : QObject(parent)
    , m_worker(new Worker(cachePath))
{
    m_thread.setObjectName(QStringLiteral("sitrep-search"));
    m_worker->moveToThread(&m_thread);
    m_thread.start(QThread::LowPriority);
}

BackgroundSearch::~BackgroundSearch()
{
    // Queued searches are dropped: the latest ticket no longer matches theirs.
    m_latest.store(~quint64(0));
    m_thread.quit();
    m_thread.wait();
    delete m_worker; // its thread has finished: no event of it can run any more
}

quint64 BackgroundSearch::find(const QString &text, int limit)
{
    const quint64 ticket = ++m_latest;
    QMetaObject::invokeMethod(m_worker, [this, ticket, text, limit] {
        if (ticket != m_latest.load())
            return; // superseded before it started
        if (const QString problem = m_worker->ensureOpen(); !problem.isEmpty()) {
            qCWarning(lcStore) << "search:" << problem;
            QMetaObject::invokeMethod(this, [this, ticket, problem] { emit failed(ticket, problem); });
            return;
        }
        const QList<SearchHit> hits = m_worker->store().search(text, limit);
        // Delivered on the owner's thread; dropped there too if a newer search began.
        QMetaObject::invokeMethod(this, [this, ticket, text, hits] {
            if (ticket == m_latest.load())
                emit found(ticket, text, hits);
        });
    });
    return ticket;
}

} // namespace Sitrep
