#include "TimelineModel.h"
#include "TimelinePane.h"
#include "UiTestStore.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>

using namespace Sitrep;

class tst_TimelinePane : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void followsTheLiveEdgeAtTheBottom();
    void keepsWhatTheReaderSeesWhenScrolledUp();
    void entryBoxAddsAndReportsErrors();
    void headerFollowsTheIncident();

private:
    QUuid entryAtTop() const;
    QUuid addEntry(const QDateTime &occurredAt);

    std::unique_ptr<UiTest::Fixture> m_fixture;
    std::unique_ptr<TimelinePane> m_pane;
    QUuid m_incident;
    QDateTime m_base;
};

void tst_TimelinePane::init()
{
    m_fixture = std::make_unique<UiTest::Fixture>();
    QVERIFY(m_fixture->open());
    m_incident = m_fixture->declare(QStringLiteral("Checkout errors in EU"), 120, QStringLiteral("SEV1"));
    m_base = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QList<TimelineEntry> entries;
    for (int i = 0; i < 300; ++i) {
        TimelineEntry entry;
        entry.incidentId = m_incident;
        entry.body = QStringLiteral("entry %1").arg(i);
        entry.occurredAt = m_base.addSecs(i);
        entries.append(entry);
    }
    QVERIFY(m_fixture->store->addEntries(entries));

    m_pane = std::make_unique<TimelinePane>(m_fixture->store.get());
    m_pane->resize(640, 400);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    m_pane->setIncident(m_incident);
}

void tst_TimelinePane::cleanup()
{
    m_pane.reset();
    m_fixture.reset();
}

QUuid tst_TimelinePane::entryAtTop() const
{
    QTableView *view = m_pane->view();
    return view->model()->index(view->rowAt(0), 0).data(TimelineModel::EntryIdRole).toUuid();
}

QUuid tst_TimelinePane::addEntry(const QDateTime &occurredAt)
{
    TimelineEntry entry;
    entry.incidentId = m_incident;
    entry.body = QStringLiteral("live");
    entry.occurredAt = occurredAt;
    const CommandResult result = m_fixture->store->addEntry(entry);
    return result.id;
}

void tst_TimelinePane::followsTheLiveEdgeAtTheBottom()
{
    QScrollBar *bar = m_pane->view()->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->maximum());
    const int before = bar->maximum();
    const QUuid id = addEntry({});
    QVERIFY(!id.isNull());
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(bar->maximum() > before);
    // The new entry is the last visible row.
    QTableView *view = m_pane->view();
    const int lastVisible = view->rowAt(view->viewport()->height() - 2);
    QCOMPARE(view->model()->index(lastVisible, 0).data(TimelineModel::EntryIdRole).toUuid(), id);
}

void tst_TimelinePane::keepsWhatTheReaderSeesWhenScrolledUp()
{
    QScrollBar *bar = m_pane->view()->verticalScrollBar();
    bar->setValue(100);
    const QUuid reading = entryAtTop();
    QVERIFY(!reading.isNull());

    // A live entry at the end does not pull the reader down.
    QVERIFY(!addEntry({}).isNull());
    QCOMPARE(entryAtTop(), reading);
    QVERIFY(bar->value() < bar->maximum());

    // A back-dated entry above them does not push their rows down either.
    QVERIFY(!addEntry(m_base.addSecs(-10)).isNull());
    QCOMPARE(entryAtTop(), reading);

    // One below them changes nothing at the top.
    QVERIFY(!addEntry(m_base.addSecs(250)).isNull());
    QCOMPARE(entryAtTop(), reading);
}

void tst_TimelinePane::entryBoxAddsAndReportsErrors()
{
    QSignalSpy messages(m_pane.get(), &TimelinePane::message);
    QLineEdit *entry = m_pane->entryEdit();
    QVERIFY(entry->isEnabled());
    entry->setFocus();
    QTest::keyClicks(entry, QStringLiteral("/a check LB health"));
    QTest::keyClick(entry, Qt::Key_Return);
    QCOMPARE(messages.count(), 0);
    QCOMPARE(entry->text(), QString());
    const int last = m_pane->model()->rowCount() - 1;
    QCOMPARE(last, 300);
    const QModelIndex added = m_pane->model()->index(last, 0);
    QCOMPARE(added.data(TimelineModel::BodyRole).toString(), QStringLiteral("check LB health"));
    QCOMPARE(added.data(TimelineModel::KindRole).toInt(), int(EntryKind::Action));

    // A refused entry keeps what was typed and says why.
    QTest::keyClicks(entry, QStringLiteral("/x what"));
    QTest::keyClick(entry, Qt::Key_Return);
    QCOMPARE(messages.count(), 1);
    QVERIFY(messages.at(0).at(0).toString().contains(QStringLiteral("/x")));
    QCOMPARE(entry->text(), QStringLiteral("/x what"));
    QCOMPARE(m_pane->model()->rowCount(), 301);

    // Without an incident there is nowhere to write.
    m_pane->setIncident({});
    QVERIFY(!entry->isEnabled());
}

void tst_TimelinePane::headerFollowsTheIncident()
{
    auto *header = m_pane->findChild<QLabel *>();
    QVERIFY(header);
    QVERIFY2(header->text().contains(QStringLiteral("SEV1")) && header->text().contains(QStringLiteral("Checkout")),
             qPrintable(header->text()));
    QVERIFY(header->text().contains(QStringLiteral("Declared")));
    QVERIFY(m_fixture->store->setStatus(m_incident, IncidentStatus::Investigating));
    QVERIFY2(header->text().contains(QStringLiteral("Investigating")), qPrintable(header->text()));
}

QTEST_MAIN(tst_TimelinePane)
#include "tst_TimelinePane.moc"
