#pragma once

#include <QCache>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace Sitrep {

// An item delegate that keeps the laid-out text of the cells it painted (QStaticText, by
// text, short form, width and font), so that repainting rows that did not change does not shape and
// elide every cell again. The timeline repaints its whole visible page many times a second
// while live entries arrive, and shaping the same texts again was half of the UI thread's
// time at 2,000 entries/s (bench/README.md, "UI figures").
//
// Background, selection, icon and focus are drawn by the style as always; only the text is
// drawn from the cache, elided at the right and aligned as the style would. Cells it cannot
// draw the same way (word wrap, several lines, right-to-left, another elide mode) go to the
// style.
class CachedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // What of a cell must stay in sight, as characters that do not otherwise occur in its
    // text: when the text does not fit the column and eliding would cut any of them off,
    // they are shown instead. The bridge roster's
    // flags give their signs: "☝ hand  ★ unv…" keeps both, but where only "☝ hand …"
    // would fit, "☝ ★" shows; and where eliding leaves no word ("⌨ …"), the sign alone
    // ("⌨"). The tooltip and the spoken text keep the words.
    static constexpr int ShortTextRole = Qt::UserRole + 1000;

    explicit CachedTextDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // For tests: texts laid out so far, and how many paints found theirs in the cache.
    qint64 laidOut() const { return m_laidOut; }
    qint64 reused() const { return m_reused; }

private:
    const QStaticText &textFor(const QString &text, const QString &shortText, int width, const QFont &font) const;

    mutable QCache<QString, QStaticText> m_texts;
    mutable QFont m_keyFont; // the font of m_fontKey
    mutable QString m_fontKey;
    mutable qint64 m_laidOut = 0;
    mutable qint64 m_reused = 0;
};

} // namespace Sitrep
