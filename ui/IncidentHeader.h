#pragma once

#include "CheckpointBar.h"
#include "TimeBox.h"
#include "model/Incident.h"
#include "model/Permissions.h"

#include <QUuid>
#include <QWidget>

#include <chrono>
#include <optional>

class QLabel;
class QTimer;
class QToolButton;

namespace Sitrep {

class ConsolePermissions;
class ElidedLabel;
class SeverityBox;
class StatusStepper;
class Store;

// The incident commander's header, above the timeline: title; severity (a list of the
// taxonomy's levels with their criteria); the status stepper; and the clocks — since
// declared, since the last status change, and the time-box to the next checkpoint (rule in
// TimeBox.h). When the time-box expires it asks, once per expiry and without blocking
// anything, whether to continue, pivot or escalate, and records the answer on the timeline
// as a Checkpoint entry, which starts the next time-box.
//
// "Now" is the store's clock, so tests (and demos) can move time. Every change goes
// through one store command; a refusal is reported through message() and the controls
// show the stored values again.
class IncidentHeader : public QWidget
{
    Q_OBJECT
public:
    explicit IncidentHeader(Store *store, QWidget *parent = nullptr);
    // Greys out the severity and the status steps this person may not change (none set:
    // everything is offered). Must outlive the header.
    void setPermissions(const ConsolePermissions *permissions);

    void setIncident(const QUuid &incidentId);
    QUuid incident() const { return m_incidentId; }

    // The length of a time-box (default 15 minutes; at least one minute).
    void setCheckpointInterval(std::chrono::minutes interval);
    std::chrono::minutes checkpointInterval() const { return m_timeBox.interval(); }
    const TimeBox &timeBox() const { return m_timeBox; }

    // Shows the checkpoint question and puts the keyboard in it (for a window shortcut;
    // the checkpoint button beside the clocks does the same).
    void askCheckpoint();
    // Keyboard entry points for the window's shortcuts: the severity list opened, and the
    // current status step focused (arrows move, Space takes a step).
    void focusSeverity();
    void focusStatus();

    ElidedLabel *titleLabel() const { return m_title; }
    SeverityBox *severityBox() const { return m_severity; }
    ElidedLabel *criteriaLabel() const { return m_criteria; }
    StatusStepper *stepper() const { return m_stepper; }
    ElidedLabel *sinceDeclaredLabel() const { return m_sinceDeclared; }
    ElidedLabel *sinceUpdateLabel() const { return m_sinceUpdate; }
    QToolButton *checkpointButton() const { return m_checkpoint; }
    CheckpointBar *checkpointBar() const { return m_bar; }

signals:
    void message(const QString &text);
    // The time-box of this incident expired (once per expiry), e.g. for a tray notice.
    void checkpointDue(const QUuid &incidentId);

private:
    void reload();
    void applyPermissions();
    QString refusal(IncidentAction action) const;
    QString readOnlyReason() const;
    void reloadTimeBox();
    void chooseSeverity(const QString &key);
    void chooseStatus(IncidentStatus status);
    void tick();
    void showCheckpointClock(const QDateTime &now);
    void recordCheckpoint(CheckpointBar::Decision decision, const QString &note);
    void dismissCheckpoint();
    bool barHasFocus() const;
    void hideBar(bool returnFocus);
    // A clock: `text` with the time since (its %1), the number kept where the header is
    // narrow; its tooltip and accessible name say the fixed moment it counts from.
    static void showClock(ElidedLabel *clock, qint64 seconds, const QString &text, const QString &description);
    QDateTime now() const;

    Store *m_store;
    const ConsolePermissions *m_permissions = nullptr;
    QUuid m_incidentId;
    std::optional<Incident> m_incident;
    TimeBox m_timeBox;
    bool m_timeBoxStale = false; // a batch or an edit arrived: re-read on the next tick

    ElidedLabel *m_title;
    SeverityBox *m_severity;
    ElidedLabel *m_criteria;
    StatusStepper *m_stepper;
    ElidedLabel *m_sinceDeclared;
    ElidedLabel *m_sinceUpdate;
    QToolButton *m_checkpoint;
    CheckpointBar *m_bar;
    QTimer *m_clock;
};

} // namespace Sitrep
