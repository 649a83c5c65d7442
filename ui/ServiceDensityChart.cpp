#include "ServiceDensityChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace Sitrep {

QAbstractAxis *ServiceDensityChart::weekAxis(const QList<QDate> &weeks)
{
    if (weeks.size() <= MaxWeekLabels) {
        auto *axis = new QBarCategoryAxis;
        for (const QDate &monday : weeks)
            axis->append(QLocale().toString(monday, tr("d MMM", "a week's Monday on the density chart")));
        return axis;
    }
    // More weeks than labels fit: the months, each where its first week begins (a label per
    // bar would be elided to nothing).
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(-0.5, double(weeks.size()) - 0.5);
    for (qsizetype week = 0; week < weeks.size(); ++week) {
        const QDate &monday = weeks.at(week);
        if (week == 0 || monday.month() != weeks.at(week - 1).month())
            axis->append(QLocale().toString(monday, tr("MMM yy", "a month on the density chart")), double(week) - 0.5);
    }
    return axis;
}

ServiceDensityChart::ServiceDensityChart(QWidget *parent)
    : MetricsChart(parent)
{
    view()->setAccessibleName(tr("Incidents per service per week chart"));
}

QString ServiceDensityChart::title() const
{
    return tr("Density by service");
}

void ServiceDensityChart::setDashboard(const MetricsDashboard &dashboard, const MetricsNames &names)
{
    m_dashboard = dashboard;
    m_names = names;
    QChart *chart = this->chart();
    clearChart();

    auto *series = new QStackedBarSeries;
    QList<int> others(dashboard.weeks.size());
    for (qsizetype row = 0; row < dashboard.density.size(); ++row) {
        const ServiceDensity &service = dashboard.density.at(row);
        if (row >= NamedServices) {
            for (qsizetype week = 0; week < others.size(); ++week)
                others[week] += service.perWeek.at(week);
            continue;
        }
        auto *set = new QBarSet(names.label(MetricsDimension::Service, Metrics::keyOf(service.service)));
        for (int count : service.perWeek)
            set->append(count);
        series->append(set);
    }
    if (dashboard.density.size() > NamedServices) {
        auto *set = new QBarSet(tr("Other services"));
        for (int count : std::as_const(others))
            set->append(count);
        series->append(set);
    }
    chart->addSeries(series);
    QAbstractAxis *axis = weekAxis(dashboard.weeks);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    int highest = 1;
    for (qsizetype week = 0; week < dashboard.weeks.size(); ++week) {
        int total = 0;
        for (const ServiceDensity &service : dashboard.density)
            total += service.perWeek.at(week);
        highest = std::max(highest, total);
    }
    auto *counts = new QValueAxis;
    counts->setRange(0, highest);
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->setTitleText(tr("incidents"));
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
    chart->setTitle(tr("Incidents declared per week, by service"));

    connect(series, &QStackedBarSeries::hovered, this, [this](bool over, int week, QBarSet *set) {
        if (!over) {
            showTip({});
            return;
        }
        showTip(tr("%1, week of %2: %3 incidents")
                    .arg(set->label(), QLocale().toString(m_dashboard.weeks.at(week), QLocale::ShortFormat))
                    .arg(set->at(week)));
    });
    connect(series, &QStackedBarSeries::clicked, this, [this, series](int week, QBarSet *set) {
        emit figureSelected(selectionOf(week, int(series->barSets().indexOf(set))));
    });
    chartRedrawn();
}

int ServiceDensityChart::categoryCount() const
{
    return int(m_dashboard.weeks.size());
}

QString ServiceDensityChart::describeCategory(int category) const
{
    if (category < 0 || category >= m_dashboard.weeks.size())
        return {};
    QStringList parts;
    int total = 0;
    for (const ServiceDensity &service : m_dashboard.density) {
        const int count = service.perWeek.at(category);
        total += count;
        if (count > 0)
            parts.append(QStringLiteral("%1 %2").arg(m_names.label(MetricsDimension::Service, Metrics::keyOf(service.service))).arg(count));
    }
    return tr("Week of %1: %2 incidents (%3)")
        .arg(QLocale().toString(m_dashboard.weeks.at(category), QLocale::ShortFormat))
        .arg(total)
        .arg(parts.isEmpty() ? tr("none") : parts.join(QStringLiteral(", ")));
}

MetricsSelection ServiceDensityChart::selectionOf(int category) const
{
    if (category < 0 || category >= m_dashboard.weeks.size())
        return {};
    return {std::nullopt, {}, m_dashboard.weeks.at(category)}; // the whole week
}

MetricsSelection ServiceDensityChart::selectionOf(int week, int set) const
{
    // A named service's bar; "Other services" lists the whole week.
    if (set < 0 || set >= NamedServices || set >= m_dashboard.density.size())
        return selectionOf(week);
    return {MetricsDimension::Service, Metrics::keyOf(m_dashboard.density.at(set).service), m_dashboard.weeks.at(week)};
}

QString ServiceDensityChart::csv() const
{
    QString out = QStringLiteral("service");
    for (const QDate &monday : m_dashboard.weeks)
        out += QLatin1Char(',') + monday.toString(Qt::ISODate);
    out += QLatin1String(",total\n");
    for (const ServiceDensity &service : m_dashboard.density) {
        out += csvText(m_names.label(MetricsDimension::Service, Metrics::keyOf(service.service)));
        for (int count : service.perWeek)
            out += QLatin1Char(',') + QString::number(count);
        out += QLatin1Char(',') + QString::number(service.total) + QLatin1Char('\n');
    }
    return out;
}

} // namespace Sitrep
