#include "ResponseTimesChart.h"

#include "NameWidget.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QValueAxis>

namespace Sitrep {

ResponseTimesChart::ResponseTimesChart(QWidget *parent)
    : MetricsChart(parent)
    , m_dimension(new QComboBox)
    , m_measure(addMeasureChoice("responseMeasure", tr("Response time"), [this] { redraw(); }))
{
    nameWidget(m_dimension, "responseDimension", tr("Group response times by"), tr("Team, severity, service or tag"));
    m_dimension->addItem(tr("By team"), int(MetricsDimension::Team));
    m_dimension->addItem(tr("By severity"), int(MetricsDimension::Severity));
    m_dimension->addItem(tr("By service"), int(MetricsDimension::Service));
    m_dimension->addItem(tr("By tag"), int(MetricsDimension::Tag));
    addControl(m_dimension);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &ResponseTimesChart::redraw);
    view()->setAccessibleName(tr("Response times chart"));
}

QString ResponseTimesChart::title() const
{
    return tr("Response times");
}

MetricsDimension ResponseTimesChart::dimension() const
{
    return MetricsDimension(m_dimension->currentData().toInt());
}

bool ResponseTimesChart::toResolve() const
{
    return m_measure->currentIndex() == 1;
}

const DurationStats &ResponseTimesChart::stats(const ResponseFigures &figures, bool previous) const
{
    if (toResolve())
        return previous ? figures.previousToResolve : figures.toResolve;
    return previous ? figures.previousToAcknowledge : figures.toAcknowledge;
}

void ResponseTimesChart::setDashboard(const MetricsDashboard &dashboard, const MetricsNames &names)
{
    m_dashboard = dashboard;
    m_names = names;
    redraw();
}

void ResponseTimesChart::redraw()
{
    m_shown.clear();
    for (const ResponseFigures &group : m_dashboard.by(dimension())) {
        if (group.incidents > 0 && m_shown.size() < MaxGroups)
            m_shown.append(group);
    }
    QChart *chart = this->chart();
    clearChart();

    auto *median = new QBarSet(tr("Median"));
    auto *p90 = new QBarSet(tr("90th percentile"));
    auto *before = new QBarSet(tr("Median, previous period"));
    QStringList categories;
    double highest = 1;
    for (const ResponseFigures &group : std::as_const(m_shown)) {
        categories.append(m_names.label(dimension(), group.key));
        median->append(stats(group, false).median);
        p90->append(stats(group, false).p90);
        before->append(stats(group, true).median);
        highest = std::max({highest, stats(group, false).p90, stats(group, true).median});
    }
    auto *series = new QBarSeries;
    series->append({median, p90, before});
    chart->addSeries(series);
    auto *groups = new QBarCategoryAxis;
    groups->append(categories);
    chart->addAxis(groups, Qt::AlignBottom);
    series->attachAxis(groups);
    QValueAxis *minutes = minutesAxis(highest);
    chart->addAxis(minutes, Qt::AlignLeft);
    series->attachAxis(minutes);
    chart->setTitle(toResolve() ? tr("Time to resolve") : tr("Time to acknowledge"));

    connect(series, &QBarSeries::hovered, this,
            [this](bool over, int index) { showTip(over ? describeCategory(index) : QString()); });
    connect(series, &QBarSeries::clicked, this,
            [this](int index) { emit figureSelected(selectionOf(index)); });
    chartRedrawn();
}

int ResponseTimesChart::categoryCount() const
{
    return int(m_shown.size());
}

QString ResponseTimesChart::describeCategory(int category) const
{
    if (category < 0 || category >= m_shown.size())
        return {};
    const ResponseFigures &group = m_shown.at(category);
    const DurationStats &now = stats(group, false);
    const DurationStats &before = stats(group, true);
    const QString previous = before.count > 0 ? tr("median %1 in the previous period").arg(formatMinutes(before.median))
                                              : tr("none in the previous period");
    return tr("%1: %2 incidents; median %3, 90th percentile %4, mean %5 (%6 measured); %7")
        .arg(m_names.label(dimension(), group.key))
        .arg(group.incidents)
        .arg(formatMinutes(now.median), formatMinutes(now.p90), formatMinutes(now.mean))
        .arg(now.count)
        .arg(previous);
}

MetricsSelection ResponseTimesChart::selectionOf(int category) const
{
    if (category < 0 || category >= m_shown.size())
        return {};
    return {dimension(), m_shown.at(category).key, {}};
}

QString ResponseTimesChart::csv() const
{
    QString out = QStringLiteral("group,incidents,measured,mean_min,median_min,p90_min,previous_incidents,"
                                 "previous_median_min\n");
    for (const ResponseFigures &group : m_dashboard.by(dimension())) {
        const DurationStats &now = stats(group, false);
        out += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8\n")
                   .arg(csvText(m_names.label(dimension(), group.key)))
                   .arg(group.incidents)
                   .arg(now.count)
                   .arg(now.mean, 0, 'f', 2)
                   .arg(now.median, 0, 'f', 2)
                   .arg(now.p90, 0, 'f', 2)
                   .arg(group.previousIncidents)
                   .arg(stats(group, true).median, 0, 'f', 2);
    }
    return out;
}

} // namespace Sitrep
