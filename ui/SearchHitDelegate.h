#pragma once

#include <QStyledItemDelegate>

namespace Sitrep {

// Paints a search hit on two lines: what it belongs to (dimmed), then the snippet with
// its matches bold and underlined.
class SearchHitDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Sitrep
