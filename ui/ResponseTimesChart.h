#pragma once

#include "MetricsChart.h"

class QComboBox;

namespace Sitrep {

// Time to acknowledge or to resolve, by team, severity, service or tag: the median and
// 90th percentile of each group beside its median in the period before (the trend).
class ResponseTimesChart : public MetricsChart
{
    Q_OBJECT
public:
    static constexpr int MaxGroups = 12; // the busiest; the CSV has them all

    explicit ResponseTimesChart(QWidget *parent = nullptr);

    QString title() const override;
    void setDashboard(const MetricsDashboard &dashboard, const MetricsNames &names) override;
    QString csv() const override;
    MetricsDimension dimension() const;
    bool toResolve() const;

protected:
    int categoryCount() const override;
    QString describeCategory(int category) const override;
    MetricsSelection selectionOf(int category) const override;

private:
    void redraw();
    const DurationStats &stats(const ResponseFigures &figures, bool previous) const;

    QComboBox *m_dimension;
    QComboBox *m_measure;
    MetricsDashboard m_dashboard;
    MetricsNames m_names;
    QList<ResponseFigures> m_shown;
};

} // namespace Sitrep
