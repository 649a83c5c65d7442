// The metrics dashboard (MetricsWindow) offscreen over a real store, driven by keys and
// mouse clicks: its figures arrive from the worker, a bar chosen by keyboard or mouse lists
// its incidents, Enter opens one, the filters recompute, and synced changes show up.

#include "MainWindow.h"
#include "MetricsFilterBar.h"
#include "MetricsWindow.h"
#include "ResponseTimesChart.h"
#include "ServiceDensityChart.h"
#include "TeamComparisonChart.h"
#include "TrendChart.h"
#include "UiTestStore.h"

#include <QBarSeries>
#include <QBarSet>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTabWidget>
#include <QToolTip>

using namespace Sitrep;
using namespace Sitrep::UiTest;

class tst_MetricsWindow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_fixture.reset(); }
    void showsTheFiguresFromTheWorker();
    void aBarChosenByKeyboardListsItsIncidents();
    void aBarClickedListsItsIncidents();
    void filtersAndSyncedChangesRecompute();
    void densityAndExports();
    void trendAndTeamsByKeyboard();
    void consoleOpensItByKeyboard();

private:
    // Declared minutesAgo, acknowledged now: its time to acknowledge is minutesAgo.
    QUuid acknowledged(const QString &title, int minutesAgo, const QString &severity, const Team &team);

    std::unique_ptr<Fixture> m_fixture;
    Team m_payments{newId(), QStringLiteral("Payments"), {}};
    Team m_search{newId(), QStringLiteral("Search"), {}};
    QUuid m_slow;
    QUuid m_fast;
};

QUuid tst_MetricsWindow::acknowledged(const QString &title, int minutesAgo, const QString &severity, const Team &team)
{
    Incident incident;
    incident.title = title;
    incident.severity = severity;
    incident.owningTeam = team.id;
    incident.affectedServices = {m_fixture->checkout.id};
    incident.declaredAt = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    const CommandResult declared = m_fixture->store->declareIncident(incident);
    if (!declared || !m_fixture->store->setStatus(declared.id, IncidentStatus::Investigating))
        qWarning() << declared.error;
    return declared.id;
}

namespace {

// The window's computations as they arrive: made with the window, so that none is missed
// however fast the worker is.
class Figures
{
public:
    explicit Figures(MetricsWindow &window) : m_updated(&window, &MetricsWindow::updated) {}
    // The next computation after those already taken.
    bool next()
    {
        if (m_updated.size() <= m_taken && !m_updated.wait(5000))
            return false;
        m_taken = m_updated.size();
        return true;
    }

private:
    QSignalSpy m_updated;
    qsizetype m_taken = 0;
};

} // namespace

void tst_MetricsWindow::init()
{
    m_fixture = std::make_unique<Fixture>();
    QVERIFY(m_fixture->open());
    QVERIFY(m_fixture->store->replaceDirectory({m_payments, m_search}, {m_fixture->alice, m_fixture->jo},
                                               {m_fixture->checkout}));
    m_slow = acknowledged(QStringLiteral("Card payments failing"), 90, QStringLiteral("SEV2"), m_payments);
    m_fast = acknowledged(QStringLiteral("Search results stale"), 30, QStringLiteral("SEV1"), m_search);
}

void tst_MetricsWindow::showsTheFiguresFromTheWorker()
{
    MetricsWindow window(*m_fixture->store);
    Figures figures(window);
    window.show();
    QVERIFY(figures.next());
    QCOMPARE(window.result().dashboard.overall.incidents, 2);
    auto *chart = qobject_cast<ResponseTimesChart *>(window.chart(0));
    QVERIFY(chart);
    QCOMPARE(chart->dimension(), MetricsDimension::Team);
    const auto series = qobject_cast<QBarSeries *>(chart->chart()->series().constFirst());
    QVERIFY(series);
    // One bar per team; the medians are their single times to acknowledge, 90 and 30 min.
    const QBarSet *median = series->barSets().constFirst();
    QCOMPARE(median->count(), 2);
    QList<double> medians{median->at(0), median->at(1)};
    std::sort(medians.begin(), medians.end());
    QVERIFY2(qAbs(medians.at(0) - 30) < 0.5 && qAbs(medians.at(1) - 90) < 0.5,
             qPrintable(QStringLiteral("%1 %2").arg(medians.at(0)).arg(medians.at(1))));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("metricsStatus"))->text().contains(QStringLiteral("2 incidents")));
    for (QWidget *control : window.findChildren<QComboBox *>())
        QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
}

void tst_MetricsWindow::aBarChosenByKeyboardListsItsIncidents()
{
    MetricsWindow window(*m_fixture->store);
    Figures figures(window);
    QSignalSpy open(&window, &MetricsWindow::openIncident);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(figures.next());
    MetricsChart *chart = window.chart(0);
    chart->view()->setFocus();
    QTest::keyClick(chart->view(), Qt::Key_Right);
    QCOMPARE(chart->currentCategory(), 0);
    const QString first = chart->describe();
    QVERIFY2(first.contains(QStringLiteral("Payments")) || first.contains(QStringLiteral("Search")), qPrintable(first));
    QTest::keyClick(chart->view(), Qt::Key_Right);
    QCOMPARE(chart->currentCategory(), 1);
    QTest::keyClick(chart->view(), Qt::Key_Return);
    // The team's one incident is listed and has the focus: Enter opens it in the console.
    QListWidget *list = window.incidentList();
    QCOMPARE(list->count(), 1);
    const bool searchTeam = chart->describe().startsWith(QStringLiteral("Search"));
    QVERIFY(list->item(0)->text().contains(searchTeam ? QStringLiteral("Search results stale")
                                                      : QStringLiteral("Card payments failing")));
    QTRY_VERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().first().toUuid(), searchTeam ? m_fast : m_slow);
}

void tst_MetricsWindow::aBarClickedListsItsIncidents()
{
    MetricsWindow window(*m_fixture->store);
    Figures figures(window);
    window.resize(1100, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(figures.next());
    MetricsChart *chart = window.chart(0);
    const auto series = qobject_cast<QBarSeries *>(chart->chart()->series().constFirst());
    // The middle of the first group's median bar, in the view's coordinates. Bars of three
    // sets share a category: the median is the leftmost third.
    const QBarSet *median = series->barSets().constFirst();
    const QPointF top = chart->chart()->mapToPosition(QPointF(0, median->at(0) / 2), series);
    const QPointF centre = chart->chart()->mapToPosition(QPointF(0, 0), series);
    const QPointF inBar(centre.x() - series->barWidth() * 0.25 * (chart->chart()->plotArea().width() / 2), top.y());
    const QPoint at = chart->view()->mapFromScene(chart->chart()->mapToScene(inBar));
    // Hovering the bar shows its figures.
    QTest::mouseMove(chart->view()->viewport(), at + QPoint(1, 0));
    QTest::mouseMove(chart->view()->viewport(), at);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QStringLiteral("median")), qPrintable(QToolTip::text()));
    QTest::mouseClick(chart->view()->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(window.incidentList()->count(), 1);
}

void tst_MetricsWindow::filtersAndSyncedChangesRecompute()
{
    MetricsWindow window(*m_fixture->store);
    Figures figures(window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(figures.next());
    // Severity: SEV1 only, chosen by keyboard.
    QComboBox *severity = window.findChild<QComboBox *>(QStringLiteral("metricsSeverity"));
    severity->setFocus();
    QTest::keyClick(severity, Qt::Key_Down);
    QVERIFY(severity->currentText().startsWith(QStringLiteral("SEV1")));
    QVERIFY(figures.next());
    QCOMPARE(window.result().dashboard.overall.incidents, 1);
    QCOMPARE(window.result().dashboard.filter.severity, QStringLiteral("SEV1"));
    // A SEV1 arriving (as from sync) shows up once changes settle.
    acknowledged(QStringLiteral("Checkout down"), 10, QStringLiteral("SEV1"), m_payments);
    QVERIFY(figures.next());
    QCOMPARE(window.result().dashboard.overall.incidents, 2);
    // The period: the last 7 days still has all of them.
    QComboBox *period = window.filterBar()->periodBox();
    period->setFocus();
    QTest::keyClick(period, Qt::Key_Home);
    QCOMPARE(period->currentIndex(), 0);
    QVERIFY(figures.next());
    const MetricsFilter filter = window.result().dashboard.filter;
    QCOMPARE(filter.from.daysTo(filter.to), 7);
    QCOMPARE(window.result().dashboard.overall.incidents, 2);
}

void tst_MetricsWindow::densityAndExports()
{
    MetricsWindow window(*m_fixture->store);
    Figures figures(window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(figures.next());
    window.tabs()->setFocus();
    QTest::keyClick(window.tabs(), Qt::Key_Tab, Qt::ControlModifier);
    auto *density = qobject_cast<ServiceDensityChart *>(window.currentChart());
    QVERIFY(density);
    // Both incidents hit Checkout this week.
    const QString csv = density->csv();
    QVERIFY2(csv.contains(QStringLiteral("\"Checkout\"")) && csv.trimmed().endsWith(QStringLiteral(",2")), qPrintable(csv));
    const QString responses = window.chart(0)->csv();
    QCOMPARE(responses.count(QLatin1Char('\n')), 3); // the header and the two teams
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("density.png"));
    QVERIFY(density->savePng(png));
    QVERIFY(QImage(png).width() > 100);
}

void tst_MetricsWindow::trendAndTeamsByKeyboard()
{
    MetricsWindow window(*m_fixture->store);
    Figures figures(window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(figures.next());
    window.tabs()->setFocus();
    QTest::keyClick(window.tabs(), Qt::Key_Tab, Qt::ControlModifier);
    QTest::keyClick(window.tabs(), Qt::Key_Tab, Qt::ControlModifier);
    auto *trend = qobject_cast<TrendChart *>(window.currentChart());
    QVERIFY(trend);
    // The last 90 days: 13 or 14 weeks; both incidents in the last one.
    const QStringList rows = trend->csv().trimmed().split(QLatin1Char('\n'));
    QCOMPARE(rows.size() - 1, int(window.result().dashboard.weeks.size()));
    QVERIFY2(rows.last().split(QLatin1Char(',')).at(1) == QStringLiteral("2"), qPrintable(rows.last()));
    trend->view()->setFocus();
    QTest::keyClick(trend->view(), Qt::Key_Left); // from nothing, Left starts at the newest week
    QVERIFY2(trend->describe().contains(QStringLiteral("2 incidents, median 60")), qPrintable(trend->describe()));
    QTest::keyClick(trend->view(), Qt::Key_Enter);
    QCOMPARE(window.incidentList()->count(), 2);

    window.tabs()->setFocus();
    QTest::keyClick(window.tabs(), Qt::Key_Tab, Qt::ControlModifier);
    auto *teams = qobject_cast<TeamComparisonChart *>(window.currentChart());
    QVERIFY(teams);
    QVERIFY(teams->csv().contains(QStringLiteral("\"Payments\",1,")));
    teams->view()->setFocus();
    QTest::keyClick(teams->view(), Qt::Key_Right);
    QVERIFY(teams->describe().contains(QStringLiteral("1 measured")));
    QTest::keyClick(teams->view(), Qt::Key_Return);
    QCOMPARE(window.incidentList()->count(), 1);
}

void tst_MetricsWindow::consoleOpensItByKeyboard()
{
    MainWindow console(m_fixture->store.get(), nullptr, nullptr);
    console.show();
    QVERIFY(QTest::qWaitForWindowExposed(&console));
    QTest::keyClick(&console, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(console.metricsWindow());
    QTRY_VERIFY(console.metricsWindow()->isVisible());
}

QTEST_MAIN(tst_MetricsWindow)
#include "tst_MetricsWindow.moc"
