#include "MetricsFilterBar.h"

#include "NameWidget.h"
#include "store/Store.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace Sitrep {

MetricsFilterBar::MetricsFilterBar(const Store &store, QWidget *parent)
    : QWidget(parent)
    , m_period(new QComboBox(this))
    , m_team(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_service(new QComboBox(this))
{
    nameWidget(m_period, "metricsPeriod", tr("Period"), tr("The days the figures cover, up to today"));
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 90 days"), 90);
    m_period->addItem(tr("Last 12 months"), 365);
    m_period->setCurrentIndex(2);
    nameWidget(m_team, "metricsTeam", tr("Team"), tr("Only the incidents this team owns"));
    m_team->addItem(tr("All teams"));
    for (const Team &team : store.teams())
        m_team->addItem(team.name, team.id);
    nameWidget(m_severity, "metricsSeverity", tr("Severity"), tr("Only incidents of this severity"));
    m_severity->addItem(tr("All severities"));
    const SeverityTaxonomy taxonomy = store.severityTaxonomy(); // levels() refers into it
    for (const SeverityLevel &level : taxonomy.levels())
        m_severity->addItem(QStringLiteral("%1 · %2").arg(level.key, level.translated().name), level.key);
    nameWidget(m_service, "metricsService", tr("Service"), tr("Only incidents that affected this service"));
    m_service->addItem(tr("All services"));
    for (const Service &service : store.services())
        m_service->addItem(service.name, service.id);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QComboBox *box : {m_period, m_team, m_severity, m_service}) {
        layout->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, &MetricsFilterBar::changed);
    }
    layout->addStretch(1);
}

MetricsFilter MetricsFilterBar::filter(const QDateTime &now) const
{
    MetricsFilter filter;
    // Whole local days, so a week of the density chart is never cut at the time of day
    // the dashboard was opened.
    filter.to = QDateTime(now.toLocalTime().date().addDays(1), QTime(0, 0));
    filter.from = filter.to.addDays(-m_period->currentData().toInt());
    filter.team = m_team->currentData().toUuid();
    filter.severity = m_severity->currentData().toString();
    filter.service = m_service->currentData().toUuid();
    return filter;
}

} // namespace Sitrep
