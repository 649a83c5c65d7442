#include "BackgroundMetrics.h"

namespace Sitrep {

BackgroundMetrics::BackgroundMetrics(const QString &cachePath, QObject *parent)
    : QObject(parent)
    , m_reader(cachePath, QStringLiteral("sitrep-metrics"))
{
    m_recompute.setSingleShot(true);
    m_recompute.setInterval(RecomputeDelayMs);
    connect(&m_recompute, &QTimer::timeout, this, [this] { compute(m_filter, m_zone); });
}

quint64 BackgroundMetrics::compute(const MetricsFilter &filter, const QTimeZone &zone)
{
    m_filter = filter;
    m_zone = zone;
    m_computed = true;
    m_recompute.stop();
    // The period before is read too: the trend compares with it.
    return m_reader.run<MetricsResult>(
        [filter, zone](const Store &store) {
            MetricsResult result;
            result.facts = store.incidentFacts(filter.previous().from, filter.to);
            result.dashboard = Metrics::compute(result.facts, filter, zone);
            return result;
        },
        [this](quint64 ticket, const MetricsResult &result) { emit computed(ticket, result); },
        [this](quint64 ticket, const QString &problem) { emit failed(ticket, problem); });
}

void BackgroundMetrics::follow(const Store *store)
{
    connect(store, &Store::incidentChanged, this, [this] {
        if (m_computed)
            m_recompute.start(); // restarted by every change until they settle
    });
}

} // namespace Sitrep
