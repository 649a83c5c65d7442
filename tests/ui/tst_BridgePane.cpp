#include "BridgePane.h"
#include "BridgeRosterModel.h"
#include "CachedTextDelegate.h"
#include "DayChangeTimer.h"
#include "RosterColumns.h"
#include "UiTestStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLocale>
#include <QLineEdit>
#include <QSignalSpy>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QToolButton>

using namespace Sitrep;

class tst_BridgePane : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void addsAPhoneParticipantByKeyboard();
    void refusedPhoneParticipantKeepsWhatWasTyped();
    void admitsFromTheLobby();
    void togglesMuteEssentialAndHand();
    void removeStampsTheTimeAndMovesTheRowDown();
    void joinAndLeaveTheBridgeFromThisConsole();
    void presenceMarksLiveAndAddsWatchingRows();
    void roleColumnShowsThePersonsRoles();
    void aBridgePastMidnightShowsTheDayOfAJoin();
    void theDayChangeRefitsTheTimes();
    void theDayChangesASecondAfterMidnight();
    void everyControlIsNamedAndInTheMenu();
    void aNarrowDockShowsWholeNames();

private:
    QUuid seed(const QString &name, int minutesAgo, bool inLobby = false, const QUuid &personId = {});
    int rowOf(const QUuid &participantId) const { return m_pane->model()->rowOf(participantId); }
    void clickRow(int row);
    BridgeParticipant stored(const QUuid &participantId) const;
    QString cell(int row, int column) const { return m_pane->model()->index(row, column).data().toString(); }

    std::unique_ptr<UiTest::Fixture> m_fixture;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<BridgePane> m_pane;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QUuid m_incident;
};

void tst_BridgePane::init()
{
    m_fixture = std::make_unique<UiTest::Fixture>();
    QVERIFY(m_fixture->open());
    m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc().addSecs(-3600));
    m_incident = m_fixture->declare(QStringLiteral("Checkout errors in EU"), 120);
    QVERIFY(!m_incident.isNull());
    m_fixture->store->setClock(m_clock.get());
    m_pane = std::make_unique<BridgePane>(m_fixture->store.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_pane->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_pane->resize(440, 480);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    m_pane->setIncident(m_incident);
}

void tst_BridgePane::cleanup()
{
    m_tester.reset();
    m_pane.reset();
    if (m_fixture && m_fixture->store)
        m_fixture->store->setClock(nullptr);
    m_fixture.reset();
    m_clock.reset();
}

QUuid tst_BridgePane::seed(const QString &name, int minutesAgo, bool inLobby, const QUuid &personId)
{
    return m_fixture->addParticipant(m_incident, name, m_clock->now().addSecs(-60 * minutesAgo), inLobby, personId);
}

void tst_BridgePane::clickRow(int row)
{
    QTableView *view = m_pane->view();
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(view->currentIndex().row(), row);
}

BridgeParticipant tst_BridgePane::stored(const QUuid &participantId) const
{
    const QList<BridgeParticipant> all = m_fixture->store->participants(m_incident);
    for (const BridgeParticipant &participant : all) {
        if (participant.id == participantId)
            return participant;
    }
    return {};
}

void tst_BridgePane::addsAPhoneParticipantByKeyboard()
{
    m_pane->view()->setFocus();
    QTest::keyClick(m_pane->view(), Qt::Key_Insert);
    auto *name = m_pane->findChild<QLineEdit *>(QStringLiteral("phoneName"));
    QCOMPARE(QApplication::focusWidget(), name);
    QTest::keyClicks(name, QStringLiteral("Dial-in guest"));
    QTest::keyClick(name, Qt::Key_Tab);
    QWidget *channel = QApplication::focusWidget();
    QCOMPARE(channel, m_pane->findChild<QLineEdit *>(QStringLiteral("phoneChannel")));
    QTest::keyClicks(channel, QStringLiteral("tel:+44 20 7946 0000"));
    QTest::keyClick(channel, Qt::Key_Return);

    const QList<BridgeParticipant> all = m_fixture->store->participants(m_incident);
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.at(0).kind, ParticipantKind::Phone);
    QCOMPARE(all.at(0).displayName, QStringLiteral("Dial-in guest"));
    QCOMPARE(all.at(0).channel, QStringLiteral("tel:+44 20 7946 0000"));
    QCOMPARE(all.at(0).joinedAt, m_clock->now());
    QVERIFY(all.at(0).isPresent());
    QCOMPARE(m_pane->model()->rowCount(), 1);
    QCOMPARE(cell(0, BridgeRosterModel::NameColumn), QStringLiteral("Dial-in guest"));
    QVERIFY(cell(0, BridgeRosterModel::KindColumn).contains(QStringLiteral("tel:+44 20 7946 0000")));
    QCOMPARE(cell(0, BridgeRosterModel::JoinedColumn), m_clock->now().toLocalTime().toString(QStringLiteral("HH:mm")));
    QVERIFY(m_pane->model()
                ->index(0, BridgeRosterModel::JoinedColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("UTC")));
    // Cleared and ready for the next caller.
    QCOMPARE(name->text(), QString());
    QCOMPARE(QApplication::focusWidget(), name);
}

void tst_BridgePane::refusedPhoneParticipantKeepsWhatWasTyped()
{
    QSignalSpy messages(m_pane.get(), &BridgePane::message);
    auto *name = m_pane->findChild<QLineEdit *>(QStringLiteral("phoneName"));
    QTest::mouseClick(name, Qt::LeftButton);
    QTest::keyClicks(name, QStringLiteral("No channel"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(messages.count(), 1);
    QVERIFY(m_fixture->store->participants(m_incident).isEmpty());
    QCOMPARE(name->text(), QStringLiteral("No channel"));
}

void tst_BridgePane::admitsFromTheLobby()
{
    const QUuid guest = seed(QStringLiteral("Guest"), 5, true);
    const int row = rowOf(guest);
    QVERIFY(cell(row, BridgeRosterModel::FlagsColumn).contains(QStringLiteral("lobby")));
    clickRow(row);
    QTest::keyClick(m_pane->view(), Qt::Key_A);
    QVERIFY(!stored(guest).inLobby);
    QVERIFY(!cell(rowOf(guest), BridgeRosterModel::FlagsColumn).contains(QStringLiteral("lobby")));
    // Admitting again does nothing: the action is off for someone not in the lobby.
    const auto *admit = m_pane->view()->actions().at(3);
    QCOMPARE(admit->iconText(), QStringLiteral("Admit"));
    QVERIFY(!admit->isEnabled());
}

void tst_BridgePane::togglesMuteEssentialAndHand()
{
    const QUuid jo = seed(QStringLiteral("Jo Okafor"), 5, false, m_fixture->jo.id);
    clickRow(rowOf(jo));
    QSignalSpy changed(m_pane->model(), &QAbstractItemModel::dataChanged);
    QTest::keyClick(m_pane->view(), Qt::Key_M);
    QVERIFY(stored(jo).muteRequested);
    QCOMPARE(changed.count(), 1);
    QTest::keyClick(m_pane->view(), Qt::Key_E);
    QVERIFY(stored(jo).essential);
    QTest::keyClick(m_pane->view(), Qt::Key_H);
    QVERIFY(stored(jo).handRaised);
    const QString flags = cell(rowOf(jo), BridgeRosterModel::FlagsColumn);
    QVERIFY2(flags.contains(QStringLiteral("mute")) && flags.contains(QStringLiteral("essential"))
                 && flags.contains(QStringLiteral("hand")),
             qPrintable(flags));
    const QString spoken = m_pane->model()->index(rowOf(jo), 0).data(Qt::AccessibleTextRole).toString();
    QVERIFY2(spoken.contains(QStringLiteral("hand raised")) && spoken.contains(QStringLiteral("mute requested")),
             qPrintable(spoken));
    // In a column too narrow for the words, the signs alone (CachedTextDelegate shows them).
    QCOMPARE(m_pane->model()
                 ->index(rowOf(jo), BridgeRosterModel::FlagsColumn)
                 .data(CachedTextDelegate::ShortTextRole)
                 .toString(),
             QStringLiteral("☝ ⊘ ★"));

    // Again, and they go off; the Hand button by mouse does the same.
    QTest::keyClick(m_pane->view(), Qt::Key_M);
    QVERIFY(!stored(jo).muteRequested);
    QToolButton *hand = nullptr;
    for (QToolButton *button : m_pane->findChildren<QToolButton *>()) {
        if (button->defaultAction() && button->defaultAction()->iconText() == QStringLiteral("Hand"))
            hand = button;
    }
    QVERIFY(hand && hand->isChecked());
    QTest::mouseClick(hand, Qt::LeftButton);
    QVERIFY(!stored(jo).handRaised);
    QVERIFY(stored(jo).essential);
    QVERIFY(!hand->isChecked());
}

void tst_BridgePane::removeStampsTheTimeAndMovesTheRowDown()
{
    const QUuid first = seed(QStringLiteral("First"), 30);
    const QUuid second = seed(QStringLiteral("Second"), 20);
    const QUuid third = seed(QStringLiteral("Third"), 10);
    QCOMPARE(rowOf(first), 0);
    clickRow(0);
    m_clock->advanceSeconds(90);
    QSignalSpy moved(m_pane->model(), &QAbstractItemModel::rowsMoved);
    QSignalSpy reset(m_pane->model(), &QAbstractItemModel::modelReset);
    QTest::keyClick(m_pane->view(), Qt::Key_Delete);

    QCOMPARE(stored(first).leftAt, m_clock->now());
    QCOMPARE(rowOf(second), 0);
    QCOMPARE(rowOf(third), 1);
    QCOMPARE(rowOf(first), 2);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(cell(2, BridgeRosterModel::LeftColumn), m_clock->now().toLocalTime().toString(QStringLiteral("HH:mm")));
    QCOMPARE(cell(0, BridgeRosterModel::LeftColumn), QString());
    QVERIFY(!m_pane->model()->index(2, 0).data(BridgeRosterModel::PresentRole).toBool());
}

void tst_BridgePane::joinAndLeaveTheBridgeFromThisConsole()
{
    QSignalSpy messages(m_pane.get(), &BridgePane::message);
    m_pane->view()->setFocus();
    QTest::keyClick(m_pane->view(), Qt::Key_J);
    QList<BridgeParticipant> all = m_fixture->store->participants(m_incident);
    QCOMPARE(all.size(), 1);
    const BridgeParticipant mine = all.at(0);
    QCOMPARE(mine.kind, ParticipantKind::Console);
    QCOMPARE(mine.personId, m_fixture->alice.id);
    QCOMPARE(mine.displayName, QStringLiteral("Alice Rivera"));
    QCOMPARE(mine.joinedAt, m_clock->now());
    QVERIFY(mine.isPresent());

    m_clock->advanceSeconds(600);
    QTest::keyClick(m_pane->view(), Qt::Key_L);
    QCOMPARE(stored(mine.id).leftAt, m_clock->now());

    // Re-joining takes up the same row again.
    m_clock->advanceSeconds(60);
    QTest::keyClick(m_pane->view(), Qt::Key_J);
    all = m_fixture->store->participants(m_incident);
    QCOMPARE(all.size(), 1);
    QVERIFY(all.at(0).isPresent());
    QCOMPARE(all.at(0).joinedAt, m_clock->now());
    QCOMPARE(messages.count(), 0);
}

void tst_BridgePane::presenceMarksLiveAndAddsWatchingRows()
{
    const QUuid jo = seed(QStringLiteral("Jo Okafor"), 5, false, m_fixture->jo.id);
    const QUuid guest = seed(QStringLiteral("Guest"), 4);
    BridgeRosterModel *model = m_pane->model();
    QCOMPARE(model->rowCount(), 2);

    m_pane->showPresence({QStringLiteral("Alice Rivera")}, {QStringLiteral("Jo Okafor"), QStringLiteral("Sam Field")});
    QCOMPARE(model->rowCount(), 4);
    QVERIFY(model->index(rowOf(jo), 0).data(BridgeRosterModel::LiveRole).toBool());
    QVERIFY(cell(rowOf(jo), BridgeRosterModel::FlagsColumn).contains(QStringLiteral("live")));
    QVERIFY(!model->index(rowOf(guest), 0).data(BridgeRosterModel::LiveRole).toBool());
    QStringList watching;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (!index.data(BridgeRosterModel::WatchingRole).toBool())
            continue;
        watching.append(index.data().toString());
        QVERIFY(index.data(BridgeRosterModel::ParticipantIdRole).toUuid().isNull());
        const bool live = index.data(BridgeRosterModel::LiveRole).toBool();
        QCOMPARE(live, index.data().toString() == QStringLiteral("Sam Field"));
        QVERIFY(cell(row, BridgeRosterModel::FlagsColumn)
                    .contains(live ? QStringLiteral("live") : QStringLiteral("watching")));
    }
    QCOMPARE(watching, (QStringList{QStringLiteral("Alice Rivera"), QStringLiteral("Sam Field")}));
    // Presence is shown, never stored.
    QCOMPARE(m_fixture->store->participants(m_incident).size(), 2);

    // The next presence message replaces this one.
    m_pane->showPresence({}, {});
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(!model->index(rowOf(jo), 0).data(BridgeRosterModel::LiveRole).toBool());
}

// An overnight bridge: a join of yesterday says which day (HH:mm alone read as today),
// and the column widens for it; today's stay a bare time in a narrow column.
void tst_BridgePane::aBridgePastMidnightShowsTheDayOfAJoin()
{
    // "Today" is the store's clock's day (this test's clock), not the machine's.
    const QUuid today = seed(QStringLiteral("Ana Rivera"), 5);
    const QHeaderView *columns = m_pane->view()->horizontalHeader();
    const QFontMetrics metrics = m_pane->view()->fontMetrics();
    const QString time = cell(rowOf(today), BridgeRosterModel::JoinedColumn);
    QCOMPARE(time, m_clock->now().addSecs(-300).toLocalTime().toString(QStringLiteral("HH:mm")));
    QTRY_VERIFY(columns->sectionSize(BridgeRosterModel::JoinedColumn) > metrics.horizontalAdvance(time));
    const int narrow = columns->sectionSize(BridgeRosterModel::JoinedColumn);

    const QUuid overnight = seed(QStringLiteral("Kofi Mensah"), 24 * 60);
    const QString shown = cell(rowOf(overnight), BridgeRosterModel::JoinedColumn);
    QCOMPARE(shown, QLocale().toString(stored(overnight).joinedAt.toLocalTime(), QStringLiteral("ddd HH:mm")));
    QTRY_VERIFY2(columns->sectionSize(BridgeRosterModel::JoinedColumn) > metrics.horizontalAdvance(shown), qPrintable(shown));
    QVERIFY(columns->sectionSize(BridgeRosterModel::JoinedColumn) > narrow);
    QVERIFY(m_pane->model()->index(rowOf(overnight), 0).data(Qt::AccessibleTextRole).toString().contains(shown));

}

// At midnight nothing in the data changes, but a join of "23:55" becomes yesterday's: the
// day change refits the column to what it then shows.
void tst_BridgePane::theDayChangeRefitsTheTimes()
{
    const QUuid joined = seed(QStringLiteral("Ana Rivera"), 5);
    const QHeaderView *columns = m_pane->view()->horizontalHeader();
    QTRY_VERIFY(columns->sectionSize(BridgeRosterModel::JoinedColumn) > 0);
    const int narrow = columns->sectionSize(BridgeRosterModel::JoinedColumn);
    m_clock->advanceSeconds(24 * 3600);
    const QString shown = cell(rowOf(joined), BridgeRosterModel::JoinedColumn);
    QCOMPARE(shown, QLocale().toString(stored(joined).joinedAt.toLocalTime(), QStringLiteral("ddd HH:mm")));
    QCOMPARE(columns->sectionSize(BridgeRosterModel::JoinedColumn), narrow); // nothing told it yet
    auto *day = m_pane->findChild<DayChangeTimer *>();
    QVERIFY(day);
    emit day->dayChanged();
    QVERIFY2(columns->sectionSize(BridgeRosterModel::JoinedColumn) > m_pane->view()->fontMetrics().horizontalAdvance(shown),
             qPrintable(shown));
}

void tst_BridgePane::theDayChangesASecondAfterMidnight()
{
    const QDateTime evening(QDate(2026, 12, 1), QTime(23, 59, 0));
    QCOMPARE(DayChangeTimer::msecsToNextDay(evening), 61'000);
    QCOMPARE(DayChangeTimer::msecsToNextDay(QDateTime(QDate(2026, 12, 2), QTime(0, 0, 0))), 24 * 3600 * 1000 + 1000);
}

void tst_BridgePane::roleColumnShowsThePersonsRoles()
{
    const QUuid jo = seed(QStringLiteral("Jo Okafor"), 5, false, m_fixture->jo.id);
    QCOMPARE(cell(rowOf(jo), BridgeRosterModel::RoleColumn), QString());
    RoleAssignment scribe;
    scribe.incidentId = m_incident;
    scribe.role = Roles::Scribe;
    scribe.personId = m_fixture->jo.id;
    QVERIFY(m_fixture->store->assignRole(scribe));
    QCOMPARE(cell(rowOf(jo), BridgeRosterModel::RoleColumn), QStringLiteral("Scribe"));

    // A console present by presence only shows its person's role too.
    RoleAssignment commander;
    commander.incidentId = m_incident;
    commander.role = Roles::IncidentCommander;
    commander.personId = m_fixture->alice.id;
    QVERIFY(m_fixture->store->assignRole(commander));
    m_pane->showPresence({QStringLiteral("Alice Rivera")}, {});
    QCOMPARE(m_pane->model()->rowCount(), 2);
    QCOMPARE(cell(1, BridgeRosterModel::NameColumn), QStringLiteral("Alice Rivera"));
    QCOMPARE(cell(1, BridgeRosterModel::RoleColumn), QStringLiteral("Incident commander"));
}

void tst_BridgePane::everyControlIsNamedAndInTheMenu()
{
    const QList<QWidget *> widgets = m_pane->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *widget : widgets) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || !widget->isVisibleTo(m_pane.get()))
            continue;
        QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
        QVERIFY2(!widget->toolTip().isEmpty(), qPrintable(widget->accessibleName()));
        ++checked;
    }
    // join, leave, roster, five row actions, name, channel, add; and the bridge details:
    // critical phase, meeting link, copy, dial-in, fallback, save (tst_BridgeDetails).
    QCOMPARE(checked, 17);
    QCOMPARE(m_pane->view()->contextMenuPolicy(), Qt::ActionsContextMenu);
    QStringList menu;
    for (const QAction *action : m_pane->view()->actions()) {
        if (!action->isSeparator())
            menu.append(action->iconText());
    }
    QCOMPARE(menu, (QStringList{QStringLiteral("Join"), QStringLiteral("Leave"), QStringLiteral("Admit"),
                                QStringLiteral("Mute"), QStringLiteral("Essential"), QStringLiteral("Hand"),
                                QStringLiteral("Remove")}));
    // Tab walks from the roster to the actions of its selected row.
    seed(QStringLiteral("Guest"), 5, true);
    clickRow(0);
    QTest::keyClick(m_pane->view(), Qt::Key_Tab);
    auto *next = qobject_cast<QToolButton *>(QApplication::focusWidget());
    QVERIFY(next && next->defaultAction());
    QCOMPARE(next->defaultAction()->iconText(), QStringLiteral("Admit"));
}

// The Bridge dock on a laptop (~370 px for the roster): the names whole and the flags'
// words beside them; "On by" gives way, down to its sign, and "Left" shows only once
// someone has left.
void tst_BridgePane::aNarrowDockShowsWholeNames()
{
    const QUuid priya = seed(QStringLiteral("Priya Natarajan"), 30, false, QUuid::createUuid());
    seed(QStringLiteral("Ingrid Larsen"), 20, false, QUuid::createUuid());
    const QUuid guest = seed(QStringLiteral("Dial-in guest"), 10); // by phone
    BridgeParticipant essential = stored(priya);
    essential.essential = true;
    QVERIFY(m_fixture->store->upsertParticipant(essential).ok);
    QTableView *view = m_pane->view();
    const QHeaderView *columns = view->horizontalHeader();
    const QFontMetrics metrics = view->fontMetrics();
    // As the delegate lays a text out: the column less the style's margins.
    const int margins = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
    const auto fits = [&](int column, const QString &text) {
        return columns->sectionSize(column) - margins >= metrics.horizontalAdvance(text);
    };
    const auto rowIsShownWhole = [&] {
        int total = 0;
        for (int column = 0; column < BridgeRosterModel::ColumnCount; ++column)
            total += columns->isSectionHidden(column) ? 0 : columns->sectionSize(column);
        return total <= view->viewport()->width() && !view->horizontalScrollBar()->isVisible();
    };
    // The signs a narrow "On by" shows.
    QCOMPARE(m_pane->model()->index(rowOf(priya), BridgeRosterModel::KindColumn).data(CachedTextDelegate::ShortTextRole),
             QStringLiteral("⌨"));
    QCOMPARE(m_pane->model()->index(rowOf(guest), BridgeRosterModel::KindColumn).data(CachedTextDelegate::ShortTextRole),
             QStringLiteral("☎"));

    for (const int width : {380, 330}) {
        m_pane->resize(width, 480);
        QTRY_VERIFY(view->viewport()->width() < width);
        QTRY_VERIFY2(rowIsShownWhole(), qPrintable(QString::number(width)));
        QVERIFY(columns->isSectionHidden(BridgeRosterModel::LeftColumn)); // nobody has left
        QVERIFY(fits(BridgeRosterModel::NameColumn, QStringLiteral("Priya Natarajan")));
        QVERIFY(fits(BridgeRosterModel::FlagsColumn, QStringLiteral("★ essential")));
    }
    // At 330 px "On by" gave way to its signs, whole: no cut word ("⌨ C…") beside them.
    QVERIFY(fits(BridgeRosterModel::KindColumn, QStringLiteral("⌨")));
    QVERIFY(!fits(BridgeRosterModel::KindColumn, QStringLiteral("⌨ C…")));

    // A width the person drags stays through the roster's changes (a hand raised).
    const int signOnly = columns->sectionSize(BridgeRosterModel::KindColumn);
    view->horizontalHeader()->resizeSection(BridgeRosterModel::KindColumn, signOnly + 20);
    clickRow(rowOf(priya));
    QTest::keyClick(view, Qt::Key_H);
    QVERIFY(stored(priya).handRaised);
    QCOMPARE(columns->sectionSize(BridgeRosterModel::KindColumn), signOnly + 20);

    m_pane->resize(380, 480);
    clickRow(rowOf(guest));
    QTest::keyClick(view, Qt::Key_Delete); // the guest leaves
    QTRY_VERIFY(!columns->isSectionHidden(BridgeRosterModel::LeftColumn));
    QVERIFY(fits(BridgeRosterModel::LeftColumn, cell(rowOf(guest), BridgeRosterModel::LeftColumn)));
    // Its header whole too ("Left"; in French "Départ"), though it was hidden until now.
    QVERIFY(columns->sectionSize(BridgeRosterModel::LeftColumn) >= columns->sectionSizeHint(BridgeRosterModel::LeftColumn));
    QTRY_VERIFY(rowIsShownWhole());
    QVERIFY(fits(BridgeRosterModel::NameColumn, QStringLiteral("Priya Natarajan")));

    // At midnight the times read longer ("Tue 06:07") with nothing in the rows changing:
    // the row is fitted again, the flags keep their share.
    const int flagsBefore = columns->sectionSize(BridgeRosterModel::FlagsColumn);
    m_clock->advanceSeconds(24 * 3600);
    auto *day = m_pane->findChild<DayChangeTimer *>();
    QVERIFY(day);
    emit day->dayChanged();
    QVERIFY(columns->sectionSize(BridgeRosterModel::JoinedColumn) - margins
            >= metrics.horizontalAdvance(cell(rowOf(priya), BridgeRosterModel::JoinedColumn)));
    QVERIFY(rowIsShownWhole());
    QVERIFY(columns->sectionSize(BridgeRosterModel::FlagsColumn) >= std::min(flagsBefore, int(view->viewport()->width() * RosterColumns::FlagsShare)));
}

QTEST_MAIN(tst_BridgePane)
#include "tst_BridgePane.moc"
