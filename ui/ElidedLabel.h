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
        m_full = text;
        setToolTip(text);
        elide();
    }
    QString fullText() const { return m_full; }

    QSize minimumSizeHint() const override { return {0, QLabel::minimumSizeHint().height()}; }
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
};

} // namespace Sitrep
