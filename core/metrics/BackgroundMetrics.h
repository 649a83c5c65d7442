#pragma once

#include "Metrics.h"
#include "store/BackgroundReader.h"

#include <QObject>
#include <QTimer>

namespace Sitrep {

// What one computation gives the dashboard: the figures, and the facts behind them (so a
// click on a bar lists its incidents without another query).
struct MetricsResult {
    MetricsDashboard dashboard;
    QList<IncidentFacts> facts;
};

// The dashboard's figures off the UI thread, on their own read-only connection
// (BackgroundReader): the dashboard stays responsive while they compute. Following the
// console's store, a change of any incident computes the latest filter again, once
// changes have settled for RecomputeDelayMs (a page of the change feed changes hundreds).
class BackgroundMetrics : public QObject
{
    Q_OBJECT
public:
    static constexpr int RecomputeDelayMs = 500;

    explicit BackgroundMetrics(const QString &cachePath, QObject *parent = nullptr);

    // Weeks start on Monday at 00:00 in zone (the person's own, normally).
    quint64 compute(const MetricsFilter &filter, const QTimeZone &zone = QTimeZone::systemTimeZone());
    void follow(const Store *store);
    const MetricsFilter &filter() const { return m_filter; }

signals:
    // Only the latest computation's.
    void computed(quint64 ticket, const Sitrep::MetricsResult &result);
    void failed(quint64 ticket, const QString &error);

private:
    BackgroundReader m_reader;
    MetricsFilter m_filter;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    bool m_computed = false; // a filter was asked for: changes recompute it
    QTimer m_recompute;
};

} // namespace Sitrep
