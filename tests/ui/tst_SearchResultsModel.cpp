#include "SearchResultsModel.h"
#include "store/Search.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Sitrep;

class tst_SearchResultsModel : public QObject
{
    Q_OBJECT
private slots:
    void highlightsOnlyTheMarkedMatches()
    {
        const QString snippet = QStringLiteral("see [logs] <b>") + Search::MatchStart + QStringLiteral("rollback")
                                + Search::MatchEnd + QStringLiteral(" & more");
        // Brackets and markup typed by people stay text; only the markers highlight.
        QCOMPARE(SearchResultsModel::highlightedSnippet(snippet),
                 QStringLiteral("see [logs] &lt;b&gt;<b><u>rollback</u></b> &amp; more"));
        QCOMPARE(SearchResultsModel::plainSnippet(snippet), QStringLiteral("see [logs] <b>rollback & more"));
    }

    void rowsNameWhatTheyBelongTo()
    {
        SearchResultsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SearchHit incident{SearchHit::Kind::Incident, QUuid::createUuid(), {}, Search::MatchStart + QStringLiteral("Checkout") + Search::MatchEnd + QStringLiteral(" errors"),
                           QDateTime::currentDateTimeUtc(), -1, QStringLiteral("Checkout errors"), QStringLiteral("SEV1")};
        SearchHit entry{SearchHit::Kind::Entry, incident.incidentId, QUuid::createUuid(), QStringLiteral("roll back"),
                        QDateTime(QDate(2026, 11, 30), QTime(14, 2), Qt::UTC), -1, QStringLiteral("Checkout errors"), QStringLiteral("SEV1")};
        model.setHits({incident, entry});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data(SearchResultsModel::HeadingRole).toString(), QStringLiteral("SEV1 · Incident"));
        QVERIFY(model.index(1).data(SearchResultsModel::HeadingRole).toString().startsWith(QStringLiteral("SEV1 · Checkout errors · ")));
        QCOMPARE(model.index(0).data(Qt::AccessibleTextRole).toString(), QStringLiteral("SEV1 · Incident: Checkout errors"));
        QCOMPARE(model.index(1).data(SearchResultsModel::EntryIdRole).toUuid(), entry.entryId);
        QVERIFY(model.index(1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("UTC 2026-11-30 14:02")));
    }
};

QTEST_GUILESS_MAIN(tst_SearchResultsModel)
#include "tst_SearchResultsModel.moc"
