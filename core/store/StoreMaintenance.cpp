#include "StoreMaintenance.h"

#include "LogCategories.h"
#include "Sqlite.h"

#include <QFileInfo>

#include <sqlite3.h>

namespace Sitrep {

StoreMaintenance::StoreMaintenance(const QString &path)
    : m_thread([this, path] { run(path); })
{
}

StoreMaintenance::~StoreMaintenance()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void StoreMaintenance::mergeSegments(SqliteDb &db, QLatin1String index)
{
    // A positive page count merges only where a level has 'usermerge' segments. After a
    // bulk load (an import, a catch-up) there is much to do: step after step, with a pause
    // between them for the UI thread's commits, until a step finds nothing.
    const QString merge = QStringLiteral("INSERT INTO %1(%1, rank) VALUES ('merge', %2)").arg(index).arg(MergePages);
    for (int step = 0; step < MaxMergeSteps; ++step) {
        const int before = sqlite3_total_changes(db.handle());
        if (!db.exec(merge)) {
            qCDebug(lcStore) << "index merge skipped:" << db.lastError();
            return;
        }
        if (sqlite3_total_changes(db.handle()) - before <= 1) // the merge statement itself
            return;
        std::unique_lock lock(m_mutex);
        if (m_wake.wait_for(lock, std::chrono::milliseconds(MergePauseMs), [this] { return m_stop; }))
            return;
    }
}

void StoreMaintenance::run(QString path)
{
    SqliteDb db;
    std::unique_lock lock(m_mutex);
    while (!m_wake.wait_for(lock, std::chrono::milliseconds(IntervalMs), [this] { return m_stop; })) {
        lock.unlock();
        // Opened after the first interval, not with the store: at the console's start the
        // second core has the font database to load (StartupWarmUp).
        if (!db.isOpen()) {
            // Not a cache that is no longer there (moved aside meanwhile): never made anew.
            if (!QFileInfo::exists(path)) {
                qCWarning(lcStore) << "store maintenance: the cache" << path << "is no longer there";
                return;
            }
            if (!db.open(path, SqliteDb::Mode::ReadWrite)) {
                qCWarning(lcStore) << "store maintenance cannot open" << path << db.lastError();
                return;
            }
            // A lost merge is merged again, and WAL checkpoints sync the file either way: no
            // commit of this connection holds the write lock while it waits for the disk.
            db.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        }
        for (const char *index : {"timeline_fts", "incident_fts"})
            mergeSegments(db, QLatin1String(index));
        if (!db.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
            qCDebug(lcStore) << "checkpoint skipped:" << db.lastError();
        lock.lock();
    }
}

} // namespace Sitrep
