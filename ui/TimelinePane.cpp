#include "TimelinePane.h"

#include "EntryParser.h"
#include "rules/Labels.h"
#include "TimelineModel.h"
#include "store/Store.h"

#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace Sitrep {

TimelinePane::TimelinePane(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new TimelineModel(store, this))
    , m_header(new QLabel(this))
    , m_conflicts(new QPushButton(this))
    , m_view(new QTableView(this))
    , m_entry(new QLineEdit(this))
{
    QFont headerFont = m_header->font();
    headerFont.setBold(true);
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.2);
    m_header->setFont(headerFont);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setAccessibleName(tr("Current incident"));

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Timeline"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
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
    columns->resizeSection(TimelineModel::KindColumn, metrics.horizontalAdvance(QStringLiteral("ESCALATION")) + 24);
    columns->resizeSection(TimelineModel::AuthorColumn,
                           metrics.horizontalAdvance(QStringLiteral("Alexandra Rivera")) + 16);
    columns->resizeSection(TimelineModel::StateColumn,
                           metrics.horizontalAdvance(QStringLiteral("◷ pending ★ pinned")) + 24);

    m_entry->setAccessibleName(tr("New timeline entry"));
    m_entry->setPlaceholderText(tr("Note… /d decision, /a action, /c comms — Enter to add (Ctrl+L)"));
    m_entry->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_conflicts->setFlat(true);
    m_conflicts->setAccessibleName(tr("Conflicts of this incident"));
    m_conflicts->hide();
    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(m_header, 1);
    headerRow->addWidget(m_conflicts);
    layout->addLayout(headerRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_entry);

    connect(m_entry, &QLineEdit::returnPressed, this, &TimelinePane::submitEntry);
    connect(m_conflicts, &QPushButton::clicked, this, [this] { emit conflictsRequested(m_incidentId); });
    connect(m_store, &Store::conflictsChanged, this, &TimelinePane::updateHeader);
    connect(m_store, &Store::incidentChanged, this, [this](const QUuid &incidentId) {
        if (incidentId == m_incidentId)
            updateHeader();
    });
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *bar = m_view->verticalScrollBar();
        m_wasAtBottom = bar->value() >= bar->maximum();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int) { keepPlaceOnInsert(first); });
    updateHeader();
}

void TimelinePane::setIncident(const QUuid &incidentId)
{
    m_incidentId = incidentId;
    m_model->setIncident(incidentId);
    m_entry->setEnabled(!incidentId.isNull());
    updateHeader();
    m_view->scrollToBottom();
}

QList<ShortcutSheet::Row> TimelinePane::keyHelp()
{
    const QString area = tr("Entry box");
    return {
        {area, tr("Add the typed entry"), tr("Enter")},
        {area, tr("Decision"), tr("/d text")},
        {area, tr("Action"), tr("/a text")},
        {area, tr("Comms update"), tr("/c text")},
        {area, tr("Note (the default)"), tr("/n text")},
        {area, tr("A note starting with a slash"), tr("//text")},
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

void TimelinePane::focusEntry()
{
    m_entry->setFocus(Qt::ShortcutFocusReason);
}

QByteArray TimelinePane::headerState() const
{
    return m_view->horizontalHeader()->saveState();
}

void TimelinePane::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
}

void TimelinePane::keepPlaceOnInsert(int first)
{
    // Following the live edge when the reader is at it; otherwise the rows they are
    // reading stay where they are, even when a back-dated entry lands above them.
    if (m_wasAtBottom) {
        m_view->scrollToBottom();
        return;
    }
    QScrollBar *bar = m_view->verticalScrollBar();
    const int topRow = m_view->rowAt(0);
    if (topRow >= 0 && first <= topRow) {
        // Per-item scrolling counts rows; per-pixel scrolling counts pixels.
        const int step = m_view->verticalScrollMode() == QAbstractItemView::ScrollPerItem
                             ? 1
                             : m_view->verticalHeader()->defaultSectionSize();
        bar->setValue(bar->value() + step);
    }
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

void TimelinePane::submitEntry()
{
    if (m_incidentId.isNull())
        return;
    const ParsedEntry parsed = EntryParser::parse(m_entry->text());
    if (!parsed.ok) {
        emit message(parsed.error);
        return;
    }
    TimelineEntry entry;
    entry.incidentId = m_incidentId;
    entry.kind = parsed.kind;
    entry.body = parsed.body;
    const CommandResult result = m_store->addEntry(entry);
    if (!result) {
        emit message(result.error);
        return;
    }
    m_entry->clear();
}

} // namespace Sitrep
