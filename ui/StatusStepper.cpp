#include "StatusStepper.h"

#include "TimeText.h"

#include "rules/Labels.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace Sitrep {

namespace {

// When the incident last entered this status (a later transition wins: the store keeps
// each step once, but the sync could replay one).
QDateTime reachedAt(const Incident &incident, IncidentStatus step)
{
    QDateTime at;
    for (const StatusTransition &transition : incident.transitions) {
        if (transition.status == step)
            at = transition.at;
    }
    return at;
}

} // namespace

StatusStepper::StatusStepper(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (int i = 0; i < enumCount<IncidentStatus>(); ++i) {
        const auto step = IncidentStatus(i);
        if (i > 0) {
            auto *arrow = new QLabel(QStringLiteral("›"), this);
            arrow->setAccessibleName(tr("then"));
            arrow->setEnabled(false); // the quiet text colour of the palette
            layout->addWidget(arrow);
            m_arrows.append(arrow);
        }
        auto *button = new QToolButton(this);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setFocusPolicy(Qt::StrongFocus);
        connect(button, &QToolButton::clicked, this, [this, step] { emit stepChosen(step); });
        layout->addWidget(button);
        m_steps.append(button);
        m_texts.append(StepTexts{});
    }
    layout->addStretch(1);
    setIncident(std::nullopt);
}

QToolButton *StatusStepper::stepButton(IncidentStatus status) const
{
    return m_steps.value(int(status));
}

void StatusStepper::setIncident(const std::optional<Incident> &incident)
{
    for (int i = 0; i < m_steps.size(); ++i)
        showStep(IncidentStatus(i), incident);
    forgetWidths();   // the first step may have turned bold
    updateGeometry(); // a new row width (sizeHint), even where the buttons' own did not change
    applyTexts();
}

void StatusStepper::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        forgetWidths();
        updateGeometry();
    }
}

void StatusStepper::forgetWidths()
{
    for (int &width : m_widths)
        width = -1;
    m_padding = -1;
}

QSize StatusStepper::sizeHint() const
{
    return {rowWidth(Fit::Full), QWidget::sizeHint().height()};
}

QSize StatusStepper::minimumSizeHint() const
{
    return {rowWidth(Fit::Tight), QWidget::minimumSizeHint().height()};
}

void StatusStepper::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyTexts();
}

void StatusStepper::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    applyTexts(); // shown again at the same size, after texts changed while hidden
}

void StatusStepper::applyTexts()
{
    if (isVisible()) { // hidden, there is no width to fit yet: showing decides
        m_fit = width() >= rowWidth(Fit::Full)      ? Fit::Full
                : width() >= rowWidth(Fit::Compact) ? Fit::Compact
                                                    : Fit::Tight;
    }
    for (int i = 0; i < m_steps.size(); ++i) {
        const QString &text = m_texts.at(i).text(m_fit);
        if (m_steps.at(i)->text() != text)
            m_steps.at(i)->setText(text);
    }
    // The steps' order reads without them; the current step keeps its frame and sign.
    for (QLabel *arrow : std::as_const(m_arrows))
        arrow->setVisible(m_fit != Fit::Tight);
}

int StatusStepper::rowWidth(Fit fit) const
{
    int &width = m_widths[int(fit)];
    if (width < 0)
        width = measureRow(fit);
    return width;
}

int StatusStepper::measureRow(Fit fit) const
{
    // A tool button is its text and the style's padding around it, the same for every
    // step: measured once (per font and style), then only the texts are.
    if (m_padding < 0) {
        const QToolButton *first = m_steps.first();
        m_padding = first->sizeHint().width() - QFontMetrics(first->font()).horizontalAdvance(first->text());
    }
    const QLayout *row = layout();
    int width = 0;
    for (int i = 0; i < row->count(); ++i) {
        QWidget *item = row->itemAt(i)->widget();
        if (!item)
            continue;
        const int index = int(m_steps.indexOf(qobject_cast<QToolButton *>(item)));
        if (index < 0) { // an arrow between steps, left out of the tight row
            if (fit != Fit::Tight)
                width += item->sizeHint().width() + row->spacing();
            continue;
        }
        const QString &wanted = m_texts.at(index).text(fit);
        width += m_padding + QFontMetrics(m_steps.at(index)->font()).horizontalAdvance(wanted) + row->spacing();
    }
    const QMargins margins = row->contentsMargins();
    return width + margins.left() + margins.right();
}

void StatusStepper::setRefusals(const QString &advance, const QString &close)
{
    m_advanceRefusal = advance;
    m_closeRefusal = close;
}

void StatusStepper::showStep(IncidentStatus step, const std::optional<Incident> &incident)
{
    QToolButton *button = m_steps.at(int(step));
    const QString label = Labels::status(step);
    button->setEnabled(incident.has_value());
    const IncidentStatus current = incident ? incident->status : IncidentStatus::Declared;
    const bool isCurrent = incident && step == current;
    const bool isPast = incident && step < current;
    const QDateTime at = incident ? reachedAt(*incident, step) : QDateTime();
    const QString local = TimeText::localClock(at);

    QString text;
    QString compact; // a step passed by its sign and time alone, where room is short
    QString tight;   // and the current step without its time, where room is shorter still
    QString state;
    if (isCurrent) {
        //: Status stepper, the current step: sign, status, local time reached
        text = tr("● %1 %2").arg(label, local);
        //: Status stepper, the current step where the row is short of room: sign and status
        tight = tr("● %1").arg(label);
        state = tr("current status");
    } else if (isPast) {
        //: Status stepper, a step in the past: check mark, status, local time reached (empty when skipped)
        text = local.isEmpty() ? tr("– %1").arg(label) : tr("✓ %1 %2").arg(label, local);
        //: Status stepper, a step in the past where the row is short of room: check mark and local time
        compact = local.isEmpty() ? QStringLiteral("–") : tr("✓ %1").arg(local);
        state = local.isEmpty() ? tr("skipped") : tr("done");
    } else {
        text = label;
        state = tr("not reached");
    }
    text = text.trimmed();
    compact = compact.isEmpty() ? text : compact;
    m_texts[int(step)] = {text, compact, tight.isEmpty() ? compact : tight}; // shown by applyTexts
    // The current step is framed and bold, the others flat: shape and weight, not colour.
    button->setAutoRaise(!isCurrent);
    QFont font = button->font();
    font.setBold(isCurrent);
    button->setFont(font);

    const QString utc = TimeText::utcStamp(at);
    //: Accessible name of a status step: status, its state (current status, done, not reached), time
    button->setAccessibleName(tr("%1: %2 %3").arg(label, state, local).trimmed());
    if (!incident)
        button->setToolTip(QString());
    else if (isCurrent)
        button->setToolTip(tr("%1 since %2 (current status)").arg(label, utc));
    else if (isPast)
        button->setToolTip(at.isValid() ? tr("%1 at %2. The status only moves forward.").arg(label, utc)
                                        : tr("%1 was skipped. The status only moves forward.").arg(label));
    else
        button->setToolTip(tr("Move the incident to %1").arg(label));
    // A step ahead this person may not take: greyed, and the tooltip says who may.
    const QString refusal = step == IncidentStatus::Closed ? m_closeRefusal : m_advanceRefusal;
    if (incident && !isCurrent && !isPast && !refusal.isEmpty()) {
        button->setEnabled(false);
        button->setToolTip(refusal);
        button->setAccessibleDescription(refusal);
    } else {
        button->setAccessibleDescription(QString());
    }
}

} // namespace Sitrep
