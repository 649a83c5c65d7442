#pragma once

#include <QMainWindow>

class QLabel;
class QSettings;
class QSplitter;

namespace Sitrep {

class IncidentListPane;
class Store;
class TimelinePane;

// The console's main window. It owns no data: it shows the profile's store through
// item models and sends every change through the store's commands. It only wires the
// panes together, owns the window-wide shortcuts and the status bar, and remembers the
// layout; each concern lives in its pane.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // settings: the profile's settings (window layout is remembered per profile).
    MainWindow(Store *store, QSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    IncidentListPane *incidentList() const { return m_incidents; }
    TimelinePane *timeline() const { return m_timeline; }

    // Opens the declare dialog (window-modal, not blocking the event loop).
    void declareIncident();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void showPending(int count);
    void restoreLayout();
    void saveLayout();

    Store *m_store;
    QSettings *m_settings;
    QSplitter *m_splitter;
    IncidentListPane *m_incidents;
    TimelinePane *m_timeline;
    QLabel *m_pending;
};

} // namespace Sitrep
