#include "TimelineView.h"

#include <QHeaderView>
#include <QScrollBar>

namespace Sitrep {

void TimelineView::setModel(QAbstractItemModel *model)
{
    if (model == this->model())
        return;
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    QTableView::setModel(model);
    m_pending = PendingLayout::Full;
    if (!model)
        return;
    // Whatever else changes rows or columns takes the full path.
    const auto full = [this] { m_pending = PendingLayout::Full; };
    m_modelConnections = {
        connect(model, &QAbstractItemModel::layoutChanged, this, full),
        connect(model, &QAbstractItemModel::rowsMoved, this, full),
        connect(model, &QAbstractItemModel::columnsInserted, this, full),
        connect(model, &QAbstractItemModel::columnsRemoved, this, full),
        connect(model, &QAbstractItemModel::columnsMoved, this, full),
    };
}

void TimelineView::doItemsLayout()
{
    if (m_pending == PendingLayout::RowsBelowView) {
        m_pending = PendingLayout::None;
        followRowCount();
        return;
    }
    m_pending = PendingLayout::None;
    QTableView::doItemsLayout();
}

void TimelineView::followRowCount()
{
    // Only the scroll bar's range changes: the rows in view, their place and the headers
    // are as they were. Not updateGeometries(): with per-item scrolling it sets the
    // vertical header's offset from a section's position, which after an insert makes the
    // header recount where each of its sections starts (~0.8 ms a burst for a million).
    // The range is QTableView's: the last page holds as many whole rows as fit.
    const int rows = model() ? model()->rowCount(rootIndex()) : 0;
    const int height = viewport()->height();
    const int lastPage = verticalScrollMode() == ScrollPerItem ? height / rowHeight() : height;
    verticalScrollBar()->setRange(0, std::max(0, rows * scrollStepPerRow() - lastPage));
}

void TimelineView::reset()
{
    m_pending = PendingLayout::Full;
    QTableView::reset();
}

int TimelineView::rowHeight() const
{
    return std::max(1, verticalHeader()->defaultSectionSize());
}

int TimelineView::scrollStepPerRow() const
{
    return verticalScrollMode() == ScrollPerItem ? 1 : rowHeight();
}

int TimelineView::firstRowInView() const
{
    return verticalScrollBar()->value() / scrollStepPerRow();
}

int TimelineView::lastRowInView() const
{
    // One more for a row the viewport shows a part of, and one for a pixel offset.
    return firstRowInView() + viewport()->height() / rowHeight() + 1;
}

void TimelineView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    QTableView::rowsInserted(parent, start, end);
    const bool belowView = start > lastRowInView();
    m_pending = belowView && m_pending != PendingLayout::Full ? PendingLayout::RowsBelowView : PendingLayout::Full;
}

void TimelineView::rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end)
{
    m_pending = PendingLayout::Full;
    QTableView::rowsAboutToBeRemoved(parent, start, end);
}

} // namespace Sitrep
