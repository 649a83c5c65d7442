#pragma once

#include "model/BridgeParticipant.h"

#include "ShortcutSheet.h"

#include <QUuid>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QToolButton;

namespace Sitrep {

class BridgeDetails;
class ConsolePermissions;
class BridgeRosterModel;
class Store;
struct CommandResult;

// The bridge roster of the current incident and the controls to run it: join and leave
// the bridge from this console, add a phone-only participant with their channel, and for
// the selected participant admit from the lobby, request mute, mark essential, raise or
// lower their hand, and remove them. Every change is one Store::upsertParticipant of the
// whole participant (fields this pane does not touch are kept), stamped with the store's
// clock; what the store refuses is reported through message() and changes nothing.
//
// Keys, on the roster: A admit, M mute request, E essential, H hand, Delete remove,
// J join, L leave, the menu key for all of them; Insert anywhere in the pane goes to the
// phone participant's name. Every action is also a button and in the context menu.
class BridgePane : public QWidget
{
    Q_OBJECT
public:
    // The keys this pane understands, for the shortcut sheet (F1).
    static QList<ShortcutSheet::Row> keyHelp();

    explicit BridgePane(Store *store, QWidget *parent = nullptr);

    void setIncident(const QUuid &incidentId);
    QUuid incident() const { return m_incidentId; }
    // Greys out what this person may not do on the bridge (admitting, removing or asking to
    // mute someone else, marking essential, the critical phase); none set: everything is
    // offered. Must outlive the pane.
    void setPermissions(const ConsolePermissions *permissions);

    // Presence from the live stream (docs/SYNC.md "presence"): the names of the people
    // whose consoles view the incident, and of those on its bridge, right now. It is not
    // stored or synced (only participant rows are): it marks participants "live" and lists
    // consoles present without a row as "watching" until the next presence message.
    void showPresence(const QStringList &viewing, const QStringList &onBridge);

    BridgeRosterModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Meeting link, dial-in, fallback channels and the critical-phase switch, above the roster.
    BridgeDetails *details() const { return m_details; }

signals:
    void message(const QString &text);

private:
    QAction *makeAction(const QString &text, const QString &iconText, const QKeySequence &key, const QString &tip);
    QToolButton *button(QAction *action);
    std::optional<BridgeParticipant> selected() const;
    // Reports a refused command through message(); true when it went through.
    bool report(const CommandResult &result);
    void addPhone();
    void onSelected(CommandResult (*command)(Store &, BridgeParticipant));
    void setFlag(bool BridgeParticipant::*flag, bool on);
    void updateActions();
    // Enables an action, or disables it with the reason as its tooltip.
    static void offer(QAction *action, bool enabled, const QString &refusal);
    void updateSummary();

    Store *m_store;
    const ConsolePermissions *m_permissions = nullptr;
    QUuid m_incidentId;
    QUuid m_keepSelected; // across a reset of the roster
    BridgeDetails *m_details;
    BridgeRosterModel *m_model;
    QLabel *m_summary;
    QTableView *m_view;
    QLineEdit *m_phoneName;
    QLineEdit *m_phoneChannel;
    QPushButton *m_addPhone;

    QAction *m_join;
    QAction *m_leave;
    QAction *m_admit;
    QAction *m_mute;
    QAction *m_essential;
    QAction *m_hand;
    QAction *m_remove;
};

} // namespace Sitrep
