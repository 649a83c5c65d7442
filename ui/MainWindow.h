#pragma once

#include <QMainWindow>

class QAction;
class QMenu;
class QSettings;
class QSplitter;
class QTimer;

namespace Sitrep {

class BackgroundSearch;
class ConsolePermissions;
class ConsoleSession;
class IncidentHeader;
class IncidentPanels;
class IncidentListPane;
class SearchDialog;
class MetricsWindow;
class Store;
class SyncControls;
class TimelinePane;

// The console's main window. It owns no data: it shows the profile's store through
// item models and sends every change through the store's commands. It only wires the
// panes together, owns the window-wide shortcuts and the status bar, and remembers the
// layout; each concern lives in its pane (sync: SyncControls).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // settings: the profile's settings (window layout is remembered per profile).
    // session: the profile's connection to its server; null shows a local profile.
    MainWindow(Store *store, QSettings *settings, ConsoleSession *session = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    IncidentListPane *incidentList() const { return m_incidents; }
    TimelinePane *timeline() const { return m_timeline; }
    ConsolePermissions *permissions() const { return m_permissions; }
    IncidentHeader *header() const { return m_header; }
    IncidentPanels *panels() const { return m_panels; }
    SyncControls *sync() const { return m_sync; }

    // Opens the declare dialog (window-modal, not blocking the event loop).
    void declareIncident();
    // Ctrl+K: full-text search over incidents and timelines (searched off the UI thread).
    void showSearch();
    // The managers' dashboard, in its own window (Ctrl+Shift+M).
    void showMetrics();
    SearchDialog *searchDialog() const { return m_searchDialog; }
    MetricsWindow *metricsWindow() const { return m_metrics; }
    // F1: every shortcut on one sheet.
    void showShortcuts();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createViewMenu(QMenu *goMenu);
    void showMessage(const QString &text);
    QSize defaultSize() const;
    void openSearchHit(const QUuid &incidentId, const QUuid &entryId);
    void restoreLayout();
    void saveLayout();

    Store *m_store;
    QSettings *m_settings;
    QSplitter *m_splitter;
    IncidentListPane *m_incidents;
    IncidentHeader *m_header;
    TimelinePane *m_timeline;
    IncidentPanels *m_panels;
    SyncControls *m_sync;
    ConsolePermissions *m_permissions;
    QAction *m_declare = nullptr;
    QTimer *m_markRead;
    bool m_markReadRefused = false; // the last attempt found the cache busy
    BackgroundSearch *m_search = nullptr; // created on first use
    SearchDialog *m_searchDialog = nullptr;
    MetricsWindow *m_metrics = nullptr; // created on first use
    // No arrangement of the docks saved yet (a new profile): the first show picks one
    // for the window's height.
    bool m_firstArrangement = false;
    bool m_followTop = false; // keep the top incident current (see the constructor)
    bool m_selectingTop = false;
};

} // namespace Sitrep
