#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QString>
#include <QUuid>

namespace Sitrep {
class HeapPreTouch;
}

namespace Sitrep::Bench {

// The subcommands of sitrep-bench; each returns the process exit code.

struct DemoArguments {
    QString profile;
    quint32 seed = 0;
    int incidents = 0;
    QDateTime now;
    bool force = false;
};
// Writes <profile>/cache.sqlite with the demo history (used by `make run`).
int runDemo(const DemoArguments &arguments);

struct StoreArguments {
    qint64 entries = 1000000; // the big incident's timeline
    QString dir;              // empty: a temporary folder, removed afterwards
};
// The store figures of issue #2 (see bench/README.md).
int runStoreBench(const StoreArguments &arguments);

struct ServerArguments {
    int streamsSmall = 20;  // fan-out latency at this many streams…
    int streamsLarge = 200; // …and at this many, which also post the sustained load
    int idle = 1000;        // idle streams for the memory figure
    int seconds = 10;       // length of each sustained-load phase
    int batch = 10;         // ops per request in the sustained load (then again with 1)
    QString serverBinary;   // empty: sitrep-server next to sitrep-bench
};
// The team server's figures: live-stream fan-out, sustained ops, idle streams' memory
// (see bench/README.md, "Server").
int runServerBench(const ServerArguments &arguments);

struct SyncArguments {
    int changes = 100000; // entries on the server that a fresh profile pulls (catch-up)
    int outbox = 10000;   // entries written offline, then pushed (outbox drain)
    int live = 1000;      // live rounds of each kind (posted by a plain client, pushed by a console)
    QString serverBinary; // empty: sitrep-server next to sitrep-bench
};
// The console's sync figures of issue #4: catch-up, outbox drain, live latency, the real
// SyncEngine and Store against the real server (see bench/README.md, "Sync").
int runSyncBench(const SyncArguments &arguments);

struct MetricsArguments {
    int incidents = 100000; // the history the dashboard computes over
    QString dir;            // empty: a temporary folder, removed afterwards
};
// The metrics dashboard's figure of issue #6 (see bench/README.md, "Metrics").
int runMetricsBench(const MetricsArguments &arguments);

struct UiArguments {
    qint64 entries = 1000000; // the big incident's timeline
    int liveRate = 2000;      // live entries per second…
    int liveSeconds = 10;     // …for this long
    int incidents = 200;      // incidents of the cold-start profile
    int starts = 5;           // cold starts of each kind
    int scrollSteps = 500;    // pages scrolled
    QString dir;              // empty: a temporary folder, removed afterwards
};
// The console's figures of issue #5: opening a 1,000,000-entry incident, scrolling it,
// live entries while the reader is scrolled up, cold start (see bench/README.md, "UI").
// Needs a QApplication (main.cpp makes one for this suite).
int runUiBench(const UiArguments &arguments);

// Internal to the ui suite: a fresh process that shows the console's main window on the
// profile as the app starts it (bare: a QMainWindow with a QTableView instead) and prints
// {"painted_ms": …} after its first paint, ms since main() started (sinceMain). warmUp:
// the app's StartupWarmUp on the second core, as sitrep does, which then writes heap (the
// heap main() set aside; may be null); false shows what they save.
int runUiStartChild(const QString &profile, bool bare, bool warmUp, const QElapsedTimer &sinceMain, HeapPreTouch *heap);

// Internal to the store suite: a fresh process that opens the store, pages the end of
// the incident's timeline and reports its memory. Without a database it reports the
// memory of a process that did nothing (the baseline).
int runRssProbe(const QString &database, const QUuid &incidentId);

} // namespace Sitrep::Bench
