#include "WalCheckpointer.h"

#include "LogCategories.h"
#include "Sqlite.h"

namespace Sitrep {

WalCheckpointer::WalCheckpointer(const QString &path)
    : m_thread([this, path] { run(path); })
{
}

WalCheckpointer::~WalCheckpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void WalCheckpointer::run(QString path)
{
    SqliteDb db;
    if (!db.open(path, SqliteDb::Mode::ReadWrite)) {
        qCWarning(lcStore) << "checkpointer cannot open" << path << db.lastError();
        return;
    }
    std::unique_lock lock(m_mutex);
    while (!m_wake.wait_for(lock, std::chrono::milliseconds(IntervalMs), [this] { return m_stop; })) {
        lock.unlock();
        if (!db.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
            qCDebug(lcStore) << "checkpoint skipped:" << db.lastError();
        lock.lock();
    }
}

} // namespace Sitrep
