#pragma once

#include "MetricsChart.h"

namespace Sitrep {

// Incidents declared per week, stacked by service, the busiest services named and the
// rest together as "Other services"; the legend lists services busiest first.
class ServiceDensityChart : public MetricsChart
{
    Q_OBJECT
public:
    static constexpr int NamedServices = 8;
    static constexpr int MaxWeekLabels = 14; // beyond: months

    explicit ServiceDensityChart(QWidget *parent = nullptr);

    QString title() const override;
    void setDashboard(const MetricsDashboard &dashboard, const MetricsNames &names) override;
    QString csv() const override;

protected:
    int categoryCount() const override;
    QString describeCategory(int category) const override;
    MetricsSelection selectionOf(int category) const override;

private:
    MetricsSelection selectionOf(int week, int set) const;
    static QAbstractAxis *weekAxis(const QList<QDate> &weeks);

    MetricsDashboard m_dashboard;
    MetricsNames m_names;
};

} // namespace Sitrep
