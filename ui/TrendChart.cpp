#include "TrendChart.h"

#include "NameWidget.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

namespace Sitrep {

TrendChart::TrendChart(QWidget *parent)
    : MetricsChart(parent)
    , m_measure(addMeasureChoice("trendMeasure", tr("Trend of"), [this] { redraw(); }))
{
    view()->setAccessibleName(tr("Weekly trend chart"));
}

QString TrendChart::title() const
{
    return tr("Trend");
}

const DurationStats &TrendChart::stats(const WeekTrend &week) const
{
    return m_measure->currentIndex() == 1 ? week.toResolve : week.toAcknowledge;
}

void TrendChart::setDashboard(const MetricsDashboard &dashboard, const MetricsNames &)
{
    m_dashboard = dashboard;
    redraw();
}

void TrendChart::redraw()
{
    QChart *chart = this->chart();
    clearChart();
    // Weeks without a measured incident leave a gap rather than a fall to zero.
    auto line = [this](const QList<WeekTrend> &weeks, const QString &name) {
        auto *series = new QLineSeries;
        series->setName(name);
        series->setPointsVisible(true);
        for (qsizetype i = 0; i < weeks.size(); ++i) {
            if (stats(weeks.at(i)).count > 0)
                series->append(double(i), stats(weeks.at(i)).median);
        }
        return series;
    };
    QLineSeries *now = line(m_dashboard.trend, tr("Median, this period"));
    QLineSeries *before = line(m_dashboard.previousTrend, tr("Median, period before"));
    double highest = 1;
    for (const QLineSeries *series : {now, before}) {
        for (const QPointF &point : series->points())
            highest = std::max(highest, point.y());
    }
    auto *weeks = new QValueAxis;
    weeks->setRange(0, std::max<double>(1, double(m_dashboard.trend.size() - 1)));
    weeks->setLabelFormat(QStringLiteral("%d"));
    weeks->setTitleText(tr("week of the period"));
    QValueAxis *minutes = minutesAxis(highest);
    chart->addAxis(weeks, Qt::AlignBottom);
    chart->addAxis(minutes, Qt::AlignLeft);
    for (QLineSeries *series : {now, before}) {
        chart->addSeries(series);
        series->attachAxis(weeks);
        series->attachAxis(minutes);
        connect(series, &QLineSeries::hovered, this, [this](const QPointF &point, bool over) {
            showTip(over ? describeCategory(qRound(point.x())) : QString());
        });
        connect(series, &QLineSeries::clicked, this,
                [this](const QPointF &point) { emit figureSelected(selectionOf(qRound(point.x()))); });
    }
    chart->setTitle(m_measure->currentIndex() == 1 ? tr("Median time to resolve, week by week")
                                                   : tr("Median time to acknowledge, week by week"));
    chartRedrawn();
}

int TrendChart::categoryCount() const
{
    return int(m_dashboard.trend.size());
}

QString TrendChart::describeCategory(int category) const
{
    if (category < 0 || category >= m_dashboard.trend.size())
        return {};
    const WeekTrend &week = m_dashboard.trend.at(category);
    QString text = tr("Week of %1: %2 incidents, median %3")
                       .arg(QLocale().toString(week.week, QLocale::ShortFormat))
                       .arg(week.incidents)
                       .arg(stats(week).count > 0 ? formatMinutes(stats(week).median) : tr("not measured"));
    if (category < m_dashboard.previousTrend.size()) {
        const WeekTrend &before = m_dashboard.previousTrend.at(category);
        text += tr("; the same week of the period before (%1): %2 incidents, median %3")
                    .arg(QLocale().toString(before.week, QLocale::ShortFormat))
                    .arg(before.incidents)
                    .arg(stats(before).count > 0 ? formatMinutes(stats(before).median) : tr("not measured"));
    }
    return text;
}

MetricsSelection TrendChart::selectionOf(int category) const
{
    if (category < 0 || category >= m_dashboard.trend.size())
        return {};
    return {std::nullopt, {}, m_dashboard.trend.at(category).week};
}

QString TrendChart::csv() const
{
    QString out = QStringLiteral("week,incidents,median_min,p90_min,previous_week,previous_incidents,previous_median_min\n");
    for (qsizetype i = 0; i < m_dashboard.trend.size(); ++i) {
        const WeekTrend &week = m_dashboard.trend.at(i);
        out += QStringLiteral("%1,%2,%3,%4").arg(week.week.toString(Qt::ISODate)).arg(week.incidents)
                   .arg(stats(week).median, 0, 'f', 2).arg(stats(week).p90, 0, 'f', 2);
        if (i < m_dashboard.previousTrend.size()) {
            const WeekTrend &before = m_dashboard.previousTrend.at(i);
            out += QStringLiteral(",%1,%2,%3").arg(before.week.toString(Qt::ISODate)).arg(before.incidents)
                       .arg(stats(before).median, 0, 'f', 2);
        } else {
            out += QLatin1String(",,,");
        }
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace Sitrep
