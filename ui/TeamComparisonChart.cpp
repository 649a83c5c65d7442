#include "TeamComparisonChart.h"

#include "NameWidget.h"

#include <QBarCategoryAxis>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QComboBox>
#include <QHBoxLayout>
#include <QValueAxis>

namespace Sitrep {

TeamComparisonChart::TeamComparisonChart(QWidget *parent)
    : MetricsChart(parent)
    , m_measure(addMeasureChoice("teamsMeasure", tr("Compare teams by"), [this] { redraw(); }))
{
    view()->setAccessibleName(tr("Teams compared chart"));
}

QString TeamComparisonChart::title() const
{
    return tr("Teams compared");
}

const BoxStats &TeamComparisonChart::box(const TeamDistribution &team) const
{
    return m_measure->currentIndex() == 1 ? team.toResolve : team.toAcknowledge;
}

void TeamComparisonChart::setDashboard(const MetricsDashboard &dashboard, const MetricsNames &names)
{
    m_dashboard = dashboard;
    m_names = names;
    redraw();
}

void TeamComparisonChart::redraw()
{
    QChart *chart = this->chart();
    clearChart();
    auto *series = new QBoxPlotSeries;
    series->setName(m_measure->currentText());
    QStringList teams;
    double highest = 1;
    for (const TeamDistribution &team : std::as_const(m_dashboard.teams)) {
        const BoxStats &stats = box(team);
        const QString name = m_names.label(MetricsDimension::Team, Metrics::keyOf(team.team));
        teams.append(name);
        auto *set = new QBoxSet(stats.min, stats.q1, stats.median, stats.q3, stats.max, name);
        series->append(set);
        highest = std::max(highest, stats.max);
    }
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(teams);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    QValueAxis *minutes = minutesAxis(highest);
    chart->addAxis(minutes, Qt::AlignLeft);
    series->attachAxis(minutes);
    chart->legend()->hide();
    chart->setTitle(m_measure->currentIndex() == 1 ? tr("Time to resolve by team: lowest, quartiles, median, highest")
                                                   : tr("Time to acknowledge by team: lowest, quartiles, median, highest"));
    connect(series, &QBoxPlotSeries::hovered, this, [this, series](bool over, QBoxSet *set) {
        showTip(over ? describeCategory(int(series->boxSets().indexOf(set))) : QString());
    });
    connect(series, &QBoxPlotSeries::clicked, this, [this, series](QBoxSet *set) {
        emit figureSelected(selectionOf(int(series->boxSets().indexOf(set))));
    });
    chartRedrawn();
}

int TeamComparisonChart::categoryCount() const
{
    return int(m_dashboard.teams.size());
}

QString TeamComparisonChart::describeCategory(int category) const
{
    if (category < 0 || category >= m_dashboard.teams.size())
        return {};
    const TeamDistribution &team = m_dashboard.teams.at(category);
    const BoxStats &stats = box(team);
    return tr("%1: %2 measured; lowest %3, first quartile %4, median %5, third quartile %6, highest %7")
        .arg(m_names.label(MetricsDimension::Team, Metrics::keyOf(team.team)))
        .arg(stats.count)
        .arg(formatMinutes(stats.min), formatMinutes(stats.q1), formatMinutes(stats.median), formatMinutes(stats.q3),
             formatMinutes(stats.max));
}

MetricsSelection TeamComparisonChart::selectionOf(int category) const
{
    if (category < 0 || category >= m_dashboard.teams.size())
        return {};
    return {MetricsDimension::Team, Metrics::keyOf(m_dashboard.teams.at(category).team), {}};
}

QString TeamComparisonChart::csv() const
{
    QString out = QStringLiteral("team,measured,min_min,q1_min,median_min,q3_min,max_min\n");
    for (const TeamDistribution &team : m_dashboard.teams) {
        const BoxStats &stats = box(team);
        out += QStringLiteral("%1,%2,%3,%4,%5,%6,%7\n")
                   .arg(csvText(m_names.label(MetricsDimension::Team, Metrics::keyOf(team.team))))
                   .arg(stats.count)
                   .arg(stats.min, 0, 'f', 2)
                   .arg(stats.q1, 0, 'f', 2)
                   .arg(stats.median, 0, 'f', 2)
                   .arg(stats.q3, 0, 'f', 2)
                   .arg(stats.max, 0, 'f', 2);
    }
    return out;
}

} // namespace Sitrep
