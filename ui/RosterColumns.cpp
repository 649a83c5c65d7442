#include "RosterColumns.h"

#include "BridgeRosterModel.h"
#include "DayChangeTimer.h"
#include "YieldingColumns.h"

#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace Sitrep {

namespace {

constexpr int Padding = 10; // the cell's margins around a text

} // namespace

RosterColumns::RosterColumns(QTableView *view)
    : QObject(view)
    , m_view(view)
{
    QHeaderView *header = view->horizontalHeader();
    const QFontMetrics metrics = view->fontMetrics();
    const auto width = [&metrics](const QString &sample) { return metrics.horizontalAdvance(sample) + Padding; };
    // The flags last, stretching: from as narrow as a section can be, since the header
    // keeps a stretching last section at least as wide as it was when it began to stretch.
    header->setStretchLastSection(false);
    header->resizeSection(BridgeRosterModel::FlagsColumn, header->minimumSectionSize());
    header->moveSection(header->visualIndex(BridgeRosterModel::FlagsColumn), header->count() - 1);
    header->setStretchLastSection(true);
    header->resizeSection(BridgeRosterModel::KindColumn, width(BridgeRosterModel::consoleText()));
    header->resizeSection(BridgeRosterModel::RoleColumn, width(QStringLiteral("Tech. lead")));
    keepTimeColumnsFitted(view, {BridgeRosterModel::JoinedColumn, BridgeRosterModel::LeftColumn});
    // "On by" gives way to its signs whole (CachedTextDelegate::ShortTextRole).
    const int sign = std::max(metrics.horizontalAdvance(QStringLiteral("⌨")), metrics.horizontalAdvance(QStringLiteral("☎")));
    m_yielding = new YieldingColumns(view,
                                     {{BridgeRosterModel::KindColumn, sign + Padding, true},
                                      {BridgeRosterModel::RoleColumn, width(QStringLiteral("Scribe"))},
                                      {BridgeRosterModel::NameColumn, width(QStringLiteral("Alice R."))}},
                                     FlagsShare);
    QAbstractItemModel *model = view->model();
    // After keepTimeColumnsFitted's own handlers (connected first): the times' widths are in.
    connect(model, &QAbstractItemModel::modelReset, this, &RosterColumns::follow);
    connect(model, &QAbstractItemModel::rowsInserted, this, &RosterColumns::follow);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &RosterColumns::follow);
    connect(model, &QAbstractItemModel::dataChanged, this, &RosterColumns::follow);
    follow();
}

void RosterColumns::follow()
{
    const QAbstractItemModel *model = m_view->model();
    bool someoneLeft = false;
    for (int row = 0; row < model->rowCount() && !someoneLeft; ++row)
        someoneLeft = !model->index(row, BridgeRosterModel::LeftColumn).data().toString().isEmpty();
    m_view->setColumnHidden(BridgeRosterModel::LeftColumn, !someoneLeft);

    // The names' width follows the names until the person drags it.
    const int own = m_yielding->ownWidth(BridgeRosterModel::NameColumn);
    if (m_fittedNameWidth < 0 || own == m_fittedNameWidth) {
        int names = m_view->horizontalHeader()->sectionSizeHint(BridgeRosterModel::NameColumn);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex name = model->index(row, BridgeRosterModel::NameColumn);
            const QVariant font = name.data(Qt::FontRole); // those who left: italic
            const QFontMetrics metrics(font.isValid() ? font.value<QFont>() : m_view->font());
            names = std::max(names, metrics.horizontalAdvance(name.data().toString()) + Padding);
        }
        m_fittedNameWidth = std::min(names, MaxNameWidth);
        m_yielding->setOwnWidth(BridgeRosterModel::NameColumn, m_fittedNameWidth);
    } else {
        m_yielding->fit();
    }
}

} // namespace Sitrep
