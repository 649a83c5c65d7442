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
        updateGeometries(); // the scroll bar's range; the rows in view are unchanged
        return;
    }
    m_pending = PendingLayout::None;
    QTableView::doItemsLayout();
}

void TimelineView::reset()
{
    m_pending = PendingLayout::Full;
    QTableView::reset();
}

int TimelineView::firstRowInView() const
{
    // Per-item scrolling counts rows; per-pixel scrolling counts pixels.
    const int value = verticalScrollBar()->value();
    return verticalScrollMode() == ScrollPerItem ? value : value / std::max(1, verticalHeader()->defaultSectionSize());
}

int TimelineView::lastRowInView() const
{
    const int rowHeight = std::max(1, verticalHeader()->defaultSectionSize());
    // One more for a row the viewport shows a part of, and one for a pixel offset.
    return firstRowInView() + viewport()->height() / rowHeight + 1;
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
