// BackgroundMetrics: the dashboard's figures computed on a worker thread with its own
// read-only connection to a real cache, recomputed when the console's store changes, and
// a clear error when the cache cannot be read.

#include "StoreFixture.h"

#include "metrics/BackgroundMetrics.h"

#include <QSignalSpy>
#include <QThread>

using namespace Sitrep;
using namespace Sitrep::Testing;

class tst_BackgroundMetrics : public QObject
{
    Q_OBJECT
private slots:
    void computesOffTheCallersThreadAndFollowsChanges()
    {
        StoreFixture fixture;
        QVERIFY(fixture.open());
        fixture.declare(QStringLiteral("First"));
        fixture.declare(QStringLiteral("Second"), QStringLiteral("SEV1"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const MetricsFilter lastWeek{now.addDays(-7), now.addSecs(3600), {}, {}, {}};

        BackgroundMetrics metrics(fixture.path());
        QSignalSpy computed(&metrics, &BackgroundMetrics::computed);
        // Computed on the reader's thread, delivered on the owner's.
        QThread *computedOn = nullptr;
        connect(&metrics, &BackgroundMetrics::computed, this, [&computedOn] { computedOn = QThread::currentThread(); });
        const quint64 first = metrics.compute(lastWeek, QTimeZone::utc());
        QVERIFY(computed.wait(5000));
        QCOMPARE(computed.first().at(0).toULongLong(), first);
        auto result = computed.first().at(1).value<MetricsResult>();
        QCOMPARE(result.dashboard.overall.incidents, 2);
        QCOMPARE(result.facts.size(), 2);
        QCOMPARE(result.dashboard.bySeverity.first().key, QStringLiteral("SEV1"));
        QCOMPARE(computedOn, QThread::currentThread());

        // A change in the console's store computes the same filter again, once.
        metrics.follow(&fixture.store);
        computed.clear();
        fixture.declare(QStringLiteral("Third"));
        fixture.declare(QStringLiteral("Fourth"));
        QVERIFY(computed.wait(5000));
        result = computed.first().at(1).value<MetricsResult>();
        QCOMPARE(result.dashboard.overall.incidents, 4);
        QTest::qWait(2 * BackgroundMetrics::RecomputeDelayMs);
        QCOMPARE(computed.size(), 1);

        // Only the latest of requests in quick succession is delivered.
        computed.clear();
        MetricsFilter sev1 = lastWeek;
        sev1.severity = QStringLiteral("SEV1");
        metrics.compute(lastWeek, QTimeZone::utc());
        const quint64 latest = metrics.compute(sev1, QTimeZone::utc());
        QVERIFY(computed.wait(5000));
        QTest::qWait(200);
        QCOMPARE(computed.size(), 1);
        QCOMPARE(computed.first().at(0).toULongLong(), latest);
        QCOMPARE(computed.first().at(1).value<MetricsResult>().dashboard.overall.incidents, 1);
    }

    void aMissingCacheIsAClearError()
    {
        QTemporaryDir dir;
        BackgroundMetrics metrics(dir.filePath(QStringLiteral("missing.sqlite")));
        QSignalSpy failed(&metrics, &BackgroundMetrics::failed);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        metrics.compute(MetricsFilter{now.addDays(-7), now, {}, {}, {}});
        QVERIFY(failed.wait(5000));
        QVERIFY2(failed.first().at(1).toString().contains(QStringLiteral("does not exist")),
                 qPrintable(failed.first().at(1).toString()));
    }
};

QTEST_GUILESS_MAIN(tst_BackgroundMetrics)
#include "tst_BackgroundMetrics.moc"
