// The console's figures of issue #5 (`sitrep-bench ui`), each beside a floor measured in
// the same run, on the real MainWindow over a real store:
//  1. opening an incident of 1,000,000 entries on its latest page (time to the painted
//     page, and the process's growth), beside the raw SQLite query of that page
//  2. scrolling that timeline a page at a time (frame times), beside the same scroll of a
//     QTableView over a trivial model of the same row count
//  3. live entries (2,000/s through the StreamApplier, as the live stream applies them)
//     while the reader is scrolled up: the event loop's lateness, and whether the rows in
//     view stayed; beside the same probe with nothing arriving
//  4. cold start to the first painted window on a 200-incident profile, beside a bare
//     QMainWindow with a QTableView: both are child processes of this one
//     (`sitrep-bench ui-start-child`), alternating.
// Widgets need a QApplication: main.cpp makes one for these two suites only.

#include "RawBaseline.h"
#include "Report.h"
#include "Timing.h"
#include "Suites.h"

#include "IncidentListPane.h"
#include "MainWindow.h"
#include "StartupWarmUp.h"
#include "TimelineModel.h"
#include "TimelinePane.h"
#include "demo/DemoData.h"
#include "model/Change.h"
#include "model/Ids.h"
#include "store/Profile.h"
#include "store/Store.h"
#include "store/TimelinePager.h"
#include "sync/StreamApplier.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMainWindow>
#include <QProcess>
#include <QScrollBar>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <sqlite3.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <numeric>
#include <optional>

namespace Sitrep::Bench {

namespace {

constexpr int OpenRuns = 5;
constexpr int ScrollWarmup = 10;
constexpr int LatestPage = TimelineModel::PageSize; // rows of the raw floor's query
constexpr int FeedTickMs = 5;
constexpr int MaxTickBacklog = 4;
// Both processes of the cold start, and the window of the other figures, get this size,
// whatever the platform's screen says (offscreen: 800×600).
const QSize WindowSize(1440, 900);

bool failed(const QString &what)
{
    progress(QStringLiteral("FAILED: ") + what);
    return false;
}

// Resident memory of this process from /proc/self/statm (pages), in MB.
double residentMb()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    if (fields.size() < 2)
        return -1;
    return double(fields.at(1).toLongLong()) * double(sysconf(_SC_PAGESIZE)) / (1024 * 1024);
}

double loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().split(' ').value(0).toDouble() : -1;
}

// The page faults of the calling thread so far (minor and major: a page of memory written,
// or of a file read, for the first time by this process). Linux's RUSAGE_THREAD: those of
// the console's other threads (its warm-up) are left out, as they are not in its way.
double threadPageFaults()
{
    rusage usage{};
    if (getrusage(RUSAGE_THREAD, &usage) != 0)
        return -1;
    return double(usage.ru_minflt + usage.ru_majflt);
}

// Counts the paint events a widget receives (an event filter sees them before the widget
// paints; the caller checks after QCoreApplication::processEvents returned, by which time
// the paint is done).
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QWidget *widget)
        : m_widget(widget)
    {
        widget->installEventFilter(this);
    }
    int count() const { return m_count; }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget && event->type() == QEvent::Paint)
            ++m_count;
        return false;
    }

private:
    QWidget *m_widget;
    int m_count = 0;
};

// Runs the event loop until `done` holds after a paint counted by `watch` (at most
// timeoutMs); the time is the caller's. Nothing else waits: a paint is what the person
// sees, so the first one that shows the expected state ends the wait.
template<typename Done> bool waitForPaint(const PaintWatch &watch, int paintsBefore, Done &&done, int timeoutMs = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        if (watch.count() > paintsBefore && done())
            return true;
    }
    return false;
}

void spin(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

// A fixed "now" keeps the generated history, and so every run's data, the same.
DemoData::Options benchOptions()
{
    DemoData::Options options;
    options.seed = 2;
    options.referenceTime = QDateTime(QDate(2025, 6, 2), QTime(9, 0), Qt::UTC);
    options.batchSize = 20000;
    return options;
}

// The floor of the open: the newest page read with the C API on a connection of its
// own, the same columns as TimelinePager::page, text copied out as a reader would.
class RawLatestPage
{
public:
    bool open(const QString &path)
    {
        return sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK;
    }
    ~RawLatestPage()
    {
        sqlite3_finalize(m_query);
        sqlite3_close_v2(m_db);
    }
    qint64 incidentRow(const QUuid &id)
    {
        RawReader reader(m_db);
        return reader.incidentRow(id);
    }
    // Rows read, -1 on an error.
    int read(qint64 incidentRow, int size)
    {
        if (!m_query
            && sqlite3_prepare_v3(m_db,
                                  "SELECT e.row, e.id, e.kind, e.body, e.author, e.occurred_at, e.recorded_at, "
                                  "e.track_id, e.pinned, e.revision, e.pending FROM timeline_entry e "
                                  "WHERE e.incident_row = ?1 ORDER BY e.occurred_at DESC, e.id DESC LIMIT ?2",
                                  -1, SQLITE_PREPARE_PERSISTENT, &m_query, nullptr)
                   != SQLITE_OK)
            return -1;
        sqlite3_bind_int64(m_query, 1, incidentRow);
        sqlite3_bind_int(m_query, 2, size);
        int rows = 0;
        qint64 bytes = 0;
        while (sqlite3_step(m_query) == SQLITE_ROW) {
            bytes += QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_query, 3)),
                                       sqlite3_column_bytes(m_query, 3))
                         .size();
            ++rows;
        }
        sqlite3_reset(m_query);
        return bytes > 0 ? rows : -1;
    }
    QString error() const { return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("not open"); }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_query = nullptr;
};

// The scroll floor: as many rows as the timeline, five columns of constant strings about
// as long as the timeline's, nothing loaded or formatted.
class TrivialModel : public QAbstractTableModel
{
public:
    explicit TrivialModel(int rows)
        : m_rows(rows)
    {
    }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_rows; }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 5; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        static const QString texts[5] = {
            QStringLiteral("14:31:02"), QStringLiteral("DECISION"), QStringLiteral("Alexandra Rivera"),
            QStringLiteral("◷ pending"),
            QStringLiteral("Roll back the 14:02 deploy of checkout-api in EU; 5xx at 38 % since 14:20")};
        return texts[index.column()];
    }

private:
    int m_rows;
};

// DemoData writes through the commands, so every row is pending and the outbox holds an
// op per entry, as if this console had written the million entries offline. A console
// that follows a big incident got it from the server: nothing of it is pending. The
// bench puts the cache in that state directly (the sync path, a catch-up of a million
// changes, would take a minute): rows not pending, outbox empty.
bool markSynced(const QString &path)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK
        && sqlite3_exec(db,
                        "BEGIN IMMEDIATE; UPDATE timeline_entry SET pending = 0 WHERE pending = 1; "
                        "UPDATE incident SET pending = 0 WHERE pending = 1; DELETE FROM outbox; "
                        "UPDATE outbox_size SET pending = 0; COMMIT;",
                        nullptr, nullptr, nullptr)
               == SQLITE_OK;
    if (!ok)
        failed(QStringLiteral("marking the big profile synced: ") + QString::fromUtf8(sqlite3_errmsg(db)));
    sqlite3_close_v2(db);
    return ok;
}

struct BigProfile {
    QString dir;
    QUuid bigId;
    QUuid smallId;
    qint64 entries = 0;
};

// One incident of `entries` entries (Store::addEntries in batches, as the store suite
// makes it) and a small, newer one the window opens on.
std::optional<BigProfile> makeBigProfile(const QString &dir, qint64 entries, DemoData &demo)
{
    BigProfile made;
    made.dir = dir;
    const Profile profile(dir);
    if (const ProfileResult created = profile.create(); !created.ok) {
        failed(created.error);
        return std::nullopt;
    }
    Store store;
    if (const OpenResult opened = store.open(profile.cachePath()); !opened.ok) {
        failed(opened.error);
        return std::nullopt;
    }
    store.setActor(demo.people().first().id);
    progress(QStringLiteral("seeding one incident with %1 entries through Store::addEntries").arg(entries));
    QElapsedTimer timer;
    timer.start();
    const qint64 step = std::max<qint64>(entries / 5, 20000);
    const DemoData::Result result = demo.generateBigIncident(store, entries, [&](qint64 done, qint64 total) {
        if (done % step < 20000 || done == total)
            progress(QStringLiteral("  %1 / %2 entries, %3 s").arg(done).arg(total).arg(msSince(timer) / 1000, 0, 'f', 1));
    });
    if (!result.ok) {
        failed(result.error);
        return std::nullopt;
    }
    made.bigId = result.incidentId;
    made.entries = result.entries;
    Incident small;
    small.title = QStringLiteral("Search lag in US-East");
    small.severity = QStringLiteral("SEV3");
    const CommandResult declared = store.declareIncident(small);
    if (!declared) {
        failed(declared.error);
        return std::nullopt;
    }
    made.smallId = declared.id;
    for (int i = 0; i < 30; ++i) {
        TimelineEntry entry;
        entry.incidentId = made.smallId;
        entry.body = QStringLiteral("p99 of search at %1 s").arg(2 + i % 5);
        if (const CommandResult added = store.addEntry(entry); !added) {
            failed(added.error);
            return std::nullopt;
        }
    }
    store.close();
    if (!markSynced(profile.cachePath()))
        return std::nullopt;
    return made;
}

// The console on the big profile: the store opened afresh (as at start), the main window
// at a fixed size, shown on the small incident.
struct Console {
    Store store;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<PaintWatch> paints; // the timeline's viewport
    QTableView *view = nullptr;
    TimelineModel *model = nullptr;

    bool open(const BigProfile &big)
    {
        const Profile profile(big.dir);
        if (const OpenResult opened = store.open(profile.cachePath()); !opened.ok)
            return failed(opened.error);
        settings = std::make_unique<QSettings>(profile.settingsPath(), QSettings::IniFormat);
        window = std::make_unique<MainWindow>(&store, settings.get(), nullptr);
        window->resize(WindowSize);
        view = window->timeline()->view();
        model = window->timeline()->model();
        paints = std::make_unique<PaintWatch>(view->viewport());
        window->incidentList()->selectIncident(big.smallId);
        window->show();
        const int before = paints->count();
        if (!waitForPaint(*paints, before, [&] { return model->incident() == big.smallId; }))
            return failed(QStringLiteral("the main window was not painted on the small incident"));
        spin(300); // queued loads, the first timers
        return true;
    }

    bool atLatestPage(const QUuid &incidentId, int count) const
    {
        if (model->incident() != incidentId || model->rowCount() != count)
            return false;
        // The last row is in view (or the timeline is shorter than the view). Not the
        // scroll bar at its maximum: the view may be a partial row short of it (the
        // figure's "scrolled_to_end" says so).
        const int bottom = view->rowAt(view->viewport()->height() - 1);
        return bottom == count - 1 || (bottom == -1 && view->rowAt(0) >= 0);
    }

    // Selects an incident in the list (as a click does) and runs the event loop until the
    // timeline's viewport was painted showing its latest page; the ms it took.
    std::optional<double> select(const QUuid &incidentId, int expectedCount, double *selectCallMs = nullptr)
    {
        const int before = paints->count();
        QElapsedTimer timer;
        timer.start();
        window->incidentList()->selectIncident(incidentId);
        if (selectCallMs)
            *selectCallMs = msSince(timer);
        if (!waitForPaint(*paints, before, [&] { return atLatestPage(incidentId, expectedCount); })) {
            const QScrollBar *bar = view->verticalScrollBar();
            progress(QStringLiteral("not at the latest page: %1 paints, rows %2 of %3, scroll %4 of %5, bottom row %6")
                         .arg(paints->count() - before)
                         .arg(model->rowCount())
                         .arg(expectedCount)
                         .arg(bar->value())
                         .arg(bar->maximum())
                         .arg(view->rowAt(view->viewport()->height() - 1)));
            return std::nullopt;
        }
        return msSince(timer);
    }

    QUuid topEntry() const
    {
        return view->indexAt(QPoint(2, 2)).data(TimelineModel::EntryIdRole).toUuid();
    }
};

// --- 1: open ------------------------------------------------------------------------------

bool benchOpen(Console &console, const BigProfile &big, int count)
{
    progress(QStringLiteral("1/4 opening the %1-entry incident on its latest page, %2 times").arg(count).arg(OpenRuns));
    RawLatestPage raw;
    if (!raw.open(Profile(big.dir).cachePath()))
        return failed(QStringLiteral("raw connection: ") + raw.error());
    const qint64 row = raw.incidentRow(big.bigId);
    const int smallCount = int(console.store.timelinePager(big.smallId)->count());

    QList<double> opens;
    QList<double> calls;
    QList<double> floors;
    QList<double> pagers;
    double rssBefore = 0;
    double rssAfter = 0;
    bool scrolledToEnd = false;
    for (int run = 0; run < OpenRuns; ++run) {
        if (run > 0 && !console.select(big.smallId, smallCount))
            return failed(QStringLiteral("the small incident was not painted"));
        if (run == 0)
            rssBefore = residentMb();
        double call = 0;
        const std::optional<double> opened = console.select(big.bigId, count, &call);
        if (!opened)
            return failed(QStringLiteral("the latest page of the big incident was not painted within 10 s"));
        if (run == 0) {
            rssAfter = residentMb();
            const QScrollBar *bar = console.view->verticalScrollBar();
            scrolledToEnd = bar->value() == bar->maximum();
        }
        opens.append(*opened);
        calls.append(call);
        // Floors and context after the open, so that the first open is the first read of
        // the big timeline on the console's connection.
        int rows = 0;
        floors.append(timeMs([&] { rows = raw.read(row, LatestPage); }));
        if (rows != std::min(LatestPage, count))
            return failed(QStringLiteral("raw latest page: %1 rows (%2)").arg(rows).arg(raw.error()));
        pagers.append(timeMs([&] {
            const auto pager = console.store.timelinePager(big.bigId);
            rows = int(pager->page(std::max(0, pager->count() - LatestPage), LatestPage).size());
        }));
    }
    print(Figure{QStringLiteral("ui.open_latest"), median(opens), QStringLiteral("ms")}
              .withBaseline(median(floors))
              .withGoal(100, false, false)
              .with(QStringLiteral("entries"), count)
              .with(QStringLiteral("runs"), OpenRuns)
              .with(QStringLiteral("first_ms"), opens.first())
              .with(QStringLiteral("max_ms"), percentile(opens, 100))
              .with(QStringLiteral("select_call_ms"), median(calls))
              .with(QStringLiteral("pager_and_page_ms"), median(pagers))
              .with(QStringLiteral("scrolled_to_end"), scrolledToEnd)
              .with(QStringLiteral("baseline_is"), QStringLiteral("raw newest-200 query, C API, own connection"))
              .with(QStringLiteral("platform"), QGuiApplication::platformName())
              .with(QStringLiteral("load_1m"), loadAverage()));
    print(Figure{QStringLiteral("ui.open_latest.rss_growth"), std::max(rssAfter - rssBefore, 0.001), QStringLiteral("MB")}
              .withGoal(60, false, false)
              .with(QStringLiteral("rss_before_mb"), rssBefore)
              .with(QStringLiteral("rss_after_mb"), rssAfter)
              .with(QStringLiteral("entries"), count)
              .with(QStringLiteral("cached_pages"), console.model->cachedPageCount()));
    return true;
}

// --- 2: scroll ----------------------------------------------------------------------------

bool benchScroll(Console &console, int count, int steps)
{
    progress(QStringLiteral("2/4 scrolling up %1 pages, timeline and trivial table alternating").arg(steps));
    QTableView *view = console.view;
    TrivialModel trivial(count);
    QTableView floorView;
    floorView.setModel(&trivial);
    floorView.setSelectionBehavior(QAbstractItemView::SelectRows);
    floorView.setShowGrid(false);
    floorView.setWordWrap(false);
    floorView.setAlternatingRowColors(true);
    QHeaderView *rows = floorView.verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(view->verticalHeader()->defaultSectionSize());
    rows->hide();
    floorView.horizontalHeader()->setStretchLastSection(true);
    for (int column = 0; column < 4; ++column)
        floorView.horizontalHeader()->resizeSection(column, view->horizontalHeader()->sectionSize(column));
    floorView.resize(view->size());
    floorView.show();
    floorView.scrollToBottom();
    spin(200);

    QScrollBar *bar = view->verticalScrollBar();
    QScrollBar *floorBar = floorView.verticalScrollBar();
    bar->setValue(bar->maximum());
    QList<double> frames;
    QList<double> floorFrames;
    const int startTop = view->rowAt(0);
    for (int step = 0; step < steps + ScrollWarmup; ++step) {
        const double frame = timeMs([&] {
            bar->setValue(bar->value() - bar->pageStep());
            view->viewport()->repaint();
        });
        const double floorFrame = timeMs([&] {
            floorBar->setValue(floorBar->value() - floorBar->pageStep());
            floorView.viewport()->repaint();
        });
        QCoreApplication::processEvents(); // untimed: whatever the scroll posted
        if (step >= ScrollWarmup) {
            frames.append(frame);
            floorFrames.append(floorFrame);
        }
    }
    const int rowsScrolled = startTop - view->rowAt(0);
    for (const int p : {50, 99}) {
        Figure figure{QStringLiteral("ui.scroll.frame_p%1").arg(p), percentile(frames, p), QStringLiteral("ms")};
        figure.withBaseline(percentile(floorFrames, p))
            .with(QStringLiteral("steps"), steps)
            .with(QStringLiteral("rows_scrolled"), rowsScrolled)
            .with(QStringLiteral("page_rows"), bar->pageStep())
            .with(QStringLiteral("max_ms"), percentile(frames, 100))
            .with(QStringLiteral("baseline_is"),
                  QStringLiteral("QTableView over a trivial model of the same row count, constant strings"))
            .with(QStringLiteral("platform"), QGuiApplication::platformName());
        if (p == 99)
            figure.withGoal(16, false, false);
        print(figure);
    }
    return true;
}

// --- 3: live entries ------------------------------------------------------------------------

// Lateness of a 1 ms precise timer: how long past its due time the event loop let it run.
class LatenessProbe
{
public:
    LatenessProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_recording && m_last >= 0)
                m_samples.append(std::max(0.0, double(now - m_last) / 1e6 - 1.0));
            m_last = now;
        });
    }
    // Runs the event loop for `ms`, recording.
    QList<double> record(int ms)
    {
        m_samples.clear();
        m_last = -1;
        m_clock.start();
        m_recording = true;
        m_timer.start();
        QEventLoop loop;
        QTimer::singleShot(ms, &loop, &QEventLoop::quit);
        loop.exec();
        m_timer.stop();
        m_recording = false;
        return m_samples;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    bool m_recording = false;
    QList<double> m_samples;
};

double countOver16ms(const QList<double> &lateness)
{
    return double(std::count_if(lateness.cbegin(), lateness.cend(), [](double late) { return late > 16; }));
}

// One run of live entries through a StreamApplier: the probe's samples while they arrive.
struct LiveRun {
    QList<double> lateness;
    QList<double> enqueueMs; // each message handed over (a full queue hands a burst over inside)
    int applied = 0;
    int bursts = 0;
    double feedSeconds = 0;
    QString error;
};

LiveRun runLive(Console &console, LatenessProbe &probe, const QList<Change> &changes, int rate, int seconds,
                bool onStoreConnection)
{
    // The path of the live stream (SyncEngine::onStreamChanges): one change per message
    // into the applier, which applies them in bursts.
    StreamApplier applier(console.store);
    if (onStoreConnection)
        applier.applyOnStoreConnection();
    LiveRun run;
    QObject::connect(&applier, &StreamApplier::applied, [&](const ApplyResult &result) {
        ++run.bursts;
        if (!result.ok && run.error.isEmpty())
            run.error = result.error;
    });
    const int total = int(changes.size());
    const int perTick = std::max(1, rate * FeedTickMs / 1000);
    QElapsedTimer feedClock;
    QTimer feeder;
    feeder.setTimerType(Qt::PreciseTimer);
    feeder.setInterval(FeedTickMs);
    QObject::connect(&feeder, &QTimer::timeout, [&] {
        // Catches up by the clock, so that a slow tick does not lower the rate, but at most
        // MaxTickBacklog ticks' worth at once (a stream backlog is read in bursts too).
        const qint64 due = std::min<qint64>({qint64(total), feedClock.nsecsElapsed() * rate / 1000000000,
                                             run.applied + qint64(perTick) * MaxTickBacklog});
        while (run.applied < due) {
            bool followsOn = true;
            run.enqueueMs.append(timeMs([&] { followsOn = applier.enqueue({changes.at(run.applied)}); }));
            if (!followsOn && run.error.isEmpty())
                run.error = QStringLiteral("change %1 did not follow on").arg(changes.at(run.applied).seq);
            ++run.applied;
        }
    });
    feedClock.start();
    feeder.start();
    run.lateness = probe.record(seconds * 1000);
    feeder.stop();
    run.feedSeconds = msSince(feedClock) / 1000;
    const ApplyResult rest = applier.flush(); // what is still queued goes in, untimed
    if (!rest.ok && run.error.isEmpty())
        run.error = rest.error;
    return run;
}

bool benchLive(Console &console, DemoData &demo, int rate, int seconds)
{
    const int total = rate * seconds;
    progress(QStringLiteral("3/4 live: %1 entries/s for %2 s through the stream's StreamApplier, reader scrolled to the "
                            "middle; then as many applied on the UI thread's connection")
                 .arg(rate)
                 .arg(seconds));
    // Decoded changes, as the live stream hands them to the store (decoding not timed).
    const QList<TimelineEntry> entries = demo.nextBigEntries(2 * total);
    QList<Change> changes;
    changes.reserve(2 * total);
    qint64 seq = console.store.syncCursor();
    const QDateTime appliedAt = QDateTime::currentDateTimeUtc();
    for (const TimelineEntry &entry : entries) {
        Change change;
        change.seq = ++seq;
        change.op = Op::entryAdd(entry);
        change.op.actor = entry.author;
        change.actorName = QStringLiteral("console-2");
        change.appliedAt = appliedAt;
        changes.append(change);
    }

    QTableView *view = console.view;
    QScrollBar *bar = view->verticalScrollBar();
    bar->setValue(bar->maximum() / 2);
    view->viewport()->repaint();
    spin(300);
    const QUuid topBefore = console.topEntry();
    const int rowBefore = view->rowAt(0);
    const int countBefore = console.model->rowCount();
    if (topBefore.isNull())
        return failed(QStringLiteral("no entry at the top of the timeline"));

    LatenessProbe probe;
    // The floor: the same probe with nothing arriving, half before and half after.
    QList<double> quiet = probe.record(seconds * 500);
    const LiveRun writer = runLive(console, probe, changes.mid(0, total), rate, seconds, false);
    if (!writer.error.isEmpty())
        return failed(QStringLiteral("StreamApplier: ") + writer.error);
    spin(600); // the last inserts' paints and the coalesced mark-read, unrecorded
    quiet += probe.record(seconds * 500);
    // The same again with the bursts written on the UI thread's own connection (the
    // applier before its writer thread), for comparison in the same run.
    const LiveRun oneThread = runLive(console, probe, changes.mid(writer.applied, total), rate, seconds, true);
    if (!oneThread.error.isEmpty())
        return failed(QStringLiteral("StreamApplier on the store's connection: ") + oneThread.error);
    spin(600);
    const QList<double> &live = writer.lateness;
    const int applied = writer.applied + oneThread.applied;
    const int bursts = writer.bursts;
    const double feedSeconds = writer.feedSeconds;

    // A second floor: the machine's own stalls while the thread works about as much as it
    // did for the entries, with nothing of Sitrep's in the work. A timer burns the live
    // run's busy time (what the probe was held up by, summed: work shorter than the
    // probe's 1 ms between two of its ticks is missed, so this is the least it was) in as
    // many bursts. Where the machine sometimes holds a vCPU back, pure computation shows
    // the same rare long stalls.
    const double busyMs = std::accumulate(live.cbegin(), live.cend(), 0.0);
    const double burstMs = bursts > 0 ? busyMs / bursts : 0;
    QTimer burner;
    burner.setTimerType(Qt::PreciseTimer);
    burner.setInterval(bursts > 0 ? std::max(1, int(feedSeconds * 1000 / bursts)) : 1000);
    QObject::connect(&burner, &QTimer::timeout, [&] {
        QElapsedTimer burning;
        burning.start();
        volatile quint64 sink = 0;
        while (burning.nsecsElapsed() < qint64(burstMs * 1e6))
            sink = sink + 1;
    });
    burner.start();
    const QList<double> busy = probe.record(seconds * 1000);
    burner.stop();

    view->viewport()->repaint();
    const QUuid topAfter = console.topEntry();
    const bool stayed = topAfter == topBefore;
    const int added = console.model->rowCount() - countBefore;
    const QList<QPair<const char *, double>> shown{{"max", 100}, {"p99", 99}, {"p50", 50}};
    for (const auto &[name, p] : shown) {
        Figure figure{QStringLiteral("ui.live.lateness_") + QLatin1String(name), std::max(percentile(live, p), 0.001),
                      QStringLiteral("ms")};
        figure.withBaseline(std::max(percentile(quiet, p), 0.001))
            .with(QStringLiteral("view_stayed"), stayed)
            .with(QStringLiteral("entries"), writer.applied)
            .with(QStringLiteral("rows_added"), added)
            .with(QStringLiteral("entries_per_s"), writer.applied / feedSeconds)
            .with(QStringLiteral("bursts"), bursts)
            .with(QStringLiteral("entries_per_burst"), bursts > 0 ? double(writer.applied) / bursts : 0.0)
            .with(QStringLiteral("enqueue_ms_max"), percentile(writer.enqueueMs, 100))
            .with(QStringLiteral("on_ui_connection"), percentile(oneThread.lateness, p))
            .with(QStringLiteral("on_ui_connection_samples_over_16ms"), countOver16ms(oneThread.lateness))
            .with(QStringLiteral("on_ui_connection_entries"), oneThread.applied)
            .with(QStringLiteral("on_ui_connection_is"),
                  QStringLiteral("the same, as many entries next, bursts written on the UI thread's connection"))
            .with(QStringLiteral("seconds"), seconds)
            .with(QStringLiteral("samples"), double(live.size()))
            .with(QStringLiteral("samples_over_16ms"), countOver16ms(live))
            .with(QStringLiteral("baseline_samples"), double(quiet.size()))
            .with(QStringLiteral("top_row_before"), rowBefore)
            .with(QStringLiteral("top_row_after"), view->rowAt(0))
            .with(QStringLiteral("baseline_is"), QStringLiteral("the same 1 ms timer probe, nothing arriving"))
            .with(QStringLiteral("busy_floor"), percentile(busy, p))
            .with(QStringLiteral("busy_floor_samples_over_16ms"), countOver16ms(busy))
            .with(QStringLiteral("busy_floor_is"),
                  QStringLiteral("the probe while a timer burns the live run's busy time in as many bursts"))
            .with(QStringLiteral("burst_ms"), burstMs)
            .with(QStringLiteral("load_1m"), loadAverage());
        if (p == 100)
            figure.withGoal(16, false, false);
        print(figure);
    }
    if (!stayed)
        progress(QStringLiteral("the top row moved: %1 before, %2 after")
                     .arg(idToString(topBefore), idToString(topAfter)));
    if (applied < 2 * total)
        progress(QStringLiteral("only %1 of %2 live entries were applied in 2 × %3 s: the store did not keep up")
                     .arg(applied)
                     .arg(2 * total)
                     .arg(seconds));
    if (added != applied)
        return failed(QStringLiteral("%1 live entries applied, but the timeline grew by %2 rows").arg(applied).arg(added));
    return true;
}

// --- 4: cold start ----------------------------------------------------------------------------

// One start of a child: the wall ms from QProcess::start to its "painted" line, and its
// own figures (ms from its main()): to the window made, and to its first paint; and the
// UI thread's page faults to its first paint (each a first write to a page of memory, or a
// first read of a page of a file: ~12 µs apiece on the virtual machines measured).
struct ChildStart {
    double wallMs = 0;
    double windowMadeMs = 0;
    double paintedMs = 0;
    double pageFaults = 0;
};

std::optional<ChildStart> startChild(const QStringList &arguments)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    child.start(QCoreApplication::applicationFilePath(), QStringList{QStringLiteral("ui-start-child")} + arguments);
    QByteArray out;
    std::optional<double> wall;
    while (timer.elapsed() < 60000) {
        if (!child.waitForReadyRead(60000 - int(timer.elapsed())))
            break;
        out += child.readAllStandardOutput();
        if (out.contains('\n')) {
            wall = msSince(timer);
            break;
        }
    }
    child.waitForFinished(30000);
    out += child.readAllStandardOutput();
    const QJsonObject line = QJsonDocument::fromJson(out.left(out.indexOf('\n'))).object();
    if (!wall || !line.contains(QStringLiteral("painted_ms"))) {
        progress(QStringLiteral("ui-start-child %1 did not report: %2")
                     .arg(arguments.join(QLatin1Char(' ')), QString::fromUtf8(out)));
        return std::nullopt;
    }
    return ChildStart{*wall, line.value(QStringLiteral("window_made_ms")).toDouble(),
                      line.value(QStringLiteral("painted_ms")).toDouble(),
                      line.value(QStringLiteral("ui_thread_page_faults")).toDouble()};
}

bool benchColdStart(const QString &dir, int incidents, int runs)
{
    progress(QStringLiteral("4/4 cold start: writing a %1-incident profile").arg(incidents));
    const Profile profile(dir);
    if (const ProfileResult created = profile.create(); !created.ok)
        return failed(created.error);
    {
        Store store;
        if (const OpenResult opened = store.open(profile.cachePath()); !opened.ok)
            return failed(opened.error);
        DemoData::Options options = benchOptions();
        options.incidentCount = incidents;
        DemoData demo(options);
        if (const DemoData::Result result = demo.generate(store); !result.ok)
            return failed(result.error);
    }
    progress(QStringLiteral("4/4 cold start to the first painted window, %1 times each, in turn").arg(runs));
    // The console as sitrep starts it, the bare window, and the console without its
    // StartupWarmUp (to show what the second core saves; not the goal's figure).
    const QList<QStringList> sides{{QStringLiteral("--profile"), dir},
                                   {QStringLiteral("--bare")},
                                   {QStringLiteral("--profile"), dir, QStringLiteral("--no-warm-up")}};
    enum Side { Console, Bare, Cold };
    // One unmeasured start of each: the libraries and the profile into the page cache.
    for (const QStringList &side : sides) {
        if (!startChild(side))
            return false;
    }
    QList<double> wall[3], own[3], made[3], faults[3];
    for (int run = 0; run < runs; ++run) {
        for (int turn = 0; turn < 3; ++turn) {
            const int side = (run + turn) % 3; // who goes first rotates
            const auto started = startChild(sides[side]);
            if (!started)
                return false;
            wall[side].append(started->wallMs);
            own[side].append(started->paintedMs);
            made[side].append(started->windowMadeMs);
            faults[side].append(started->pageFaults);
        }
    }
    const QList<double> &consoleWall = wall[Console], &bareWall = wall[Bare];
    print(Figure{QStringLiteral("ui.cold_start"), median(consoleWall), QStringLiteral("ms")}
              .withBaseline(median(bareWall))
              .withGoal(1.5, true, false)
              .with(QStringLiteral("incidents"), incidents)
              .with(QStringLiteral("runs"), runs)
              .with(QStringLiteral("from_main_ms"), median(own[Console]))
              .with(QStringLiteral("baseline_from_main_ms"), median(own[Bare]))
              .with(QStringLiteral("window_made_ms"), median(made[Console]))
              .with(QStringLiteral("baseline_window_made_ms"), median(made[Bare]))
              .with(QStringLiteral("without_warm_up_ms"), median(wall[Cold]))
              .with(QStringLiteral("without_warm_up_ratio"), median(wall[Cold]) / median(bareWall))
              .with(QStringLiteral("without_warm_up_window_made_ms"), median(made[Cold]))
              .with(QStringLiteral("ui_thread_page_faults"), median(faults[Console]))
              .with(QStringLiteral("baseline_ui_thread_page_faults"), median(faults[Bare]))
              .with(QStringLiteral("without_warm_up_ui_thread_page_faults"), median(faults[Cold]))
              .with(QStringLiteral("max_ms"), percentile(consoleWall, 100))
              .with(QStringLiteral("baseline_max_ms"), percentile(bareWall, 100))
              .with(QStringLiteral("baseline_is"),
                    QStringLiteral("bare QMainWindow + QTableView (QStandardItemModel 200x5), same binary"))
              .with(QStringLiteral("platform"), QGuiApplication::platformName())
              .with(QStringLiteral("load_1m"), loadAverage()));
    return true;
}

} // namespace

int runUiStartChild(const QString &profileDir, bool bare, bool warmUp, const QElapsedTimer &sinceMain, HeapPreTouch *heap)
{
    // Prints one line after the window's first paint, then quits: a zero timer posted
    // while the paint event is delivered runs once the whole window has been painted.
    class FirstPaint : public QObject
    {
    public:
        FirstPaint(QWidget *window, const QElapsedTimer &since)
            : QObject(window)
            , m_window(window)
            , m_since(since)
            , m_windowMadeMs(msSince(since))
        {
            window->installEventFilter(this);
        }
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (watched == m_window && event->type() == QEvent::Paint && !m_painted) {
                m_painted = true;
                QTimer::singleShot(0, this, [this] {
                    const QByteArray line =
                        QJsonDocument(QJsonObject{{QStringLiteral("painted_ms"), msSince(m_since)},
                                                  {QStringLiteral("window_made_ms"), m_windowMadeMs},
                                                  {QStringLiteral("ui_thread_page_faults"), threadPageFaults()}})
                            .toJson(QJsonDocument::Compact)
                        + '\n';
                    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
                    std::fflush(stdout);
                    QCoreApplication::quit();
                });
            }
            return false;
        }

    private:
        QWidget *m_window;
        const QElapsedTimer &m_since;
        const double m_windowMadeMs; // made and shown: the first paint is still to come
        bool m_painted = false;
    };
    auto reportAfterPaint = [&sinceMain](QWidget *window) { new FirstPaint(window, sinceMain); };

    if (bare) {
        QMainWindow window;
        auto *table = new QTableView(&window);
        QStandardItemModel model(200, 5);
        for (int row = 0; row < 200; ++row) {
            for (int column = 0; column < 5; ++column)
                model.setItem(row, column, new QStandardItem(QStringLiteral("incident %1 / %2").arg(row).arg(column)));
        }
        table->setModel(&model);
        window.setCentralWidget(table);
        window.resize(WindowSize);
        window.show();
        reportAfterPaint(&window);
        return QApplication::exec();
    }
    // As app/main.cpp: warming up from just after the command line until the window is
    // made, and then writing the heap main() set aside.
    std::optional<StartupWarmUp> warmingUp;
    if (warmUp)
        warmingUp.emplace(heap);
    const Profile profile(profileDir);
    if (const ProfileResult created = profile.create(); !created.ok) {
        progress(created.error);
        return 1;
    }
    QSettings settings(profile.settingsPath(), QSettings::IniFormat);
    Store store;
    if (const OpenResult opened = store.open(profile.cachePath()); !opened.ok) {
        progress(opened.error);
        return 1;
    }
    MainWindow window(&store, &settings, nullptr);
    window.resize(WindowSize);
    window.show();
    reportAfterPaint(&window);
    return QApplication::exec();
}

int runUiBench(const UiArguments &arguments)
{
    std::optional<QTemporaryDir> temporary;
    QDir dir;
    if (arguments.dir.isEmpty()) {
        temporary.emplace();
        if (!temporary->isValid()) {
            progress(QStringLiteral("cannot make a temporary folder"));
            return 1;
        }
        dir = QDir(temporary->path());
    } else {
        if (!QDir().mkpath(arguments.dir)) {
            progress(QStringLiteral("cannot create %1").arg(arguments.dir));
            return 1;
        }
        dir = QDir(arguments.dir);
        for (const char *sub : {"big", "start"})
            QDir(dir.filePath(QLatin1String(sub))).removeRecursively();
    }
    QElapsedTimer total;
    total.start();
    progress(QStringLiteral("platform %1 (QT_QPA_PLATFORM)").arg(QGuiApplication::platformName()));

    DemoData demo(benchOptions());
    const std::optional<BigProfile> big =
        makeBigProfile(dir.filePath(QStringLiteral("big")), arguments.entries, demo);
    if (!big)
        return 1;
    {
        Console console;
        if (!console.open(*big))
            return 1;
        const int count = int(console.store.timelinePager(big->bigId)->count());
        if (!benchOpen(console, *big, count) || !benchScroll(console, count, arguments.scrollSteps)
            || !benchLive(console, demo, arguments.liveRate, arguments.liveSeconds))
            return 1;
    }
    if (!benchColdStart(dir.filePath(QStringLiteral("start")), arguments.incidents, arguments.starts))
        return 1;
    progress(QStringLiteral("done in %1 s").arg(msSince(total) / 1000, 0, 'f', 1));
    return 0;
}

} // namespace Sitrep::Bench
