// The store figures of issue #2, each beside its floor measured in the same run:
//  1. batched apply (Store::addEntries) vs raw prepared inserts
//  2. one user command (Store::addEntry) vs a raw single-row commit
//  3. timeline pages at the start, middle and end of a 1,000,000-entry incident
//  4. full-text search over that incident, per query shape
//  5. resident memory of a process holding that store open at the timeline's end

#include "RawBaseline.h"
#include "Report.h"
#include "Timing.h"
#include "Suites.h"

#include "demo/DemoData.h"
#include "model/Ids.h"
#include "store/Search.h"
#include "store/Sqlite.h"
#include "store/Store.h"
#include "store/TimelinePager.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <optional>

namespace Sitrep::Bench {

namespace {

constexpr int ApplyBatch = 5000;
constexpr int PageSize = 100;
constexpr int PageRuns = 20;
constexpr int SearchRuns = 50;
constexpr int SearchLimit = 50;

// A fixed "now" keeps the generated history, and so every run's data, the same.
DemoData::Options benchOptions()
{
    DemoData::Options options;
    options.seed = 2;
    options.referenceTime = QDateTime(QDate(2025, 6, 2), QTime(9, 0), Qt::UTC);
    options.batchSize = ApplyBatch;
    return options;
}

// Removes a previous run's database so every figure starts from an empty file.
bool freshFile(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"}) {
        const QString file = path + QLatin1String(suffix);
        if (QFile::exists(file) && !QFile::remove(file))
            return false;
    }
    return true;
}

bool failed(const QString &what)
{
    progress(QStringLiteral("FAILED: ") + what);
    return false;
}

struct Context {
    QDir dir;
    qint64 entries = 0;
};

// --- 1 and 2: writes ---------------------------------------------------------------------

bool benchWrites(const Context &context)
{
    const int applyCount = int(std::min<qint64>(100000, context.entries));
    const int commandCount = context.entries >= 100000 ? 1000 : 200;
    const QString storePath = context.dir.filePath(QStringLiteral("apply.sqlite"));
    const QString rawPath = context.dir.filePath(QStringLiteral("raw.sqlite"));
    if (!freshFile(storePath) || !freshFile(rawPath))
        return failed(QStringLiteral("cannot remove an earlier database in %1").arg(context.dir.path()));

    Store store;
    if (const OpenResult opened = store.open(storePath); !opened.ok)
        return failed(opened.error);
    RawTimeline raw;
    if (!raw.open(rawPath))
        return failed(QStringLiteral("raw baseline: ") + raw.error());

    DemoData demo(benchOptions());
    const DemoData::Result declared = demo.declareBigIncident(store, applyCount + commandCount + 20);
    if (!declared.ok)
        return failed(declared.error);
    store.setActor(demo.people().first().id);

    // The same rows on both sides, made before the clocks start.
    const QList<TimelineEntry> rows = demo.nextBigEntries(applyCount);
    QList<QList<TimelineEntry>> batches;
    for (int i = 0; i < applyCount; i += ApplyBatch)
        batches.append(rows.mid(i, ApplyBatch));

    progress(QStringLiteral("1/5 batched apply of %1 entries, store and raw").arg(applyCount));
    // The raw rows go in one transaction, as the fastest way to write them; its batches
    // alternate with the store's so that both sides see the same moments of a noisy
    // machine (other builds, disk write-back).
    bool ok = raw.begin();
    double rawMs = 0;
    double storeMs = 0;
    for (const QList<TimelineEntry> &batch : std::as_const(batches)) {
        rawMs += timeMs([&] { ok = ok && raw.insert(batch); });
        CommandResult added;
        storeMs += timeMs([&] { added = store.addEntries(batch); });
        if (!added)
            return failed(added.error);
    }
    rawMs += timeMs([&] { ok = ok && raw.commit(); });
    if (!ok)
        return failed(QStringLiteral("raw inserts: ") + raw.error());
    print(Figure{QStringLiteral("store.apply_batch"), applyCount / (storeMs / 1000), QStringLiteral("entries/s")}
              .withBaseline(applyCount / (rawMs / 1000))
              .withGoal(0.35, true, true)
              .with(QStringLiteral("entries"), applyCount)
              .with(QStringLiteral("batch"), ApplyBatch));

    progress(QStringLiteral("2/5 %1 single commands, each beside a raw single-row commit").arg(commandCount));
    // Alternating the two spreads the machine's noise over both evenly.
    const QList<TimelineEntry> commands = demo.nextBigEntries(commandCount + 20);
    QList<double> storeSamples;
    QList<double> rawSamples;
    for (int i = 0; i < commands.size(); ++i) {
        CommandResult added;
        const double storeSample = timeMs([&] { added = store.addEntry(commands.at(i)); });
        if (!added)
            return failed(added.error);
        const double rawSample = timeMs([&] { ok = raw.insertCommitted(commands.at(i)); });
        if (!ok)
            return failed(QStringLiteral("raw single-row commit: ") + raw.error());
        if (i >= 20) { // the first few warm the statement caches
            storeSamples.append(storeSample);
            rawSamples.append(rawSample);
        }
    }
    const int outbox = store.pendingOpCount();
    print(Figure{QStringLiteral("store.command.p50"), percentile(storeSamples, 50), QStringLiteral("ms")}
              .withBaseline(percentile(rawSamples, 50))
              .with(QStringLiteral("commands"), commandCount)
              .with(QStringLiteral("outbox_ops"), outbox));
    print(Figure{QStringLiteral("store.command.p99"), percentile(storeSamples, 99), QStringLiteral("ms")}
              .withBaseline(percentile(rawSamples, 99))
              .withGoal(2, false, false)
              .with(QStringLiteral("commands"), commandCount)
              .with(QStringLiteral("outbox_ops"), outbox));
    return true;
}

// --- the big incident ------------------------------------------------------------------------

std::optional<QUuid> populateBig(const Context &context, const QString &path)
{
    if (!freshFile(path)) {
        failed(QStringLiteral("cannot remove %1").arg(path));
        return std::nullopt;
    }
    Store store;
    if (const OpenResult opened = store.open(path); !opened.ok) {
        failed(opened.error);
        return std::nullopt;
    }
    DemoData demo(benchOptions());
    store.setActor(demo.people().first().id);
    progress(QStringLiteral("populating one incident with %1 entries through Store::addEntries").arg(context.entries));
    QElapsedTimer timer;
    timer.start();
    const qint64 step = std::max<qint64>(context.entries / 10, ApplyBatch);
    const DemoData::Result result = demo.generateBigIncident(store, context.entries, [&](qint64 done, qint64 total) {
        if (done % step < ApplyBatch || done == total)
            progress(QStringLiteral("  %1 / %2 entries, %3 s").arg(done).arg(total).arg(msSince(timer) / 1000, 0, 'f', 1));
    });
    if (!result.ok) {
        failed(result.error);
        return std::nullopt;
    }
    const double seconds = msSince(timer) / 1000;
    print(Figure{QStringLiteral("store.populate_big_incident"), double(result.entries) / seconds, QStringLiteral("entries/s")}
              .with(QStringLiteral("entries"), double(result.entries))
              .with(QStringLiteral("seconds"), seconds)
              .with(QStringLiteral("file_mb"), double(QFileInfo(path).size()) / (1024 * 1024)));
    return result.incidentId;
}

// --- 3: paging ------------------------------------------------------------------------------

bool benchPaging(Store &store, RawReader &raw, const QUuid &incidentId)
{
    progress(QStringLiteral("3/5 timeline pager: build and pages at start, middle, end"));
    const qint64 row = raw.incidentRow(incidentId);
    std::unique_ptr<TimelinePager> pager;
    const double firstBuild = timeMs([&] { pager = store.timelinePager(incidentId); });
    QList<double> builds{firstBuild};
    QList<double> anchored; // the first page far from the end: the anchors' one pass
    QList<double> scans;
    for (int i = 0; i < 4; ++i) {
        builds.append(timeMs([&] { pager->rebuild(); }));
        anchored.append(timeMs([&] { pager->page(pager->count() / 2, PageSize); }));
        scans.append(timeMs([&] { raw.timelineCount(row); }));
    }
    const int count = pager->count();
    print(Figure{QStringLiteral("store.pager_build"), median(builds), QStringLiteral("ms")}
              .withBaseline(median(scans))
              .with(QStringLiteral("entries"), count)
              .with(QStringLiteral("first_ms"), firstBuild)
              .with(QStringLiteral("is"), QStringLiteral("count and newest key; anchors wait for a far page")));
    print(Figure{QStringLiteral("store.pager_anchors"), median(anchored), QStringLiteral("ms")}
              .withBaseline(median(scans))
              .with(QStringLiteral("entries"), count)
              .with(QStringLiteral("anchors"), double(pager->anchorCount()))
              .with(QStringLiteral("is"), QStringLiteral("the first page far from the end: one pass over the index")));

    const QList<QPair<const char *, int>> positions{
        {"start", 0}, {"middle", count / 2}, {"end", std::max(0, count - PageSize)}};
    bool ok = true;
    for (const auto &[name, position] : positions) {
        const QList<TimelineRow> first = pager->page(position, 1);
        if (first.isEmpty())
            return failed(QStringLiteral("no entry at position %1").arg(position));
        const TimelineEntry &key = first.first().entry;
        QList<double> samples;
        QList<double> floor;
        int rows = 0;
        for (int run = 0; run < PageRuns + 2; ++run) {
            const double sample = timeMs([&] { rows = int(pager->page(position, PageSize).size()); });
            const double rawSample = timeMs([&] {
                ok = raw.keysetPage(row, key.occurredAt.toMSecsSinceEpoch(), key.id, std::min(PageSize, count - position));
            });
            if (run >= 2) {
                samples.append(sample);
                floor.append(rawSample);
            }
        }
        if (!ok || rows != std::min(PageSize, count - position))
            return failed(QStringLiteral("page at %1 returned %2 rows").arg(position).arg(rows));
        print(Figure{QStringLiteral("store.page.") + QLatin1String(name), median(samples), QStringLiteral("ms")}
                  .withBaseline(median(floor))
                  .withGoal(10, false, false)
                  .with(QStringLiteral("position"), position)
                  .with(QStringLiteral("rows"), rows)
                  .with(QStringLiteral("max_ms"), percentile(samples, 100)));
    }
    return true;
}

// A page of the feed (a catch-up after being offline) arriving on an open timeline:
// TimelinePager::takeBatch, what the timeline's model does with a batch over 500, beside
// reading the timeline again, which is what it did before. Unfiltered, reading again
// includes the anchors' pass (the next page far from the end needs them). Filtered, a
// batch with back-dated matches is read again by takeBatch too (the figure then equals
// its baseline); one after the newest entry is appended.
bool benchBatchIntoPager(Store &store, const QUuid &incidentId)
{
    constexpr int Batch = 1000;
    constexpr int Rounds = 3;
    QRandomGenerator random(11);
    int pages = 0; // each page a day after the one before: after every entry so far
    struct Variant {
        const char *name;
        bool filtered;
        bool backdated; // a fifth of the batch written in the last day
    };
    for (const Variant &variant : {Variant{"store.pager_take_batch", false, true},
                                   Variant{"store.pager_take_batch.filtered", true, true},
                                   Variant{"store.pager_take_batch.filtered_after_newest", true, false}}) {
        TimelineFilter filter;
        if (variant.filtered)
            filter.kinds = {EntryKind::Decision};
        QList<double> taken;
        QList<double> reread;
        for (int round = 0; round < Rounds; ++round) {
            const std::unique_ptr<TimelinePager> following = store.timelinePager(incidentId, filter);
            const std::unique_ptr<TimelinePager> rereading = store.timelinePager(incidentId, filter);
            following->page(following->count() / 2, PageSize); // as a reader scrolled up has it
            const QDateTime now = QDateTime::currentDateTimeUtc().addDays(++pages);
            QList<TimelineEntry> batch;
            QList<QUuid> ids;
            for (int i = 0; i < Batch; ++i) {
                TimelineEntry entry;
                entry.id = newId();
                entry.incidentId = incidentId;
                entry.kind = i % 2 ? EntryKind::Decision : EntryKind::Note;
                entry.body = QStringLiteral("caught up %1.%2").arg(round).arg(i);
                entry.occurredAt = variant.backdated && i % 5 == 0 ? QDateTime::currentDateTimeUtc().addSecs(-random.bounded(86400))
                                                                   : now.addMSecs(i);
                batch.append(entry);
                ids.append(entry.id);
            }
            if (const CommandResult added = store.addEntries(batch); !added)
                return failed(QStringLiteral("could not add the batch: ") + added.error);
            taken.append(timeMs([&] { following->takeBatch(ids); }));
            reread.append(timeMs([&] {
                rereading->rebuild();
                rereading->page(rereading->count() / 2, PageSize);
            }));
            if (following->count() != rereading->count()
                || following->page(following->count() - 5, 5).constFirst().entry.id
                       != rereading->page(rereading->count() - 5, 5).constFirst().entry.id)
                return failed(QStringLiteral("the pager that took the batch in differs from one that read it again"));
        }
        print(Figure{QLatin1String(variant.name), median(taken), QStringLiteral("ms")}
                  .withBaseline(median(reread))
                  .with(QStringLiteral("batch"), Batch)
                  .with(QStringLiteral("rounds"), Rounds)
                  .with(QStringLiteral("filter"), variant.filtered ? QStringLiteral("decisions") : QStringLiteral("none"))
                  .with(QStringLiteral("backdated"), variant.backdated ? QStringLiteral("a fifth") : QStringLiteral("none"))
                  .with(QStringLiteral("baseline_is"), QStringLiteral("rebuild() and a page from the middle")));
    }
    return true;
}

// --- 4: search ------------------------------------------------------------------------------

bool benchSearch(Store &store, RawReader &raw)
{
    progress(QStringLiteral("4/5 full-text search, %1 runs per query shape").arg(SearchRuns));
    // Typed as a person types them: the last word is a prefix (see Search::run).
    const QList<QPair<const char *, QString>> shapes{
        {"rare", DemoData::rareToken()},
        {"common", QStringLiteral("error")},
        {"multi", QStringLiteral("connection pool saturated")},
        {"prefix", QStringLiteral("che")},
    };
    for (const auto &[name, query] : shapes) {
        const QString match = Search::toMatchExpression(query);
        QList<double> samples;
        QList<double> floor;
        QList<double> byBm25;
        int hits = 0;
        bool ok = true;
        for (int run = 0; run < SearchRuns + 2; ++run) {
            const double sample = timeMs([&] { hits = int(store.search(query, SearchLimit).size()); });
            const double rawSample = timeMs([&] { ok = raw.ftsNewest(match, SearchLimit); });
            const double bm25Sample = timeMs([&] { ok = ok && raw.ftsCandidatesByBm25(match, Search::CandidateCap); });
            if (!ok)
                return failed(QStringLiteral("raw FTS query %1").arg(match));
            if (run >= 2) {
                samples.append(sample);
                floor.append(rawSample);
                byBm25.append(bm25Sample);
            }
        }
        const double matches = double(raw.ftsCount(match));
        for (const int p : {50, 99}) {
            Figure figure{QStringLiteral("store.search.%1.p%2").arg(QLatin1String(name)).arg(p), percentile(samples, p),
                          QStringLiteral("ms")};
            figure.withBaseline(percentile(floor, p))
                .with(QStringLiteral("query"), query)
                .with(QStringLiteral("matches"), matches)
                .with(QStringLiteral("hits"), hits)
                .with(QStringLiteral("candidates_by_bm25_ms"), percentile(byBm25, p));
            if (p == 99)
                figure.withGoal(50, false, false);
            print(figure);
        }
    }
    return true;
}

// --- 5: memory ------------------------------------------------------------------------------

std::optional<QJsonObject> probe(const QStringList &arguments)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), QStringList{QStringLiteral("rss-probe")} + arguments);
    if (!child.waitForFinished(120000) || child.exitCode() != 0)
        return std::nullopt;
    const QJsonObject result = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
    if (!result.contains(QStringLiteral("rss_kb")))
        return std::nullopt;
    return result;
}

bool benchMemory(const QString &path, const QUuid &incidentId)
{
    progress(QStringLiteral("5/5 resident memory of a fresh process at the end of the timeline"));
    // A fresh process: this one has held a million entries in memory while generating.
    const std::optional<QJsonObject> idle = probe({});
    const std::optional<QJsonObject> holding =
        probe({QStringLiteral("--db"), path, QStringLiteral("--incident"), idToString(incidentId)});
    if (!idle || !holding)
        return failed(QStringLiteral("the memory probe did not report"));
    const double mb = holding->value(QStringLiteral("rss_kb")).toDouble() / 1024;
    print(Figure{QStringLiteral("store.rss_at_end"), mb, QStringLiteral("MB")}
              .withBaseline(idle->value(QStringLiteral("rss_kb")).toDouble() / 1024)
              .withGoal(120, false, false)
              .with(QStringLiteral("peak_mb"), holding->value(QStringLiteral("hwm_kb")).toDouble() / 1024)
              .with(QStringLiteral("entries"), holding->value(QStringLiteral("entries"))));
    return true;
}

qint64 statusKb(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = field + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

int runRssProbe(const QString &database, const QUuid &incidentId)
{
    Store store;
    int entries = 0;
    std::unique_ptr<TimelinePager> pager;
    if (!database.isEmpty()) {
        if (const OpenResult opened = store.open(database); !opened.ok) {
            progress(opened.error);
            return 1;
        }
        pager = store.timelinePager(incidentId);
        entries = pager->count();
        if (pager->page(std::max(0, entries - PageSize), PageSize).isEmpty()) {
            progress(QStringLiteral("rss-probe: no entries at the end of %1").arg(idToString(incidentId)));
            return 1;
        }
    }
    const QJsonObject report{{QStringLiteral("rss_kb"), double(statusKb("VmRSS"))},
                             {QStringLiteral("hwm_kb"), double(statusKb("VmHWM"))},
                             {QStringLiteral("entries"), entries}};
    const QByteArray json = QJsonDocument(report).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    return 0;
}

int runStoreBench(const StoreArguments &arguments)
{
    std::optional<QTemporaryDir> temporary;
    Context context;
    context.entries = arguments.entries;
    if (arguments.dir.isEmpty()) {
        temporary.emplace();
        if (!temporary->isValid()) {
            progress(QStringLiteral("cannot make a temporary folder"));
            return 1;
        }
        context.dir = QDir(temporary->path());
    } else {
        if (!QDir().mkpath(arguments.dir)) {
            progress(QStringLiteral("cannot create %1").arg(arguments.dir));
            return 1;
        }
        context.dir = QDir(arguments.dir);
    }
    QElapsedTimer total;
    total.start();

    if (!benchWrites(context))
        return 1;
    const QString bigPath = context.dir.filePath(QStringLiteral("big.sqlite"));
    const std::optional<QUuid> incidentId = populateBig(context, bigPath);
    if (!incidentId)
        return 1;
    {
        // A fresh connection, as the console has after opening the profile.
        Store store;
        if (const OpenResult opened = store.open(bigPath); !opened.ok) {
            failed(opened.error);
            return 1;
        }
        RawReader raw(store.db().handle());
        if (!benchPaging(store, raw, *incidentId) || !benchBatchIntoPager(store, *incidentId)
            || !benchSearch(store, raw))
            return 1;
    }
    if (!benchMemory(bigPath, *incidentId))
        return 1;
    progress(QStringLiteral("done in %1 s").arg(msSince(total) / 1000, 0, 'f', 1));
    return 0;
}

} // namespace Sitrep::Bench
