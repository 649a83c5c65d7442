#pragma once

#include "MetricsChart.h"
#include "metrics/BackgroundMetrics.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QTabWidget;

namespace Sitrep {

class MetricsFilterBar;
class Store;

// The managers' view: how incident response goes across teams, services and time, in its
// own window (not a corner of the commander's). The figures are computed off the UI thread
// (BackgroundMetrics) and follow the store as it syncs; a figure chosen on a chart (a click,
// or Enter on the keyboard's highlight) lists its incidents beside the charts, and Enter
// there opens one in the console.
class MetricsWindow : public QWidget
{
    Q_OBJECT
public:
    static constexpr int MaxListed = 500;

    MetricsWindow(const Store &store, QWidget *parent = nullptr);

    MetricsFilterBar *filterBar() const { return m_filters; }
    QTabWidget *tabs() const { return m_tabs; }
    QListWidget *incidentList() const { return m_incidents; }
    MetricsChart *chart(int index) const { return m_charts.at(index); }
    MetricsChart *currentChart() const;
    // The latest figures (empty until the first computation arrives).
    const MetricsResult &result() const { return m_result; }

signals:
    void openIncident(const QUuid &incidentId);
    // The figures on screen were (re)computed.
    void updated();

private:
    void addChart(MetricsChart *chart);
    void recompute();
    void showResult(const MetricsResult &result);
    void listIncidents(const MetricsSelection &selection);
    void exportPng();
    void exportCsv();
    MetricsNames names() const;

    const Store &m_store;
    BackgroundMetrics m_metrics;
    MetricsFilterBar *m_filters;
    QLabel *m_status;
    QTabWidget *m_tabs;
    QLabel *m_listTitle;
    QListWidget *m_incidents;
    QList<MetricsChart *> m_charts;
    MetricsResult m_result;
};

} // namespace Sitrep
