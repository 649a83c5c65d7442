#pragma once

#include <QCoreApplication>
#include <QHeaderView>
#include <QTableView>

namespace Sitrep {

// The look of the small tables beside the timeline (tracks, ruled out, bridge roster):
// whole rows, fixed row heights (the view never measures rows), no grid, and Tab leaving
// the table for the controls under it rather than walking its cells.
inline void setUpCompactTable(QTableView *view)
{
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

} // namespace Sitrep
