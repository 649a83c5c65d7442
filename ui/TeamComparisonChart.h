#pragma once

#include "MetricsChart.h"

class QComboBox;

namespace Sitrep {

// The teams' response patterns side by side: a box plot per team (lowest, first quartile,
// median, third quartile, highest) of the time to acknowledge or to resolve.
class TeamComparisonChart : public MetricsChart
{
    Q_OBJECT
public:
    explicit TeamComparisonChart(QWidget *parent = nullptr);

    QString title() const override;
    void setDashboard(const MetricsDashboard &dashboard, const MetricsNames &names) override;
    QString csv() const override;

protected:
    int categoryCount() const override;
    QString describeCategory(int category) const override;
    MetricsSelection selectionOf(int category) const override;

private:
    void redraw();
    const BoxStats &box(const TeamDistribution &team) const;

    QComboBox *m_measure;
    MetricsDashboard m_dashboard;
    MetricsNames m_names;
};

} // namespace Sitrep
