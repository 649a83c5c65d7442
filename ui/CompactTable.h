#pragma once

#include "CachedTextDelegate.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace Sitrep {

// The look of the small tables beside the timeline (tracks, ruled out, bridge roster):
// whole rows, fixed row heights (the view never measures rows), no grid, and Tab leaving
// the table for the controls under it rather than walking its cells. Their cells keep
// their laid-out text (CachedTextDelegate): the style lays each one out again at every
// repaint, and these tables repaint with the presence and roster traffic.
inline void setUpCompactTable(QTableView *view)
{
    view->setItemDelegate(new CachedTextDelegate(view));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setAccessibleName(QCoreApplication::translate("Sitrep::CompactTable", "Columns"));
}

// A column as wide as a typical value (sample) or its header, whichever is wider, so no
// language's header ("Analysestrang", "Beigetreten") is cut.
inline void sizeColumnFor(QTableView *view, int column, const QString &sample, int padding)
{
    const QFontMetrics metrics = view->fontMetrics();
    const QString title = view->model()->headerData(column, Qt::Horizontal).toString();
    const int header = view->horizontalHeader()->fontMetrics().horizontalAdvance(title) + 10;
    view->horizontalHeader()->resizeSection(column, std::max(metrics.horizontalAdvance(sample) + padding, header));
}

} // namespace Sitrep
