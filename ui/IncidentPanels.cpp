#include "IncidentPanels.h"

#include "BridgePane.h"
#include "ConsoleSession.h"
#include "RaciView.h"
#include "RoleBoard.h"
#include "TracksPane.h"
#include "store/Store.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QTableView>

#include <functional>

namespace Sitrep {

IncidentPanels::IncidentPanels(Store *store, ConsoleSession *session, QMainWindow *window)
    : QObject(window)
    , m_store(store)
    , m_session(session)
    , m_window(window)
    , m_roles(new RoleBoard(store))
    , m_bridge(new BridgePane(store))
    , m_tracks(nullptr)
    , m_raci(nullptr)
    , m_rolesDock(dock(m_roles, tr("Roles"), QStringLiteral("rolesDock")))
    , m_bridgeDock(dock(m_bridge, tr("Bridge"), QStringLiteral("bridgeDock")))
    , m_tracksDock(dock(nullptr, tr("Tracks"), QStringLiteral("tracksDock")))
    , m_raciDock(dock(nullptr, tr("RACI"), QStringLiteral("raciDock")))
{
    // The guide's right column: roles above the bridge; the RACI matrix shares the roles'
    // place and the tracks the bridge's (tabs) until someone moves them. The window
    // remembers where people put them.
    window->addDockWidget(Qt::RightDockWidgetArea, m_rolesDock);
    window->addDockWidget(Qt::RightDockWidgetArea, m_bridgeDock);
    window->tabifyDockWidget(m_rolesDock, m_raciDock);
    window->tabifyDockWidget(m_bridgeDock, m_tracksDock);
    m_rolesDock->raise();
    m_bridgeDock->raise();

    connect(m_tracksDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && !m_arranging)
            tracks();
    });
    connect(m_raciDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && !m_arranging)
            raci();
    });
    connect(m_roles, &RoleBoard::message, this, &IncidentPanels::message);
    connect(m_bridge, &BridgePane::message, this, &IncidentPanels::message);
    connect(m_store, &Store::participantsChanged, this, &IncidentPanels::participantsChanged);
    connect(m_store, &Store::directoryChanged, this, &IncidentPanels::showPresence);
    if (m_session) {
        connect(m_session, &ConsoleSession::presenceChanged, this, &IncidentPanels::presenceChanged);
        connect(m_session, &ConsoleSession::presenceLost, this, [this] {
            m_presence.clear();
            showPresence();
        });
    }
}

QDockWidget *IncidentPanels::dock(QWidget *content, const QString &title, const QString &objectName)
{
    auto *dock = new QDockWidget(title, m_window);
    dock->setObjectName(objectName); // saveState() finds docks by name
    dock->setAccessibleName(title);
    dock->setWidget(content);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                      | QDockWidget::DockWidgetFloatable);
    return dock;
}

template<typename Pane> Pane *IncidentPanels::made(Pane *&pane, QDockWidget *dock)
{
    if (!pane) {
        pane = new Pane(m_store);
        connect(pane, &Pane::message, this, &IncidentPanels::message);
        pane->setIncident(m_incidentId);
        pane->setRefusal(m_refusal);
        dock->setWidget(pane);
    }
    return pane;
}

TracksPane *IncidentPanels::tracks()
{
    return made(m_tracks, m_tracksDock);
}

RaciView *IncidentPanels::raci()
{
    return made(m_raci, m_raciDock);
}

void IncidentPanels::setRefusal(const QString &why)
{
    m_refusal = why;
    m_roles->setRefusal(why);
    if (m_tracks)
        m_tracks->setRefusal(why);
    if (m_raci)
        m_raci->setRefusal(why);
}

void IncidentPanels::setIncident(const QUuid &incidentId)
{
    m_incidentId = incidentId;
    m_roles->setIncident(incidentId);
    m_bridge->setIncident(incidentId);
    if (m_tracks)
        m_tracks->setIncident(incidentId);
    if (m_raci)
        m_raci->setIncident(incidentId);
    showPresence();
    tellPresence();
}

void IncidentPanels::shareOneColumn()
{
    // Moving the tabs shows each for a moment: that is not someone opening it (the panes
    // behind tabs are made when first looked at).
    m_arranging = true;
    m_window->tabifyDockWidget(m_raciDock, m_bridgeDock);
    m_window->tabifyDockWidget(m_bridgeDock, m_tracksDock);
    m_rolesDock->raise();
    m_arranging = false;
}

void IncidentPanels::addActions(QMenu *viewMenu, QMenu *goMenu)
{
    for (QDockWidget *dock : {m_rolesDock, m_bridgeDock, m_tracksDock, m_raciDock})
        viewMenu->addAction(dock->toggleViewAction());

    struct Target {
        QString text;
        QString keys;
        QDockWidget *dock;
        std::function<QWidget *()> focus; // the pane may not be made yet
    };
    const Target targets[] = {
        {tr("&Role board"), tr("Ctrl+Shift+R"), m_rolesDock, [this] { return m_roles->rolesView(); }},
        {tr("&Bridge roster"), tr("Ctrl+Shift+B"), m_bridgeDock, [this] { return m_bridge->view(); }},
        {tr("&Tracks"), tr("Ctrl+Shift+T"), m_tracksDock, [this] { return tracks()->tracksView(); }},
        {tr("R&ACI matrix"), tr("Ctrl+Shift+A"), m_raciDock, [this] { return raci()->view(); }},
    };
    for (const Target &target : targets) {
        QAction *action = goMenu->addAction(target.text);
        action->setShortcut(QKeySequence(target.keys));
        connect(action, &QAction::triggered, this, [this, dock = target.dock, focus = target.focus] { showDock(dock, focus()); });
    }
}

void IncidentPanels::showDock(QDockWidget *dock, QWidget *focus)
{
    dock->show();
    dock->raise(); // a tab behind another comes to the front
    focus->setFocus(Qt::ShortcutFocusReason);
}

void IncidentPanels::presenceChanged(const QUuid &incidentId, const QList<QUuid> &viewing, const QList<QUuid> &bridge)
{
    m_presence.insert(incidentId, {viewing, bridge});
    if (incidentId == m_incidentId)
        showPresence();
}

void IncidentPanels::showPresence()
{
    const Presence presence = m_presence.value(m_incidentId);
    m_bridge->showPresence(names(presence.viewing), names(presence.bridge));
}

QStringList IncidentPanels::names(const QList<QUuid> &people) const
{
    if (people.isEmpty())
        return {};
    QHash<QUuid, QString> directory;
    for (const Person &person : m_store->people())
        directory.insert(person.id, person.name);
    QStringList result;
    for (const QUuid &id : people)
        result.append(directory.value(id, tr("Someone not in the directory")));
    return result;
}

void IncidentPanels::participantsChanged(const QUuid &incidentId)
{
    // On the bridge: the person has a row on it, present and admitted. Joining or leaving
    // happens on the roster (here or on another console of theirs).
    bool onBridge = false;
    if (!m_store->actor().isNull())
        for (const BridgeParticipant &participant : m_store->participants(incidentId))
            if (participant.personId == m_store->actor() && participant.isPresent() && !participant.inLobby)
                onBridge = true;
    if (onBridge)
        m_bridgeIncident = incidentId;
    else if (m_bridgeIncident == incidentId)
        m_bridgeIncident = QUuid();
    tellPresence();
}

void IncidentPanels::tellPresence()
{
    if (m_session)
        m_session->setPresence(m_incidentId, m_bridgeIncident);
}

} // namespace Sitrep
