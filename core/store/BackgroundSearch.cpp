#include "BackgroundSearch.h"

namespace Sitrep {

BackgroundSearch::BackgroundSearch(const QString &cachePath, QObject *parent)
    : QObject(parent)
    , m_reader(cachePath, QStringLiteral("sitrep-search"))
{
}

BackgroundSearch::~BackgroundSearch() = default;

quint64 BackgroundSearch::find(const QString &text, int limit)
{
    return m_reader.run<QList<SearchHit>>(
        [text, limit](const Store &store) { return store.search(text, limit); },
        [this, text](quint64 ticket, const QList<SearchHit> &hits) { emit found(ticket, text, hits); },
        [this](quint64 ticket, const QString &problem) { emit failed(ticket, problem); });
}

} // namespace Sitrep
