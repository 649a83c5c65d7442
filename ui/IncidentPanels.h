#pragma once

#include <QHash>
#include <QObject>
#include <QUuid>

class QDockWidget;
class QMainWindow;
class QMenu;

namespace Sitrep {

class BridgePane;
class ConsoleSession;
class RaciView;
class RoleBoard;
class Store;
class TracksPane;

// The docks beside the timeline for the incident in view: the role board, the bridge
// roster, the tracks and the RACI matrix. Owns their wiring: which incident they show, what they report
// for the status bar, and presence — what the stream says about who is on the incident
// (shown on the roster), and what this console tells the others (the incident in view,
// and the bridge the person joined).
class IncidentPanels : public QObject
{
    Q_OBJECT
public:
    // session may be null (a local profile: no presence).
    IncidentPanels(Store *store, ConsoleSession *session, QMainWindow *window);

    void setIncident(const QUuid &incidentId);
    // Why nothing may be changed in the docks (ConsolePermissions::readOnlyReason), passed
    // to the role board, the tracks and the RACI matrix (also when they are made later).
    void setRefusal(const QString &why);
    // The docks' show/hide actions and "go to" actions with their shortcuts.
    void addActions(QMenu *viewMenu, QMenu *goMenu);
    // The first arrangement for a short window (a laptop's 720 or 768 lines): the bridge
    // and the tracks join the roles' tabs, so each panel has the column's whole height.
    // Stacked, the role table showed two of its six rows and the roster three.
    void shareOneColumn();

    RoleBoard *roleBoard() const { return m_roles; }
    BridgePane *bridge() const { return m_bridge; }
    // The tabs behind others at start: made when first shown (or asked for here), which
    // keeps them out of the console's cold start.
    TracksPane *tracks();
    RaciView *raci();
    QDockWidget *rolesDock() const { return m_rolesDock; }
    QDockWidget *bridgeDock() const { return m_bridgeDock; }
    QDockWidget *tracksDock() const { return m_tracksDock; }
    QDockWidget *raciDock() const { return m_raciDock; }

signals:
    void message(const QString &text);

private:
    struct Presence {
        QList<QUuid> viewing;
        QList<QUuid> bridge;
    };

    QDockWidget *dock(QWidget *content, const QString &title, const QString &objectName);
    // The pane of a dock made on first use: wired, on the incident in view, in its dock.
    template<typename Pane> Pane *made(Pane *&pane, QDockWidget *dock);
    void showDock(QDockWidget *dock, QWidget *focus);
    void presenceChanged(const QUuid &incidentId, const QList<QUuid> &viewing, const QList<QUuid> &bridge);
    void showPresence();
    QStringList names(const QList<QUuid> &people) const;
    void participantsChanged(const QUuid &incidentId);
    void tellPresence();

    Store *m_store;
    ConsoleSession *m_session;
    QMainWindow *m_window;
    RoleBoard *m_roles;
    BridgePane *m_bridge;
    TracksPane *m_tracks;
    RaciView *m_raci;
    QDockWidget *m_rolesDock;
    QDockWidget *m_bridgeDock;
    QDockWidget *m_tracksDock;
    QDockWidget *m_raciDock;
    QUuid m_incidentId;
    bool m_arranging = false; // see shareOneColumn
    QString m_refusal;
    QUuid m_bridgeIncident; // the bridge this console's person is on, if any
    QHash<QUuid, Presence> m_presence;
};

} // namespace Sitrep
