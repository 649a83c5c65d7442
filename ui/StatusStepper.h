#pragma once

#include "model/Incident.h"

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
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
// room for its titles. Shorter still (a laptop in German), the current step leaves out
// its time too ("● Untersuchung"): the clock "since status change" beside it counts from
// that time, and the tooltip has it.
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
    QSize minimumSizeHint() const override; // the steps passed by sign and time, the current without
    // How much of the steps' texts the row's width leaves: every step named with its time,
    // the steps passed by sign and time, and the current step without its time and the
    // arrows between the steps left out as well.
    enum class Fit { Full, Compact, Tight };
    Fit fit() const { return m_fit; }
    bool isCompact() const { return m_fit != Fit::Full; }
    // The row's width with every step in the text of a fit (the buttons' own padding,
    // measured on the text they show, plus the arrows and spacing). Kept until the texts
    // or the font change: layouts ask often.
    int rowWidth(Fit fit) const;

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
        QString tight;
        const QString &text(Fit fit) const { return fit == Fit::Full ? full : fit == Fit::Compact ? compact : tight; }
    };
    void showStep(IncidentStatus step, const std::optional<Incident> &incident);
    int measureRow(Fit fit) const;
    void forgetWidths();
    void applyTexts();

    QList<QToolButton *> m_steps; // by IncidentStatus
    QList<QLabel *> m_arrows;     // between the steps
    QList<StepTexts> m_texts;     // by IncidentStatus
    Fit m_fit = Fit::Full;
    mutable int m_widths[3] = {-1, -1, -1}; // by Fit; -1: not measured
    mutable int m_padding = -1;             // around a step's text; -1: not measured
    QString m_advanceRefusal;
    QString m_closeRefusal;
};

} // namespace Sitrep
