#include "YieldingColumns.h"

#include <QEvent>
#include <QHeaderView>
#include <QSignalBlocker>
#include <QTableView>

#include <algorithm>

namespace Sitrep {

YieldingColumns::YieldingColumns(QTableView *view, const QList<Column> &columns, double lastShare)
    : QObject(view)
    , m_view(view)
    , m_columns(columns)
    , m_lastShare(lastShare)
{
    QHeaderView *header = view->horizontalHeader();
    for (const Column &column : columns)
        m_own.insert(column.section, header->sectionSize(column.section));
    // A width the person drags is theirs; the ones fit() sets are not. A column that is
    // giving way takes a drag as its own only when it is wider than its own: a nudge on a
    // laptop must not become the width it has on a workstation.
    connect(header, &QHeaderView::sectionResized, this, [this](int section, int before, int width) {
        if (!m_fitting && (before >= m_own.value(section) || width > m_own.value(section)))
            remember(section, width);
    });
    view->viewport()->installEventFilter(this);
}

void YieldingColumns::remember(int section, int width)
{
    if (m_own.contains(section))
        m_own[section] = width;
}

void YieldingColumns::setOwnWidth(int section, int width)
{
    remember(section, width);
    fit();
}

QByteArray YieldingColumns::saveState()
{
    QHeaderView *header = m_view->horizontalHeader();
    // Nothing shown changes: the view is not told of the widths in between.
    const QSignalBlocker quiet(header);
    QHash<int, int> shown;
    for (const Column &column : m_columns)
        shown.insert(column.section, header->sectionSize(column.section));
    setWidths(m_own);
    const QByteArray state = header->saveState();
    setWidths(shown);
    return state;
}

void YieldingColumns::restoreState(const QByteArray &state)
{
    QHeaderView *header = m_view->horizontalHeader();
    if (state.isEmpty() || !header->restoreState(state))
        return;
    for (const Column &column : m_columns)
        remember(column.section, header->sectionSize(column.section));
    fit();
}

bool YieldingColumns::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

void YieldingColumns::fit()
{
    const QHeaderView *header = m_view->horizontalHeader();
    const int row = m_view->viewport()->width();
    // The column that stretches: the last one shown.
    int last = -1;
    for (int visual = header->count() - 1; visual >= 0 && last < 0; --visual) {
        if (!header->isSectionHidden(header->logicalIndex(visual)))
            last = header->logicalIndex(visual);
    }
    if (row <= 0 || last < 0)
        return;
    // What the columns before the last take at their own widths.
    int taken = 0;
    for (int section = 0; section < header->count(); ++section) {
        if (section != last && !header->isSectionHidden(section))
            taken += m_own.contains(section) ? m_own.value(section) : header->sectionSize(section);
    }
    int excess = taken + int(row * m_lastShare) - row;
    QHash<int, int> widths = m_own;
    for (const Column &column : m_columns) {
        if (excess <= 0)
            break;
        const int own = m_own.value(column.section);
        const int room = std::max(0, own - column.floor);
        const int given = column.wholeOrFloor ? room : std::clamp(excess, 0, room);
        widths[column.section] = own - given;
        excess -= given;
    }
    setWidths(widths);
}

void YieldingColumns::setWidths(const QHash<int, int> &widths)
{
    QHeaderView *header = m_view->horizontalHeader();
    m_fitting = true;
    for (auto it = widths.cbegin(); it != widths.cend(); ++it) {
        if (header->sectionSize(it.key()) != it.value())
            header->resizeSection(it.key(), it.value());
    }
    m_fitting = false;
}

} // namespace Sitrep
