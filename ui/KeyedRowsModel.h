#pragma once

#include <QAbstractTableModel>
#include <QList>

#include <algorithm>

namespace Sitrep {

// How a keyed list of rows became another, as one structural step an item model can
// announce with one fine-grained signal: nothing moved, one row inserted, removed or
// moved. Anything else is a Reset, because no single signal would then be true.
struct RowStep {
    enum Kind { None, Insert, Remove, Move, Reset };
    Kind kind = None;
    int from = -1; // Remove, Move: the row in the old list
    int to = -1;   // Insert, Move: the row in the new list
};

// Rows are compared by Row::key(); values in place are compared by Row::operator==.
template<typename Row> RowStep diffRows(const QList<Row> &before, const QList<Row> &after)
{
    const auto sameKeys = [&](qsizetype a0, qsizetype b0, qsizetype count) {
        for (qsizetype i = 0; i < count; ++i) {
            if (!(before.at(a0 + i).key() == after.at(b0 + i).key()))
                return false;
        }
        return true;
    };
    qsizetype first = 0;
    const qsizetype shorter = std::min(before.size(), after.size());
    while (first < shorter && before.at(first).key() == after.at(first).key())
        ++first;
    if (before.size() == after.size()) {
        if (first == before.size())
            return {};
        qsizetype last = before.size() - 1;
        while (last > first && before.at(last).key() == after.at(last).key())
            --last;
        // One row went down (first → last) or one came up (last → first).
        if (before.at(first).key() == after.at(last).key() && sameKeys(first + 1, first, last - first))
            return {RowStep::Move, int(first), int(last)};
        if (before.at(last).key() == after.at(first).key() && sameKeys(first, first + 1, last - first))
            return {RowStep::Move, int(last), int(first)};
        return {RowStep::Reset};
    }
    if (after.size() == before.size() + 1 && sameKeys(first, first + 1, before.size() - first))
        return {RowStep::Insert, -1, int(first)};
    if (before.size() == after.size() + 1 && sameKeys(first + 1, first, after.size() - first))
        return {RowStep::Remove, int(first), -1};
    return {RowStep::Reset};
}

// A flat table whose rows are reloaded whole from the store on each change notice, but
// announced as the store changed them: a single change is one rowsInserted, rowsRemoved
// or rowsMoved plus dataChanged for the rows whose values differ, never a reset (the
// guide's rule for item models). The lists here are small (tracks, bridge participants),
// so reloading is cheaper than tracking each change.
template<typename Row> class KeyedRowsModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    const QList<Row> &rows() const { return m_rows; }

protected:
    const Row *rowAt(const QModelIndex &index) const
    {
        return index.isValid() && !index.parent().isValid() && index.row() < m_rows.size() ? &m_rows.at(index.row())
                                                                                           : nullptr;
    }

    void setRows(QList<Row> fresh, bool reset = false)
    {
        const RowStep step = reset ? RowStep{RowStep::Reset} : diffRows(m_rows, fresh);
        switch (step.kind) {
        case RowStep::Reset:
            beginResetModel();
            m_rows = std::move(fresh);
            endResetModel();
            return;
        case RowStep::Insert:
            beginInsertRows({}, step.to, step.to);
            m_rows.insert(step.to, fresh.at(step.to));
            endInsertRows();
            break;
        case RowStep::Remove:
            beginRemoveRows({}, step.from, step.from);
            m_rows.removeAt(step.from);
            endRemoveRows();
            break;
        case RowStep::Move:
            // beginMoveRows counts the destination in the list before the move.
            beginMoveRows({}, step.from, step.from, {}, step.to > step.from ? step.to + 1 : step.to);
            m_rows.move(step.from, step.to);
            endMoveRows();
            break;
        case RowStep::None:
            break;
        }
        for (qsizetype row = 0; row < m_rows.size(); ++row) {
            if (!(m_rows.at(row) == fresh.at(row))) {
                m_rows[row] = fresh.at(row);
                emit dataChanged(index(int(row), 0), index(int(row), columnCount() - 1));
            }
        }
    }

private:
    QList<Row> m_rows;
};

} // namespace Sitrep
