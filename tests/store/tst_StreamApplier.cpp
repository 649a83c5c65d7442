// StreamApplier (core/sync): the live stream's changes applied in bursts, one transaction
// and one batch signal per burst, in order, never across a hole. The feed is made from the
// outbox of a second store, as the server would relay it.

#include "StoreFixture.h"

#include "store/Sqlite.h"
#include "sync/StreamApplier.h"

#include <QSignalSpy>
#include <QThread>

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
        // At the MaxQueued-th change the first slice goes to the writer at once (no timer
        // was due yet), the rest a slice at a time once each was announced.
        QVERIFY(applier.isWriting());
        QVERIFY(applied.wait(5000));
        QCOMPARE(applier.queued(), feed.size() - StreamApplier::MaxBurst);
        QTRY_COMPARE(applier.queued(), 0);
        QCOMPARE(applied.size(), int((feed.size() + StreamApplier::MaxBurst - 1) / StreamApplier::MaxBurst));
        QCOMPARE(m_mine->store.syncCursor(), qint64(feed.size()));
        QCOMPARE(m_mine->store.entryCount(incident), StreamApplier::MaxQueued);
    }

    void aBurstIsWrittenOnItsOwnConnectionAndAnnouncedHere()
    {
        // The console's own connection holds the write lock (a command in progress): a
        // burst applied on that connection would fail at once (a transaction inside one).
        // Written on the applier's connection, it waits for the lock, off this thread.
        QVERIFY(m_mine->store.db().begin());
        StreamApplier applier(m_mine->store);
        QSignalSpy applied(&applier, &StreamApplier::applied);
        QList<QThread *> announcedOn;
        connect(&m_mine->store, &Store::entriesAdded, this,
                [&announcedOn] { announcedOn.append(QThread::currentThread()); }, Qt::DirectConnection);
        for (const Change &change : std::as_const(m_feed))
            QVERIFY(applier.enqueue({change}));
        // This thread's event loop runs meanwhile (qWait returns), and nothing is lost.
        QTest::qWait(10 * StreamApplier::FlushDelayMs);
        QVERIFY(applier.isWriting());
        QCOMPARE(applied.size(), 0);
        QCOMPARE(applier.queued(), m_feed.size());

        m_mine->store.db().rollback();
        QVERIFY(applied.wait(5000));
        const auto result = applied.first().first().value<ApplyResult>();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.applied, m_feed.size());
        QCOMPARE(m_mine->store.syncCursor(), qint64(m_feed.size()));
        QCOMPARE(m_mine->store.entryCount(m_incident), 20);
        QCOMPARE(announcedOn, QList<QThread *>{QThread::currentThread()});
        QCOMPARE(applier.queued(), 0);
    }

    void aFlushWaitsForTheBurstBeingWritten()
    {
        StreamApplier applier(m_mine->store);
        QSignalSpy applied(&applier, &StreamApplier::applied);
        QSignalSpy batch(&m_mine->store, &Store::entriesAdded);
        QSignalSpy one(&m_mine->store, &Store::entryAdded);
        QVERIFY(m_mine->store.db().begin()); // holds the first burst in the writer
        for (const Change &change : std::as_const(m_feed))
            QVERIFY(applier.enqueue({change}));
        QTRY_VERIFY(applier.isWriting());
        // More after the burst was handed over: the part of the queue flush applies here.
        for (int i = 0; i < 30; ++i)
            m_theirs->addEntry(m_incident, QStringLiteral("later %1").arg(i));
        QList<Change> feed = m_feed;
        for (const Op &op : takeOps(m_theirs->store))
            feed.append(changeOf(op, feed.size() + 1));
        for (qsizetype i = m_feed.size(); i < feed.size(); ++i)
            QVERIFY(applier.enqueue({feed.at(i)}));
        QCOMPARE(applier.queued(), feed.size());
        m_mine->store.db().rollback();
        const ApplyResult result = applier.flush();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.applied, feed.size());
        QCOMPARE(applier.queued(), 0);
        QVERIFY(!applier.isWriting());
        QCOMPARE(m_mine->store.syncCursor(), qint64(feed.size()));
        QCOMPARE(m_mine->store.entryCount(m_incident), 50);
        QCOMPARE(batch.size(), 2); // the burst's and the rest's, both announced by flush
        QCOMPARE(one.size(), 0);
        QTest::qWait(50);
        QCOMPARE(applied.size(), 0); // flush does not emit, and the late notice is dropped
    }

private:
    std::unique_ptr<StoreFixture> m_theirs;
    std::unique_ptr<StoreFixture> m_mine;
    QUuid m_incident;
    QList<Change> m_feed;
};

QTEST_GUILESS_MAIN(tst_StreamApplier)
#include "tst_StreamApplier.moc"
