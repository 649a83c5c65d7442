#include "IncidentItemDelegate.h"

#include "IncidentListModel.h"

#include <QApplication>
#include <QDateTime>
#include <QPainter>

namespace Sitrep {

namespace {

constexpr int Padding = 8; // the console's 8 px grid

QColor severityColor(int rank)
{
    switch (rank) {
    case 0:
        return QColor(0xc6, 0x28, 0x28);
    case 1:
        return QColor(0xe6, 0x51, 0x00);
    case 2:
        return QColor(0xb2, 0x8a, 0x00);
    default:
        return QColor(0x54, 0x6e, 0x7a);
    }
}

} // namespace

QString IncidentItemDelegate::shortAge(const QDateTime &since, const QDateTime &now)
{
    const qint64 minutes = std::max<qint64>(0, since.secsTo(now) / 60);
    if (minutes < 60)
        return tr("%1m").arg(minutes);
    if (minutes < 48 * 60)
        return tr("%1h").arg(minutes / 60);
    return tr("%1d").arg(minutes / (24 * 60));
}

void IncidentItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const QRect area = option.rect.adjusted(Padding, 0, -Padding, 0);
    const QFontMetrics metrics(option.font);

    // Severity tag.
    const QString severity = index.data(IncidentListModel::SeverityRole).toString();
    const int rank = index.data(IncidentListModel::SeverityRankRole).toInt();
    const int tagWidth = metrics.horizontalAdvance(QStringLiteral("SEV00")) + Padding;
    const QRect tag(area.left(), area.top() + 4, tagWidth, area.height() - 8);
    painter->setPen(Qt::NoPen);
    painter->setBrush(severityColor(rank));
    painter->drawRoundedRect(tag, 3, 3);
    painter->setPen(Qt::white);
    painter->drawText(tag, Qt::AlignCenter, metrics.elidedText(severity, Qt::ElideRight, tagWidth - 4));

    // Age, right-aligned.
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const QString age =
        shortAge(index.data(IncidentListModel::LastActivityAtRole).toDateTime(), QDateTime::currentDateTimeUtc());
    const int ageWidth = metrics.horizontalAdvance(QStringLiteral("000m"));
    const QRect ageRect(area.right() - ageWidth, area.top(), ageWidth, area.height());
    painter->setPen(option.palette.color(QPalette::Disabled, textRole));
    painter->drawText(ageRect, Qt::AlignRight | Qt::AlignVCenter, age);

    // Title; an inactive (resolved, closed) incident is drawn quieter.
    const bool active = isActive(IncidentStatus(index.data(IncidentListModel::StatusRole).toInt()));
    const QRect titleRect(tag.right() + Padding, area.top(), ageRect.left() - tag.right() - 2 * Padding, area.height());
    QString text = title;
    if (index.data(IncidentListModel::RestrictedRole).toBool())
        text = tr("%1 (restricted)").arg(text);
    painter->setPen(option.palette.color(active ? QPalette::Active : QPalette::Disabled, textRole));
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(text, Qt::ElideRight, titleRect.width()));
    painter->restore();
}

QSize IncidentItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {QFontMetrics(option.font).horizontalAdvance(QStringLiteral("SEV1 Checkout errors in EU 42m")) + 4 * Padding,
            QFontMetrics(option.font).height() + 2 * Padding};
}

} // namespace Sitrep
