#include "MainWindow.h"

#include "DeclareIncidentDialog.h"
#include "IncidentListModel.h"
#include "IncidentListPane.h"
#include "SyncBanner.h"
#include "SyncControls.h"
#include "SyncIndicator.h"
#include "TimelinePane.h"
#include "store/Store.h"

#include <QAction>
#include <QCloseEvent>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Sitrep {

namespace {
constexpr int MessageTimeoutMs = 8000;
const auto GeometryKey = QStringLiteral("mainWindow/geometry");
const auto StateKey = QStringLiteral("mainWindow/state");
const auto SplitterKey = QStringLiteral("mainWindow/splitter");
const auto TimelineHeaderKey = QStringLiteral("mainWindow/timelineHeader");
} // namespace

MainWindow::MainWindow(Store *store, QSettings *settings, ConsoleSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_settings(settings)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_incidents(new IncidentListPane(store, m_splitter))
    , m_timeline(new TimelinePane(store, m_splitter))
    , m_sync(new SyncControls(session, store, this))
{
    setWindowTitle(tr("Sitrep"));
    setAccessibleName(tr("Sitrep"));
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setAccessibleName(tr("Incidents and timeline"));
    m_splitter->addWidget(m_incidents);
    m_splitter->addWidget(m_timeline);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    // The sync banner sits above both panes and only shows when sync needs the person.
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sync->banner());
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    statusBar()->addPermanentWidget(m_sync->indicator());
    statusBar()->setAccessibleName(tr("Status"));

    createActions();

    connect(m_incidents, &IncidentListPane::currentIncidentChanged, m_timeline, &TimelinePane::setIncident);
    connect(m_timeline, &TimelinePane::conflictsRequested, m_sync, &SyncControls::showConflicts);
    connect(m_timeline, &TimelinePane::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, MessageTimeoutMs); });
    connect(m_sync, &SyncControls::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, MessageTimeoutMs); });

    // Open on the most pressing incident, ready to type: the console is usually opened
    // because something is happening.
    if (m_incidents->selectFirst())
        m_timeline->focusEntry();
    // A new profile fills from its server after the window opens, oldest changes first:
    // the top incident stays current as newer ones arrive, until the person picks one or
    // starts typing.
    m_followTop = m_incidents->currentIncident().isNull();
    connect(m_incidents, &IncidentListPane::currentIncidentChanged, this, [this] { m_followTop = m_selectingTop; });
    auto followTop = [this] {
        if (!m_followTop || !m_incidents->filterEdit()->text().isEmpty() || !m_timeline->entryEdit()->text().isEmpty())
            return;
        m_selectingTop = true;
        m_incidents->selectFirst();
        m_selectingTop = false;
    };
    // Queued: a page of the change feed inserts rows many times over.
    connect(m_incidents->model(), &QAbstractItemModel::rowsInserted, this, followTop, Qt::QueuedConnection);
    connect(m_incidents->model(), &QAbstractItemModel::modelReset, this, followTop, Qt::QueuedConnection);

    resize(1200, 720);
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *incidentMenu = menuBar()->addMenu(tr("&Incident"));
    QAction *declare = incidentMenu->addAction(tr("&Declare incident…"));
    declare->setShortcut(QKeySequence(tr("Ctrl+N")));
    declare->setShortcutContext(Qt::WindowShortcut);
    connect(declare, &QAction::triggered, this, &MainWindow::declareIncident);
    incidentMenu->addSeparator();
    QAction *quit = incidentMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));
    // Two keys each: the ones other incident and chat tools taught people (Ctrl+K, Ctrl+E)
    // and the ones browsers did (Ctrl+F, Ctrl+L).
    QAction *entry = goMenu->addAction(tr("&Entry box"));
    entry->setShortcuts({QKeySequence(tr("Ctrl+L")), QKeySequence(tr("Ctrl+E"))});
    connect(entry, &QAction::triggered, m_timeline, &TimelinePane::focusEntry);
    QAction *filter = goMenu->addAction(tr("&Filter incidents"));
    filter->setShortcuts({QKeySequence(tr("Ctrl+K")), QKeySequence(tr("Ctrl+F"))});
    connect(filter, &QAction::triggered, m_incidents, &IncidentListPane::focusFilter);

    menuBar()->addMenu(m_sync->menu());
}

void MainWindow::declareIncident()
{
    auto *dialog = new DeclareIncidentDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeclareIncidentDialog::declared, this, [this](const QUuid &incidentId) {
        m_incidents->selectIncident(incidentId);
        m_timeline->focusEntry();
        statusBar()->showMessage(tr("Incident declared."), MessageTimeoutMs);
    });
    // The entry box regains focus once the dialog is gone, whichever way it closed.
    connect(dialog, &QDialog::finished, this, [this] { m_timeline->focusEntry(); });
    dialog->open();
}

void MainWindow::restoreLayout()
{
    if (!m_settings)
        return;
    restoreGeometry(m_settings->value(GeometryKey).toByteArray());
    restoreState(m_settings->value(StateKey).toByteArray());
    if (!m_splitter->restoreState(m_settings->value(SplitterKey).toByteArray()))
        m_splitter->setSizes({380, 820}); // titles of the incident list stay readable
    m_timeline->restoreHeaderState(m_settings->value(TimelineHeaderKey).toByteArray());
}

void MainWindow::saveLayout()
{
    if (!m_settings)
        return;
    m_settings->setValue(GeometryKey, saveGeometry());
    m_settings->setValue(StateKey, saveState());
    m_settings->setValue(SplitterKey, m_splitter->saveState());
    m_settings->setValue(TimelineHeaderKey, m_timeline->headerState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace Sitrep
