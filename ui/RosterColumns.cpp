#include "RosterColumns.h"

#include "BridgeRosterModel.h"
#include "DayChangeTimer.h"
#include "YieldingColumns.h"

#include <QHeaderView>
#include <QTableView>

#include <algorithm>
#include <optional>

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
    int sign = 0;
    for (const QString &kindSign : BridgeRosterModel::kindSigns())
        sign = std::max(sign, width(kindSign));
    m_yielding = new YieldingColumns(view,
                                     {{BridgeRosterModel::KindColumn, sign, true},
                                      {BridgeRosterModel::RoleColumn, width(QStringLiteral("Scribe"))},
                                      {BridgeRosterModel::NameColumn, width(QStringLiteral("Alice R."))}},
                                     FlagsShare);
    // A time that reads longer ("Mon 23:24", at midnight too, with nothing in the rows
    // changing) takes room from the others.
    connect(header, &QHeaderView::sectionResized, this, [this](int section) {
        if (section == BridgeRosterModel::JoinedColumn || section == BridgeRosterModel::LeftColumn)
            m_yielding->fit();
    });
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::modelReset, this, &RosterColumns::follow);
    connect(model, &QAbstractItemModel::rowsInserted, this, &RosterColumns::follow);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &RosterColumns::follow);
    connect(model, &QAbstractItemModel::dataChanged, this, &RosterColumns::follow);
    follow();
}

int RosterColumns::longestName() const
{
    const QAbstractItemModel *model = m_view->model();
    const QFontMetrics plain = m_view->fontMetrics();
    std::optional<QFontMetrics> stepsBack; // the italic of those who left, as the delegate resolves it
    int names = m_view->horizontalHeader()->sectionSizeHint(BridgeRosterModel::NameColumn);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex name = model->index(row, BridgeRosterModel::NameColumn);
        const QVariant font = name.data(Qt::FontRole);
        if (font.isValid() && !stepsBack)
            stepsBack.emplace(font.value<QFont>().resolve(m_view->font()));
        const QFontMetrics &metrics = font.isValid() ? *stepsBack : plain;
        names = std::max(names, metrics.horizontalAdvance(name.data().toString()) + Padding);
    }
    return std::min(names, MaxNameCharacters * plain.averageCharWidth());
}

void RosterColumns::follow()
{
    bool refit = false;
    bool someoneLeft = false;
    const QAbstractItemModel *model = m_view->model();
    for (int row = 0; row < model->rowCount() && !someoneLeft; ++row)
        someoneLeft = !model->index(row, 0).data(BridgeRosterModel::PresentRole).toBool();
    if (m_view->isColumnHidden(BridgeRosterModel::LeftColumn) == someoneLeft) {
        m_view->setColumnHidden(BridgeRosterModel::LeftColumn, !someoneLeft);
        // Its header's width too, which a hidden section did not have.
        if (someoneLeft)
            m_view->resizeColumnToContents(BridgeRosterModel::LeftColumn);
        refit = true;
    }
    // The names' width follows the names until the person drags it.
    const int own = m_yielding->ownWidth(BridgeRosterModel::NameColumn);
    if (m_fittedNameWidth < 0 || own == m_fittedNameWidth) {
        if (const int names = longestName(); names != m_fittedNameWidth) {
            m_fittedNameWidth = names;
            m_yielding->setOwnWidth(BridgeRosterModel::NameColumn, names); // and fits
            refit = false;
        }
    }
    if (refit)
        m_yielding->fit();
}

} // namespace Sitrep
