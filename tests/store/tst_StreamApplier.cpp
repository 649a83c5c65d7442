// StreamApplier (core/sync): the live stream's changes applied in bursts, one transaction
// and one batch signal per burst, in order, never across a hole. The feed is made from the
// outbox of a second store, as the server would relay it.

#include "StoreFixture.h"

#include "store/Sqlite.h"
#include "sync/StreamApplier.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSignalSpy>
#include <QThread>

#include <sqlite3.h>

#include <atomic>
#include <thread>

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

    void theConsolesConnectionSeesABurstOnlyAsItIsAnnounced()
    {
        StreamApplier applier(m_mine->store);
        QSignalSpy applied(&applier, &StreamApplier::applied);
        QStringList heard;
        listen(&heard);
        QVERIFY(holdBurst(applier, m_feed));
        // Being written or written, not committed: this connection does not see it, and
        // nothing was announced.
        QCOMPARE(m_mine->store.entryCount(m_incident), 0);
        QCOMPARE(m_mine->store.syncCursor(), 0);
        QVERIFY(heard.isEmpty());

        // A command of the console's own (it needs the lock the burst holds) makes the
        // burst step back (rolled back, still queued) and writes: no wait for the lock's
        // timeout, nothing of the burst announced from inside the command.
        QElapsedTimer command;
        command.start();
        m_mine->declare();
        QVERIFY(command.elapsed() < 2000);
        commandWentFirstAndTheBurstFollowed(applier, applied, heard);
    }

    void aCommandReadsWhatTheViewsShowAndTheHeldBurstFollows()
    {
        // A person changes the title while a burst holds another console's new title. The
        // command must read what this console showed (the op's base: the server sees that
        // both sides moved and records the conflict) and the burst must land after it, as
        // when both are applied on one thread. Committing the burst first would make the
        // base the other console's title and the server would take this one unnoticed.
        QVERIFY(m_mine->store.applyChanges(m_feed).ok);
        const Incident seen = *m_mine->store.incident(m_incident);
        Incident renamed = *m_theirs->store.incident(m_incident);
        renamed.title = QStringLiteral("Checkout down in EU");
        QVERIFY(m_theirs->store.updateIncident(renamed));
        const QList<Op> rename = takeOps(m_theirs->store).mid(m_feed.size());
        QCOMPARE(rename.size(), 1);

        StreamApplier applier(m_mine->store);
        QSignalSpy applied(&applier, &StreamApplier::applied);
        QVERIFY(holdBurst(applier, {changeOf(rename.first(), m_feed.size() + 1)}));
        const CommandResult edited = m_mine->store.editIncident(
            m_incident, [](Incident &incident) { incident.title = QStringLiteral("Checkout errors in EU and US"); });
        QVERIFY2(edited.ok, qPrintable(edited.error));
        const QJsonObject payload = m_mine->store.pendingOps(10).last().op.payload;
        QCOMPARE(payload.value(QStringLiteral("fields")).toObject().keys(), QStringList{QStringLiteral("title")});
        QCOMPARE(payload.value(QStringLiteral("base")).toObject().value(QStringLiteral("title")).toString(), seen.title);

        QVERIFY(applied.wait(1000));
        QVERIFY(applied.first().first().value<ApplyResult>().ok);
        QCOMPARE(m_mine->store.syncCursor(), qint64(m_feed.size() + 1));
        // The server orders this console's pending edit after the other's: it stays here.
        QCOMPARE(m_mine->store.incident(m_incident)->title, QStringLiteral("Checkout errors in EU and US"));
    }

    void markingReadNeitherWaitsForABurstNorIsStarvedByIt()
    {
        // The read marker never waits for the lock (it tries again later): not for a burst
        // still being written, but a written one that holds the lock steps back for it.
        QVERIFY(m_mine->store.applyChanges(m_feed.mid(0, 1)).ok); // the incident
        StreamApplier applier(m_mine->store);
        QSignalSpy applied(&applier, &StreamApplier::applied);
        SqliteDb other;
        QVERIFY(other.open(m_mine->store.path(), SqliteDb::Mode::ReadWrite));
        QVERIFY(other.begin());
        for (const Change &change : m_feed.mid(1))
            QVERIFY(applier.enqueue({change}));
        QTest::qWait(10 * StreamApplier::FlushDelayMs);
        QVERIFY(applier.isWriting()); // waiting for the lock: still being written
        QElapsedTimer attempt;
        attempt.start();
        QVERIFY(!m_mine->store.markRead(m_incident));
        QVERIFY(attempt.elapsed() < 1000); // not the lock's timeout
        QVERIFY(applier.isWriting());
        other.rollback();

        // Without this thread's event loop (which would commit the burst itself), only the
        // marker's own attempts can make it step back.
        QElapsedTimer waited;
        waited.start();
        while (!m_mine->store.markRead(m_incident)) {
            QVERIFY(waited.elapsed() < 5000);
            QThread::msleep(1);
        }
        QVERIFY(!applier.isWriting());
        QCOMPARE(m_mine->store.entryCount(m_incident), 0);
        QVERIFY(applied.wait(1000)); // written again after
        QCOMPARE(m_mine->store.entryCount(m_incident), 20);
        QCOMPARE(m_mine->store.syncCursor(), qint64(m_feed.size()));
    }

    void aFailedBurstDropsTheQueueInsteadOfApplyingOverItsHole()
    {
        // The writer cannot get the lock (another process writes for longer than the lock
        // timeout): the burst fails, and what came after it must not go in past it.
        StreamApplier applier(m_mine->store);
        QSignalSpy applied(&applier, &StreamApplier::applied);
        SqliteDb other;
        QVERIFY(other.open(m_mine->store.path(), SqliteDb::Mode::ReadWrite));
        QVERIFY(other.begin());
        for (const Change &change : m_feed.mid(0, 5))
            QVERIFY(applier.enqueue({change}));
        QTRY_VERIFY(applier.isWriting());
        for (const Change &change : m_feed.mid(5))
            QVERIFY(applier.enqueue({change}));
        QVERIFY(applied.wait(3 * LockWaitLimitMs));
        other.rollback();
        QVERIFY(!applied.first().first().value<ApplyResult>().ok);
        QCOMPARE(applier.queued(), 0);
        const ApplyResult flushed = applier.flush();
        QVERIFY(flushed.ok);
        QCOMPARE(flushed.applied, 0);
        QCOMPARE(m_mine->store.syncCursor(), 0); // pull from here: nothing skipped
        QVERIFY(!applied.wait(5 * StreamApplier::FlushDelayMs));
    }

    void aBurstStopsWritingWhenAsked()
    {
        // The writer's store (the mechanism behind Burst::cancel): asked before or between
        // changes, it keeps nothing and leaves the lock free.
        Store writer;
        QVERIFY(writer.open(m_mine->store.path()).ok);
        const std::atomic<bool> stop{true};
        ApplyResult written;
        QVERIFY(!writer.writeUncommitted(m_feed, &written, &stop));
        QVERIFY(written.cancelled);
        QVERIFY(!written.ok);
        QCOMPARE(m_mine->store.syncCursor(), 0);
        QVERIFY(m_mine->store.db().begin(LockWait::DontWait));
        m_mine->store.db().rollback();
        const std::atomic<bool> go{false};
        const std::shared_ptr<Store::PendingApply> pending = writer.writeUncommitted(m_feed, &written, &go);
        QVERIFY(pending);
        QVERIFY(written.ok && !written.cancelled);
    }

    void aWrittenBurstIsInTheLogBeforeItsCommit()
    {
        // The writer's store writes a burst's pages to the write-ahead log while it writes
        // (on the writer's thread), uncommitted: the commit the UI thread waits for writes
        // only what the full-text index keeps in memory until then (FTS5 writes it at
        // commit). Before, every page went at commit, with the log header's fsync when a
        // checkpoint had restarted the log (40-70 ms at times on the UI thread).
        Store writer;
        QVERIFY(writer.open(m_mine->store.path(), Store::Housekeeping::Off).ok);
        const auto pagesWritten = [&writer] {
            int current = 0;
            int highest = 0;
            sqlite3_db_status(writer.db().handle(), SQLITE_DBSTATUS_CACHE_WRITE, &current, &highest, 0);
            return current;
        };
        const std::atomic<bool> go{false};
        ApplyResult written;
        const int before = pagesWritten();
        std::shared_ptr<Store::PendingApply> pending = writer.writeUncommitted(m_feed, &written, &go);
        QVERIFY(pending && written.ok);
        const int whileWriting = pagesWritten() - before;
        QVERIFY2(whileWriting >= 5, qPrintable(QStringLiteral("%1 pages written with the burst").arg(whileWriting)));
        QCOMPARE(m_mine->store.entryCount(m_incident), 0); // in the log, not committed: not seen
        std::shared_ptr<const Store::SyncBatch> changed;
        const int beforeCommit = pagesWritten();
        QVERIFY(writer.commitWritten(std::move(pending), written, &changed).ok);
        const int atCommit = pagesWritten() - beforeCommit;
        QVERIFY2(atCommit < whileWriting,
                 qPrintable(QStringLiteral("%1 pages written at commit, %2 before").arg(atCommit).arg(whileWriting)));
        QCOMPARE(m_mine->store.entryCount(m_incident), 20);
    }

    void aCommandStopsABurstBeingWrittenAndItFollows()
    {
        // The writer waits for the lock another connection holds; a command of the console
        // asks it to stop, waits for it (it gets the lock when the other lets go, then stops
        // before its first change) and writes; the burst is written again after.
        StreamApplier applier(m_mine->store);
        QSignalSpy applied(&applier, &StreamApplier::applied);
        QStringList heard;
        listen(&heard);
        SqliteDb other;
        QVERIFY(other.open(m_mine->store.path(), SqliteDb::Mode::ReadWrite));
        QVERIFY(other.begin());
        for (const Change &change : std::as_const(m_feed))
            QVERIFY(applier.enqueue({change}));
        QTRY_VERIFY(applier.isWriting());
        std::thread release([&other] {
            QThread::msleep(300);
            other.rollback();
        });
        m_mine->declare();
        release.join();
        commandWentFirstAndTheBurstFollowed(applier, applied, heard);
    }

    void aFlushWaitsForTheBurstBeingWritten()
    {
        StreamApplier applier(m_mine->store);
        QSignalSpy applied(&applier, &StreamApplier::applied);
        QSignalSpy batch(&m_mine->store, &Store::entriesAdded);
        QSignalSpy one(&m_mine->store, &Store::entryAdded);
        // Thirty more, handed over after the first burst: the part of the queue flush
        // applies here. Made first: the writer waits for the lock meanwhile (5 s at most).
        for (int i = 0; i < 30; ++i)
            m_theirs->addEntry(m_incident, QStringLiteral("later %1").arg(i));
        QList<Change> feed = m_feed;
        for (const Op &op : takeOps(m_theirs->store).mid(m_feed.size())) // the outbox keeps them all
            feed.append(changeOf(op, feed.size() + 1));
        QVERIFY(m_mine->store.db().begin()); // holds the first burst in the writer
        for (const Change &change : std::as_const(m_feed))
            QVERIFY(applier.enqueue({change}));
        QTRY_VERIFY(applier.isWriting());
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
    // After a command of the console (declaring its own incident) while the applier had
    // the feed in a burst: only the command was announced, the burst is still queued; then
    // the burst is written again and announced.
    void commandWentFirstAndTheBurstFollowed(const StreamApplier &applier, QSignalSpy &applied, const QStringList &heard)
    {
        QCOMPARE(heard, QStringList{QStringLiteral("mine")});
        QCOMPARE(m_mine->store.incidents().size(), 1);
        QCOMPARE(m_mine->store.syncCursor(), 0);
        QVERIFY(!applier.isWriting());
        QCOMPARE(applier.queued(), m_feed.size());
        QVERIFY(applied.wait(1000));
        QVERIFY(applied.first().first().value<ApplyResult>().ok);
        QCOMPARE(heard, (QStringList{QStringLiteral("mine"), QStringLiteral("their incident"), QStringLiteral("burst of 20")}));
        QCOMPARE(m_mine->store.entryCount(m_incident), 20);
        QCOMPARE(m_mine->store.incidents().size(), 2);
        QCOMPARE(m_mine->store.syncCursor(), qint64(m_feed.size()));
        QCOMPARE(applier.queued(), 0);
    }

    // Notes what the console's store announces, in order: a batch of entries, their
    // incident, an incident of this console's own.
    void listen(QStringList *heard)
    {
        connect(&m_mine->store, &Store::entriesAdded, this, [heard](const QUuid &, const QList<QUuid> &ids) {
            heard->append(QStringLiteral("burst of %1").arg(ids.size()));
        });
        connect(&m_mine->store, &Store::incidentChanged, this, [this, heard](const QUuid &id) {
            heard->append(id == m_incident ? QStringLiteral("their incident") : QStringLiteral("mine"));
        });
    }

    // Hands the changes to the applier and returns once its writer has taken the write lock
    // for them (written or being written, not committed), without running this thread's
    // event loop after that (it would announce the burst). Another connection holds the lock
    // while they are handed over, so that the writer cannot be done before this thread looks.
    bool holdBurst(StreamApplier &applier, const QList<Change> &changes)
    {
        SqliteDb other;
        if (!other.open(m_mine->store.path(), SqliteDb::Mode::ReadWrite) || !other.begin())
            return false;
        for (const Change &change : changes) {
            if (!applier.enqueue({change}))
                return false;
        }
        QTest::qWait(10 * StreamApplier::FlushDelayMs);
        if (!applier.isWriting())
            return false;
        other.rollback();
        QElapsedTimer waited;
        waited.start();
        while (other.begin(LockWait::DontWait)) {
            other.rollback();
            if (waited.elapsed() > 5000)
                return false;
            QThread::msleep(1);
        }
        return true;
    }

    std::unique_ptr<StoreFixture> m_theirs;
    std::unique_ptr<StoreFixture> m_mine;
    QUuid m_incident;
    QList<Change> m_feed;
};

QTEST_GUILESS_MAIN(tst_StreamApplier)
#include "tst_StreamApplier.moc"
