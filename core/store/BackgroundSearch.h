#pragma once

#include "BackgroundReader.h"

namespace Sitrep {

// Full-text search off the UI thread (the guide: heavy queries never on the UI thread).
// Searches run on a BackgroundReader and follow typing: a newer request supersedes any
// that has not started, and what arrives always answers the latest text.
class BackgroundSearch : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundSearch(const QString &cachePath, QObject *parent = nullptr);
    ~BackgroundSearch() override;

    // Queues a search for what a person typed; returns its ticket (increasing).
    quint64 find(const QString &text, int limit = 50);
    quint64 latestTicket() const { return m_reader.latestTicket(); }

signals:
    // Only for the latest ticket at the time the search finished.
    void found(quint64 ticket, const QString &text, const QList<SearchHit> &hits);
    void failed(quint64 ticket, const QString &error);

private:
    BackgroundReader m_reader;
};

} // namespace Sitrep
