#include "SearchHitDelegate.h"

#include "SearchResultsModel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace Sitrep {

namespace {
constexpr int Padding = 4;
}

void SearchHitDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the background and focus only; the text is ours
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const QRect area = option.rect.adjusted(Padding, Padding, -Padding, -Padding);
    const QFontMetrics metrics(option.font);

    painter->save();
    painter->setPen(option.palette.color(QPalette::Disabled, textRole));
    const QString heading = metrics.elidedText(index.data(SearchResultsModel::HeadingRole).toString(), Qt::ElideRight,
                                               area.width());
    painter->drawText(area.left(), area.top() + metrics.ascent(), heading);

    QTextDocument document;
    document.setDefaultFont(option.font);
    document.setDocumentMargin(0);
    document.setTextWidth(area.width());
    document.setHtml(SearchResultsModel::highlightedSnippet(index.data(SearchResultsModel::SnippetRole).toString()));
    painter->translate(area.left(), area.top() + metrics.height());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, option.palette.color(QPalette::Active, textRole));
    context.clip = QRectF(0, 0, area.width(), metrics.height() * 2);
    painter->setClipRect(context.clip);
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchHitDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // Heading and up to two lines of snippet; a fixed height keeps the list uniform.
    const QFontMetrics metrics(option.font);
    return {option.rect.width(), metrics.height() * 3 + 2 * Padding};
}

} // namespace Sitrep
