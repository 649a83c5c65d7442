// The metrics dashboard's figure of issue #6: every figure of the dashboard over 100,000
// incidents (a year beside the year before it, so the whole history is read), as the
// dashboard's worker computes them: one read of the facts on a read-only connection, then
// the figures in memory. Beside it, in the same run, one plain scan of the incidents table
// through the same connection: the floor of anything that reads every incident.

#include "Report.h"
#include "Suites.h"
#include "Timing.h"

#include "demo/DemoData.h"
#include "metrics/Metrics.h"
#include "model/Change.h"
#include "store/Sqlite.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <optional>

namespace Sitrep::Bench {

namespace {

constexpr int WriteBatch = 5000;
constexpr int Runs = 5;

// Writes the history as a console receives it from the server: pages of the change feed.
bool writeHistory(Store &store, DemoData &demo, int incidents)
{
    if (!store.replaceDirectory(demo.teams(), demo.people(), demo.services()))
        return false;
    const QList<Incident> history = demo.incidentHistory(incidents);
    qint64 seq = 0;
    for (qsizetype at = 0; at < history.size(); at += WriteBatch) {
        QList<Change> page;
        for (const Incident &incident : history.mid(at, WriteBatch)) {
            Change change;
            change.seq = ++seq;
            change.op = Op::incidentDeclare(incident);
            change.appliedAt = incident.declaredAt;
            page.append(change);
        }
        if (const ApplyResult applied = store.applyChanges(page); !applied.ok) {
            progress(applied.error);
            return false;
        }
    }
    return true;
}

// The floor: every incident's clocks and groups read once, nothing computed.
int scanIncidents(Store &store)
{
    Statement scan = store.db().prepare(
        "SELECT declared_at, acknowledged_at, resolved_at, severity, owning_team, tags FROM incident");
    int rows = 0;
    qint64 sum = 0;
    while (scan.next()) {
        sum += scan.int64(0) + scan.int64(1) + scan.int64(2) + scan.text(3).size() + scan.blob(4).size()
            + scan.text(5).size();
        ++rows;
    }
    return sum == 0 ? 0 : rows;
}

int fail(const QString &message)
{
    progress(message);
    return 1;
}

} // namespace

int runMetricsBench(const MetricsArguments &arguments)
{
    std::optional<QTemporaryDir> temporary;
    QString dir = arguments.dir;
    if (dir.isEmpty()) {
        temporary.emplace();
        dir = temporary->path();
    }
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("metrics.sqlite"));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));

    DemoData::Options options;
    options.seed = 6;
    options.referenceTime = QDateTime(QDate(2025, 6, 2), QTime(9, 0), Qt::UTC);
    DemoData demo(options);
    progress(QStringLiteral("metrics: writing %1 incidents").arg(arguments.incidents));
    double writeMs = 0;
    {
        Store writer;
        if (const OpenResult opened = writer.open(path); !opened.ok)
            return fail(opened.error);
        bool written = false;
        writeMs = timeMs([&] { written = writeHistory(writer, demo, arguments.incidents); });
        if (!written)
            return fail(QStringLiteral("could not write the history"));
    }

    // The dashboard's worker reads through its own read-only connection.
    Store reader;
    if (const OpenResult opened = reader.openReadOnly(path); !opened.ok)
        return fail(opened.error);
    const QDateTime end = options.referenceTime;
    const MetricsFilter lastYear{end.addYears(-1), end, {}, {}, {}};
    const QTimeZone zone = QTimeZone::utc();

    progress(QStringLiteral("metrics: every dashboard figure, %1 runs each side").arg(Runs));
    QList<double> dashboardMs, factsMs, computeMs, scanMs;
    int scanned = 0;
    MetricsDashboard dashboard;
    for (int run = 0; run < Runs; ++run) {
        scanMs.append(timeMs([&] { scanned = scanIncidents(reader); }));
        QList<IncidentFacts> facts;
        const double read = timeMs([&] { facts = reader.incidentFacts(lastYear.previous().from, lastYear.to); });
        const double computed = timeMs([&] { dashboard = Metrics::compute(facts, lastYear, zone); });
        factsMs.append(read);
        computeMs.append(computed);
        dashboardMs.append(read + computed);
    }
    if (scanned != arguments.incidents)
        return fail(QStringLiteral("the scan read %1 of %2 incidents").arg(scanned).arg(arguments.incidents));
    const int counted = dashboard.overall.incidents + dashboard.overall.previousIncidents;

    print(Figure{QStringLiteral("metrics.dashboard"), median(dashboardMs), QStringLiteral("ms")}
              .withBaseline(median(scanMs))
              .withGoal(300, false, false)
              .with(QStringLiteral("incidents"), arguments.incidents)
              .with(QStringLiteral("incidents_in_figures"), counted)
              .with(QStringLiteral("runs"), Runs)
              .with(QStringLiteral("facts_ms"), median(factsMs))
              .with(QStringLiteral("compute_ms"), median(computeMs))
              .with(QStringLiteral("max_ms"), percentile(dashboardMs, 100))
              .with(QStringLiteral("weeks"), int(dashboard.weeks.size()))
              .with(QStringLiteral("services"), int(dashboard.density.size()))
              .with(QStringLiteral("write_ms"), writeMs)
              .with(QStringLiteral("baseline_is"),
                    QStringLiteral("one scan of the incidents table (clocks, severity, team, tags), same connection")));
    return 0;
}

} // namespace Sitrep::Bench
