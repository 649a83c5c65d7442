// The dashboard's figures (core/metrics, docs/METRICS.md) on a small dataset whose every
// figure is worked out by hand below, written through a real store with a manual clock so
// that the milestones are the store's own; then invariants over the demo data.

#include "StoreFixture.h"

#include "demo/DemoData.h"
#include "metrics/Metrics.h"
#include "rules/Clock.h"

#include <QTest>

using namespace Sitrep;
using namespace Sitrep::Testing;

namespace {

QDateTime utc(int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone::utc());
}

const ResponseFigures *find(const QList<ResponseFigures> &figures, const QString &key)
{
    for (const ResponseFigures &figure : figures) {
        if (figure.key == key)
            return &figure;
    }
    return nullptr;
}

} // namespace

class tst_Metrics : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void statistics();
    void handBuiltFigures();
    void filters();
    void incidentsBehindAFigure();
    void weeksFollowTheTimeZone();
    void demoDataAddsUp();

private:
    // Declares at `declared`; acknowledged (investigating) and resolved after so many
    // minutes, or never (-1).
    QUuid incident(const QDateTime &declared, int ackMinutes, int resolveMinutes, const Team &team,
                   const QString &severity, const QList<QUuid> &services, const QStringList &tags);

    StoreFixture m_fixture;
    ManualClock m_clock{utc(1, 1)};
    Team m_a{newId(), QStringLiteral("Payments"), {}};
    Team m_b{newId(), QStringLiteral("Search"), {}};
    Service m_s1{newId(), QStringLiteral("checkout-api"), {}, 1};
    Service m_s2{newId(), QStringLiteral("search-api"), {}, 2};
    QUuid m_i1, m_i2, m_i3, m_i4, m_i5, m_p1;
    // The two weeks from Monday 2 March 2026, UTC; the period before is 16 Feb - 2 Mar.
    MetricsFilter m_period{utc(3, 2), utc(3, 16), {}, {}, {}};
    QList<IncidentFacts> m_facts;
};

QUuid tst_Metrics::incident(const QDateTime &declared, int ackMinutes, int resolveMinutes, const Team &team,
                            const QString &severity, const QList<QUuid> &services, const QStringList &tags)
{
    Store &store = m_fixture.store;
    m_clock.set(declared);
    Incident incident;
    incident.title = QStringLiteral("Incident at %1").arg(declared.toString(Qt::ISODate));
    incident.severity = severity;
    incident.owningTeam = team.id;
    incident.affectedServices = services;
    incident.tags = tags;
    const CommandResult declaredResult = store.declareIncident(incident);
    if (!declaredResult)
        qWarning() << declaredResult.error;
    if (ackMinutes >= 0) {
        m_clock.set(declared.addSecs(60 * ackMinutes));
        store.setStatus(declaredResult.id, IncidentStatus::Investigating);
    }
    if (resolveMinutes >= 0) {
        m_clock.set(declared.addSecs(60 * resolveMinutes));
        store.setStatus(declaredResult.id, IncidentStatus::Resolved);
    }
    return declaredResult.id;
}

void tst_Metrics::initTestCase()
{
    QVERIFY(m_fixture.store.open(m_fixture.path()).ok);
    m_fixture.store.setActor(m_fixture.ana.id);
    QVERIFY(m_fixture.store.replaceDirectory({m_a, m_b}, {m_fixture.ana}, {m_s1, m_s2}));
    m_fixture.store.setClock(&m_clock);
    // In the period:
    m_i1 = incident(utc(3, 2, 10), 4, 60, m_a, QStringLiteral("SEV1"), {m_s1.id}, {QStringLiteral("eu"), QStringLiteral("deploy")});
    m_i2 = incident(utc(3, 3, 12), 10, 120, m_a, QStringLiteral("SEV2"), {m_s1.id, m_s2.id}, {QStringLiteral("deploy")});
    m_i3 = incident(utc(3, 9, 8), 2, 30, m_b, QStringLiteral("SEV2"), {m_s2.id}, {});
    m_i4 = incident(utc(3, 12, 20), 20, -1, m_b, QStringLiteral("SEV3"), {m_s2.id}, {QStringLiteral("eu")});
    m_i5 = incident(utc(3, 15, 23, 59), -1, -1, m_a, QStringLiteral("SEV3"), {m_s1.id}, {});
    // In the period before:
    m_p1 = incident(utc(2, 20, 9), 6, 90, m_a, QStringLiteral("SEV2"), {m_s1.id}, {});
    // In neither: the period's end is exclusive, and before the previous period.
    incident(utc(3, 16), 1, 2, m_a, QStringLiteral("SEV1"), {m_s1.id}, {});
    incident(utc(2, 15, 23), 1, 2, m_b, QStringLiteral("SEV1"), {m_s2.id}, {});
    m_fixture.store.setClock(nullptr);
    m_facts = m_fixture.store.incidentFacts(utc(1, 1), utc(12, 31));
    QCOMPARE(m_facts.size(), 8);
}

void tst_Metrics::statistics()
{
    // Sorted: 2, 4, 6, 8, 30. Mean 50 / 5 = 10. Median: the 3rd. p90: rank 0.9 x 4 = 3.6,
    // so 8 + 0.6 x (30 - 8) = 21.2. Quartiles: ranks 1 and 3, so 4 and 8.
    const DurationStats stats = DurationStats::of({30, 2, 8, 4, 6});
    QCOMPARE(stats.count, 5);
    QCOMPARE(stats.mean, 10.0);
    QCOMPARE(stats.median, 6.0);
    QCOMPARE(stats.p90, 21.2);
    const BoxStats box = BoxStats::of({30, 2, 8, 4, 6});
    QCOMPARE(box.min, 2.0);
    QCOMPARE(box.q1, 4.0);
    QCOMPARE(box.median, 6.0);
    QCOMPARE(box.q3, 8.0);
    QCOMPARE(box.max, 30.0);
    // An even count: the median is halfway between the middle two.
    QCOMPARE(DurationStats::of({1, 2, 3, 10}).median, 2.5);
    QCOMPARE(DurationStats::of({}), DurationStats{});
    QCOMPARE(DurationStats::of({7}).p90, 7.0);
}

void tst_Metrics::handBuiltFigures()
{
    const MetricsDashboard dashboard = Metrics::compute(m_facts, m_period, QTimeZone::utc());
    // Five incidents; i5 never acknowledged, i4 and i5 not resolved.
    const ResponseFigures &all = dashboard.overall;
    QCOMPARE(all.incidents, 5);
    QCOMPARE(all.unacknowledged, 1);
    QCOMPARE(all.unresolved, 2);
    // To acknowledge: 2, 4, 10, 20 min. Mean 36 / 4 = 9; median (4 + 10) / 2 = 7;
    // p90: rank 2.7, so 10 + 0.7 x 10 = 17.
    QCOMPARE(all.toAcknowledge.count, 4);
    QCOMPARE(all.toAcknowledge.mean, 9.0);
    QCOMPARE(all.toAcknowledge.median, 7.0);
    QCOMPARE(all.toAcknowledge.p90, 17.0);
    // To resolve: 30, 60, 120. Mean 70; median 60; p90: rank 1.8, so 60 + 0.8 x 60 = 108.
    QCOMPARE(all.toResolve.count, 3);
    QCOMPARE(all.toResolve.mean, 70.0);
    QCOMPARE(all.toResolve.median, 60.0);
    QCOMPARE(all.toResolve.p90, 108.0);
    // The period before: p1 alone (6 and 90 min).
    QCOMPARE(all.previousIncidents, 1);
    QCOMPARE(all.previousToAcknowledge.mean, 6.0);
    QCOMPARE(all.previousToResolve.median, 90.0);

    // By team: Payments has i1, i2, i5 (and p1 before); Search i3, i4.
    QCOMPARE(dashboard.byTeam.size(), 2);
    QCOMPARE(dashboard.byTeam.at(0).key, Metrics::keyOf(m_a.id)); // the busiest first
    QCOMPARE(dashboard.byTeam.at(0).incidents, 3);
    QCOMPARE(dashboard.byTeam.at(0).toAcknowledge.mean, 7.0);  // 4, 10
    QCOMPARE(dashboard.byTeam.at(0).toResolve.mean, 90.0);     // 60, 120
    QCOMPARE(dashboard.byTeam.at(0).previousIncidents, 1);
    QCOMPARE(dashboard.byTeam.at(1).incidents, 2);
    QCOMPARE(dashboard.byTeam.at(1).toAcknowledge.mean, 11.0); // 2, 20
    QCOMPARE(dashboard.byTeam.at(1).toResolve.median, 30.0);
    QCOMPARE(dashboard.byTeam.at(1).previousIncidents, 0);

    // By severity, in the taxonomy's order; SEV1 also counts its neighbour outside.
    QCOMPARE(dashboard.bySeverity.size(), 3);
    QCOMPARE(dashboard.bySeverity.at(0).key, QStringLiteral("SEV1"));
    QCOMPARE(dashboard.bySeverity.at(0).incidents, 1);
    QCOMPARE(dashboard.bySeverity.at(1).key, QStringLiteral("SEV2"));
    QCOMPARE(dashboard.bySeverity.at(1).incidents, 2);
    QCOMPARE(dashboard.bySeverity.at(1).toResolve.mean, 75.0); // 120, 30
    QCOMPARE(dashboard.bySeverity.at(1).previousIncidents, 1);  // p1
    QCOMPARE(dashboard.bySeverity.at(2).key, QStringLiteral("SEV3"));
    QCOMPARE(dashboard.bySeverity.at(2).unresolved, 2);

    // By service: i2 counts for both of its services.
    const ResponseFigures *checkout = find(dashboard.byService, Metrics::keyOf(m_s1.id));
    const ResponseFigures *search = find(dashboard.byService, Metrics::keyOf(m_s2.id));
    QVERIFY(checkout && search);
    QCOMPARE(checkout->incidents, 3); // i1, i2, i5
    QCOMPARE(search->incidents, 3);   // i2, i3, i4
    QCOMPARE(search->toAcknowledge.median, 10.0); // 2, 10, 20

    // By tag: each of an incident's tags; untagged ones under the empty key.
    QCOMPARE(find(dashboard.byTag, QStringLiteral("deploy"))->incidents, 2); // i1, i2
    QCOMPARE(find(dashboard.byTag, QStringLiteral("eu"))->incidents, 2);     // i1, i4
    QCOMPARE(find(dashboard.byTag, QString())->incidents, 2);                // i3, i5

    // Density per service per week: weeks of 2 and 9 March.
    QCOMPARE(dashboard.weeks, (QList<QDate>{QDate(2026, 3, 2), QDate(2026, 3, 9)}));
    QCOMPARE(dashboard.density.size(), 2);
    for (const ServiceDensity &row : dashboard.density) {
        QCOMPARE(row.total, 3);
        QCOMPARE(row.perWeek, row.service == m_s1.id ? (QList<int>{2, 1}) : (QList<int>{1, 2}));
    }

    // The trend: week by week, and the period before (16 and 23 February).
    QCOMPARE(dashboard.trend.size(), 2);
    QCOMPARE(dashboard.trend.at(0).incidents, 2);
    QCOMPARE(dashboard.trend.at(0).toAcknowledge.median, 7.0); // 4, 10
    QCOMPARE(dashboard.trend.at(1).incidents, 3);
    QCOMPARE(dashboard.trend.at(1).toAcknowledge.median, 11.0); // 2, 20
    QCOMPARE(dashboard.previousTrend.size(), 2);
    QCOMPARE(dashboard.previousTrend.at(0).week, QDate(2026, 2, 16));
    QCOMPARE(dashboard.previousTrend.at(0).incidents, 1);
    QCOMPARE(dashboard.previousTrend.at(1).incidents, 0);

    // Teams side by side: Search's time to acknowledge is 2 and 20 minutes.
    QCOMPARE(dashboard.teams.size(), 2);
    QCOMPARE(dashboard.teams.at(1).team, m_b.id);
    QCOMPARE(dashboard.teams.at(1).toAcknowledge.min, 2.0);
    QCOMPARE(dashboard.teams.at(1).toAcknowledge.q1, 6.5);   // rank 0.25: 2 + 0.25 x 18
    QCOMPARE(dashboard.teams.at(1).toAcknowledge.median, 11.0);
    QCOMPARE(dashboard.teams.at(1).toAcknowledge.max, 20.0);
}

void tst_Metrics::filters()
{
    MetricsFilter search = m_period;
    search.team = m_b.id;
    QCOMPARE(Metrics::compute(m_facts, search, QTimeZone::utc()).overall.incidents, 2);
    MetricsFilter sev2 = m_period;
    sev2.severity = QStringLiteral("SEV2");
    const MetricsDashboard severe = Metrics::compute(m_facts, sev2, QTimeZone::utc());
    QCOMPARE(severe.overall.incidents, 2);
    QCOMPARE(severe.overall.previousIncidents, 1);
    MetricsFilter service = m_period;
    service.service = m_s2.id;
    const MetricsDashboard onSearch = Metrics::compute(m_facts, service, QTimeZone::utc());
    QCOMPARE(onSearch.overall.incidents, 3);
    QCOMPARE(onSearch.overall.toResolve.mean, 75.0); // i2 120, i3 30; i4 unresolved
    QCOMPARE(onSearch.overall.previousIncidents, 0);
    // An empty period has figures of nothing, not errors.
    const MetricsDashboard empty = Metrics::compute(m_facts, MetricsFilter{utc(6, 1), utc(6, 8), {}, {}, {}},
                                                    QTimeZone::utc());
    QCOMPARE(empty.overall.incidents, 0);
    QCOMPARE(empty.overall.toResolve, DurationStats{});
    QCOMPARE(empty.weeks.size(), 1);
}

void tst_Metrics::incidentsBehindAFigure()
{
    // The bar of search-api in the week of 9 March: i3 and i4, newest first.
    const QList<IncidentFacts> behind = Metrics::incidentsBehind(
        m_facts, m_period, {MetricsDimension::Service, Metrics::keyOf(m_s2.id), QDate(2026, 3, 9)}, QTimeZone::utc());
    QCOMPARE(behind.size(), 2);
    QCOMPARE(behind.at(0).id, m_i4);
    QCOMPARE(behind.at(1).id, m_i3);
    // A whole group: SEV3 in the period.
    const QList<IncidentFacts> minor = Metrics::incidentsBehind(
        m_facts, m_period, {MetricsDimension::Severity, QStringLiteral("SEV3"), {}}, QTimeZone::utc());
    QCOMPARE(minor.size(), 2);
    QCOMPARE(minor.at(0).id, m_i5);
    // A whole week, every group: the week of 2 March has i1 and i2.
    const QList<IncidentFacts> week = Metrics::incidentsBehind(m_facts, m_period, {std::nullopt, {}, QDate(2026, 3, 2)},
                                                               QTimeZone::utc());
    QCOMPARE(week.size(), 2);
    QCOMPARE(week.at(0).id, m_i2);
}

void tst_Metrics::weeksFollowTheTimeZone()
{
    // 23:59 UTC on Sunday 15 March is 00:59 on Monday 16 March in Berlin (UTC+1 until the
    // end of March): i5 falls in the third week there.
    const QTimeZone berlin("Europe/Berlin");
    QVERIFY(berlin.isValid());
    const MetricsDashboard dashboard = Metrics::compute(m_facts, m_period, berlin);
    QCOMPARE(dashboard.weeks.size(), 3);
    QCOMPARE(dashboard.weeks.last(), QDate(2026, 3, 16));
    QCOMPARE(dashboard.trend.last().incidents, 1);
    QCOMPARE(Metrics::weekOf(utc(3, 15, 23, 59).toMSecsSinceEpoch(), berlin), QDate(2026, 3, 16));
    QCOMPARE(Metrics::weekOf(utc(3, 15, 23, 59).toMSecsSinceEpoch(), QTimeZone::utc()), QDate(2026, 3, 9));
}

void tst_Metrics::demoDataAddsUp()
{
    StoreFixture fixture;
    QVERIFY(fixture.store.open(fixture.path()).ok);
    DemoData::Options options;
    options.referenceTime = utc(6, 1, 9);
    DemoData demo(options);
    QVERIFY(demo.generate(fixture.store).ok);
    const MetricsFilter year{utc(6, 1, 9).addYears(-1), utc(6, 1, 9), {}, {}, {}};
    const QList<IncidentFacts> facts = fixture.store.incidentFacts(year.previous().from, year.to);
    const MetricsDashboard dashboard = Metrics::compute(facts, year, QTimeZone::utc());
    const int all = dashboard.overall.incidents;
    QVERIFY2(all > 50, qPrintable(QString::number(all))); // half of two years' 200
    QCOMPARE(all + dashboard.overall.previousIncidents, int(facts.size()));
    auto sum = [](const QList<ResponseFigures> &figures) {
        int total = 0;
        for (const ResponseFigures &figure : figures)
            total += figure.incidents;
        return total;
    };
    QCOMPARE(sum(dashboard.byTeam), all);
    QCOMPARE(sum(dashboard.bySeverity), all);
    int perWeek = 0;
    for (const WeekTrend &week : dashboard.trend)
        perWeek += week.incidents;
    QCOMPARE(perWeek, all);
    for (const ServiceDensity &row : dashboard.density) {
        QCOMPARE(find(dashboard.byService, Metrics::keyOf(row.service))->incidents, row.total);
        QCOMPARE(std::accumulate(row.perWeek.cbegin(), row.perWeek.cend(), 0), row.total);
    }
    for (const ResponseFigures &severity : dashboard.bySeverity) {
        QCOMPARE(severity.toAcknowledge.count + severity.unacknowledged, severity.incidents);
        QVERIFY(severity.toAcknowledge.median <= severity.toAcknowledge.p90);
        QVERIFY(severity.toAcknowledge.median <= severity.toResolve.median);
    }
    // The demo's clocks are lognormal around 4 min (SEV1) to 30 min (SEV4) to acknowledge:
    // the medians come out in that order.
    QVERIFY(dashboard.bySeverity.first().toAcknowledge.median < dashboard.bySeverity.last().toAcknowledge.median);
}

QTEST_GUILESS_MAIN(tst_Metrics)
#include "tst_Metrics.moc"
