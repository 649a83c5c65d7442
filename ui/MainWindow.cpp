#include "MainWindow.h"

#include "MetricsWindow.h"

#include "ConsolePermissions.h"
#include "ConsoleSession.h"
#include "DeclareIncidentDialog.h"
#include "IncidentHeader.h"
#include "IncidentListModel.h"
#include "IncidentListPane.h"
#include "BridgePane.h"
#include "IncidentPanels.h"
#include "RaciView.h"
#include "RoleBoard.h"
#include "SearchDialog.h"
#include "ShortcutSheet.h"
#include "SyncBanner.h"
#include "SyncControls.h"
#include "SyncIndicator.h"
#include "Theme.h"
#include "TimelinePane.h"
#include "TracksPane.h"
#include "store/BackgroundSearch.h"
#include "store/Store.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QScreen>
#include <QShowEvent>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace Sitrep {

namespace {
constexpr int MessageTimeoutMs = 8000;
constexpr int MarkReadDelayMs = 500;
// Below this height the docks share one column of tabs (see IncidentPanels::shareOneColumn):
// stacked, each needs ~450 px for its table to show its rows (at 900 the role table shows
// five of its six).
constexpr int ShortWindowHeight = 900;
const auto GeometryKey = QStringLiteral("mainWindow/geometry");
const auto StateKey = QStringLiteral("mainWindow/state");
const auto SplitterKey = QStringLiteral("mainWindow/splitter");
const auto TimelineHeaderKey = QStringLiteral("mainWindow/timelineHeader");
const auto ThemeKey = QStringLiteral("ui/theme");
} // namespace

MainWindow::MainWindow(Store *store, QSettings *settings, ConsoleSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_settings(settings)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_incidents(new IncidentListPane(store, m_splitter))
    , m_header(new IncidentHeader(store))
    , m_timeline(new TimelinePane(store))
    , m_panels(new IncidentPanels(store, session, this))
    , m_sync(new SyncControls(session, store, this))
    , m_permissions(new ConsolePermissions(*store, this))
    , m_markRead(new QTimer(this))
{
    setWindowTitle(tr("Sitrep"));
    setAccessibleName(tr("Sitrep"));
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setAccessibleName(tr("Incidents and timeline"));
    // The centre column: the commander's header over the timeline.
    auto *incidentView = new QWidget(m_splitter);
    auto *incidentLayout = new QVBoxLayout(incidentView);
    incidentLayout->setContentsMargins(0, 0, 0, 0);
    incidentLayout->addWidget(m_header);
    incidentLayout->addWidget(m_timeline, 1);
    m_timeline->setTitleVisible(false); // the header shows it
    m_splitter->addWidget(m_incidents);
    m_splitter->addWidget(incidentView);
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
    connect(m_incidents, &IncidentListPane::currentIncidentChanged, m_header, &IncidentHeader::setIncident);
    connect(m_incidents, &IncidentListPane::currentIncidentChanged, m_panels, &IncidentPanels::setIncident);
    connect(m_header, &IncidentHeader::message, this, &MainWindow::showMessage);
    connect(m_panels, &IncidentPanels::message, this, &MainWindow::showMessage);
    // What the server would refuse this person is greyed out, with the reason.
    if (session) {
        const auto account = [this](const SessionStatus &status) { m_permissions->setAccount(status.hasServer, status.role); };
        account(session->status());
        connect(session, &ConsoleSession::statusChanged, this, account);
    }
    m_header->setPermissions(m_permissions);
    m_panels->bridge()->setPermissions(m_permissions);
    // A viewer's console reads everything and writes nothing. No incident of its own (a
    // null id): this follows the account only.
    m_permissions->follow(this, [] { return QUuid(); }, [this] {
        const QString why = m_permissions->readOnlyReason();
        m_timeline->setRefusal(why);
        m_panels->setRefusal(why);
        m_declare->setEnabled(why.isEmpty());
        m_declare->setToolTip(why);
    });
    // The incident in view is read: on opening it, and (coalesced, a live timeline may get
    // thousands of entries a second) as entries arrive while it is open.
    m_markRead->setSingleShot(true);
    m_markRead->setInterval(MarkReadDelayMs);
    // A marker that could not be written (the cache was busy) is tried again: by the timer,
    // and right after the next entries are shown. While entries pour in, the live stream's
    // writer is busy whenever this thread is idle, which is when the timer fires; just
    // after a burst was shown it is not.
    auto markRead = [this] {
        m_markReadRefused = !m_store->markRead(m_incidents->currentIncident());
        if (m_markReadRefused)
            m_markRead->start();
        else
            m_markRead->stop();
    };
    connect(m_markRead, &QTimer::timeout, this, markRead);
    connect(m_incidents, &IncidentListPane::currentIncidentChanged, this, markRead);
    auto markReadSoon = [this, markRead](const QUuid &incidentId) {
        if (incidentId != m_incidents->currentIncident())
            return;
        if (m_markReadRefused)
            QMetaObject::invokeMethod(this, markRead, Qt::QueuedConnection); // after the others saw them
        else if (!m_markRead->isActive())
            m_markRead->start();
    };
    connect(m_store, &Store::entryAdded, this, markReadSoon);
    connect(m_store, &Store::entriesAdded, this, markReadSoon);
    connect(m_timeline, &TimelinePane::conflictsRequested, m_sync, &SyncControls::showConflicts);
    connect(m_timeline, &TimelinePane::message, this, &MainWindow::showMessage);
    connect(m_sync, &SyncControls::message, this, &MainWindow::showMessage);

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

    resize(defaultSize());
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *incidentMenu = menuBar()->addMenu(tr("&Incident"));
    m_declare = incidentMenu->addAction(tr("&Declare incident…"));
    m_declare->setShortcut(QKeySequence(tr("Ctrl+N")));
    m_declare->setShortcutContext(Qt::WindowShortcut);
    connect(m_declare, &QAction::triggered, this, &MainWindow::declareIncident);
    incidentMenu->addSeparator();
    // The commander's controls in the header, by keyboard.
    QAction *severity = incidentMenu->addAction(tr("Change &severity…"));
    severity->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    connect(severity, &QAction::triggered, m_header, &IncidentHeader::focusSeverity);
    QAction *status = incidentMenu->addAction(tr("Change s&tatus…"));
    status->setShortcut(QKeySequence(tr("Ctrl+Shift+U")));
    connect(status, &QAction::triggered, m_header, &IncidentHeader::focusStatus);
    QAction *checkpoint = incidentMenu->addAction(tr("Record &checkpoint…"));
    checkpoint->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    connect(checkpoint, &QAction::triggered, m_header, &IncidentHeader::askCheckpoint);
    incidentMenu->addSeparator();
    QAction *quit = incidentMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));
    // The keys other incident and chat tools taught people (Ctrl+K search, Ctrl+E) and
    // the ones browsers did (Ctrl+F find, Ctrl+L the address line).
    QAction *entry = goMenu->addAction(tr("&Entry box"));
    entry->setShortcuts({QKeySequence(tr("Ctrl+L")), QKeySequence(tr("Ctrl+E"))});
    connect(entry, &QAction::triggered, m_timeline, &TimelinePane::focusEntry);
    QAction *search = goMenu->addAction(tr("&Search incidents and timelines…"));
    search->setShortcut(QKeySequence(tr("Ctrl+K")));
    connect(search, &QAction::triggered, this, &MainWindow::showSearch);
    QAction *filter = goMenu->addAction(tr("&Filter incidents"));
    filter->setShortcut(QKeySequence(tr("Ctrl+F")));
    connect(filter, &QAction::triggered, m_incidents, &IncidentListPane::focusFilter);
    QAction *metrics = goMenu->addAction(tr("&Metrics dashboard"));
    metrics->setShortcut(QKeySequence(tr("Ctrl+Shift+M")));
    connect(metrics, &QAction::triggered, this, &MainWindow::showMetrics);

    createViewMenu(goMenu);
    menuBar()->addMenu(m_sync->menu());

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = helpMenu->addAction(tr("&Keyboard shortcuts"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
}

QSize MainWindow::defaultSize() const
{
    // Three columns need room: most of a workstation's screen, within reason.
    const QScreen *where = screen();
    const QSize available = where ? where->availableSize() : QSize(1280, 800);
    return QSize(qBound(1200, available.width() * 9 / 10, 1680), qBound(720, available.height() * 9 / 10, 1050))
        .boundedTo(available);
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, MessageTimeoutMs);
}

void MainWindow::createViewMenu(QMenu *goMenu)
{
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    m_panels->addActions(viewMenu, goMenu);
    viewMenu->addSeparator();
    QMenu *themeMenu = viewMenu->addMenu(tr("&Theme"));
    auto *themes = new QActionGroup(this);
    const Theme::Choice saved =
        Theme::fromKey(m_settings ? m_settings->value(ThemeKey).toString() : QString());
    const std::pair<Theme::Choice, QString> choices[] = {
        {Theme::Choice::System, tr("&System")}, {Theme::Choice::Light, tr("&Light")}, {Theme::Choice::Dark, tr("&Dark")}};
    for (const auto &[choice, text] : choices) {
        QAction *action = themeMenu->addAction(text);
        action->setCheckable(true);
        action->setChecked(choice == saved);
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice = choice] {
            Theme::apply(choice);
            if (m_settings)
                m_settings->setValue(ThemeKey, Theme::key(choice));
        });
    }
    if (saved != Theme::current())
        Theme::apply(saved);
}

void MainWindow::showSearch()
{
    if (!m_searchDialog) {
        m_search = new BackgroundSearch(m_store->path(), this);
        m_searchDialog = new SearchDialog(m_search, this);
        connect(m_searchDialog, &SearchDialog::openRequested, this, &MainWindow::openSearchHit);
    }
    m_searchDialog->start();
}

void MainWindow::showMetrics()
{
    if (!m_metrics) {
        m_metrics = new MetricsWindow(*m_store, this);
        connect(m_metrics, &MetricsWindow::openIncident, this, [this](const QUuid &incidentId) {
            openSearchHit(incidentId, {});
            activateWindow();
            raise();
        });
    }
    m_metrics->show();
    m_metrics->raise();
    m_metrics->activateWindow();
}

void MainWindow::openSearchHit(const QUuid &incidentId, const QUuid &entryId)
{
    m_incidents->selectIncident(incidentId);
    if (entryId.isNull() || !m_timeline->showEntry(entryId))
        m_timeline->focusEntry();
}

void MainWindow::showShortcuts()
{
    QList<ShortcutSheet::Row> rows = ShortcutSheet::rowsOf(this);
    rows += TimelinePane::keyHelp();
    rows += SearchDialog::keyHelp();
    rows += RoleBoard::keyHelp();
    rows += BridgePane::keyHelp();
    rows += TracksPane::keyHelp();
    rows += RaciView::keyHelp();
    auto *sheet = new ShortcutSheet(rows, this);
    sheet->setAttribute(Qt::WA_DeleteOnClose);
    sheet->open();
}

void MainWindow::declareIncident()
{
    auto *dialog = new DeclareIncidentDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeclareIncidentDialog::declared, this, [this](const QUuid &incidentId) {
        m_incidents->selectIncident(incidentId);
        m_timeline->focusEntry();
        showMessage(tr("Incident declared."));
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
    const int dockWidth = qMax(380, width() / 4); // the docks' first width: holders' names readable
    if (!m_splitter->restoreState(m_settings->value(SplitterKey).toByteArray()))
        m_splitter->setSizes({340, qMax(400, width() - 340 - dockWidth)}); // incident titles stay readable
    m_firstArrangement = !m_settings->contains(StateKey);
    if (m_firstArrangement)
        resizeDocks({m_panels->rolesDock()}, {dockWidth}, Qt::Horizontal);
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

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // At the first show the window has the height it opens with (the screen's, or the one
    // it was given): the arrangement fits that. Later it is the person's, saved and
    // restored as they left it, and never changes by itself when the window is resized.
    if (m_firstArrangement && !event->spontaneous()) {
        m_firstArrangement = false;
        if (height() < ShortWindowHeight)
            m_panels->shareOneColumn();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace Sitrep
