#pragma once

#include <QStyledItemDelegate>

class QFontMetrics;

namespace Sitrep {

// Paints one incident row of the list on two lines:
//   SEV1  Checkout errors in EU ……………… ● 3
//         Investigating · 1h 12m open · you: Scribe      last 2m
// The severity as a coloured tag with its key as text (colour never carries meaning
// alone), the title elided (bold while unread), the unread count, then status, time since
// declared, the person's role and the time since the last activity. Every row has the
// same height so the list can use uniform item sizes.
class IncidentItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // "42m", "3h", "2d": short enough for a narrow column.
    static QString shortAge(const QDateTime &since, const QDateTime &now);
    // "42m", "3h 12m", "2d 4h": how long an incident has been open.
    static QString elapsed(const QDateTime &since, const QDateTime &now);
    // The second line fitted into `width`: "status · facts…" on the left, the last
    // activity on the right. Short of room, the status is shortened first (to a word), then
    // the last activity goes: the time open and the person's role are what a commander
    // scanning the list reads (a German status, "Ursache erkannt", took the time open off
    // the line; in French, "actif il y a 4m" did).
    struct SecondLine {
        QString left;
        QString right; // empty: no room for it
    };
    static SecondLine secondLine(const QFontMetrics &metrics, int width, const QString &status,
                                 const QStringList &facts, const QString &lastActivity);
    // The narrowest row that still reads: the severity tag, a dozen characters of the
    // title and the unread marker. The list is never made narrower (IncidentListPane).
    static int minimumRowWidth(const QFont &font);
};

} // namespace Sitrep
