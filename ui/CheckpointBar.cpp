#include "CheckpointBar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Sitrep {

CheckpointBar::CheckpointBar(QWidget *parent)
    : QFrame(parent)
    , m_prompt(new QLabel(this))
    , m_note(new QLineEdit(this))
    , m_later(new QPushButton(tr("Later"), this))
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Checkpoint decision"));
    m_prompt->setTextFormat(Qt::PlainText);
    QFont bold = m_prompt->font();
    bold.setBold(true);
    m_prompt->setFont(bold);

    m_note->setAccessibleName(tr("Checkpoint note"));
    m_note->setPlaceholderText(tr("Continue, pivot or escalate? Optional note"));
    // Room for a few words as typed; the field takes whatever the row has beyond that,
    // and a narrow window (a laptop, German decisions) keeps all four buttons whole.
    m_note->setMinimumWidth(m_note->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 12);
    m_note->setToolTip(tr("Recorded on the timeline with the decision"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_prompt);
    layout->addWidget(m_note, 1);
    m_continue = addDecision(Decision::Continue, tr("Continue"), tr("Keep the current course for another time-box"));
    m_pivot = addDecision(Decision::Pivot, tr("Pivot"), tr("Change the approach: record why in the note"));
    m_escalate = addDecision(Decision::Escalate, tr("Escalate"), tr("Bring in more help or a higher level"));
    m_later->setAccessibleName(tr("Decide later"));
    m_later->setToolTip(tr("Hide this question; the checkpoint stays overdue (Escape)"));
    m_later->setAutoDefault(true);
    layout->addWidget(m_later);
    // Note first, then the decisions in reading order, "Later" last.
    setTabOrder(m_note, m_continue);
    setTabOrder(m_continue, m_pivot);
    setTabOrder(m_pivot, m_escalate);
    setTabOrder(m_escalate, m_later);
    connect(m_later, &QPushButton::clicked, this, &CheckpointBar::dismissed);
}

QPushButton *CheckpointBar::addDecision(Decision decision, const QString &text, const QString &tip)
{
    auto *button = new QPushButton(text, this);
    button->setAccessibleName(tr("Checkpoint: %1").arg(text));
    button->setToolTip(tip);
    // Enter presses the focused decision as Space does. Outside a dialog there is no
    // default button, so Enter in the note never picks a decision by accident.
    button->setAutoDefault(true);
    layout()->addWidget(button);
    connect(button, &QPushButton::clicked, this, [this, decision] { emit decided(decision, m_note->text().trimmed()); });
    return button;
}

QPushButton *CheckpointBar::button(Decision decision) const
{
    switch (decision) {
    case Decision::Continue:
        return m_continue;
    case Decision::Pivot:
        return m_pivot;
    case Decision::Escalate:
        return m_escalate;
    }
    return nullptr;
}

void CheckpointBar::setPrompt(const QString &text)
{
    m_prompt->setText(text);
}

void CheckpointBar::focusPrompt()
{
    m_note->setFocus(Qt::OtherFocusReason);
}

void CheckpointBar::reset()
{
    m_note->clear();
}

QString CheckpointBar::entryText(Decision decision, const QString &note)
{
    QString word;
    switch (decision) {
    case Decision::Continue:
        //: Timeline text of a checkpoint decision
        word = tr("Checkpoint: continue");
        break;
    case Decision::Pivot:
        word = tr("Checkpoint: pivot");
        break;
    case Decision::Escalate:
        word = tr("Checkpoint: escalate");
        break;
    }
    //: A checkpoint decision and the commander's note
    return note.isEmpty() ? word : tr("%1 — %2").arg(word, note);
}

void CheckpointBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        emit dismissed();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace Sitrep
