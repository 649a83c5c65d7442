#include "RuledOutModel.h"
#include "TracksModel.h"
#include "TracksPane.h"
#include "UiTestStore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>

using namespace Sitrep;

class tst_TracksPane : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void addsATrackByKeyboard();
    void refusedTrackKeepsWhatWasTyped();
    void editsHypothesisOwnerAndStatus();
    void ruledOutFindingsAreSharedByEveryTrack();
    void upsertBySyncRefreshesInPlace();
    void everyControlIsNamed();

private:
    QUuid seedTrack(const QString &name, const QString &hypothesis = {});
    void clickRow(QTableView *view, int row);
    QWidget *focused() const { return QApplication::focusWidget(); }
    template<typename T> T *child(const char *name) const { return m_pane->findChild<T *>(QString::fromLatin1(name)); }

    std::unique_ptr<UiTest::Fixture> m_fixture;
    std::unique_ptr<TracksPane> m_pane;
    std::unique_ptr<QAbstractItemModelTester> m_tracksTester;
    std::unique_ptr<QAbstractItemModelTester> m_ruledOutTester;
    QUuid m_incident;
};

void tst_TracksPane::init()
{
    m_fixture = std::make_unique<UiTest::Fixture>();
    QVERIFY(m_fixture->open());
    m_incident = m_fixture->declare(QStringLiteral("Checkout errors in EU"));
    QVERIFY(!m_incident.isNull());
    m_pane = std::make_unique<TracksPane>(m_fixture->store.get());
    m_tracksTester = std::make_unique<QAbstractItemModelTester>(m_pane->tracksModel(),
                                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_ruledOutTester = std::make_unique<QAbstractItemModelTester>(
        m_pane->ruledOutModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_pane->resize(420, 560);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    m_pane->setIncident(m_incident);
}

void tst_TracksPane::cleanup()
{
    m_ruledOutTester.reset();
    m_tracksTester.reset();
    m_pane.reset();
    m_fixture.reset();
}

QUuid tst_TracksPane::seedTrack(const QString &name, const QString &hypothesis)
{
    Track track;
    track.incidentId = m_incident;
    track.name = name;
    track.hypothesis = hypothesis;
    const CommandResult result = m_fixture->store->upsertTrack(track);
    return result.id;
}

void tst_TracksPane::clickRow(QTableView *view, int row)
{
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
}

void tst_TracksPane::addsATrackByKeyboard()
{
    QTableView *view = m_pane->tracksView();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Insert);
    auto *name = child<QLineEdit>("newTrackName");
    QVERIFY(name && name->isVisible());
    QCOMPARE(focused(), name);
    QTest::keyClicks(name, QStringLiteral("network"));
    QTest::keyClick(name, Qt::Key_Tab);
    QCOMPARE(focused(), child<QComboBox>("newTrackOwner"));
    QTest::keyClicks(focused(), QStringLiteral("Jo")); // the combo's keyboard search
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused(), child<QLineEdit>("newTrackHypothesis"));
    QTest::keyClicks(focused(), QStringLiteral("LB health checks"));
    QTest::keyClick(focused(), Qt::Key_Return);

    const QList<Track> stored = m_fixture->store->tracks(m_incident);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.at(0).name, QStringLiteral("network"));
    QCOMPARE(stored.at(0).ownerId, m_fixture->jo.id);
    QCOMPARE(stored.at(0).hypothesis, QStringLiteral("LB health checks"));
    QCOMPARE(stored.at(0).status, TrackStatus::Active);

    TracksModel *model = m_pane->tracksModel();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, TracksModel::NameColumn).data().toString(), QStringLiteral("network"));
    QCOMPARE(model->index(0, TracksModel::OwnerColumn).data().toString(), QStringLiteral("Jo Okafor"));
    QVERIFY(model->index(0, TracksModel::StatusColumn).data().toString().contains(QStringLiteral("Active")));
    QCOMPARE(model->index(0, TracksModel::HypothesisColumn).data().toString(), QStringLiteral("LB health checks"));
    // The form closes and the new track is the selected one, ready to work on.
    QVERIFY(!name->isVisible());
    QCOMPARE(m_pane->selectedTrack(), stored.at(0).id);
    QCOMPARE(child<QLineEdit>("hypothesis")->text(), QStringLiteral("LB health checks"));
}

void tst_TracksPane::refusedTrackKeepsWhatWasTyped()
{
    QSignalSpy messages(m_pane.get(), &TracksPane::message);
    m_pane->tracksView()->setFocus();
    QTest::keyClick(m_pane->tracksView(), Qt::Key_Insert);
    QTest::keyClicks(focused(), QStringLiteral("   "));
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(messages.count(), 1);
    QVERIFY(m_fixture->store->tracks(m_incident).isEmpty());
    QCOMPARE(m_pane->tracksModel()->rowCount(), 0);
    auto *name = child<QLineEdit>("newTrackName");
    QVERIFY(name->isVisible());
    QCOMPARE(name->text(), QStringLiteral("   "));
    // Escape closes the form without adding anything.
    QTest::keyClick(name, Qt::Key_Escape);
    QVERIFY(!name->isVisible());
    QVERIFY(m_fixture->store->tracks(m_incident).isEmpty());
}

void tst_TracksPane::editsHypothesisOwnerAndStatus()
{
    const QUuid network = seedTrack(QStringLiteral("network"), QStringLiteral("DNS"));
    Track before = m_fixture->store->tracks(m_incident).at(0);
    before.ruledOut = {QStringLiteral("BGP")};
    QVERIFY(m_fixture->store->upsertTrack(before));
    before = m_fixture->store->tracks(m_incident).at(0);

    clickRow(m_pane->tracksView(), 0);
    QCOMPARE(m_pane->selectedTrack(), network);
    QTest::keyClick(m_pane->tracksView(), Qt::Key_F2);
    auto *hypothesis = child<QLineEdit>("hypothesis");
    QCOMPARE(focused(), hypothesis);
    QCOMPARE(hypothesis->text(), QStringLiteral("DNS"));
    QTest::keyClick(hypothesis, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(hypothesis, QStringLiteral("LB health checks"));
    QTest::keyClick(hypothesis, Qt::Key_Return);
    QCOMPARE(m_fixture->store->tracks(m_incident).at(0).hypothesis, QStringLiteral("LB health checks"));

    QTest::keyClick(hypothesis, Qt::Key_Tab);
    QCOMPARE(focused(), child<QComboBox>("owner"));
    QTest::keyClicks(focused(), QStringLiteral("Al"));
    QCOMPARE(m_fixture->store->tracks(m_incident).at(0).ownerId, m_fixture->alice.id);

    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused(), child<QComboBox>("status"));
    QTest::keyClick(focused(), Qt::Key_Down); // Active → Confirmed
    const Track after = m_fixture->store->tracks(m_incident).at(0);
    QCOMPARE(after.status, TrackStatus::Confirmed);
    QVERIFY(m_pane->tracksModel()
                ->index(0, TracksModel::StatusColumn)
                .data()
                .toString()
                .contains(QStringLiteral("Confirmed")));
    QCOMPARE(m_pane->tracksModel()->index(0, TracksModel::OwnerColumn).data().toString(),
             QStringLiteral("Alice Rivera"));
    // Only the edited fields changed: the whole track went back to the store.
    QCOMPARE(after.ruledOut, before.ruledOut);
    QCOMPARE(after.createdAt, before.createdAt);
    QCOMPARE(after.name, before.name);
}

void tst_TracksPane::ruledOutFindingsAreSharedByEveryTrack()
{
    const QUuid network = seedTrack(QStringLiteral("network"));
    const QUuid app = seedTrack(QStringLiteral("application"));
    RuledOutModel *ruledOut = m_pane->ruledOutModel();
    QSignalSpy inserted(ruledOut, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(ruledOut, &QAbstractItemModel::modelReset);
    QSignalSpy messages(m_pane.get(), &TracksPane::message);

    clickRow(m_pane->tracksView(), m_pane->tracksModel()->rowOf(network));
    auto *finding = child<QLineEdit>("finding");
    QTest::mouseClick(finding, Qt::LeftButton);
    QCOMPARE(focused(), finding);
    QTest::keyClicks(finding, QStringLiteral("DNS"));
    QTest::keyClick(finding, Qt::Key_Return);
    QCOMPARE(finding->text(), QString());
    QCOMPARE(m_fixture->store->tracks(m_incident).at(m_pane->tracksModel()->rowOf(network)).ruledOut,
             QStringList{QStringLiteral("DNS")});

    // Another track is selected: the finding of the first is in view with its track's name.
    clickRow(m_pane->tracksView(), m_pane->tracksModel()->rowOf(app));
    QCOMPARE(m_pane->selectedTrack(), app);
    QCOMPARE(ruledOut->rowCount(), 1);
    QVERIFY(ruledOut->index(0, RuledOutModel::FindingColumn).data().toString().contains(QStringLiteral("DNS")));
    QCOMPARE(ruledOut->index(0, RuledOutModel::TrackColumn).data().toString(), QStringLiteral("network"));
    QVERIFY(m_pane->ruledOutView()->isVisible());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(reset.count(), 0);

    // The second team cannot rule out what the first already did…
    QTest::mouseClick(finding, Qt::LeftButton);
    QTest::keyClicks(finding, QStringLiteral("dns"));
    QTest::keyClick(finding, Qt::Key_Return);
    QCOMPARE(messages.count(), 1);
    QVERIFY(messages.at(0).at(0).toString().contains(QStringLiteral("network")));
    QVERIFY(m_fixture->store->tracks(m_incident).at(m_pane->tracksModel()->rowOf(app)).ruledOut.isEmpty());
    QCOMPARE(finding->text(), QStringLiteral("dns"));

    // …and adds its own, which joins the same list.
    QTest::keyClick(finding, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(finding, QStringLiteral("DB failover"));
    QTest::keyClick(finding, Qt::Key_Return);
    QCOMPARE(ruledOut->rowCount(), 2);
    QCOMPARE(ruledOut->index(1, RuledOutModel::TrackColumn).data().toString(), QStringLiteral("application"));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(reset.count(), 0);
}

void tst_TracksPane::upsertBySyncRefreshesInPlace()
{
    const QUuid network = seedTrack(QStringLiteral("network"), QStringLiteral("DNS"));
    clickRow(m_pane->tracksView(), 0);
    TracksModel *model = m_pane->tracksModel();
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);

    // As sync would: the store changes under the pane.
    Track track = m_fixture->store->tracks(m_incident).at(0);
    track.hypothesis = QStringLiteral("bad deploy 14:02");
    track.status = TrackStatus::RuledOut;
    track.ruledOut = {QStringLiteral("cert expiry")};
    QVERIFY(m_fixture->store->upsertTrack(track));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model->index(0, TracksModel::HypothesisColumn).data().toString(), QStringLiteral("bad deploy 14:02"));
    QVERIFY(model->index(0, TracksModel::StatusColumn).data().toString().contains(QStringLiteral("Ruled out")));
    QCOMPARE(child<QLineEdit>("hypothesis")->text(), QStringLiteral("bad deploy 14:02"));
    QCOMPARE(m_pane->ruledOutModel()->rowCount(), 1);

    // What the person is typing into the same track's hypothesis is not overwritten.
    auto *hypothesis = child<QLineEdit>("hypothesis");
    QTest::mouseClick(hypothesis, Qt::LeftButton);
    QTest::keyClicks(hypothesis, QStringLiteral(" or not"));
    track.name = QStringLiteral("net");
    QVERIFY(m_fixture->store->upsertTrack(track));
    QCOMPARE(hypothesis->text(), QStringLiteral("bad deploy 14:02 or not"));
    QCOMPARE(m_pane->selectedTrack(), network);

    // A track added elsewhere is one inserted row.
    QVERIFY(!seedTrack(QStringLiteral("security")).isNull());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_pane->selectedTrack(), network);

    // Another incident's tracks are not this pane's.
    const QUuid other = m_fixture->declare(QStringLiteral("Search lag"));
    Track elsewhere;
    elsewhere.incidentId = other;
    elsewhere.name = QStringLiteral("db");
    QVERIFY(m_fixture->store->upsertTrack(elsewhere));
    QCOMPARE(model->rowCount(), 2);
}

void tst_TracksPane::everyControlIsNamed()
{
    QTest::keyClick(m_pane->tracksView(), Qt::Key_Insert); // the form's controls too
    const QList<QWidget *> widgets = m_pane->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *widget : widgets) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || !widget->isVisibleTo(m_pane.get()))
            continue;
        QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
        QVERIFY2(!widget->toolTip().isEmpty() || qobject_cast<QTableView *>(widget),
                 qPrintable(widget->accessibleName()));
        ++checked;
    }
    QVERIFY(checked >= 10);
    // Tab walks in reading order: from the list to what was ruled out, then the editor.
    m_pane->tracksView()->setFocus();
    QTest::keyClick(m_pane->tracksView(), Qt::Key_Tab);
    QCOMPARE(focused(), m_pane->ruledOutView());
}

QTEST_MAIN(tst_TracksPane)
#include "tst_TracksPane.moc"
