#pragma once

#include <QTableView>

namespace Sitrep {

// The timeline's table: a QTableView that leaves its picture alone when entries arrive
// out of view.
//
// After every insert QTableView lays its items out again and repaints its whole viewport,
// even when the rows in view are the same rows as before. With a scribe reading back while
// 2,000 live entries a second arrive below, that was a full repaint per burst (~60 a
// second, 2-3 ms each and at times 20+) of pixels that had not changed. This view only
// sets the scroll bar's range for the new row count, without repainting, when every row
// inserted since the last layout lies below the last row in view. Anything else (rows in
// or above the view, removals, resets, layout changes) takes QTableView's full path.
//
// Rows are of one fixed height and none is hidden (the timeline's are), so which rows are
// in view is read off the scroll bar: rowAt() would make the vertical header recompute
// where each of its sections starts, a million of them, after every insert.
class TimelineView : public QTableView
{
    Q_OBJECT
public:
    using QTableView::QTableView;

    void setModel(QAbstractItemModel *model) override;
    void doItemsLayout() override;
    void reset() override;
    // The first row at the top of the viewport, and the last one (partly) in it.
    int firstRowInView() const;
    int lastRowInView() const;
    // Scroll bar units per row: 1 with per-item scrolling, the row height in pixels with
    // per-pixel scrolling.
    int scrollStepPerRow() const;

protected:
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end) override;

private:
    int rowHeight() const;
    void followRowCount();

    enum class PendingLayout { None, RowsBelowView, Full };
    PendingLayout m_pending = PendingLayout::None;
    QList<QMetaObject::Connection> m_modelConnections;
};

} // namespace Sitrep
