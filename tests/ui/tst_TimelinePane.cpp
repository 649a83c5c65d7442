#include "EntryBox.h"
#include "KindLook.h"
#include "EntryParser.h"
#include "EntryHistoryDialog.h"
#include "MentionCompleter.h"
#include "NewEntriesMarker.h"
#include "PinnedStrip.h"
#include "TimelineFilterBar.h"
#include "TimelineModel.h"
#include "TimelinePane.h"
#include "TimelineView.h"
#include "UiTestStore.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>

#include <functional>

using namespace Sitrep;

namespace {

// Counts the paint events a widget receives.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *widget)
    {
        widget->installEventFilter(this);
    }
    int count = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return false;
    }
};

} // namespace

class tst_TimelinePane : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void followsTheLiveEdgeAtTheBottom();
    void keepsWhatTheReaderSeesWhenScrolledUp();
    void repaintsTheRowsInViewOnlyWhenTheyChange_data();
    void repaintsTheRowsInViewOnlyWhenTheyChange();
    void entryBoxAddsAndReportsErrors();
    void headerFollowsTheIncident();
    void newMarkerCountsArrivalsWhileScrolledUp();
    void filtersByKindAndAuthorAndClearWithOneKey();
    void pinsByKeyAndShowsPinnedStrip();
    void editsInTheEntryBoxAndShowsHistory();
    void completesMentionsAndSetsOwnerAndTrack();
    void keyHelpListsTheTimelineKeys();
    void aNarrowTimelineKeepsAThirdForTheEntries();
    void aStyleChangeKeepsTheColumnWidths();
    void theAuthorFilterFitsNamesAddedLater();

private:
    QUuid entryAtTop() const;
    QUuid addEntry(const QDateTime &occurredAt);
    void scrollToTop();
    void clickRow(int row);
    QUuid currentEntry() const;

    std::unique_ptr<UiTest::Fixture> m_fixture;
    std::unique_ptr<TimelinePane> m_pane;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
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
    QApplication::setActiveWindow(m_pane.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_pane->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_TimelinePane::cleanup()
{
    m_tester.reset();
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

// Entries arriving below what the reader is looking at leave the rows in view unpainted
// (at 2,000 a second QTableView repainted them after every burst); everything else that
// changes them repaints them.
void tst_TimelinePane::repaintsTheRowsInViewOnlyWhenTheyChange_data()
{
    QTest::addColumn<bool>("perPixel");
    QTest::newRow("scrolling by rows") << false;
    QTest::newRow("scrolling by pixels") << true;
}

void tst_TimelinePane::repaintsTheRowsInViewOnlyWhenTheyChange()
{
    QFETCH(bool, perPixel);
    TimelineView *view = m_pane->view();
    QScrollBar *bar = view->verticalScrollBar();
    if (perPixel)
        view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    bar->setValue(100 * (perPixel ? view->verticalHeader()->defaultSectionSize() : 1));
    QCOMPARE(view->firstRowInView(), 100);
    QCOMPARE(view->rowAt(0), 100);
    PaintCounter paints(view->viewport());
    const auto paintsAfter = [&](const std::function<void()> &change) {
        QTest::qWait(50); // what the scroll posted
        paints.count = 0;
        change();
        QTest::qWait(50); // the view's delayed layout, then the paint it asked for
        return paints.count;
    };
    QVERIFY(paintsAfter([&] { view->viewport()->update(); }) > 0); // the counter sees paints
    const QUuid reading = entryAtTop();
    // The first arrival shows the "new" marker under the view, which makes it shorter.
    QVERIFY(!addEntry({}).isNull());
    QTest::qWait(50);
    const int maximum = bar->maximum();

    QCOMPARE(paintsAfter([&] { QVERIFY(!addEntry({}).isNull()); }), 0);
    // The scroll bar still follows.
    QCOMPARE(bar->maximum(), maximum + (perPixel ? view->verticalHeader()->defaultSectionSize() : 1));
    QVERIFY2(m_pane->newEntriesMarker()->text().contains(QStringLiteral("2 new")),
             qPrintable(m_pane->newEntriesMarker()->text()));
    QCOMPARE(entryAtTop(), reading);

    // An entry among the rows in view, and one above them (the view scrolls to keep the
    // reader's place), repaint.
    QUuid between;
    QVERIFY(paintsAfter([&] { between = addEntry(m_base.addMSecs(105500)); }) > 0);
    QCOMPARE(view->model()->index(view->firstRowInView() + 6, 0).data(TimelineModel::EntryIdRole).toUuid(), between);
    QVERIFY(paintsAfter([&] { QVERIFY(!addEntry(m_base.addSecs(-10)).isNull()); }) > 0);
    QCOMPARE(entryAtTop(), reading);
    // One below, then one in view before the view laid out again: repainted.
    QVERIFY(paintsAfter([&] {
                QVERIFY(!addEntry({}).isNull());
                QVERIFY(!addEntry(m_base.addMSecs(104500)).isNull());
            })
            > 0);
    QCOMPARE(entryAtTop(), reading);

    // At the live edge the newest rows come into view: painted.
    QTest::keyClick(view, Qt::Key_End);
    QVERIFY(paintsAfter([&] { QVERIFY(!addEntry({}).isNull()); }) > 0);
    QCOMPARE(bar->value(), bar->maximum());
}

void tst_TimelinePane::entryBoxAddsAndReportsErrors()
{
    QSignalSpy messages(m_pane.get(), &TimelinePane::message);
    QLineEdit *entry = m_pane->entryEdit();
    QVERIFY(entry->isEnabled());
    entry->setFocus();
    // Beside the box, the kind the text will be: a note until a command says otherwise.
    QLabel *kind = m_pane->entryBox()->kindShown();
    QVERIFY(kind->isVisible());
    QCOMPARE(kind->text(), QStringLiteral("✎ Note"));
    QTest::keyClicks(entry, QStringLiteral("/a check LB health"));
    QCOMPARE(kind->text(), QStringLiteral("▶ Action"));
    QCOMPARE(kind->palette().color(QPalette::WindowText),
             KindLook::color(EntryKind::Action, m_pane->entryBox()->palette().color(QPalette::Window)));
    QTest::keyClick(entry, Qt::Key_Return);
    QCOMPARE(kind->text(), QStringLiteral("✎ Note")); // the box is empty again
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

void tst_TimelinePane::scrollToTop()
{
    // End first: focusing a view makes row 0 current without scrolling to it, and
    // Ctrl+Home to the current row does nothing.
    QTableView *view = m_pane->view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_End);
    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(view->verticalScrollBar()->value(), 0);
}

void tst_TimelinePane::clickRow(int row)
{
    QTableView *view = m_pane->view();
    const QModelIndex index = view->model()->index(row, TimelineModel::BodyColumn);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QCOMPARE(view->currentIndex().row(), row);
    view->setFocus();
}

QUuid tst_TimelinePane::currentEntry() const
{
    return m_pane->view()->currentIndex().data(TimelineModel::EntryIdRole).toUuid();
}

void tst_TimelinePane::newMarkerCountsArrivalsWhileScrolledUp()
{
    NewEntriesMarker *marker = m_pane->newEntriesMarker();
    QScrollBar *bar = m_pane->view()->verticalScrollBar();
    QVERIFY(marker->isHidden());

    // At the live edge nothing is counted: the view follows.
    QVERIFY(!addEntry({}).isNull());
    QVERIFY(marker->isHidden());

    scrollToTop();
    const QUuid reading = entryAtTop();
    for (int i = 0; i < 3; ++i)
        QVERIFY(!addEntry({}).isNull());
    QVERIFY(marker->isVisible());
    QVERIFY2(marker->text().contains(QStringLiteral("3 new")), qPrintable(marker->text()));
    QCOMPARE(entryAtTop(), reading);

    // Clicking it goes to the newest and clears it.
    QTest::mouseClick(marker, Qt::LeftButton);
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(marker->isHidden());

    // End in the timeline does the same.
    scrollToTop();
    QVERIFY(!addEntry({}).isNull());
    QVERIFY2(marker->text().contains(QStringLiteral("1 new")), qPrintable(marker->text()));
    QTest::keyClick(m_pane->view(), Qt::Key_End);
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(marker->isHidden());

    // So does reaching the bottom by scrolling, and a batch from a sync is counted too,
    // without moving the reader.
    scrollToTop();
    const QUuid top = entryAtTop();
    QVERIFY(m_fixture->addBatch(m_incident, 5, QStringLiteral("synced")));
    QVERIFY2(marker->text().contains(QStringLiteral("5 new")), qPrintable(marker->text()));
    QCOMPARE(entryAtTop(), top);
    // A large batch resets the model (a catch-up after being offline): still in place.
    QVERIFY(m_fixture->addBatch(m_incident, TimelineModel::MaxIncrementalBatch + 1, QStringLiteral("caught up")));
    const QString expected = QStringLiteral("%1 new").arg(5 + TimelineModel::MaxIncrementalBatch + 1);
    QVERIFY2(marker->text().contains(expected), qPrintable(marker->text()));
    QCOMPARE(entryAtTop(), top);
    for (int i = 0; i < 200 && bar->value() < bar->maximum(); ++i)
        QTest::keyClick(m_pane->view(), Qt::Key_PageDown);
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(marker->isHidden());
}

void tst_TimelinePane::filtersByKindAndAuthorAndClearWithOneKey()
{
    // Jo adds three decisions and a note; Alice (the actor) a decision.
    m_fixture->store->setActor(m_fixture->jo.id);
    for (const QString &text : {QStringLiteral("/d roll back"), QStringLiteral("/d page network"),
                                QStringLiteral("/d freeze deploys"), QStringLiteral("a note by Jo")}) {
        TimelineEntry entry;
        entry.incidentId = m_incident;
        const ParsedEntry parsed = EntryParser::parse(text);
        entry.kind = parsed.kind;
        entry.body = parsed.body;
        QVERIFY(m_fixture->store->addEntry(entry));
    }
    m_fixture->store->setActor(m_fixture->alice.id);
    TimelineEntry alices;
    alices.incidentId = m_incident;
    alices.kind = EntryKind::Decision;
    alices.body = QStringLiteral("Alice decides");
    QVERIFY(m_fixture->store->addEntry(alices));
    QCOMPARE(m_pane->model()->rowCount(), 305);

    TimelineFilterBar *bar = m_pane->filterBar();
    QVERIFY(bar->summary().isEmpty());
    // The kinds menu, by keyboard: Note is first, Decision second.
    QTimer::singleShot(0, this, [] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        QTest::keyClick(menu, Qt::Key_Down);
        QTest::keyClick(menu, Qt::Key_Down);
        QTest::keyClick(menu, Qt::Key_Return);
    });
    QTest::mouseClick(bar->kindsButton(), Qt::LeftButton);
    QTRY_COMPARE(m_pane->model()->rowCount(), 4);
    // The offscreen platform does not give the window back after a popup, as a desktop does.
    QApplication::setActiveWindow(m_pane.get());
    QVERIFY2(bar->summary().contains(QStringLiteral("Decision")), qPrintable(bar->summary()));

    // Author: Jo (the list is by name: Any author, Alice Rivera, Jo Okafor).
    QComboBox *author = bar->authorBox();
    QVERIFY(!author->accessibleName().isEmpty());
    author->setFocus();
    QTest::keyClick(author, Qt::Key_Down);
    QTest::keyClick(author, Qt::Key_Down);
    QCOMPARE(author->currentText(), QStringLiteral("Jo Okafor"));
    QCOMPARE(m_pane->model()->rowCount(), 3);
    QCOMPARE(m_pane->model()->index(0, 0).data(TimelineModel::BodyRole).toString(), QStringLiteral("roll back"));
    QVERIFY2(bar->summary().startsWith(QStringLiteral("Filtered: ")), qPrintable(bar->summary()));
    QVERIFY2(bar->summary().contains(QStringLiteral("author Jo Okafor")), qPrintable(bar->summary()));
    QVERIFY(bar->clearButton()->isVisible());

    // A live entry that passes the filter shows; one that does not, does not.
    m_fixture->store->setActor(m_fixture->jo.id);
    alices.id = QUuid();
    alices.body = QStringLiteral("Jo decides again");
    QVERIFY(m_fixture->store->addEntry(alices));
    alices.id = QUuid();
    alices.kind = EntryKind::Note;
    QVERIFY(m_fixture->store->addEntry(alices));
    QCOMPARE(m_pane->model()->rowCount(), 4);

    // One key clears every filter.
    m_pane->view()->setFocus();
    QTest::keyClick(m_pane->view(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_pane->model()->rowCount(), 307);
    QVERIFY(bar->summary().isEmpty());
    QVERIFY(!bar->clearButton()->isVisible());
    QCOMPARE(author->currentIndex(), 0);
}

void tst_TimelinePane::pinsByKeyAndShowsPinnedStrip()
{
    PinnedStrip *strip = m_pane->pinnedStrip();
    QVERIFY(strip->toggle()->text().contains(QStringLiteral("Pinned (0)")));
    clickRow(250);
    const QUuid pinned = currentEntry();
    QVERIFY(m_pane->view()->contextMenuPolicy() == Qt::ActionsContextMenu);
    QVERIFY(m_pane->view()->actions().contains(m_pane->pinAction()));
    QCOMPARE(m_pane->pinAction()->text(), QStringLiteral("Pin entry"));
    QTest::keyClick(m_pane->view(), Qt::Key_P, Qt::ControlModifier);
    QVERIFY(m_fixture->store->entry(pinned)->pinned);
    QTRY_VERIFY2(strip->toggle()->text().contains(QStringLiteral("Pinned (1)")), qPrintable(strip->toggle()->text()));
    QCOMPARE(m_pane->pinAction()->text(), QStringLiteral("Unpin entry"));

    // Far from it, the strip takes the reader back.
    scrollToTop();
    QVERIFY(strip->list()->isHidden());
    QTest::mouseClick(strip->toggle(), Qt::LeftButton);
    QVERIFY(strip->list()->isVisible());
    QCOMPARE(strip->list()->count(), 1);
    QVERIFY(strip->list()->item(0)->text().contains(QStringLiteral("entry 250")));
    QTest::mouseClick(strip->list()->viewport(), Qt::LeftButton, {},
                      strip->list()->visualItemRect(strip->list()->item(0)).center());
    QCOMPARE(currentEntry(), pinned);
    QVERIFY(m_pane->view()->verticalScrollBar()->value() > 0);

    // Ctrl+P again unpins.
    QTest::keyClick(m_pane->view(), Qt::Key_P, Qt::ControlModifier);
    QVERIFY(!m_fixture->store->entry(pinned)->pinned);
    QTRY_VERIFY(strip->toggle()->text().contains(QStringLiteral("Pinned (0)")));
    QCOMPARE(strip->list()->count(), 0);

    // A long incident pins many: the toggle counts all, the list holds the newest.
    // Many pins at once (a sync page) read the list again once, not once per pin.
    for (int row = 0; row < PinnedStrip::MaxListed + 5; ++row)
        QVERIFY(m_fixture->store->setEntryPinned(m_pane->model()->index(row, 0).data(TimelineModel::EntryIdRole).toUuid(), true));
    QVERIFY(strip->toggle()->text().contains(QStringLiteral("Pinned (0)"))); // not yet: on the next turn
    QTRY_VERIFY2(strip->toggle()->text().contains(QStringLiteral("Pinned (%1)").arg(PinnedStrip::MaxListed + 5)),
                 qPrintable(strip->toggle()->text()));
    QCOMPARE(strip->list()->count(), PinnedStrip::MaxListed);
    QVERIFY(strip->list()->item(0)->text().contains(QStringLiteral("entry 5")));
    QVERIFY(strip->list()->accessibleDescription().contains(QStringLiteral("newest %1 of %2").arg(PinnedStrip::MaxListed).arg(PinnedStrip::MaxListed + 5)));
}

void tst_TimelinePane::editsInTheEntryBoxAndShowsHistory()
{
    QLineEdit *box = m_pane->entryEdit();
    box->setFocus();
    QTest::keyClicks(box, QStringLiteral("half-typed draft"));
    clickRow(10);
    const QUuid edited = currentEntry();

    // F2 puts the entry's text in the box; Escape cancels and gives the draft back.
    QTest::keyClick(m_pane->view(), Qt::Key_F2);
    QCOMPARE(box->text(), QStringLiteral("entry 10"));
    QVERIFY(box->hasFocus());
    QVERIFY(m_pane->entryBox()->editNote()->isVisible());
    QTest::keyClick(box, Qt::Key_Escape);
    QCOMPARE(box->text(), QStringLiteral("half-typed draft"));
    QVERIFY(!m_pane->entryBox()->isEditing());
    QCOMPARE(m_fixture->store->entry(edited)->revision, 1);

    // Enter on the timeline edits too; Enter in the box saves a revision (a prefix changes the kind).
    m_pane->view()->setFocus();
    QTest::keyClick(m_pane->view(), Qt::Key_Return);
    QCOMPARE(box->text(), QStringLiteral("entry 10"));
    QLabel *kind = m_pane->entryBox()->kindShown();
    QCOMPARE(kind->text(), QStringLiteral("✎ Note")); // the entry's own kind
    QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(box, QStringLiteral("/d entry 10, corrected"));
    QCOMPARE(kind->text(), QStringLiteral("◆ Decision"));
    QTest::keyClick(box, Qt::Key_Return);
    const std::optional<TimelineEntry> after = m_fixture->store->entry(edited, true);
    QCOMPARE(after->revision, 2);
    QCOMPARE(after->body, QStringLiteral("entry 10, corrected"));
    QCOMPARE(after->kind, EntryKind::Decision);
    QCOMPARE(box->text(), QStringLiteral("half-typed draft"));
    QVERIFY(m_pane->view()->hasFocus());
    QCOMPARE(currentEntry(), edited);

    // History: oldest first, with who and when, the current text last.
    QTest::keyClick(m_pane->view(), Qt::Key_H, Qt::ControlModifier);
    auto *history = m_pane->findChild<EntryHistoryDialog *>();
    QVERIFY(history);
    QVERIFY(history->isVisible());
    QVERIFY(!history->isModal());
    QTableWidget *table = history->table();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("entry 10"));
    QCOMPARE(table->item(1, 4)->text(), QStringLiteral("entry 10, corrected"));
    QCOMPARE(table->item(1, 2)->text(), QStringLiteral("Alice Rivera"));
    QVERIFY(!table->item(0, 1)->text().isEmpty());
    QVERIFY(table->item(1, 0)->text().contains(QStringLiteral("current")));
    // It follows a later edit while open.
    QVERIFY(m_fixture->store->editEntry(edited, EntryKind::Decision, QStringLiteral("third")));
    QCOMPARE(table->rowCount(), 3);
    history->close();

    // A text that only starts with a slash ("/var/log …") keeps the decision a decision.
    m_pane->view()->setFocus();
    QTest::keyClick(m_pane->view(), Qt::Key_Return);
    QVERIFY(m_pane->entryBox()->isEditing());
    QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(box, QStringLiteral("/var/log is full"));
    QCOMPARE(kind->text(), QStringLiteral("◆ Decision"));
    QTest::keyClick(box, Qt::Key_Return);
    QCOMPARE(m_fixture->store->entry(edited, true)->kind, EntryKind::Decision);
    QCOMPARE(m_fixture->store->entry(edited, true)->body, QStringLiteral("/var/log is full"));
}

void tst_TimelinePane::completesMentionsAndSetsOwnerAndTrack()
{
    QSignalSpy messages(m_pane.get(), &TimelinePane::message);
    QLineEdit *box = m_pane->entryEdit();
    box->setFocus();
    QTest::keyClicks(box, QStringLiteral("/a @oka"));
    QCompleter *completer = m_pane->entryBox()->mentions()->completer();
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionCount(), 1); // Jo, by handle and name; not Alice
    QTest::keyClick(completer->popup(), Qt::Key_Tab);
    QCOMPARE(box->text(), QStringLiteral("/a @jokafor "));
    QTest::keyClicks(box, QStringLiteral("check LB health"));
    QTest::keyClick(box, Qt::Key_Return);
    QCOMPARE(messages.count(), 0);
    const QModelIndex added = m_pane->model()->index(m_pane->model()->rowCount() - 1, 0);
    QCOMPARE(added.data(TimelineModel::KindRole).toInt(), int(EntryKind::Action));
    QCOMPARE(added.data(TimelineModel::BodyRole).toString(), QStringLiteral("@jokafor check LB health"));

    // An owner nobody has is refused, and the text stays.
    QTest::keyClicks(box, QStringLiteral("/a @nobody reboot"));
    QTest::keyClick(box, Qt::Key_Return);
    QCOMPARE(messages.count(), 1);
    QVERIFY(messages.at(0).at(0).toString().contains(QStringLiteral("@nobody")));
    QCOMPARE(box->text(), QStringLiteral("/a @nobody reboot"));

    // #track puts the entry on the incident's track.
    Track network;
    network.incidentId = m_incident;
    network.name = QStringLiteral("network");
    const CommandResult track = m_fixture->store->upsertTrack(network);
    QVERIFY2(track, qPrintable(track.error));
    box->clear();
    QTest::keyClicks(box, QStringLiteral("/d #network fail over the LB"));
    QTest::keyClick(box, Qt::Key_Return);
    QCOMPARE(messages.count(), 1);
    const QUuid id = m_pane->model()->index(m_pane->model()->rowCount() - 1, 0).data(TimelineModel::EntryIdRole).toUuid();
    const std::optional<TimelineEntry> entry = m_fixture->store->entry(id);
    QCOMPARE(entry->trackId, track.id);
    QCOMPARE(entry->body, QStringLiteral("fail over the LB"));
    QTest::keyClicks(box, QStringLiteral("#nope what"));
    QTest::keyClick(box, Qt::Key_Return);
    QCOMPARE(messages.count(), 2);
    QCOMPARE(box->text(), QStringLiteral("#nope what"));
}

void tst_TimelinePane::keyHelpListsTheTimelineKeys()
{
    QStringList keys;
    for (const ShortcutSheet::Row &row : TimelinePane::keyHelp())
        keys.append(row.keys);
    for (const QString &key : {QStringLiteral("Ctrl+P"), QStringLiteral("Ctrl+H"), QStringLiteral("End"),
                               QStringLiteral("Ctrl+Shift+X"), QStringLiteral("F2 or Enter"), QStringLiteral("@")})
        QVERIFY2(keys.contains(key), qPrintable(key));
    // Every control has a name a screen reader can say.
    TimelineFilterBar *filters = m_pane->filterBar();
    const QList<QWidget *> controls{filters->kindsButton(), filters->authorBox(), filters->trackBox(),
                                    filters->clearButton(), m_pane->pinnedStrip()->toggle(),
                                    m_pane->pinnedStrip()->list(), m_pane->newEntriesMarker(), m_pane->entryEdit(),
                                    m_pane->view(), m_pane->conflictsButton(),
                                    m_pane->entryBox()->mentions()->completer()->popup()};
    for (const QWidget *control : controls)
        QVERIFY2(!control->accessibleName().isEmpty(), control->metaObject()->className());
}

QTEST_MAIN(tst_TimelinePane)
#include "tst_TimelinePane.moc"

// Narrow (a laptop, the docks open), the state, author and kind columns give way so the
// entries keep a third of the row; with room again they return to their widths, and a
// layout saved while narrow keeps the full widths.
void tst_TimelinePane::aNarrowTimelineKeepsAThirdForTheEntries()
{
    QHeaderView *columns = m_pane->view()->horizontalHeader();
    const auto entryWidth = [&] { return columns->sectionSize(TimelineModel::BodyColumn); };
    const auto row = [&] { return m_pane->view()->viewport()->width(); };
    m_pane->resize(1200, 400);
    QTRY_VERIFY(row() > 1000);
    const int author = columns->sectionSize(TimelineModel::AuthorColumn);
    const int state = columns->sectionSize(TimelineModel::StateColumn);
    const int kind = columns->sectionSize(TimelineModel::KindColumn);
    QVERIFY(entryWidth() > row() / 2);

    m_pane->resize(520, 400);
    QTRY_VERIFY(row() < 520);
    QTRY_VERIFY2(entryWidth() >= row() / 3 - 1, qPrintable(QStringLiteral("%1 of %2").arg(entryWidth()).arg(row())));
    QVERIFY(columns->sectionSize(TimelineModel::StateColumn) < state);
    QVERIFY(columns->sectionSize(TimelineModel::TimeColumn) > 0); // the time never gives way
    const QByteArray saved = m_pane->headerState();
    QCOMPARE(columns->sectionSize(TimelineModel::StateColumn) < state, true); // saving left the narrow widths shown

    m_pane->resize(1200, 400);
    QTRY_COMPARE(columns->sectionSize(TimelineModel::AuthorColumn), author);
    QCOMPARE(columns->sectionSize(TimelineModel::StateColumn), state);
    QCOMPARE(columns->sectionSize(TimelineModel::KindColumn), kind);

    // A width the person drags is the one it returns to; a saved layout has the full widths.
    columns->resizeSection(TimelineModel::AuthorColumn, author + 40);
    TimelinePane other(m_fixture->store.get());
    other.resize(1200, 400);
    other.show();
    QVERIFY(QTest::qWaitForWindowExposed(&other));
    other.restoreHeaderState(saved);
    QTRY_COMPARE(other.view()->horizontalHeader()->sectionSize(TimelineModel::StateColumn), state);
    m_pane->resize(520, 400);
    QTRY_VERIFY(row() < 520);
    m_pane->resize(1200, 400);
    QTRY_COMPARE(columns->sectionSize(TimelineModel::AuthorColumn), author + 40);

    // A nudge while a column gives way is not the width it returns to.
    m_pane->resize(520, 400);
    QTRY_VERIFY(columns->sectionSize(TimelineModel::StateColumn) < state);
    columns->resizeSection(TimelineModel::StateColumn, columns->sectionSize(TimelineModel::StateColumn) - 2);
    m_pane->resize(1200, 400);
    QTRY_COMPARE(columns->sectionSize(TimelineModel::StateColumn), state);
}

// The theme menu may change the application's style (System ↔ Fusion) while the timeline
// is open, narrow or not: the widths shown and the ones it returns to stay.
void tst_TimelinePane::aStyleChangeKeepsTheColumnWidths()
{
    QHeaderView *columns = m_pane->view()->horizontalHeader();
    const QList<int> yielding{TimelineModel::StateColumn, TimelineModel::AuthorColumn, TimelineModel::KindColumn};
    const auto widths = [&] { // the last one stretches to the row, whose frame is the style's
        QList<int> shown;
        for (int section = 0; section < columns->count() - 1; ++section)
            shown.append(columns->sectionSize(section));
        return shown;
    };
    m_pane->resize(1200, 400);
    QTRY_VERIFY(m_pane->view()->viewport()->width() > 1000);
    columns->resizeSection(TimelineModel::AuthorColumn, columns->sectionSize(TimelineModel::AuthorColumn) + 30);
    const QList<int> wide = widths();

    const QString original = QApplication::style()->name();
    const QString other = original.compare(QStringLiteral("Windows"), Qt::CaseInsensitive) == 0
                              ? QStringLiteral("Fusion")
                              : QStringLiteral("Windows");
    QVERIFY(QStyleFactory::keys().contains(other, Qt::CaseInsensitive));
    const auto switchStyle = [](const QString &name) {
        QApplication::setStyle(QStyleFactory::create(name));
        QCoreApplication::processEvents();
    };
    switchStyle(other);
    QCOMPARE(widths(), wide);

    // Narrow, the columns give way; a style change then does not make the narrowed widths
    // their own.
    m_pane->resize(520, 400);
    QTRY_VERIFY(columns->sectionSize(TimelineModel::StateColumn) < wide.at(TimelineModel::StateColumn));
    switchStyle(original);
    m_pane->resize(1200, 400);
    for (int section : yielding)
        QTRY_COMPARE(columns->sectionSize(section), wide.at(section));
    // And the layout saved now opens as it was.
    TimelinePane reopened(m_fixture->store.get());
    reopened.resize(1200, 400);
    reopened.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reopened));
    reopened.restoreHeaderState(m_pane->headerState());
    for (int section : yielding)
        QTRY_COMPARE(reopened.view()->horizontalHeader()->sectionSize(section), wide.at(section));
}

// The author filter is sized to its names at its first show, and again when the directory
// brings a longer one; its popup list is not made before the first show (the cold start).
void tst_TimelinePane::theAuthorFilterFitsNamesAddedLater()
{
    const auto popupMade = [](const QComboBox *box) {
        for (const QObject *child : box->children())
            if (QLatin1String(child->metaObject()->className()) == QLatin1String("QComboBoxPrivateContainer"))
                return true;
        return false;
    };
    TimelinePane unshown(m_fixture->store.get());
    QVERIFY(!popupMade(unshown.filterBar()->authorBox()));

    QComboBox *authors = m_pane->filterBar()->authorBox();
    QTRY_COMPARE(authors->sizeAdjustPolicy(), QComboBox::AdjustToContents);
    const int before = authors->width();
    const Person newcomer{newId(), QStringLiteral("Maximiliane Hohenzollern-Sigmaringen"), QStringLiteral("mhs"), {}, {}};
    QVERIFY(m_fixture->store->replaceDirectory({}, {m_fixture->alice, m_fixture->jo, newcomer}, {}));
    QCOMPARE(authors->count(), 4);
    QTRY_VERIFY(authors->width() > before);
    QVERIFY(authors->width() >= authors->fontMetrics().horizontalAdvance(newcomer.name));
}
