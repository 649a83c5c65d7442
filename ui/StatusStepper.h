#pragma once

#include "model/Incident.h"

#include <QList>
#include <QWidget>

class QToolButton;

namespace Sitrep {

// The lifecycle as a row of steps, declared → … → closed: each step shows its label and
// the local time it was reached (UTC in the tooltip). The current step is marked by a
// frame, bold type and a sign, never by colour alone. Each step is a focusable button
// (Tab or the arrow keys, then Space); choosing one only emits stepChosen: whether the
// move is allowed is the store's decision, so the header can report its reason.
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

signals:
    void stepChosen(IncidentStatus status);

private:
    void showStep(IncidentStatus step, const std::optional<Incident> &incident);

    QList<QToolButton *> m_steps; // by IncidentStatus
    QString m_advanceRefusal;
    QString m_closeRefusal;
};

} // namespace Sitrep
