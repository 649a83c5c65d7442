#include "MetricsChart.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include "NameWidget.h"

#include <QComboBox>
#include <QCursor>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

namespace Sitrep {

QString MetricsNames::label(MetricsDimension dimension, const QString &key) const
{
    switch (dimension) {
    case MetricsDimension::Team:
        return key.isEmpty() ? MetricsChart::tr("No team") : teams.value(key, key);
    case MetricsDimension::Service:
        return key.isEmpty() ? MetricsChart::tr("No service") : services.value(key, key);
    case MetricsDimension::Tag:
        return key.isEmpty() ? MetricsChart::tr("Untagged") : key;
    case MetricsDimension::Severity:
        break;
    }
    return key;
}

QString formatMinutes(double minutes)
{
    if (minutes < 90)
        return MetricsChart::tr("%1 min").arg(minutes, 0, 'f', minutes < 10 ? 1 : 0);
    if (minutes < 48 * 60)
        return MetricsChart::tr("%1 h").arg(minutes / 60, 0, 'f', 1);
    return MetricsChart::tr("%1 d").arg(minutes / (24 * 60), 0, 'f', 1);
}

MetricsChart::MetricsChart(QWidget *parent)
    : QWidget(parent)
    , m_controls(new QWidget(this))
    , m_controlsRow(new QHBoxLayout(m_controls))
    , m_view(new QChartView(new QChart, this))
    , m_readout(new QLabel(this))
{
    m_controlsRow->setContentsMargins(0, 0, 0, 0);
    m_controlsRow->addStretch(1);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->installEventFilter(this);
    m_view->chart()->legend()->setAlignment(Qt::AlignBottom);
    m_readout->setObjectName(QStringLiteral("chartReadout"));
    m_readout->setAccessibleName(tr("Highlighted figure"));
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readout->setText(tr("Left and Right walk the chart, Enter lists its incidents."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_controls);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_readout);
    applyTheme();
}

void MetricsChart::addControl(QWidget *control)
{
    control->setParent(m_controls);
    m_controlsRow->insertWidget(m_controlsRow->count() - 1, control); // before the stretch
}

QComboBox *MetricsChart::addMeasureChoice(const char *objectName, const QString &accessibleName,
                                          const std::function<void()> &changed)
{
    auto *measure = new QComboBox;
    nameWidget(measure, objectName, accessibleName, tr("Time to acknowledge or time to resolve"));
    measure->addItem(tr("Time to acknowledge"));
    measure->addItem(tr("Time to resolve"));
    addControl(measure);
    connect(measure, &QComboBox::currentIndexChanged, this, changed);
    return measure;
}

void MetricsChart::clearChart()
{
    chart()->removeAllSeries();
    for (QAbstractAxis *axis : chart()->axes())
        chart()->removeAxis(axis);
}

QValueAxis *MetricsChart::minutesAxis(double highest)
{
    auto *minutes = new QValueAxis;
    minutes->setRange(0, std::max(1.0, highest) * 1.1);
    minutes->setLabelFormat(QStringLiteral("%.0f"));
    minutes->setTitleText(tr("minutes"));
    return minutes;
}

QString MetricsChart::csvText(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool MetricsChart::savePng(const QString &path) const
{
    return m_view->grab().save(path, "PNG");
}

QString MetricsChart::describe() const
{
    return m_current >= 0 && m_current < categoryCount() ? describeCategory(m_current) : QString();
}

void MetricsChart::chartRedrawn()
{
    if (m_current >= categoryCount())
        m_current = categoryCount() - 1;
    if (m_current >= 0)
        m_readout->setText(describe());
    applyTheme();
}

void MetricsChart::showTip(const QString &text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, m_view);
}

bool MetricsChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Left:
            moveCurrent(-1);
            return true;
        case Qt::Key_Right:
            moveCurrent(1);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_current >= 0 && m_current < categoryCount())
                emit figureSelected(selectionOf(m_current));
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MetricsChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QWidget::changeEvent(event);
}

void MetricsChart::moveCurrent(int by)
{
    const int count = categoryCount();
    if (count == 0)
        return;
    m_current = m_current < 0 ? (by > 0 ? 0 : count - 1) : std::clamp(m_current + by, 0, count - 1);
    m_readout->setText(describe());
    m_readout->setAccessibleDescription(describe());
}

void MetricsChart::applyTheme()
{
    // The chart follows the window's palette (System, Light or Dark).
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart()->theme() != theme) {
        chart()->setTheme(theme);
        chart()->legend()->setAlignment(Qt::AlignBottom);
    }
    chart()->setBackgroundBrush(palette().color(QPalette::Base));
    // Qt's dark theme has five series colours and fades the rest towards white: ten
    // distinct ones that read on both palettes (Tableau 10), the same in both.
    static const QColor Series[] = {0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
                                    0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac};
    for (QAbstractSeries *series : chart()->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            const QList<QBarSet *> sets = bars->barSets();
            for (qsizetype i = 0; i < sets.size(); ++i) {
                const QColor colour = Series[i % std::size(Series)];
                sets.at(i)->setColor(colour);
                sets.at(i)->setBorderColor(colour.darker(130));
            }
        }
    }
}

} // namespace Sitrep
