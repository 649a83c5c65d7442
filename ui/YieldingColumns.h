#pragma once

#include <QHash>
#include <QList>
#include <QObject>

class QTableView;

namespace Sitrep {

// Columns that give way in a narrow table: where the row is short of room (a laptop, the
// docks open), the named columns shrink, down to a floor each, so the stretching last
// column (the words people read: a timeline entry) keeps a share of the row. With room
// again they return to their own widths: the ones set up, or dragged by the person.
class YieldingColumns : public QObject
{
public:
    struct Column {
        int section;
        int floor; // never narrower, in pixels
        // Its own width or its floor, nothing between: a column whose floor shows a sign
        // in place of its words ("⌨" for "⌨ Console"), where a cut word says nothing more.
        bool wholeOrFloor = false;
    };
    // columns: in the order they give way. lastShare: the part of the row the last column
    // keeps, as far as the floors allow.
    YieldingColumns(QTableView *view, const QList<Column> &columns, double lastShare);

    // The header's state with every column at its own width, not the narrowed one: a
    // layout saved on a laptop opens at full width on a workstation. (Not const: the
    // widths are set for the save and put back.)
    QByteArray saveState();
    // Restores a state saved by saveState (or QHeaderView's), then fits it to the row.
    void restoreState(const QByteArray &state);
    // The width a column returns to with room.
    int ownWidth(int section) const { return m_own.value(section); }
    // Sets it, as a drag would, and fits the row again.
    void setOwnWidth(int section, int width);
    // Fits the row again, after what it holds changed (a column shown or hidden, or one
    // that does not give way resized); a resize of the view does it by itself.
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setWidths(const QHash<int, int> &widths);
    void remember(int section, int width);

    QTableView *m_view;
    QList<Column> m_columns;
    double m_lastShare;
    QHash<int, int> m_own; // by section
    bool m_fitting = false;
};

} // namespace Sitrep
