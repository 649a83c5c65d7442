#pragma once

#include <QMainWindow>

class QSettings;
class QSplitter;

namespace Sitrep {

class ConsoleSession;
class IncidentListPane;
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
    SyncControls *sync() const { return m_sync; }

    // Opens the declare dialog (window-modal, not blocking the event loop).
    void declareIncident();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void restoreLayout();
    void saveLayout();

    Store *m_store;
    QSettings *m_settings;
    QSplitter *m_splitter;
    IncidentListPane *m_incidents;
    TimelinePane *m_timeline;
    SyncControls *m_sync;
    bool m_followTop = false; // keep the top incident current (see the constructor)
    bool m_selectingTop = false;
};

} // namespace Sitrep
