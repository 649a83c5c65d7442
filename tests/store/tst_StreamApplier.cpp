// StreamApplier (core/sync): the live stream's changes applied in bursts, one transaction
// and one batch signal per burst, in order, never across a hole. The feed is made from the
// outbox of a second store, as the server would relay it.

#include "StoreFixture.h"

#include "store/Sqlite.h"
#include "sync/StreamApplier.h"

#include <QSignalSpy>

using namespace Sitrep;
using namespace Sitrep::Testing;

class tst_StreamApplier : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_theirs = std::make_unique<StoreFixture>();
        m_mine = std::make_unique<StoreFixture>();
        QVERIFY(m_theirs->open());
        QVERIFY(m_mine->open());
        const QUuid incident = m_theirs->declare();
        for (int i = 0; i < 20; ++i)
            m_theirs->addEntry(incident, QStringLiteral("entry %1").arg(i));
        m_incident = incident;
        qint64 seq = 0;
        m_feed.clear();
        for (const Op &op : takeOps(m_theirs->store))
            m_feed.append(changeOf(op, ++seq));
        QCOMPARE(m_feed.size(), 21);
    }

    void burstIsOneTransactionAndOneBatchSignal()
    {
        StreamApplier applier(m_mine->store);
        QSignalSpy applied(&applier, &StreamApplier::applied);
        QSignalSpy one(&m_mine->store, &Store::entryAdded);
        QSignalSpy batch(&m_mine->store, &Store::entriesAdded);
        // The stream hands over one change per message.
        for (const Change &change : std::as_const(m_feed))
            QVERIFY(applier.enqueue({change}));
        QCOMPARE(applier.queued(), m_feed.size());
        QCOMPARE(m_mine->store.syncCursor(), 0); // nothing yet: it waits for the burst
        QVERIFY(applied.wait(1000));
        QCOMPARE(applied.size(), 1);
        const auto result = applied.first().first().value<ApplyResult>();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.applied, m_feed.size());
        QCOMPARE(m_mine->store.syncCursor(), qint64(m_feed.size()));
        QCOMPARE(m_mine->store.entryCount(m_incident), 20);
        QCOMPARE(one.size(), 0);
        QCOMPARE(batch.size(), 1);
        QCOMPARE(batch.first().at(1).value<QList<QUuid>>().size(), 20);
        QCOMPARE(applier.queued(), 0);
    }

    void aHoleQueuesNothingAndAFlushAppliesAtOnce()
    {
        StreamApplier applier(m_mine->store);
        QVERIFY(applier.enqueue({m_feed.at(0), m_feed.at(1)}));
        // seq 4 after 2: the caller must pull 3 first.
        QVERIFY(!applier.enqueue({m_feed.at(3)}));
        QCOMPARE(applier.queued(), 2);
        // What the store or the queue already has is skipped, not a hole.
        QVERIFY(applier.enqueue({m_feed.at(1), m_feed.at(2)}));
        QCOMPARE(applier.queued(), 3);
        const ApplyResult result = applier.flush();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.applied, 3);
        QCOMPARE(m_mine->store.syncCursor(), 3);
        QCOMPARE(applier.queued(), 0);
        QVERIFY(applier.flush().ok); // nothing queued: nothing to do
        QVERIFY(!applier.enqueue({m_feed.at(4)}));
        QVERIFY(applier.enqueue({m_feed.at(2), m_feed.at(3)}));
        QCOMPARE(applier.queued(), 1);
    }

    void aFullQueueIsAppliedWithoutWaiting()
    {
        // MaxQueued changes are applied as they arrive, not after the delay.
        StoreFixture theirs;
        QVERIFY(theirs.open());
        const QUuid incident = theirs.declare();
        QList<TimelineEntry> entries;
        for (int i = 0; i < StreamApplier::MaxQueued; ++i) {
            TimelineEntry entry;
            entry.incidentId = incident;
            entry.body = QStringLiteral("burst %1").arg(i);
            entries.append(entry);
        }
        QVERIFY(theirs.store.addEntries(entries));
        QList<Change> feed;
        qint64 seq = 0;
        for (const Op &op : takeOps(theirs.store))
            feed.append(changeOf(op, ++seq));
        StreamApplier applier(m_mine->store);
        QSignalSpy applied(&applier, &StreamApplier::applied);
        for (const Change &change : std::as_const(feed))
            QVERIFY(applier.enqueue({change}));
        // At the MaxQueued-th change the first slice goes in synchronously, the rest a slice
        // per turn of the event loop.
        QCOMPARE(applied.size(), 1);
        QCOMPARE(m_mine->store.syncCursor(), qint64(StreamApplier::MaxBurst));
        QCOMPARE(applier.queued(), feed.size() - StreamApplier::MaxBurst);
        QTRY_COMPARE(applier.queued(), 0);
        QCOMPARE(applied.size(), int((feed.size() + StreamApplier::MaxBurst - 1) / StreamApplier::MaxBurst));
        QCOMPARE(m_mine->store.syncCursor(), qint64(feed.size()));
        QCOMPARE(m_mine->store.entryCount(incident), StreamApplier::MaxQueued);
    }

    void anotherWritersLockIsWaitedOutWithoutBlocking()
    {
        // Another connection (the housekeeping's merge, sitrepctl) holds the write lock.
        SqliteDb other;
        QVERIFY(other.open(m_mine->store.path(), SqliteDb::Mode::ReadWrite));
        QVERIFY(other.begin());
        const ApplyResult busy = m_mine->store.applyChanges(m_feed, 0, LockWait::DontWait);
        QVERIFY(!busy.ok);
        QVERIFY(busy.lockBusy);
        QCOMPARE(busy.applied, 0);

        StreamApplier applier(m_mine->store);
        QSignalSpy applied(&applier, &StreamApplier::applied);
        for (const Change &change : std::as_const(m_feed))
            QVERIFY(applier.enqueue({change}));
        // Waiting for the lock inside the event loop would return here only after the
        // lock timeout, with a failed burst; the applier keeps the queue and tries again.
        QTest::qWait(10 * StreamApplier::FlushDelayMs);
        QCOMPARE(applied.size(), 0);
        QCOMPARE(applier.queued(), m_feed.size());
        QCOMPARE(m_mine->store.syncCursor(), 0);

        other.rollback();
        QVERIFY(applied.wait(1000));
        const auto result = applied.first().first().value<ApplyResult>();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.applied, m_feed.size());
        QCOMPARE(m_mine->store.entryCount(m_incident), 20);
        QCOMPARE(applier.queued(), 0);
    }

private:
    std::unique_ptr<StoreFixture> m_theirs;
    std::unique_ptr<StoreFixture> m_mine;
    QUuid m_incident;
    QList<Change> m_feed;
};

QTEST_GUILESS_MAIN(tst_StreamApplier)
#include "tst_StreamApplier.moc"
