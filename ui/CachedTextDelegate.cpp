#include "CachedTextDelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>

#include <algorithm>

namespace Sitrep {

namespace {

// The cache's budget in characters of text (its cost): a few pages of a wide table and the
// pages scrolled through recently, whatever the texts' lengths (an entry may be 20,000).
constexpr int CachedCharacters = 400'000;
// No cell shows more than this: longer texts are cut before they are laid out and elided.
constexpr qsizetype MaxShownCharacters = 1000;

} // namespace

CachedTextDelegate::CachedTextDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_texts(CachedCharacters)
{
}

const QStaticText &CachedTextDelegate::textFor(const QString &fullText, const QString &shortText, int width,
                                               const QFont &font) const
{
    const QString text = fullText.size() > MaxShownCharacters ? fullText.left(MaxShownCharacters) : fullText;
    // QFont::key() formats a string at every call, and nearly every cell has the same font.
    if (font != m_keyFont || m_fontKey.isEmpty()) {
        m_keyFont = font;
        m_fontKey = font.key();
    }
    QString key = m_fontKey;
    // The text last: whatever it holds, no two cells share a key.
    key += QLatin1Char('\x1f') + QString::number(width) + QLatin1Char('\x1f') + shortText + QLatin1Char('\x1f') + text;
    if (const QStaticText *cached = m_texts.object(key)) {
        ++m_reused;
        return *cached;
    }
    ++m_laidOut;
    const auto layOut = [&font](const QString &shown) {
        auto *laidOut = new QStaticText(shown);
        laidOut->setTextFormat(Qt::PlainText);
        laidOut->setPerformanceHint(QStaticText::AggressiveCaching);
        laidOut->prepare(QTransform(), font);
        return laidOut;
    };
    // Most cells fit (times, kinds, names): laid out once. Only a text that does not is
    // elided (or its short form shown) and laid out again (the first window paints a few
    // hundred cells).
    QStaticText *laidOut = layOut(text);
    if (laidOut->size().width() > width) {
        delete laidOut;
        const QFontMetrics metrics(font);
        QString elided = metrics.elidedText(text, Qt::ElideRight, width);
        const bool keepsTheShortForm = std::all_of(shortText.cbegin(), shortText.cend(), [&elided](QChar c) {
            return c.isSpace() || elided.contains(c);
        });
        // "⌨ …" (or "⌨ ..." in a font without the ellipsis) says no more than "⌨": an
        // elided text with no letter or digit left beside the signs is the short form.
        const bool keepsAWord = std::any_of(elided.cbegin(), elided.cend(), [&shortText](QChar c) {
            return c.isLetterOrNumber() && !shortText.contains(c);
        });
        if (!shortText.isEmpty() && (!keepsTheShortForm || !keepsAWord))
            elided = metrics.elidedText(shortText, Qt::ElideRight, width);
        laidOut = layOut(elided);
    }
    const qsizetype cost = key.size();
    m_texts.insert(key, laidOut, int(cost));
    return *laidOut;
}

void CachedTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QString text = opt.text;
    const bool plainLine = !text.isEmpty() && opt.textElideMode == Qt::ElideRight && opt.direction == Qt::LeftToRight
        && !(opt.features & QStyleOptionViewItem::WrapText) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QChar::LineSeparator);
    if (!plainLine) {
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        return;
    }
    // The style draws everything but the text, and says where the text goes.
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    // As QCommonStyle's viewItemDrawText: a focus-frame margin on both sides.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect room = textRect.adjusted(margin, 0, -margin, 0);
    if (room.width() <= 0)
        return;
    const QStaticText &laidOut = textFor(text, index.data(ShortTextRole).toString(), room.width(), opt.font);

    const QSizeF size = laidOut.size();
    qreal x = room.left();
    if (opt.displayAlignment & Qt::AlignRight)
        x = room.right() + 1 - size.width();
    else if (opt.displayAlignment & Qt::AlignHCenter)
        x = room.left() + (room.width() - size.width()) / 2;
    qreal y = room.top() + (room.height() - size.height()) / 2;
    if (opt.displayAlignment & Qt::AlignTop)
        y = room.top();
    else if (opt.displayAlignment & Qt::AlignBottom)
        y = room.bottom() + 1 - size.height();

    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (opt.state & QStyle::State_Active)                               ? QPalette::Normal
                                                                           : QPalette::Inactive;
    const bool selected = opt.state & QStyle::State_Selected;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setClipRect(room);
    painter->drawStaticText(QPointF(x, y), laidOut);
    painter->restore();
}

} // namespace Sitrep
