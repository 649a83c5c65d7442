#pragma once

#include <QLabel>

namespace Sitrep {

// A one-line label that shows as much of its text as fits, with the whole text in the
// tooltip: a long title or criteria line must not widen the column it sits in.
class ElidedLabel : public QLabel
{
public:
    using QLabel::QLabel;

    void setFullText(const QString &text)
    {
        // A new width asks the layout again (sizeHint is the whole text): the elided text
        // alone may not change (nothing shown yet), and then QLabel would not ask.
        const bool resized = fontMetrics().horizontalAdvance(text) != fontMetrics().horizontalAdvance(m_full);
        m_full = text;
        if (resized)
            updateGeometry();
        if (m_tipShowsText)
            setToolTip(text);
        elide();
    }
    QString fullText() const { return m_full; }

    // The start of the text that always shows (a clock's number, "4:41:04…"): the label
    // never gets narrower than it. Empty (the default): the label may shrink to nothing.
    void setKeptStart(const QString &start)
    {
        const bool resized = fontMetrics().horizontalAdvance(start) != fontMetrics().horizontalAdvance(m_keptStart);
        m_keptStart = start;
        if (resized)
            updateGeometry();
    }
    // A clock's tooltip says what it counts from, not its (ticking) text.
    void setToolTipShowsText(bool shows) { m_tipShowsText = shows; }

    QSize minimumSizeHint() const override
    {
        const int kept = m_keptStart.isEmpty() ? 0 : fontMetrics().horizontalAdvance(m_keptStart + QChar(0x2026)) + 4;
        return {kept, QLabel::minimumSizeHint().height()};
    }
    QSize sizeHint() const override { return {fontMetrics().horizontalAdvance(m_full) + 4, QLabel::sizeHint().height()}; }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        elide();
    }

private:
    void elide() { setText(fontMetrics().elidedText(m_full, Qt::ElideRight, width())); }

    QString m_full;
    QString m_keptStart;
    bool m_tipShowsText = true;
};

} // namespace Sitrep
