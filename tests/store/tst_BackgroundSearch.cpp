#include "StoreFixture.h"

#include "store/BackgroundSearch.h"
#include "store/Search.h"

#include <QSignalSpy>
#include <QThread>

using namespace Sitrep;
using namespace Sitrep::Testing;

// Search on its own thread and connection: it sees what the console committed, answers
// only the latest text, and says plainly when the cache cannot be read.
class tst_BackgroundSearch : public QObject
{
    Q_OBJECT
private slots:
    void findsCommittedRowsOffTheCallingThread()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QUuid checkout = f.declare(QStringLiteral("Checkout errors in EU"));
        BackgroundSearch search(f.path());
        QSignalSpy found(&search, &BackgroundSearch::found);

        const quint64 first = search.find(QStringLiteral("rollback"));
        QVERIFY(found.wait());
        QCOMPARE(found.first().at(0).toULongLong(), first);
        QCOMPARE(found.first().at(2).value<QList<SearchHit>>().size(), 0);

        // Written after the search connection opened: WAL shows it to the next search.
        const QUuid entry = f.addEntry(checkout, QStringLiteral("Decision: rollback of checkout-api"));
        found.clear();
        search.find(QStringLiteral("rollback"));
        QVERIFY(found.wait());
        const auto hits = found.first().at(2).value<QList<SearchHit>>();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().entryId, entry);
        QCOMPARE(hits.first().incidentTitle, QStringLiteral("Checkout errors in EU"));
    }

    void onlyTheLatestTextIsAnswered()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QUuid incident = f.declare(QStringLiteral("Search latency"));
        for (int i = 0; i < 200; ++i)
            f.addEntry(incident, QStringLiteral("queue backlog growing %1").arg(i));
        BackgroundSearch search(f.path());
        QSignalSpy found(&search, &BackgroundSearch::found);

        // As a person types: each keystroke a search, the earlier ones superseded.
        const QString typed = QStringLiteral("backlog growing");
        quint64 last = 0;
        for (int length = 1; length <= typed.size(); ++length)
            last = search.find(typed.left(length));
        // Every search was queued before the answers could be delivered: only the latest
        // one may be answered (older ones are skipped or their answers dropped).
        QVERIFY(found.wait());
        QTest::qWait(50);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.last().at(0).toULongLong(), last);
        QCOMPARE(found.last().at(1).toString(), typed);
        QCOMPARE(found.last().at(2).value<QList<SearchHit>>().size(), 50);
    }

    void aMissingCacheIsReported()
    {
        QTemporaryDir dir;
        BackgroundSearch search(dir.filePath(QStringLiteral("nothing-here.sqlite")));
        QSignalSpy failed(&search, &BackgroundSearch::failed);
        QSignalSpy found(&search, &BackgroundSearch::found);
        search.find(QStringLiteral("anything"));
        QVERIFY(failed.wait());
        QVERIFY2(failed.first().at(1).toString().contains(QStringLiteral("does not exist")),
                 qPrintable(failed.first().at(1).toString()));
        QCOMPARE(found.size(), 0);
    }

    void destroyingWithSearchesQueuedIsSafe()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QUuid incident = f.declare();
        for (int i = 0; i < 50; ++i)
            f.addEntry(incident, QStringLiteral("error rate %1").arg(i));
        auto search = std::make_unique<BackgroundSearch>(f.path());
        for (int i = 0; i < 20; ++i)
            search->find(QStringLiteral("error"));
        search.reset(); // joins the thread; queued searches and answers are dropped
        QTest::qWait(20);
    }
};

QTEST_GUILESS_MAIN(tst_BackgroundSearch)
#include "tst_BackgroundSearch.moc"
