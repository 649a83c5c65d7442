#pragma once

#include "MetricsChart.h"

class QComboBox;

namespace Sitrep {

// Week by week: the median time to acknowledge or to resolve, beside the same weeks of the
// period before (its first week beside this period's first), and how many incidents each
// week had.
class TrendChart : public MetricsChart
{
    Q_OBJECT
public:
    explicit TrendChart(QWidget *parent = nullptr);

    QString title() const override;
    void setDashboard(const MetricsDashboard &dashboard, const MetricsNames &names) override;
    QString csv() const override;

protected:
    int categoryCount() const override;
    QString describeCategory(int category) const override;
    MetricsSelection selectionOf(int category) const override;

private:
    void redraw();
    const DurationStats &stats(const WeekTrend &week) const;

    QComboBox *m_measure;
    MetricsDashboard m_dashboard;
};

} // namespace Sitrep
