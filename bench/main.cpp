// sitrep-bench SUITE [options]: measures, and prints one JSON object per line on stdout.
// Progress goes to stderr. See bench/README.md.

#include "Suites.h"

#include "HeapPreTouch.h"

#include "model/Ids.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <memory>
#include <optional>

using namespace Sitrep;
using namespace Sitrep::Bench;

namespace {

int usage(const QCommandLineParser &parser, const QString &problem)
{
    const QByteArray text = (problem + QStringLiteral("\n\n") + parser.helpText()).toUtf8();
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    return 2;
}

// The ui suites need widgets, so a QApplication (and a display: QT_QPA_PLATFORM); the
// others keep a QCoreApplication and run anywhere. The suite is the first argument that
// is not an option (`sitrep-bench ui --entries N`).
bool needsWidgets(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (!argument.startsWith('-'))
            return argument == "ui" || argument == "ui-start-child";
    }
    return false;
}

// The cold start's console child does what app/main.cpp does before the QApplication: it
// sets heap aside for the warm-up to write (not for the bare window, nor with --no-warm-up).
bool startsAsTheConsole(int argc, char *argv[])
{
    bool child = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--bare" || argument == "--no-warm-up")
            return false;
        child = child || argument == "ui-start-child";
    }
    return child;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain; // the cold-start child's own figure
    sinceMain.start();
    std::optional<HeapPreTouch> heapForTheWindow;
    if (startsAsTheConsole(argc, argv))
        heapForTheWindow.emplace();
    const std::unique_ptr<QCoreApplication> app(needsWidgets(argc, argv) ? new QApplication(argc, argv)
                                                                          : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("sitrep-bench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SITREP_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Sitrep benchmarks and demo data.\n\n"
        "  demo   --profile DIR [--seed N] [--incidents N] [--now ISO-8601] [--force]\n"
        "         writes DIR/cache.sqlite with two years of believable incidents\n"
        "  store  [--entries N] [--dir D]\n"
        "         the store figures: batched apply, one command, paging, search, memory\n"
        "  server [--streams-small 20] [--streams-large 200] [--idle 1000] [--seconds 10] [--batch 10]\n"
        "         [--server-bin PATH]\n"
        "         the team server's figures: stream fan-out beside Redis pub/sub, sustained ops,\n"
        "         memory of idle streams (starts sitrep-server and redis-server itself)\n"
        "  sync   [--changes 100000] [--outbox 10000] [--live 1000] [--server-bin PATH]\n"
        "         the console's sync engine against the server: catch-up of a fresh profile, offline\n"
        "         writes pushed after reconnecting, live latency into another console's store\n"
        "  metrics [--incidents 100000] [--dir D]\n"
        "         every figure of the metrics dashboard over that many incidents, beside one scan of them\n"
        "  ui     [--entries 1000000] [--rate 2000] [--seconds 10] [--incidents 200] [--starts 5]\n"
        "         [--scroll-steps 500] [--dir D]\n"
        "         the console's figures, on a display (QT_QPA_PLATFORM=offscreen, or xvfb-run -a): opening\n"
        "         a big incident, scrolling it, live entries while scrolled up, cold start"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("suite"), QStringLiteral("demo, store, server, sync, metrics or ui"));
    const QCommandLineOption profile(QStringLiteral("profile"), QStringLiteral("Profile folder (demo)."), QStringLiteral("dir"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed (demo)."), QStringLiteral("n"));
    const QCommandLineOption incidents(QStringLiteral("incidents"), QStringLiteral("Number of incidents (demo; metrics: default 100000; ui: the cold-start profile, default 200)."),
                                       QStringLiteral("n"));
    const QCommandLineOption now(QStringLiteral("now"),
                                 QStringLiteral("The time the history ends at, ISO 8601 (demo; default: now)."),
                                 QStringLiteral("time"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   QStringLiteral("Replace a cache that already has incidents (demo)."));
    const QCommandLineOption entries(QStringLiteral("entries"),
                                     QStringLiteral("Timeline entries of the big incident (store, ui; default 1000000)."),
                                     QStringLiteral("n"));
    const QCommandLineOption dir(QStringLiteral("dir"),
                                 QStringLiteral("Folder for the benchmark databases (store, metrics, ui; default: a temporary one)."),
                                 QStringLiteral("dir"));
    const QCommandLineOption streamsSmall(QStringLiteral("streams-small"),
                                          QStringLiteral("Streams of the first fan-out figure (server; default 20)."),
                                          QStringLiteral("n"));
    const QCommandLineOption streamsLarge(
        QStringLiteral("streams-large"),
        QStringLiteral("Streams of the second fan-out figure and clients of the sustained load (server; default 200)."),
        QStringLiteral("n"));
    const QCommandLineOption idle(QStringLiteral("idle"),
                                  QStringLiteral("Idle streams of the memory figure (server; default 1000)."),
                                  QStringLiteral("n"));
    const QCommandLineOption seconds(QStringLiteral("seconds"),
                                     QStringLiteral("Length of each sustained-load phase (server; default 10), of the live entries (ui; default 10)."),
                                     QStringLiteral("n"));
    const QCommandLineOption batch(QStringLiteral("batch"),
                                   QStringLiteral("Ops per request in the sustained load (server; default 10, 1-500)."),
                                   QStringLiteral("n"));
    const QCommandLineOption serverBin(
        QStringLiteral("server-bin"),
        QStringLiteral("The sitrep-server to measure (server, sync; default: next to sitrep-bench)."),
        QStringLiteral("path"));
    const QCommandLineOption changes(QStringLiteral("changes"),
                                     QStringLiteral("Changes a fresh profile pulls (sync; default 100000)."),
                                     QStringLiteral("n"));
    const QCommandLineOption outbox(QStringLiteral("outbox"),
                                    QStringLiteral("Writes queued offline, then pushed (sync; default 10000)."),
                                    QStringLiteral("n"));
    const QCommandLineOption live(QStringLiteral("live"),
                                  QStringLiteral("Live rounds of each kind (sync; default 1000)."), QStringLiteral("n"));
    const QCommandLineOption rate(QStringLiteral("rate"),
                                  QStringLiteral("Live entries per second (ui; default 2000)."), QStringLiteral("n"));
    const QCommandLineOption starts(QStringLiteral("starts"),
                                    QStringLiteral("Cold starts of each kind (ui; default 5)."), QStringLiteral("n"));
    const QCommandLineOption scrollSteps(QStringLiteral("scroll-steps"),
                                         QStringLiteral("Pages scrolled (ui; default 500)."), QStringLiteral("n"));
    const QCommandLineOption bare(QStringLiteral("bare"), QStringLiteral("internal"));
    const QCommandLineOption noWarmUp(QStringLiteral("no-warm-up"), QStringLiteral("internal"));
    const QCommandLineOption database(QStringLiteral("db"), QStringLiteral("internal"), QStringLiteral("path"));
    const QCommandLineOption incident(QStringLiteral("incident"), QStringLiteral("internal"), QStringLiteral("id"));
    parser.addOptions({profile, seed, incidents, now, force, entries, dir, streamsSmall, streamsLarge, idle, seconds, batch,
                       serverBin, changes, outbox, live, rate, starts, scrollSteps, bare, noWarmUp, database,
                       incident});
    parser.process(*app);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(parser, QStringLiteral("sitrep-bench: name one suite."));
    const QString suite = positional.first();
    bool ok = true;
    auto number = [&](const QCommandLineOption &option, qint64 fallback) {
        if (!parser.isSet(option))
            return fallback;
        bool valid = false;
        const qint64 value = parser.value(option).toLongLong(&valid);
        if (!valid || value < 0)
            ok = false;
        return value;
    };

    if (suite == QLatin1String("demo")) {
        DemoArguments arguments;
        arguments.profile = parser.value(profile);
        arguments.seed = quint32(number(seed, 0));
        arguments.incidents = int(number(incidents, 0));
        arguments.force = parser.isSet(force);
        if (parser.isSet(now)) {
            arguments.now = QDateTime::fromString(parser.value(now), Qt::ISODateWithMs);
            ok = ok && arguments.now.isValid();
        }
        if (!ok || arguments.profile.isEmpty())
            return usage(parser, QStringLiteral("sitrep-bench demo: --profile DIR is required; numbers and times must be valid."));
        return runDemo(arguments);
    }
    if (suite == QLatin1String("store")) {
        StoreArguments arguments;
        arguments.entries = number(entries, arguments.entries);
        arguments.dir = parser.value(dir);
        if (!ok || arguments.entries < 1000)
            return usage(parser, QStringLiteral("sitrep-bench store: --entries must be a number of at least 1000."));
        return runStoreBench(arguments);
    }
    if (suite == QLatin1String("server")) {
        ServerArguments arguments;
        arguments.streamsSmall = int(number(streamsSmall, arguments.streamsSmall));
        arguments.streamsLarge = int(number(streamsLarge, arguments.streamsLarge));
        arguments.idle = int(number(idle, arguments.idle));
        arguments.seconds = int(number(seconds, arguments.seconds));
        arguments.batch = int(number(batch, arguments.batch));
        arguments.serverBinary = parser.value(serverBin);
        if (!ok || arguments.streamsSmall < 2 || arguments.streamsLarge < 2 || arguments.idle < 1 || arguments.seconds < 1
            || arguments.batch < 1 || arguments.batch > 500)
            return usage(parser, QStringLiteral("sitrep-bench server: stream counts must be at least 2, --idle and "
                                                "--seconds at least 1, --batch 1 to 500."));
        return runServerBench(arguments);
    }
    if (suite == QLatin1String("sync")) {
        SyncArguments arguments;
        arguments.changes = int(number(changes, arguments.changes));
        arguments.outbox = int(number(outbox, arguments.outbox));
        arguments.live = int(number(live, arguments.live));
        arguments.serverBinary = parser.value(serverBin);
        if (!ok || arguments.changes < 100 || arguments.outbox < 1 || arguments.live < 1)
            return usage(parser, QStringLiteral("sitrep-bench sync: --changes must be at least 100, --outbox and --live "
                                                "at least 1."));
        return runSyncBench(arguments);
    }
    if (suite == QLatin1String("metrics")) {
        MetricsArguments arguments;
        arguments.incidents = int(number(incidents, arguments.incidents));
        arguments.dir = parser.value(dir);
        if (!ok || arguments.incidents < 100)
            return usage(parser, QStringLiteral("sitrep-bench metrics: --incidents must be a number of at least 100."));
        return runMetricsBench(arguments);
    }
    if (suite == QLatin1String("ui") || suite == QLatin1String("ui-start-child")) {
        if (!qobject_cast<QApplication *>(app.get()))
            return usage(parser, QStringLiteral("sitrep-bench ui: name the suite first (sitrep-bench ui --entries N)."));
        if (suite == QLatin1String("ui-start-child"))
            return runUiStartChild(parser.value(profile), parser.isSet(bare), !parser.isSet(noWarmUp), sinceMain,
                                   heapForTheWindow ? &*heapForTheWindow : nullptr);
        UiArguments arguments;
        arguments.entries = number(entries, arguments.entries);
        arguments.liveRate = int(number(rate, arguments.liveRate));
        arguments.liveSeconds = int(number(seconds, arguments.liveSeconds));
        arguments.incidents = int(number(incidents, arguments.incidents));
        arguments.starts = int(number(starts, arguments.starts));
        arguments.scrollSteps = int(number(scrollSteps, arguments.scrollSteps));
        arguments.dir = parser.value(dir);
        if (!ok || arguments.entries < 1000 || arguments.entries > 100000000 || arguments.liveRate < 1
            || arguments.liveSeconds < 1 || arguments.incidents < 1 || arguments.starts < 1 || arguments.scrollSteps < 1)
            return usage(parser, QStringLiteral("sitrep-bench ui: --entries must be at least 1000; --rate, --seconds, "
                                                "--incidents, --starts and --scroll-steps at least 1."));
        return runUiBench(arguments);
    }
    if (suite == QLatin1String("rss-probe"))
        return runRssProbe(parser.value(database), idFromString(parser.value(incident)));
    return usage(parser, QStringLiteral("sitrep-bench: unknown suite \"%1\".").arg(suite));
}
