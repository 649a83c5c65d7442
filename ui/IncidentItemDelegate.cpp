#include "IncidentItemDelegate.h"

#include "IncidentListModel.h"
#include "Theme.h"

#include <QApplication>
#include <QDateTime>
#include <QFontMetrics>
#include <QPainter>

#include <algorithm>

namespace Sitrep {

namespace {

constexpr int Padding = 8; // the console's 8 px grid

// The severity tag: room for the widest key of the default taxonomy.
int tagWidth(const QFontMetrics &metrics)
{
    return metrics.horizontalAdvance(QStringLiteral("SEV00")) + Padding;
}

// The unread marker on a row's first line: a dot and words, not a colour alone. Empty when
// there is nothing to catch up on.
QString unreadMarker(bool neverOpened, int count)
{
    if (neverOpened)
        return IncidentItemDelegate::tr("● new");
    if (count > 0)
        return IncidentItemDelegate::tr("● %1").arg(count > 999 ? QStringLiteral("999+") : QString::number(count));
    return {};
}

} // namespace

int IncidentItemDelegate::minimumRowWidth(const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    const QFontMetrics metrics(font);
    const QFontMetrics boldMetrics(bold);
    const int marker = std::max(boldMetrics.horizontalAdvance(unreadMarker(true, 0)),
                                boldMetrics.horizontalAdvance(unreadMarker(false, 1000)));
    // Unread titles are bold: a dozen of their characters.
    return Padding + tagWidth(metrics) + Padding + 12 * boldMetrics.averageCharWidth() + marker + Padding / 2 + Padding;
}

QString IncidentItemDelegate::shortAge(const QDateTime &since, const QDateTime &now)
{
    const qint64 minutes = std::max<qint64>(0, since.secsTo(now) / 60);
    if (minutes < 60)
        return tr("%1m").arg(minutes);
    if (minutes < 48 * 60)
        return tr("%1h").arg(minutes / 60);
    return tr("%1d").arg(minutes / (24 * 60));
}

QString IncidentItemDelegate::elapsed(const QDateTime &since, const QDateTime &now)
{
    const qint64 minutes = std::max<qint64>(0, since.secsTo(now) / 60);
    if (minutes < 60)
        return tr("%1m").arg(minutes);
    if (minutes < 48 * 60)
        return tr("%1h %2m").arg(minutes / 60).arg(minutes % 60);
    return tr("%1d %2h").arg(minutes / (24 * 60)).arg(minutes / 60 % 24);
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
    const QRect area = option.rect.adjusted(Padding, Padding / 2, -Padding, -Padding / 2);
    const QFontMetrics metrics(option.font);
    const int lineHeight = metrics.height() + 4;
    const QRect firstLine(area.left(), area.top(), area.width(), lineHeight);
    const QRect secondLine(area.left(), area.top() + lineHeight, area.width(), area.height() - lineHeight);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const QDateTime now = QDateTime::currentDateTimeUtc();

    // Severity tag.
    const QString severity = index.data(IncidentListModel::SeverityRole).toString();
    const int rank = index.data(IncidentListModel::SeverityRankRole).toInt();
    const int tagWidth = Sitrep::tagWidth(metrics);
    const QRect tag(firstLine.left(), firstLine.top() + 1, tagWidth, firstLine.height() - 2);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Theme::severityColor(rank));
    painter->drawRoundedRect(tag, 3, 3);
    painter->setPen(Qt::white);
    painter->drawText(tag, Qt::AlignCenter, metrics.elidedText(severity, Qt::ElideRight, tagWidth - 4));

    // Unread marker, right-aligned on the first line: a dot and words, not a colour. Only
    // on active incidents: nobody needs to catch up on a closed one.
    const bool active = isActive(IncidentStatus(index.data(IncidentListModel::StatusRole).toInt()));
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QString unread = active ? unreadMarker(index.data(IncidentListModel::NeverOpenedRole).toBool(),
                                                 index.data(IncidentListModel::UnreadRole).toInt())
                                  : QString();
    const int unreadWidth = unread.isEmpty() ? 0 : boldMetrics.horizontalAdvance(unread) + Padding / 2;
    if (!unread.isEmpty()) {
        painter->setFont(bold);
        painter->setPen(option.palette.color(QPalette::Active, selected ? QPalette::HighlightedText : QPalette::Link));
        painter->drawText(firstLine, Qt::AlignRight | Qt::AlignVCenter, unread);
    }

    // Title; an inactive (resolved, closed) incident is drawn quieter, unread ones bolder.
    const QRect titleRect(tag.right() + Padding, firstLine.top(), firstLine.right() - tag.right() - Padding - unreadWidth,
                          firstLine.height());
    QString text = title;
    if (index.data(IncidentListModel::RestrictedRole).toBool())
        text = tr("%1 (restricted)").arg(text);
    painter->setFont(unread.isEmpty() ? option.font : bold);
    painter->setPen(option.palette.color(active ? QPalette::Active : QPalette::Disabled, textRole));
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      (unread.isEmpty() ? metrics : boldMetrics).elidedText(text, Qt::ElideRight, titleRect.width()));

    // Second line, quieter: status, time since declared, my role; last activity on the right.
    painter->setFont(option.font);
    painter->setPen(option.palette.color(QPalette::Disabled, textRole));
    const QString age = shortAge(index.data(IncidentListModel::LastActivityAtRole).toDateTime(), now);
    //: The incident list's second line, right side: time since the newest entry
    const QString lastActivity = tr("last %1").arg(age);
    QStringList facts;
    if (active) {
        //: Time since the incident was declared, in the incident list
        facts.append(tr("%1 open").arg(elapsed(index.data(IncidentListModel::DeclaredAtRole).toDateTime(), now)));
    }
    if (const QString role = index.data(IncidentListModel::MyRoleRole).toString(); !role.isEmpty())
        facts.append(tr("you: %1").arg(role));
    const QRect factsRect(titleRect.left(), secondLine.top(), secondLine.right() - titleRect.left(), secondLine.height());
    const SecondLine line = IncidentItemDelegate::secondLine(
        metrics, factsRect.width(), index.data(IncidentListModel::StatusTextRole).toString(), facts, lastActivity);
    painter->drawText(factsRect, Qt::AlignLeft | Qt::AlignTop, line.left);
    painter->drawText(factsRect, Qt::AlignRight | Qt::AlignTop, line.right);
    painter->restore();
}

IncidentItemDelegate::SecondLine IncidentItemDelegate::secondLine(const QFontMetrics &metrics, int width,
                                                                  const QString &status, const QStringList &facts,
                                                                  const QString &lastActivity)
{
    const QString separator = QStringLiteral(" · ");
    const QString tail = facts.isEmpty() ? QString() : separator + facts.join(separator);
    const int tailWidth = metrics.horizontalAdvance(tail);
    // A word of the status stays ("Ursache…") even when the facts would fill the line.
    const int shortestStatus = std::min(metrics.horizontalAdvance(status), 8 * metrics.averageCharWidth());
    SecondLine line;
    int room = width;
    const int rightWidth = metrics.horizontalAdvance(lastActivity) + Padding;
    if (shortestStatus + tailWidth <= width - rightWidth) {
        line.right = lastActivity;
        room -= rightWidth;
    }
    const int statusWidth = std::max(room - tailWidth, shortestStatus);
    line.left = metrics.elidedText(metrics.elidedText(status, Qt::ElideRight, statusWidth) + tail, Qt::ElideRight, room);
    return line;
}

QSize IncidentItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return {metrics.horizontalAdvance(QStringLiteral("SEV1 Checkout errors in EU 42m")) + 4 * Padding,
            2 * (metrics.height() + 4) + Padding};
}

} // namespace Sitrep
