#include "MetricsWindow.h"

#include "MetricsFilterBar.h"
#include "NameWidget.h"
#include "ResponseTimesChart.h"
#include "ServiceDensityChart.h"
#include "TeamComparisonChart.h"
#include "TrendChart.h"
#include "store/Store.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Sitrep {

MetricsWindow::MetricsWindow(const Store &store, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_store(store)
    , m_metrics(store.path())
    , m_filters(new MetricsFilterBar(store, this))
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_listTitle(new QLabel(this))
    , m_incidents(new QListWidget(this))
{
    setWindowTitle(tr("Sitrep metrics"));
    setAccessibleName(tr("Metrics dashboard"));
    m_status->setObjectName(QStringLiteral("metricsStatus"));
    m_status->setAccessibleName(tr("Metrics status"));
    m_tabs->setAccessibleName(tr("Charts"));
    nameWidget(m_incidents, "metricsIncidents", tr("Incidents behind the figure"),
               tr("Enter opens the incident in the console"));
    m_listTitle->setText(tr("Choose a bar (click, or Left, Right and Enter) to list its incidents."));
    m_listTitle->setWordWrap(true);
    m_listTitle->setBuddy(m_incidents);

    addChart(new ResponseTimesChart);
    addChart(new ServiceDensityChart);
    addChart(new TrendChart);
    addChart(new TeamComparisonChart);

    auto *png = new QPushButton(tr("Export &PNG…"), this);
    nameWidget(png, "exportPng", tr("Export chart as PNG"), tr("Save the chart on screen as an image"));
    auto *csv = new QPushButton(tr("Export &CSV…"), this);
    nameWidget(csv, "exportCsv", tr("Export chart data as CSV"), tr("Save the figures of the chart on screen"));
    connect(png, &QPushButton::clicked, this, &MetricsWindow::exportPng);
    connect(csv, &QPushButton::clicked, this, &MetricsWindow::exportCsv);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filters, 1);
    top->addWidget(png);
    top->addWidget(csv);
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_listTitle);
    sideLayout->addWidget(m_incidents, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_tabs);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    connect(m_filters, &MetricsFilterBar::changed, this, &MetricsWindow::recompute);
    connect(&m_metrics, &BackgroundMetrics::computed, this,
            [this](quint64, const MetricsResult &result) { showResult(result); });
    connect(&m_metrics, &BackgroundMetrics::failed, this, [this](quint64, const QString &error) {
        m_status->setText(tr("The figures could not be computed: %1").arg(error));
    });
    connect(m_incidents, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit openIncident(item->data(Qt::UserRole).toUuid()); });
    m_metrics.follow(&store);
    resize(1200, 720);
    recompute();
}

void MetricsWindow::addChart(MetricsChart *chart)
{
    m_charts.append(chart);
    m_tabs->addTab(chart, chart->title());
    connect(chart, &MetricsChart::figureSelected, this, &MetricsWindow::listIncidents);
}

MetricsChart *MetricsWindow::currentChart() const
{
    return qobject_cast<MetricsChart *>(m_tabs->currentWidget());
}

void MetricsWindow::recompute()
{
    // The previous figures stay on screen until the new ones arrive.
    m_status->setText(tr("Computing…"));
    m_metrics.compute(m_filters->filter());
}

MetricsNames MetricsWindow::names() const
{
    MetricsNames names;
    for (const Team &team : m_store.teams())
        names.teams.insert(Metrics::keyOf(team.id), team.name);
    for (const Service &service : m_store.services())
        names.services.insert(Metrics::keyOf(service.id), service.name);
    return names;
}

void MetricsWindow::showResult(const MetricsResult &result)
{
    m_result = result;
    const MetricsNames groupNames = names();
    for (MetricsChart *chart : std::as_const(m_charts))
        chart->setDashboard(result.dashboard, groupNames);
    const ResponseFigures &all = result.dashboard.overall;
    m_status->setText(tr("%1 incidents from %2 to %3 (%4 in the period before); %5 not yet resolved. "
                         "Times are from declaration; open incidents count only once they get there.")
                          .arg(all.incidents)
                          .arg(QLocale().toString(result.dashboard.filter.from.date(), QLocale::ShortFormat),
                               QLocale().toString(result.dashboard.filter.to.date().addDays(-1), QLocale::ShortFormat))
                          .arg(all.previousIncidents)
                          .arg(all.unresolved));
    emit updated();
}

void MetricsWindow::listIncidents(const MetricsSelection &selection)
{
    const QList<IncidentFacts> behind = Metrics::incidentsBehind(m_result.facts, m_result.dashboard.filter, selection,
                                                                 QTimeZone::systemTimeZone());
    m_incidents->clear();
    for (const IncidentFacts &fact : behind.mid(0, MaxListed)) {
        const std::optional<Incident> incident = m_store.incident(fact.id);
        const QString title = incident ? incident->title : fact.id.toString(QUuid::WithoutBraces);
        auto *item = new QListWidgetItem(
            tr("%1 · %2 · %3")
                .arg(fact.severity,
                     QLocale().toString(QDateTime::fromMSecsSinceEpoch(fact.declaredAt).toLocalTime(), QLocale::ShortFormat),
                     title),
            m_incidents);
        item->setData(Qt::UserRole, fact.id);
    }
    m_listTitle->setText(behind.size() > MaxListed
                             ? tr("%1 incidents behind the figure; the newest %2 listed").arg(behind.size()).arg(MaxListed)
                             : tr("%n incident(s) behind the figure", nullptr, int(behind.size())));
    if (m_incidents->count() > 0) {
        m_incidents->setCurrentRow(0);
        m_incidents->setFocus(Qt::OtherFocusReason);
    }
}

void MetricsWindow::exportPng()
{
    MetricsChart *chart = currentChart();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart as PNG"), chart->title() + QLatin1String(".png"),
                                                      tr("PNG images (*.png)"));
    if (!path.isEmpty() && !chart->savePng(path))
        m_status->setText(tr("Could not write %1: check the folder exists and is writable.").arg(path));
}

void MetricsWindow::exportCsv()
{
    MetricsChart *chart = currentChart();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart data as CSV"),
                                                      chart->title() + QLatin1String(".csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(chart->csv().toUtf8()) < 0)
        m_status->setText(tr("Could not write %1: %2").arg(path, file.errorString()));
}

} // namespace Sitrep
