#include "IncidentListPane.h"

#include "IncidentItemDelegate.h"
#include "IncidentListModel.h"
#include "LazyControls.h"

#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListView>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace Sitrep {

namespace {
// Ages are shown in minutes; repainting twice a minute keeps them honest.
constexpr int AgeRefreshMs = 30 * 1000;
} // namespace

IncidentListPane::IncidentListPane(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_model(new IncidentListModel(store, this))
    , m_filter(new QLineEdit(this))
    , m_view(new QListView(this))
    , m_ageRefresh(new QTimer(this))
{
    m_filter->setPlaceholderText(tr("Filter incidents (Ctrl+F) — Ctrl+K searches timelines too"));
    m_filter->setAccessibleName(tr("Incident filter"));
    clearButtonOnceTyped(m_filter);

    m_view->setModel(m_model);
    m_view->setItemDelegate(new IncidentItemDelegate(m_view));
    // Uniform rows let the view lay out thousands of incidents without measuring each.
    m_view->setUniformItemSizes(true);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // titles elide instead
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAccessibleName(tr("Incidents"));
    // Never a sliver: a narrow window (a laptop, longer German or French words in the
    // header) takes its room from the timeline column, whose header gives way.
    m_view->setMinimumWidth(IncidentItemDelegate::minimumRowWidth(m_view->font()) + 2 * m_view->frameWidth()
                            + m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_view));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);

    connect(m_filter, &QLineEdit::textChanged, this, &IncidentListPane::applyFilter);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0));
        m_view->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &IncidentListPane::currentRowChanged);
    // A reset (a new filter) loses the current index; put it back if the incident is
    // still listed, so the timeline the scribe is typing into does not change under them.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOf(m_current);
        if (row >= 0)
            m_view->setCurrentIndex(m_model->index(row));
    });

    m_ageRefresh->setInterval(AgeRefreshMs);
    connect(m_ageRefresh, &QTimer::timeout, m_view->viewport(), qOverload<>(&QWidget::update));
    m_ageRefresh->start();
}

QUuid IncidentListPane::currentIncident() const
{
    return m_current;
}

void IncidentListPane::applyFilter(const QString &text)
{
    IncidentFilter filter = m_model->filter();
    filter.titleContains = text.trimmed();
    m_model->setFilter(filter);
}

void IncidentListPane::currentRowChanged()
{
    const QModelIndex current = m_view->currentIndex();
    // A filter that hides the current incident keeps it current: the timeline stays.
    if (!current.isValid())
        return;
    const QUuid id = m_model->idAt(current.row());
    if (id == m_current)
        return;
    m_current = id;
    emit currentIncidentChanged(id);
}

void IncidentListPane::selectIncident(const QUuid &incidentId)
{
    int row = m_model->fetchUntil(incidentId);
    if (row < 0 && !m_filter->text().isEmpty()) {
        m_filter->clear();
        row = m_model->fetchUntil(incidentId);
    }
    if (row < 0)
        return;
    m_view->setCurrentIndex(m_model->index(row));
    m_view->scrollTo(m_model->index(row));
}

bool IncidentListPane::selectFirst()
{
    if (m_model->rowCount() == 0)
        return false;
    m_view->setCurrentIndex(m_model->index(0));
    return true;
}

void IncidentListPane::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

} // namespace Sitrep
