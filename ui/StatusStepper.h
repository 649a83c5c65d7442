#pragma once

#include "model/Incident.h"

#include <QList>
#include <QString>
#include <QWidget>

class QToolButton;

namespace Sitrep {

// The lifecycle as a row of steps, declared → … → closed: each step shows its label and
// the local time it was reached (UTC in the tooltip). The current step is marked by a
// frame, bold type and a sign, never by colour alone. Each step is a focusable button
// (Tab or the arrow keys, then Space); choosing one only emits stepChosen: whether the
// move is allowed is the store's decision, so the header can report its reason.
//
// Where the row is short of room (a narrow window, longer words: German), the steps
// already passed show only their sign and time ("✓ 23:20"), their name staying in the
// tooltip and the accessible name: the centre column then leaves the incident list
// room for its titles.
class StatusStepper : public QWidget
{
    Q_OBJECT
public:
    explicit StatusStepper(QWidget *parent = nullptr);

    // Shows the incident's status and transitions; nullopt shows an empty, disabled row.
    void setIncident(const std::optional<Incident> &incident);

    QToolButton *stepButton(IncidentStatus status) const;
    // Why this person may not move the status forward, or close (ConsolePermissions):
    // the steps they may not take are disabled and say why. Empty: they may. Applied by
    // the next setIncident.
    void setRefusals(const QString &advance, const QString &close);

    QSize sizeHint() const override;        // every step named
    QSize minimumSizeHint() const override; // the steps passed by sign and time
    bool isCompact() const { return m_compact; }

signals:
    void stepChosen(IncidentStatus status);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct StepTexts {
        QString full;
        QString compact;
    };
    void showStep(IncidentStatus step, const std::optional<Incident> &incident);
    // The row's width with every step in its full or compact text (the buttons' own
    // padding, measured on the text they show, plus the arrows and spacing). Kept until
    // the texts or the font change: layouts ask often.
    int rowWidth(bool compact) const;
    int measureRow(bool compact) const;
    void applyTexts();

    QList<QToolButton *> m_steps; // by IncidentStatus
    QList<StepTexts> m_texts;     // by IncidentStatus
    bool m_compact = false;
    mutable int m_widths[2] = {-1, -1}; // full, compact; -1: not measured
    mutable int m_padding = -1;         // around a step's text; -1: not measured
    QString m_advanceRefusal;
    QString m_closeRefusal;
};

} // namespace Sitrep
