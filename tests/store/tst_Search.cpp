#include "StoreFixture.h"

#include "store/Search.h"

using namespace Sitrep;
using namespace Sitrep::Testing;

namespace {
// The snippet with its match markers as brackets, for readable expectations.
QString marked(QString snippet)
{
    return snippet.replace(Search::MatchStart, QLatin1Char('[')).replace(Search::MatchEnd, QLatin1Char(']'));
}
} // namespace

class tst_Search : public QObject
{
    Q_OBJECT
private slots:
    void matchExpression_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expression");
        QTest::newRow("one word, still typing") << "rollb" << "\"rollb\"*";
        QTest::newRow("finished word") << "rollback " << "\"rollback\"";
        QTest::newRow("several words") << "eu 5xx spike" << "\"eu\" \"5xx\" \"spike\"*";
        QTest::newRow("fts operators are words") << "NOT \"db\" -cache: NEAR(" << "\"NOT\" \"db\" \"cache\" \"NEAR\"";
        QTest::newRow("punctuation only") << "?!- " << "";
        QTest::newRow("accents kept for the tokenizer") << "résumé" << "\"résumé\"*";
    }
    void matchExpression()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expression);
        QCOMPARE(Search::toMatchExpression(typed), expression);
    }

    void findsIncidentsAndEntriesWithSnippets()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QUuid checkout = f.declare(QStringLiteral("Checkout errors in EU"));
        const QUuid search = f.declare(QStringLiteral("Search latency"));
        const QUuid rollback = f.addEntry(checkout, QStringLiteral("Decision: roll back the 14:02 deploy of checkout-api"));
        f.addEntry(search, QStringLiteral("Indexer queue backlog growing"));
        f.addEntry(search, QStringLiteral("Café résumé: diacritics fold"));

        QList<SearchHit> hits = f.store.search(QStringLiteral("checkout"));
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.first().kind, SearchHit::Kind::Incident);
        QCOMPARE(hits.first().incidentId, checkout);
        QCOMPARE(marked(hits.first().snippet), QStringLiteral("[Checkout] errors in EU"));
        QCOMPARE(hits.last().kind, SearchHit::Kind::Entry);
        QCOMPARE(hits.last().entryId, rollback);
        QCOMPARE(hits.last().incidentId, checkout);
        QVERIFY2(marked(hits.last().snippet).contains(QStringLiteral("[checkout]")), qPrintable(hits.last().snippet));
        // A hit names its incident, so a result list needs no query per row.
        QCOMPARE(hits.last().incidentTitle, QStringLiteral("Checkout errors in EU"));
        QCOMPARE(hits.first().incidentTitle, QStringLiteral("Checkout errors in EU"));
        QVERIFY(!hits.last().severity.isEmpty());

        hits = f.store.search(QStringLiteral("roll deploy"));
        QCOMPARE(hits.size(), 1);
        QVERIFY2(marked(hits.first().snippet).contains(QStringLiteral("[roll]")) && marked(hits.first().snippet).contains(QStringLiteral("[deploy]")),
                 qPrintable(hits.first().snippet));
        QCOMPARE(f.store.search(QStringLiteral("roll nonexistentword")).size(), 0); // every word must match
        QCOMPARE(f.store.search(QStringLiteral("backl")).size(), 1);                // prefix while typing
        QCOMPARE(f.store.search(QStringLiteral("resume")).size(), 1);               // diacritics folded
        QCOMPARE(f.store.search(QStringLiteral("\" OR * (")).size(), 0);            // no syntax errors leak
        QCOMPARE(f.store.search(QStringLiteral("checkout"), 1).size(), 1);
    }

    // Common terms are ranked over the newest candidates only: the result is still the
    // best of those and comes back quickly (bench/ measures how quickly).
    void commonTermReturnsBoundedBestCandidates()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QUuid incident = f.declare();
        QList<TimelineEntry> batch;
        for (int i = 0; i < Search::CandidateCap * 3; ++i) {
            TimelineEntry entry;
            entry.incidentId = incident;
            entry.body = i % 2 ? QStringLiteral("checked the load balancer pool %1").arg(i)
                               : QStringLiteral("load load load balancer %1").arg(i);
            batch.append(entry);
        }
        QVERIFY(f.store.addEntries(batch));
        const QList<SearchHit> hits = f.store.search(QStringLiteral("load"), 20);
        QCOMPARE(hits.size(), 20);
        for (const SearchHit &hit : hits)
            QVERIFY2(marked(hit.snippet).startsWith(QStringLiteral("[load] [load] [load]")), qPrintable(hit.snippet));
        for (qsizetype i = 1; i < hits.size(); ++i)
            QVERIFY(hits.at(i - 1).score <= hits.at(i).score);
    }

    // Candidates are ranked (SearchRank.h), not listed newest first: more of the words,
    // then the shorter entry. Written best last, so the newest-first order is the reverse.
    void rankingPrefersMoreOfTheWordsInShorterEntries()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QUuid incident = f.declare();
        const QUuid twice = f.addEntry(incident, QStringLiteral("pool saturated, pool drained, pool saturated"));
        const QUuid shortOne = f.addEntry(incident, QStringLiteral("pool saturated again"));
        const QUuid longOne = f.addEntry(
            incident, QStringLiteral("pool saturated while the nightly batch ran its long reconciliation over every shard"));
        f.addEntry(incident, QStringLiteral("nothing to find here"));
        const QList<SearchHit> hits = f.store.search(QStringLiteral("pool saturated"), 10);
        QList<QUuid> order;
        for (const SearchHit &hit : hits)
            order.append(hit.entryId);
        QCOMPARE(order, (QList<QUuid>{twice, shortOne, longOne}));
        QVERIFY(hits.first().score < hits.last().score);
    }
};

QTEST_GUILESS_MAIN(tst_Search)
#include "tst_Search.moc"
