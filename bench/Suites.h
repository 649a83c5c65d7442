#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

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

// Internal to the store suite: a fresh process that opens the store, pages the end of
// the incident's timeline and reports its memory. Without a database it reports the
// memory of a process that did nothing (the baseline).
int runRssProbe(const QString &database, const QUuid &incidentId);

} // namespace Sitrep::Bench
