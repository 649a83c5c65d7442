#include "TimelinePane.h"

#include "CachedTextDelegate.h"
#include "EntryBox.h"
#include "EntryHistoryDialog.h"
#include "KindLook.h"
#include "NewEntriesMarker.h"
#include "PinnedStrip.h"
#include "TimelineFilterBar.h"
#include "TimelineModel.h"
#include "TimelineView.h"
#include "YieldingColumns.h"
#include "rules/Labels.h"
#include "store/Store.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace Sitrep {

TimelinePane::TimelinePane(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new TimelineModel(store, this))
    , m_header(new QLabel(this))
    , m_conflicts(new QPushButton(this))
    , m_filters(new TimelineFilterBar(store, this))
    , m_pinned(new PinnedStrip(store, this))
    , m_view(new TimelineView(this))
    , m_entry(new EntryBox(store, this))
{
    QFont headerFont = m_header->font();
    headerFont.setBold(true);
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.2);
    m_header->setFont(headerFont);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setAccessibleName(tr("Current incident"));

    m_view->setModel(m_model);
    // The visible page is repainted many times a second while entries arrive: its texts are
    // laid out once, not at every paint.
    m_view->setItemDelegate(new CachedTextDelegate(m_view));
    // After setModel: the view must take an insert in before the marker scrolls for it.
    m_marker = new NewEntriesMarker(m_view, m_model, this);
    m_view->setAccessibleName(tr("Timeline"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    // Fixed row heights and no content-sized columns: the view then never measures rows,
    // which is what keeps a million-entry timeline smooth.
    QHeaderView *rows = m_view->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    rows->hide();
    QHeaderView *columns = m_view->horizontalHeader();
    columns->setStretchLastSection(true);
    columns->setAccessibleName(tr("Timeline columns"));
    const QFontMetrics metrics = m_view->fontMetrics();
    columns->resizeSection(TimelineModel::TimeColumn, metrics.horizontalAdvance(QStringLiteral("00:00:00")) + 24);
    // The widest kind in this language ("▲ ESCALATION", "↻ STATUSÄNDERUNG").
    columns->resizeSection(TimelineModel::KindColumn, KindLook::widestText(metrics, KindLook::columnText) + 24);
    columns->resizeSection(TimelineModel::AuthorColumn,
                           metrics.horizontalAdvance(QStringLiteral("Alexandra Rivera")) + 16);
    columns->resizeSection(TimelineModel::StateColumn,
                           metrics.horizontalAdvance(QStringLiteral("◷ pending ★ pinned")) + 24);
    // Narrow (a laptop, the docks open), the state, author and kind columns give way, down to
    // their signs and a few letters (the tooltips have it all), so the entries keep a third
    // of the row: the words are what the scribe and the commander read.
    m_narrowColumns =
        new YieldingColumns(m_view,
                            {{TimelineModel::StateColumn, metrics.horizontalAdvance(QStringLiteral("◷ ★…")) + 16},
                             {TimelineModel::AuthorColumn, metrics.horizontalAdvance(QStringLiteral("Alexand…")) + 16},
                             {TimelineModel::KindColumn, metrics.horizontalAdvance(QStringLiteral("▲ ESC…")) + 16}},
                            1.0 / 3);
    m_view->installEventFilter(this);
    createActions();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_conflicts->setFlat(true);
    m_conflicts->setAccessibleName(tr("Conflicts of this incident"));
    m_conflicts->hide();
    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(m_header, 1);
    headerRow->addWidget(m_conflicts);
    layout->addLayout(headerRow);
    layout->addWidget(m_filters);
    layout->addWidget(m_pinned);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_marker, 0, Qt::AlignRight);
    layout->addWidget(m_entry);

    auto *clearFilters = new QShortcut(QKeySequence(tr("Ctrl+Shift+X")), this);
    clearFilters->setContext(Qt::WidgetWithChildrenShortcut);
    connect(clearFilters, &QShortcut::activated, m_filters, &TimelineFilterBar::clear);
    connect(m_filters, &TimelineFilterBar::filterChanged, this, [this](const TimelineFilter &filter) {
        m_model->setFilter(filter);
        m_marker->showNewest();
    });
    connect(m_pinned, &PinnedStrip::entryActivated, this, &TimelinePane::showPinned);
    connect(m_entry, &EntryBox::message, this, &TimelinePane::message);
    connect(m_entry, &EntryBox::editFinished, this, [this] { m_view->setFocus(Qt::OtherFocusReason); });
    connect(m_conflicts, &QPushButton::clicked, this, [this] { emit conflictsRequested(m_incidentId); });
    connect(m_store, &Store::conflictsChanged, this, &TimelinePane::updateHeader);
    connect(m_store, &Store::incidentChanged, this, [this](const QUuid &incidentId) {
        if (incidentId == m_incidentId)
            updateHeader();
    });
    connect(m_model, &TimelineModel::batchReset, m_marker, &NewEntriesMarker::batchArrived);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TimelinePane::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TimelinePane::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelinePane::updateActions);
    updateHeader();
    updateActions();
}

void TimelinePane::createActions()
{
    // Local to the timeline view (its context menu too): the window's menus own the
    // Ctrl+Shift letters and Ctrl+K/F/L/E/N.
    m_editAction = new QAction(tr("Edit entry…"), this);
    m_editAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_pinAction = new QAction(tr("Pin entry"), this);
    m_pinAction->setShortcut(QKeySequence(tr("Ctrl+P")));
    m_historyAction = new QAction(tr("History…"), this);
    m_historyAction->setShortcut(QKeySequence(tr("Ctrl+H")));
    for (QAction *action : {m_editAction, m_pinAction, m_historyAction}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(action);
    }
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_editAction, &QAction::triggered, this, &TimelinePane::editCurrent);
    connect(m_pinAction, &QAction::triggered, this, &TimelinePane::togglePin);
    connect(m_historyAction, &QAction::triggered, this, &TimelinePane::showHistory);
}

void TimelinePane::setIncident(const QUuid &incidentId)
{
    m_incidentId = incidentId;
    m_entry->setIncident(incidentId);
    m_pinned->setIncident(incidentId);
    {
        // The model drops its filter itself: one reset, not two.
        const QSignalBlocker quiet(m_filters);
        m_filters->setIncident(incidentId);
    }
    m_model->setIncident(incidentId);
    updateHeader();
    m_marker->showNewest();
}

QList<ShortcutSheet::Row> TimelinePane::keyHelp()
{
    const QString area = tr("Entry box");
    const QString timeline = tr("Timeline");
    return {
        {area, tr("Add the typed entry"), tr("Enter")},
        {area, tr("Decision"), tr("/d text")},
        {area, tr("Action with an owner"), tr("/a @handle text")},
        {area, tr("Comms update"), tr("/c text")},
        {area, tr("Note (the default)"), tr("/n text")},
        {area, tr("On a track"), tr("#track text")},
        {area, tr("Mention someone (completes names and handles)"), tr("@")},
        {area, tr("A note starting with a slash"), tr("//text")},
        {area, tr("Cancel an edit"), tr("Escape")},
        {timeline, tr("Edit the selected entry"), tr("F2 or Enter")},
        {timeline, tr("Pin or unpin the selected entry"), tr("Ctrl+P")},
        {timeline, tr("History of the selected entry"), tr("Ctrl+H")},
        {timeline, tr("Go to the newest entry (clears \"N new\")"), tr("End")},
        {timeline, tr("Clear the timeline filters"), tr("Ctrl+Shift+X")},
    };
}

void TimelinePane::setTitleVisible(bool visible)
{
    m_header->setVisible(visible);
}

bool TimelinePane::showEntry(const QUuid &entryId)
{
    const int row = m_model->rowOf(entryId);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, TimelineModel::BodyColumn);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_view->setCurrentIndex(index);
    m_view->setFocus(Qt::OtherFocusReason);
    return true;
}

void TimelinePane::showPinned(const QUuid &entryId)
{
    // A pinned entry the filters hide is still one the reader asked for.
    if (!showEntry(entryId) && !m_model->filter().isEmpty()) {
        m_filters->clear();
        showEntry(entryId);
    }
}

void TimelinePane::focusEntry()
{
    m_entry->lineEdit()->setFocus(Qt::ShortcutFocusReason);
}

QLineEdit *TimelinePane::entryEdit() const
{
    return m_entry->lineEdit();
}

QByteArray TimelinePane::headerState()
{
    return m_narrowColumns->saveState();
}

void TimelinePane::restoreHeaderState(const QByteArray &state)
{
    m_narrowColumns->restoreState(state);
}

bool TimelinePane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_End && (key->modifiers() | Qt::KeypadModifier) == Qt::KeypadModifier) {
            m_marker->showNewest();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !currentEntry().isNull()) {
            editCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QUuid TimelinePane::currentEntry() const
{
    return m_view->currentIndex().data(TimelineModel::EntryIdRole).toUuid();
}

void TimelinePane::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    const bool any = current.isValid();
    m_editAction->setEnabled(any && m_refusal.isEmpty());
    m_pinAction->setEnabled(any && m_refusal.isEmpty());
    m_historyAction->setEnabled(any);
    m_pinAction->setText(any && current.data(TimelineModel::PinnedRole).toBool() ? tr("Unpin entry")
                                                                                 : tr("Pin entry"));
}

void TimelinePane::setRefusal(const QString &why)
{
    m_refusal = why;
    m_entry->setRefusal(why);
    updateActions();
}

void TimelinePane::editCurrent()
{
    if (!m_refusal.isEmpty()) {
        emit message(m_refusal);
        return;
    }
    const QUuid entryId = currentEntry();
    if (!entryId.isNull())
        m_entry->beginEdit(entryId);
}

void TimelinePane::togglePin()
{
    if (!m_refusal.isEmpty()) {
        emit message(m_refusal);
        return;
    }
    const QModelIndex current = m_view->currentIndex();
    const QUuid entryId = currentEntry();
    if (entryId.isNull())
        return;
    const CommandResult result = m_store->setEntryPinned(entryId, !current.data(TimelineModel::PinnedRole).toBool());
    if (!result)
        emit message(result.error);
}

void TimelinePane::showHistory()
{
    const QUuid entryId = currentEntry();
    if (entryId.isNull())
        return;
    auto *dialog = new EntryHistoryDialog(m_store, entryId, this);
    dialog->show();
}

void TimelinePane::updateHeader()
{
    const std::optional<Incident> incident = m_incidentId.isNull() ? std::nullopt : m_store->incident(m_incidentId);
    const int conflicts = incident ? int(m_store->conflicts(m_incidentId).size()) : 0;
    //: Beside the incident's header when sync recorded conflicts on it; the sign is a warning triangle
    m_conflicts->setText(tr("⚠ Conflicts: %1").arg(conflicts));
    m_conflicts->setVisible(conflicts > 0);
    if (!incident) {
        m_header->setText(tr("No incident selected — Ctrl+N declares one"));
        return;
    }
    //: Timeline header: severity, title, status
    m_header->setText(tr("%1  %2 — %3").arg(incident->severity, incident->title, Labels::status(incident->status)));
}

} // namespace Sitrep
