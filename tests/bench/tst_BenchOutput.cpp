// The output contract of sitrep-bench, checked on the real binary: one JSON object per
// line on stdout, each with bench/value/unit, and the demo command's refusal to
// overwrite a profile that already has incidents. The suites run in a small size: these
// are tests of the output, not of speed.

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.start(QStringLiteral(SITREP_BENCH_EXECUTABLE), arguments);
    Run result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// Checks every line of a suite's stdout (one figure each, unique names) and collects the
// names; a failure is reported by the QVERIFYs (check QTest::currentTestFailed()).
void checkFigures(const QByteArray &out, QSet<QString> *names)
{
    const QList<QByteArray> lines = out.trimmed().split('\n');
    for (const QByteArray &line : lines) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        QVERIFY2(error.error == QJsonParseError::NoError && document.isObject(), line.constData());
        const QJsonObject figure = document.object();
        QVERIFY2(figure.value(QStringLiteral("bench")).isString(), line.constData());
        QVERIFY2(figure.value(QStringLiteral("value")).isDouble(), line.constData());
        QVERIFY2(!figure.value(QStringLiteral("unit")).toString().isEmpty(), line.constData());
        QVERIFY2(figure.value(QStringLiteral("value")).toDouble() > 0, line.constData());
        if (figure.contains(QStringLiteral("baseline")))
            QVERIFY2(figure.value(QStringLiteral("ratio")).isDouble(), line.constData());
        if (figure.contains(QStringLiteral("goal")))
            QVERIFY2(figure.value(QStringLiteral("met")).isBool(), line.constData());
        const QString name = figure.value(QStringLiteral("bench")).toString();
        QVERIFY2(!names->contains(name), qPrintable(name));
        names->insert(name);
    }
}

} // namespace

class tst_BenchOutput : public QObject
{
    Q_OBJECT
private slots:
    void storeSuitePrintsOneFigurePerLine()
    {
        QTemporaryDir dir;
        const Run bench = run({QStringLiteral("store"), QStringLiteral("--entries"), QStringLiteral("20000"),
                               QStringLiteral("--dir"), dir.path()},
                              240000);
        QVERIFY2(bench.exitCode == 0, bench.err.constData());

        QSet<QString> names;
        checkFigures(bench.out, &names);
        if (QTest::currentTestFailed())
            return;
        // Every figure of issue #2 is there.
        for (const char *expected :
             {"store.apply_batch", "store.command.p50", "store.command.p99", "store.populate_big_incident",
              "store.pager_build", "store.pager_anchors", "store.page.start", "store.page.middle", "store.page.end", "store.search.rare.p99",
              "store.search.common.p99", "store.search.multi.p99", "store.search.prefix.p99", "store.rss_at_end"})
            QVERIFY2(names.contains(QLatin1String(expected)), expected);
    }

    // The sync suite against the real server (built with sitrep-bench), in a small size:
    // every figure of issue #4, each with its baseline and goal where it has one.
    void syncSuitePrintsItsFigures()
    {
        const Run bench = run({QStringLiteral("sync"), QStringLiteral("--changes"), QStringLiteral("2000"),
                               QStringLiteral("--outbox"), QStringLiteral("200"), QStringLiteral("--live"),
                               QStringLiteral("20")},
                              240000);
        QVERIFY2(bench.exitCode == 0, bench.err.constData());
        QSet<QString> names;
        checkFigures(bench.out, &names);
        if (QTest::currentTestFailed())
            return;
        for (const char *expected : {"sync.catchup", "sync.outbox_drain", "sync.live.p50_ms", "sync.live.p99_ms",
                                     "sync.live.push.p50_ms", "sync.live.push.p99_ms"})
            QVERIFY2(names.contains(QLatin1String(expected)), expected);
        // Measured beside its floor in the same run, and checked against its goal.
        for (const QByteArray &line : bench.out.trimmed().split('\n')) {
            const QJsonObject figure = QJsonDocument::fromJson(line).object();
            const QString name = figure.value(QStringLiteral("bench")).toString();
            QVERIFY2(figure.value(QStringLiteral("baseline")).toDouble() > 0, line.constData());
            if (name.endsWith(QLatin1String("p99_ms")) || !name.startsWith(QLatin1String("sync.live")))
                QVERIFY2(figure.contains(QStringLiteral("goal")), line.constData());
        }
    }

    // The team server's figures of issue #3 against the real sitrep-server, in a small size:
    // every figure there, each op of the load applied, every change delivered to every
    // stream at this rate (the load generator's own HTTPS client and the streams at work).
    void serverSuitePrintsItsFigures()
    {
        const Run bench = run({QStringLiteral("server"), QStringLiteral("--streams-small"), QStringLiteral("3"),
                               QStringLiteral("--streams-large"), QStringLiteral("6"), QStringLiteral("--idle"),
                               QStringLiteral("10"), QStringLiteral("--seconds"), QStringLiteral("1"),
                               QStringLiteral("--batch"), QStringLiteral("2")},
                              240000);
        QVERIFY2(bench.exitCode == 0, bench.err.constData());
        QSet<QString> names;
        checkFigures(bench.out, &names);
        if (QTest::currentTestFailed())
            return;
        for (const char *expected : {"server.idle_streams_rss_mb", "server.fanout.3.p50_ms", "server.fanout.3.p99_ms",
                                     "server.fanout.6.p50_ms", "server.fanout.6.p99_ms", "server.ops_per_s",
                                     "server.ops_per_s.batch1"})
            QVERIFY2(names.contains(QLatin1String(expected)), expected);
        for (const QByteArray &line : bench.out.trimmed().split('\n')) {
            const QJsonObject figure = QJsonDocument::fromJson(line).object();
            if (!figure.value(QStringLiteral("bench")).toString().startsWith(QLatin1String("server.ops_per_s")))
                continue;
            QVERIFY2(figure.value(QStringLiteral("not_applied")).toDouble() == 0, line.constData());
            QVERIFY2(figure.value(QStringLiteral("applied")).toDouble() > 0, line.constData());
            QCOMPARE(figure.value(QStringLiteral("streams")).toInt(), 6);
            QVERIFY2(figure.value(QStringLiteral("fanout_all_delivered")).toBool(), line.constData());
            QVERIFY2(figure.value(QStringLiteral("fanout_changes_per_message")).toDouble() >= 1, line.constData());
        }
    }

    // The metrics dashboard's figure of issue #6, in a small size: beside its scan, with
    // its goal, and every incident in the figures.
    void metricsSuitePrintsItsFigure()
    {
        const Run bench = run({QStringLiteral("metrics"), QStringLiteral("--incidents"), QStringLiteral("2000")}, 120000);
        QVERIFY2(bench.exitCode == 0, bench.err.constData());
        QSet<QString> names;
        checkFigures(bench.out, &names);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(names.contains(QStringLiteral("metrics.dashboard")));
        const QJsonObject figure = QJsonDocument::fromJson(bench.out.trimmed()).object();
        QVERIFY(figure.value(QStringLiteral("baseline")).toDouble() > 0);
        QCOMPARE(figure.value(QStringLiteral("goal")).toDouble(), 300.0);
        QCOMPARE(figure.value(QStringLiteral("incidents_in_figures")).toInt(), 2000);
    }

    // The console's figures of issue #5 on the real widgets, in a small size (offscreen):
    // every figure there, with its baseline, and the live check reported as a boolean.
    void uiSuitePrintsItsFigures()
    {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QTemporaryDir dir;
        const Run bench = run({QStringLiteral("ui"), QStringLiteral("--entries"), QStringLiteral("20000"),
                               QStringLiteral("--seconds"), QStringLiteral("1"), QStringLiteral("--rate"),
                               QStringLiteral("500"), QStringLiteral("--incidents"), QStringLiteral("10"),
                               QStringLiteral("--starts"), QStringLiteral("1"), QStringLiteral("--scroll-steps"),
                               QStringLiteral("100"), QStringLiteral("--dir"), dir.path()},
                              240000);
        QVERIFY2(bench.exitCode == 0, bench.err.constData());
        QSet<QString> names;
        checkFigures(bench.out, &names);
        if (QTest::currentTestFailed())
            return;
        for (const char *expected :
             {"ui.open_latest", "ui.open_latest.rss_growth", "ui.scroll.frame_p50", "ui.scroll.frame_p99",
              "ui.live.lateness_max", "ui.live.lateness_p99", "ui.live.lateness_p50", "ui.cold_start"})
            QVERIFY2(names.contains(QLatin1String(expected)), expected);
        for (const QByteArray &line : bench.out.trimmed().split('\n')) {
            const QJsonObject figure = QJsonDocument::fromJson(line).object();
            const QString name = figure.value(QStringLiteral("bench")).toString();
            if (name != QLatin1String("ui.open_latest.rss_growth"))
                QVERIFY2(figure.value(QStringLiteral("baseline")).toDouble() > 0, line.constData());
            if (name.startsWith(QLatin1String("ui.live.")))
                QVERIFY2(figure.value(QStringLiteral("view_stayed")).isBool(), line.constData());
            if (name == QLatin1String("ui.cold_start")) { // what the second core saves, beside
                QVERIFY2(figure.value(QStringLiteral("without_warm_up_ms")).toDouble() > 0, line.constData());
                // and the UI thread's page faults of each kind of start (the heap pre-touch's part)
                for (const char *faults : {"ui_thread_page_faults", "baseline_ui_thread_page_faults",
                                           "without_warm_up_ui_thread_page_faults"})
                    QVERIFY2(figure.value(QLatin1String(faults)).toDouble() > 0, line.constData());
            }
        }
    }

    void demoRefusesToOverwriteUnlessForced()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("profile"));
        const QStringList arguments{QStringLiteral("demo"), QStringLiteral("--profile"), profile,
                                    QStringLiteral("--incidents"), QStringLiteral("8"),
                                    QStringLiteral("--now"), QStringLiteral("2025-06-02T09:00:00Z")};
        const Run first = run(arguments, 120000);
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QVERIFY(QFile::exists(profile + QStringLiteral("/cache.sqlite")));
        const QJsonObject figure = QJsonDocument::fromJson(first.out.trimmed()).object();
        QCOMPARE(figure.value(QStringLiteral("incidents")).toInt(), 8);

        const Run again = run(arguments, 120000);
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("--force"));
        QVERIFY(again.out.isEmpty());

        const Run forced = run(arguments + QStringList{QStringLiteral("--force")}, 120000);
        QVERIFY2(forced.exitCode == 0, forced.err.constData());
    }
};

QTEST_GUILESS_MAIN(tst_BenchOutput)
#include "tst_BenchOutput.moc"
