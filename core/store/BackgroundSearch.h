#pragma once

#include "Store.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace Sitrep {

// Full-text search off the UI thread (the guide: heavy queries never on the UI thread).
// A worker thread opens the profile's cache read-only with its own connection, so a
// search never waits on the console's writes, and WAL lets it see every committed row.
// Searches follow typing: a newer request supersedes any that has not started, and
// results of superseded ones are dropped, so what arrives always answers the latest text.
class BackgroundSearch : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundSearch(const QString &cachePath, QObject *parent = nullptr);
    ~BackgroundSearch() override;

    // Queues a search for what a person typed; returns its ticket (increasing).
    quint64 find(const QString &text, int limit = 50);
    quint64 latestTicket() const { return m_latest.load(); }

signals:
    // Only for the latest ticket at the time the search finished.
    void found(quint64 ticket, const QString &text, const QList<SearchHit> &hits);
    void failed(quint64 ticket, const QString &error);

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker; // lives in m_thread
    std::atomic<quint64> m_latest{0};
};

} // namespace Sitrep
