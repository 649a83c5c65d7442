#include "NewEntriesMarker.h"

#include "TimelineModel.h"
#include "TimelineView.h"

#include <QScrollBar>

namespace Sitrep {

NewEntriesMarker::NewEntriesMarker(TimelineView *view, TimelineModel *model, QWidget *parent)
    : QPushButton(parent)
    , m_view(view)
    , m_model(model)
{
    setAccessibleName(tr("New entries below"));
    setToolTip(tr("Entries arrived below what you are reading. Click, or press End in the timeline, to go to "
                  "the newest."));
    setFocusPolicy(Qt::NoFocus); // End in the timeline does the same by keyboard
    connect(this, &QPushButton::clicked, this, &NewEntriesMarker::showNewest);
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, &NewEntriesMarker::rememberPlace);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { keepPlaceOnInsert(first, last); });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        rememberPlace();
        m_topBeforeReset = m_model->index(m_view->rowAt(0), 0).data(TimelineModel::EntryIdRole).toUuid();
    });
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value >= m_view->verticalScrollBar()->maximum())
            clear();
    });
    refresh();
}

void NewEntriesMarker::rememberPlace()
{
    const QScrollBar *bar = m_view->verticalScrollBar();
    m_wasAtBottom = bar->value() >= bar->maximum();
}

void NewEntriesMarker::keepPlaceOnInsert(int first, int last)
{
    if (m_wasAtBottom) {
        m_view->scrollToBottom();
        return;
    }
    QScrollBar *bar = m_view->verticalScrollBar();
    if (m_model->rowCount() > last - first + 1 && first <= m_view->firstRowInView()) {
        bar->setValue(bar->value() + m_view->scrollStepPerRow() * (last - first + 1));
        return;
    }
    add(last - first + 1);
}

void NewEntriesMarker::batchArrived(int entries)
{
    if (m_wasAtBottom) {
        m_view->scrollToBottom();
        return;
    }
    const int row = m_topBeforeReset.isNull() ? -1 : m_model->rowOf(m_topBeforeReset);
    if (row >= 0)
        m_view->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtTop);
    add(entries);
}

void NewEntriesMarker::showNewest()
{
    m_view->scrollToBottom();
    const int last = m_model->rowCount() - 1;
    if (last >= 0 && m_view->hasFocus())
        m_view->setCurrentIndex(m_model->index(last, TimelineModel::BodyColumn));
    clear();
}

void NewEntriesMarker::add(int entries)
{
    if (entries <= 0)
        return;
    m_count += entries;
    refresh();
}

void NewEntriesMarker::clear()
{
    if (m_count == 0 && isHidden())
        return;
    m_count = 0;
    refresh();
}

void NewEntriesMarker::refresh()
{
    //: Under the timeline when new entries arrived below; the arrow points down
    setText(tr("↓ %n new", nullptr, m_count));
    setAccessibleDescription(text());
    setVisible(m_count > 0);
}

} // namespace Sitrep
