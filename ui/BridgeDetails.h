#pragma once

#include "model/BridgeChannels.h"

#include <QUuid>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace Sitrep {

class ConsolePermissions;
class Store;

// How to reach the incident's bridge, editable in place: the meeting link (opened by a
// click when it is a valid address, copied with one button), the dial-in, and the fallback
// channels for when the meeting tool is down; Save (Ctrl+S, or Enter in a line) is one
// Store::editIncident of the lines changed, Escape puts back what is stored. Beside it the "Critical phase"
// switch (Store::setCriticalPhase: on, the non-essential participants go to the lobby) and,
// while the synced flag is on, a line every console shows.
//
// What another console changes shows at once unless this one has unsaved edits, which are
// kept; what the store refuses is reported through message() and changes nothing.
class BridgeDetails : public QWidget
{
    Q_OBJECT
public:
    explicit BridgeDetails(Store *store, QWidget *parent = nullptr);

    void setIncident(const QUuid &incidentId);
    QUuid incident() const { return m_incidentId; }
    // Greys out the critical-phase switch for those who may not switch it (none set: it is
    // offered). Must outlive this.
    void setPermissions(const ConsolePermissions *permissions);
    // Edits not saved yet.
    bool isDirty() const;

signals:
    void message(const QString &text);

private:
    BridgeChannels typed() const;
    void reload();
    void save();
    void revert();
    void switchCriticalPhase(bool on);
    void copyLink();
    void updateState();

    Store *m_store;
    const ConsolePermissions *m_permissions = nullptr;
    QUuid m_incidentId;
    BridgeChannels m_shown; // what the lines were last filled with from the store: what an edit changes
    bool m_criticalPhase = false;
    QToolButton *m_critical;
    QString m_criticalTip; // its tooltip when it may be switched
    QLabel *m_banner;
    QLineEdit *m_link;
    QLabel *m_open;
    QToolButton *m_copy;
    QLineEdit *m_dialIn;
    QPlainTextEdit *m_fallback;
    QPushButton *m_save;
};

} // namespace Sitrep
