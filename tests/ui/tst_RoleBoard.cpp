#include "RoleBoard.h"
#include "DayChangeTimer.h"
#include "RoleBoardModel.h"
#include "RoleSlots.h"
#include "RosterModel.h"
#include "TimeText.h"
#include "UiTestStore.h"
#include "store/TimelinePager.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHeaderView>
#include <QScopeGuard>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace Sitrep;

class tst_RoleBoard : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void mandatoryRolesShowAndEmptyOnesAreFlagged();
    void keyboardAssignsFromTheRoster();
    void assigningAHeldRoleIsAHandoverOnTheTimeline();
    void dropFromTheRosterAssigns();
    void deleteRelieves();
    void addedRoleAppearsAndCanBeFilled();
    void anAddedRoleIsKeptOnTheIncident();
    void refusedCommandsAreReportedAndWriteNothing();
    void directoryChangesShowAtOnce();
    void aHandoverOfAnotherDayShowsItsDayInFull();
    void theDayChangeRefitsTheSinceColumn();

private:
    int rowOf(const QString &role, RoleRank rank = RoleRank::Primary) const;
    QString holderText(int row) const;
    QUuid currentHolder(const QString &role, RoleRank rank = RoleRank::Primary) const;
    TimelineEntry lastEntry() const;
    void selectRoleByKeyboard(int row);
    bool dropOnRoles(const QMimeData *data, const QPoint &at);

    std::unique_ptr<UiTest::Fixture> m_fixture;
    std::unique_ptr<RoleBoard> m_board;
    std::unique_ptr<QAbstractItemModelTester> m_rolesTester;
    std::unique_ptr<QAbstractItemModelTester> m_rosterTester;
    Person m_sam{newId(), QStringLiteral("Sam Chen"), QStringLiteral("schen"), QStringLiteral("sam@example.org"), {}};
    QUuid m_incident;
};

void tst_RoleBoard::init()
{
    m_fixture = std::make_unique<UiTest::Fixture>();
    QVERIFY(m_fixture->open());
    QVERIFY(m_fixture->store->replaceDirectory({}, {m_fixture->alice, m_fixture->jo, m_sam}, {m_fixture->checkout}));
    m_incident = m_fixture->declare(QStringLiteral("Checkout errors in EU"), 30, QStringLiteral("SEV1"));
    QVERIFY(!m_incident.isNull());

    m_board = std::make_unique<RoleBoard>(m_fixture->store.get());
    m_rolesTester = std::make_unique<QAbstractItemModelTester>(m_board->model());
    m_rosterTester = std::make_unique<QAbstractItemModelTester>(m_board->rosterModel());
    m_board->resize(350, 640); // the width of the dock beside the timeline
    m_board->show();
    m_board->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_board.get()));
    m_board->setIncident(m_incident);
}

void tst_RoleBoard::cleanup()
{
    m_rolesTester.reset();
    m_rosterTester.reset();
    m_board.reset();
    m_fixture.reset();
}

int tst_RoleBoard::rowOf(const QString &role, RoleRank rank) const
{
    return m_board->model()->rowOf(role, rank);
}

QString tst_RoleBoard::holderText(int row) const
{
    return m_board->rolesView()->model()->index(row, RoleBoardModel::HolderColumn).data().toString();
}

QUuid tst_RoleBoard::currentHolder(const QString &role, RoleRank rank) const
{
    for (const RoleAssignment &assignment : m_fixture->store->roles(m_incident)) {
        if (assignment.role == role && assignment.rank == rank)
            return assignment.personId;
    }
    return {};
}

TimelineEntry tst_RoleBoard::lastEntry() const
{
    const std::unique_ptr<TimelinePager> pager = m_fixture->store->timelinePager(m_incident);
    const QList<TimelineRow> rows = pager->page(pager->count() - 1, 1);
    return rows.isEmpty() ? TimelineEntry() : rows.constFirst().entry;
}

void tst_RoleBoard::selectRoleByKeyboard(int row)
{
    QTableView *view = m_board->rolesView();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Home);
    for (int i = 0; i < row; ++i)
        QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentIndex().row(), row);
}

// The offscreen platform cannot run a QDrag (its drag ends at once, dropping nothing), so
// the drop arrives as the platform would deliver it to the roles view: entering, moving
// over and dropping, with the roster's drag data. Returns whether the drop was taken.
bool tst_RoleBoard::dropOnRoles(const QMimeData *data, const QPoint &at)
{
    QWidget *viewport = m_board->rolesView()->viewport();
    QDragEnterEvent enter(at, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(at, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QDropEvent drop(at, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    return drop.isAccepted();
}

void tst_RoleBoard::mandatoryRolesShowAndEmptyOnesAreFlagged()
{
    RoleBoardModel *model = m_board->model();
    const QList<std::pair<QString, RoleRank>> expected{{Roles::IncidentCommander, RoleRank::Primary},
                                                       {Roles::IncidentCommander, RoleRank::Secondary},
                                                       {Roles::Scribe, RoleRank::Primary},
                                                       {Roles::TechnicalLead, RoleRank::Primary},
                                                       {Roles::CommsLead, RoleRank::Primary},
                                                       {Roles::Facilitator, RoleRank::Primary}};
    QCOMPARE(model->rowCount(), int(expected.size()));
    for (int row = 0; row < expected.size(); ++row) {
        const QModelIndex index = model->index(row, RoleBoardModel::HolderColumn);
        QCOMPARE(index.data(RoleBoardModel::RoleKeyRole).toString(), expected.at(row).first);
        QCOMPARE(index.data(RoleBoardModel::RankRole).toInt(), int(expected.at(row).second));
        // Flagged by text, weight and an icon: never by colour alone.
        QCOMPARE(index.data().toString(), QStringLiteral("Unfilled"));
        QVERIFY(index.data(RoleBoardModel::UnfilledRole).toBool());
        QVERIFY(index.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());
    }
    QCOMPARE(model->index(0, RoleBoardModel::RoleColumn).data().toString(), QStringLiteral("Incident commander"));
    QCOMPARE(model->index(1, RoleBoardModel::RankColumn).data().toString(), QStringLiteral("2nd"));
    QCOMPARE(model->index(1, RoleBoardModel::RankColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("secondary"));
    QCOMPARE(model->index(2, RoleBoardModel::RankColumn).data().toString(), QString()); // no rank where none matters
    QVERIFY(m_board->unfilledLabel()->isVisible());
    QVERIFY2(m_board->unfilledLabel()->text().contains(QStringLiteral("6")),
             qPrintable(m_board->unfilledLabel()->text()));

    // A role taken elsewhere (sitrepctl, another console) stops being flagged at once.
    RoleAssignment scribe{{}, m_incident, Roles::Scribe, m_fixture->jo.id, RoleRank::Primary, {}, {}, {}};
    QVERIFY(m_fixture->store->assignRole(scribe));
    const int row = rowOf(Roles::Scribe);
    QCOMPARE(holderText(row), QStringLiteral("Jo Okafor"));
    QVERIFY(!model->index(row, 0).data(RoleBoardModel::UnfilledRole).toBool());
    QVERIFY(!model->index(row, RoleBoardModel::SinceColumn).data().toString().isEmpty());
    QVERIFY(model->index(row, RoleBoardModel::SinceColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("UTC")));
    QVERIFY(m_board->unfilledLabel()->text().contains(QStringLiteral("5")));

    // Without an incident there is nothing to show or assign.
    m_board->setIncident({});
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!m_board->unfilledLabel()->isVisible());
    QVERIFY(!m_board->rolesView()->isEnabled());
}

void tst_RoleBoard::keyboardAssignsFromTheRoster()
{
    QSignalSpy messages(m_board.get(), &RoleBoard::message);
    RoleBoardModel *model = m_board->model();
    const int scribe = rowOf(Roles::Scribe);
    selectRoleByKeyboard(scribe);

    // Enter on a role goes to the roster filter.
    QTest::keyClick(m_board->rolesView(), Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), m_board->rosterFilter());
    // Its clear button comes with the first text (its icon is not decoded at start).
    QVERIFY(!m_board->rosterFilter()->isClearButtonEnabled());
    QTest::keyClicks(m_board->rosterFilter(), QStringLiteral("okaf"));
    QVERIFY(m_board->rosterFilter()->isClearButtonEnabled());
    QCOMPARE(m_board->rosterView()->model()->rowCount(), 1);

    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    const int entriesBefore = m_fixture->store->entryCount(m_incident);
    QTest::keyClick(m_board->rosterFilter(), Qt::Key_Return);
    QCOMPARE(messages.count(), 0);
    QCOMPARE(currentHolder(Roles::Scribe), m_fixture->jo.id);
    QCOMPARE(holderText(scribe), QStringLiteral("Jo Okafor"));
    // One change, one fine-grained signal.
    QCOMPARE(changed.count(), 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(reset.count(), 0);
    // Back on the roles, ready for the next one; the filter is clear for it.
    QCOMPARE(QApplication::focusWidget(), m_board->rolesView());
    QCOMPARE(m_board->rosterFilter()->text(), QString());
    QCOMPARE(m_fixture->store->entryCount(m_incident), entriesBefore + 1);
    QCOMPARE(lastEntry().kind, EntryKind::RoleChange);

    // F2 does the same from the roles; picking in the list itself works as well as in the filter.
    QTest::keyClick(m_board->rolesView(), Qt::Key_Up); // the commander's second
    QTest::keyClick(m_board->rolesView(), Qt::Key_F2);
    QCOMPARE(QApplication::focusWidget(), m_board->rosterFilter());
    QTest::keyClicks(m_board->rosterFilter(), QStringLiteral("@sch"));
    QTest::keyClick(m_board->rosterFilter(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), m_board->rosterView());
    QTest::keyClick(m_board->rosterView(), Qt::Key_Return);
    QCOMPARE(currentHolder(Roles::IncidentCommander, RoleRank::Secondary), m_sam.id);
    QCOMPARE(holderText(rowOf(Roles::IncidentCommander, RoleRank::Secondary)), QStringLiteral("Sam Chen"));
    QCOMPARE(messages.count(), 0);

    // Esc leaves the roster without assigning.
    QTest::keyClick(m_board->rolesView(), Qt::Key_Home);
    QTest::keyClick(m_board->rolesView(), Qt::Key_Return);
    QTest::keyClicks(m_board->rosterFilter(), QStringLiteral("alice"));
    QTest::keyClick(m_board->rosterFilter(), Qt::Key_Escape);
    QCOMPARE(QApplication::focusWidget(), m_board->rolesView());
    QCOMPARE(currentHolder(Roles::IncidentCommander), QUuid());
}

void tst_RoleBoard::assigningAHeldRoleIsAHandoverOnTheTimeline()
{
    RoleAssignment commander{{}, m_incident, Roles::IncidentCommander, m_fixture->alice.id, RoleRank::Primary, {},
                             {}, {}};
    QVERIFY(m_fixture->store->assignRole(commander));
    const int row = rowOf(Roles::IncidentCommander);
    QCOMPARE(holderText(row), QStringLiteral("Alice Rivera"));
    const int entriesBefore = m_fixture->store->entryCount(m_incident);

    selectRoleByKeyboard(row);
    QTest::keyClick(m_board->rolesView(), Qt::Key_Return);
    QTest::keyClicks(m_board->rosterFilter(), QStringLiteral("jo"));
    QTest::keyClick(m_board->rosterFilter(), Qt::Key_Return);

    QCOMPARE(holderText(row), QStringLiteral("Jo Okafor"));
    const QList<RoleAssignment> current = m_fixture->store->roles(m_incident);
    QCOMPARE(current.size(), 1);
    QCOMPARE(current.constFirst().personId, m_fixture->jo.id);
    // Alice was relieved, not forgotten.
    const QList<RoleAssignment> all = m_fixture->store->roles(m_incident, false);
    QCOMPARE(all.size(), 2);
    const auto alice = std::find_if(all.begin(), all.end(),
                                    [this](const RoleAssignment &a) { return a.personId == m_fixture->alice.id; });
    QVERIFY(alice != all.end());
    QVERIFY(!alice->isCurrent());
    // The store wrote the handover on the timeline.
    QCOMPARE(m_fixture->store->entryCount(m_incident), entriesBefore + 1);
    const TimelineEntry handover = lastEntry();
    QCOMPARE(handover.kind, EntryKind::RoleChange);
    QVERIFY2(handover.body.contains(QStringLiteral("Alice Rivera"))
                 && handover.body.contains(QStringLiteral("Jo Okafor")),
             qPrintable(handover.body));
}

void tst_RoleBoard::dropFromTheRosterAssigns()
{
    // Pick Sam in the roster with the mouse, as a drag starts.
    QListView *roster = m_board->rosterView();
    const int samRow = [&] {
        for (int row = 0; row < roster->model()->rowCount(); ++row) {
            if (roster->model()->index(row, 0).data(RosterModel::PersonIdRole).toUuid() == m_sam.id)
                return row;
        }
        return -1;
    }();
    QVERIFY(samRow >= 0);
    const QRect samRect = roster->visualRect(roster->model()->index(samRow, 0));
    QTest::mouseClick(roster->viewport(), Qt::LeftButton, {}, samRect.center());
    const QModelIndexList dragged = roster->selectionModel()->selectedIndexes();
    QCOMPARE(dragged.size(), 1);

    // What QAbstractItemView::startDrag would put in the QDrag, dropped on the comms lead.
    std::unique_ptr<QMimeData> data(roster->model()->mimeData(dragged));
    QVERIFY(data);
    QTableView *roles = m_board->rolesView();
    const int comms = rowOf(Roles::CommsLead);
    const QPoint at = roles->visualRect(roles->model()->index(comms, RoleBoardModel::HolderColumn)).center();
    QVERIFY(dropOnRoles(data.get(), at));

    QCOMPARE(currentHolder(Roles::CommsLead), m_sam.id);
    QCOMPARE(holderText(comms), QStringLiteral("Sam Chen"));
    QCOMPARE(lastEntry().kind, EntryKind::RoleChange);

    // Below the last role there is no role to take: nothing is written.
    const int opsBefore = m_fixture->store->pendingOpCount();
    const QPoint below(at.x(),
                       roles->visualRect(roles->model()->index(roles->model()->rowCount() - 1, 0)).bottom() + 20);
    QVERIFY(roles->viewport()->rect().contains(below));
    QVERIFY(!dropOnRoles(data.get(), below));
    QCOMPARE(m_fixture->store->pendingOpCount(), opsBefore);

    // Dropping the holder again on their own role is refused by the store, and said.
    QSignalSpy messages(m_board.get(), &RoleBoard::message);
    QVERIFY(!dropOnRoles(data.get(), at));
    QCOMPARE(messages.count(), 1);
    QCOMPARE(m_fixture->store->pendingOpCount(), opsBefore);
}

void tst_RoleBoard::deleteRelieves()
{
    QSignalSpy messages(m_board.get(), &RoleBoard::message);
    RoleAssignment scribe{{}, m_incident, Roles::Scribe, m_fixture->jo.id, RoleRank::Primary, {}, {}, {}};
    QVERIFY(m_fixture->store->assignRole(scribe));
    const int row = rowOf(Roles::Scribe);
    selectRoleByKeyboard(row);
    QVERIFY(m_board->relieveButton()->isEnabled());

    QTest::keyClick(m_board->rolesView(), Qt::Key_Delete);
    QCOMPARE(messages.count(), 0);
    QCOMPARE(currentHolder(Roles::Scribe), QUuid());
    QCOMPARE(holderText(row), QStringLiteral("Unfilled"));
    QVERIFY(m_board->model()->index(row, 0).data(RoleBoardModel::UnfilledRole).toBool());
    QVERIFY(!m_board->relieveButton()->isEnabled());

    // Delete on an empty role says so and writes nothing.
    const int opsBefore = m_fixture->store->pendingOpCount();
    QTest::keyClick(m_board->rolesView(), Qt::Key_Delete);
    QCOMPARE(messages.count(), 1);
    QCOMPARE(m_fixture->store->pendingOpCount(), opsBefore);
}

void tst_RoleBoard::addedRoleAppearsAndCanBeFilled()
{
    QSignalSpy messages(m_board.get(), &RoleBoard::message);
    RoleBoardModel *model = m_board->model();
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QTest::mouseClick(m_board->addRoleButton(), Qt::LeftButton);
    QVERIFY(m_board->newRoleEdit()->isVisible());
    QCOMPARE(QApplication::focusWidget(), m_board->newRoleEdit());
    QTest::keyClicks(m_board->newRoleEdit(), QStringLiteral("Customer liaison"));
    QTest::keyClick(m_board->newRoleEdit(), Qt::Key_Return);
    QCOMPARE(messages.count(), 0);

    const int row = rowOf(QStringLiteral("customer_liaison"));
    QCOMPARE(row, 6); // after the mandatory roles
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model->index(row, RoleBoardModel::RoleColumn).data().toString(), QStringLiteral("customer_liaison"));
    // Not mandatory: empty, but not flagged.
    QVERIFY(!model->index(row, 0).data(RoleBoardModel::UnfilledRole).toBool());
    QCOMPARE(holderText(row), QStringLiteral("vacant"));
    QVERIFY(!m_board->newRoleEdit()->isVisible());
    // Straight on to who takes it.
    QCOMPARE(m_board->rolesView()->currentIndex().row(), row);
    QCOMPARE(QApplication::focusWidget(), m_board->rosterFilter());
    QTest::keyClicks(m_board->rosterFilter(), QStringLiteral("sam"));
    QTest::keyClick(m_board->rosterFilter(), Qt::Key_Return);
    QCOMPARE(currentHolder(QStringLiteral("customer_liaison")), m_sam.id);
    QCOMPARE(holderText(row), QStringLiteral("Sam Chen"));

    // Relieved, the incident still has the role: it stays on the board.
    QTest::keyClick(m_board->rolesView(), Qt::Key_Delete);
    QCOMPARE(currentHolder(QStringLiteral("customer_liaison")), QUuid());
    QCOMPARE(rowOf(QStringLiteral("customer_liaison")), row);
    QCOMPARE(holderText(row), QStringLiteral("vacant"));
    QCOMPARE(messages.count(), 0);
}

// An added role nobody holds yet is the incident's (Incident::addedRoles, synced as an
// incident.update): it is still on the board after looking at another incident, and a role
// another console added shows up by itself.
void tst_RoleBoard::anAddedRoleIsKeptOnTheIncident()
{
    QTest::mouseClick(m_board->addRoleButton(), Qt::LeftButton);
    QTest::keyClicks(m_board->newRoleEdit(), QStringLiteral("Customer liaison"));
    QTest::keyClick(m_board->newRoleEdit(), Qt::Key_Return);
    QCOMPARE(m_fixture->store->incident(m_incident)->addedRoles, QStringList{QStringLiteral("customer_liaison")});
    const Op op = m_fixture->store->pendingOps(100).last().op;
    QCOMPARE(op.type, OpType::IncidentUpdate);
    QCOMPARE(op.payload.value(QStringLiteral("fields")).toObject().keys(), QStringList{QStringLiteral("addedRoles")});

    const QUuid other = m_fixture->declare(QStringLiteral("Search latency"));
    m_board->setIncident(other);
    QCOMPARE(rowOf(QStringLiteral("customer_liaison")), -1);
    m_board->setIncident(m_incident);
    QCOMPARE(rowOf(QStringLiteral("customer_liaison")), 6);
    QCOMPARE(holderText(6), QStringLiteral("vacant"));

    // Another console adds one (here through the store, as the feed would).
    Incident changed = *m_fixture->store->incident(m_incident);
    changed.addedRoles.append(QStringLiteral("legal"));
    QVERIFY(m_fixture->store->updateIncident(changed));
    QVERIFY(rowOf(QStringLiteral("legal")) > 0);

    // A name that is not a role key says why and adds nothing.
    QSignalSpy messages(m_board.get(), &RoleBoard::message);
    QTest::mouseClick(m_board->addRoleButton(), Qt::LeftButton);
    QTest::keyClicks(m_board->newRoleEdit(), QStringLiteral("9 lives"));
    QTest::keyClick(m_board->newRoleEdit(), Qt::Key_Return);
    QCOMPARE(messages.count(), 1);
    QCOMPARE(m_fixture->store->incident(m_incident)->addedRoles.size(), 2);

    // Delete on a vacant added role takes it off the board, for everyone.
    m_board->rolesView()->setFocus();
    m_board->rolesView()->setCurrentIndex(m_board->model()->index(rowOf(QStringLiteral("legal")), 0));
    QTest::keyClick(m_board->rolesView(), Qt::Key_Delete);
    QCOMPARE(rowOf(QStringLiteral("legal")), -1);
    QCOMPARE(m_fixture->store->incident(m_incident)->addedRoles, QStringList{QStringLiteral("customer_liaison")});

    // So does the Relieve button (a vacant mandatory role has nothing to relieve).
    m_board->rolesView()->setCurrentIndex(m_board->model()->index(rowOf(Roles::Facilitator), 0));
    QVERIFY(!m_board->relieveButton()->isEnabled());
    m_board->rolesView()->setCurrentIndex(m_board->model()->index(rowOf(QStringLiteral("customer_liaison")), 0));
    QVERIFY(m_board->relieveButton()->isEnabled());
    QTest::mouseClick(m_board->relieveButton(), Qt::LeftButton);
    QCOMPARE(rowOf(QStringLiteral("customer_liaison")), -1);
    QVERIFY(m_fixture->store->incident(m_incident)->addedRoles.isEmpty());
}

void tst_RoleBoard::refusedCommandsAreReportedAndWriteNothing()
{
    QSignalSpy messages(m_board.get(), &RoleBoard::message);
    const int opsBefore = m_fixture->store->pendingOpCount();
    const int entriesBefore = m_fixture->store->entryCount(m_incident);

    // An invalid role key.
    QTest::mouseClick(m_board->addRoleButton(), Qt::LeftButton);
    QTest::keyClicks(m_board->newRoleEdit(), QStringLiteral("4 ops!"));
    QTest::keyClick(m_board->newRoleEdit(), Qt::Key_Return);
    QCOMPARE(messages.count(), 1);
    QVERIFY2(messages.at(0).at(0).toString().contains(QStringLiteral("4 ops!")),
             qPrintable(messages.at(0).at(0).toString()));
    QCOMPARE(m_board->model()->rowCount(), 6);
    // What was typed stays, to be corrected.
    QCOMPARE(m_board->newRoleEdit()->text(), QStringLiteral("4 ops!"));
    QTest::keyClick(m_board->newRoleEdit(), Qt::Key_Escape);
    QVERIFY(!m_board->newRoleEdit()->isVisible());

    // Nobody matches the filter.
    selectRoleByKeyboard(rowOf(Roles::Facilitator));
    QTest::keyClick(m_board->rolesView(), Qt::Key_Return);
    QTest::keyClicks(m_board->rosterFilter(), QStringLiteral("zzz"));
    QCOMPARE(m_board->rosterView()->model()->rowCount(), 0);
    QTest::keyClick(m_board->rosterFilter(), Qt::Key_Return);
    QCOMPARE(messages.count(), 2);
    QCOMPARE(m_fixture->store->pendingOpCount(), opsBefore);
    QTest::keyClick(m_board->rosterFilter(), Qt::Key_Escape);

    // The store refuses giving someone the role they already hold.
    RoleAssignment facilitator{{}, m_incident, Roles::Facilitator, m_fixture->jo.id, RoleRank::Primary, {}, {}, {}};
    QVERIFY(m_fixture->store->assignRole(facilitator));
    const int opsHeld = m_fixture->store->pendingOpCount();
    const int entriesHeld = m_fixture->store->entryCount(m_incident);
    QCOMPARE(entriesHeld, entriesBefore + 1);
    QTest::keyClick(m_board->rolesView(), Qt::Key_Return);
    QTest::keyClicks(m_board->rosterFilter(), QStringLiteral("jokafor"));
    QTest::keyClick(m_board->rosterFilter(), Qt::Key_Return);
    QCOMPARE(messages.count(), 3);
    QVERIFY2(messages.at(2).at(0).toString().contains(QStringLiteral("already")),
             qPrintable(messages.at(2).at(0).toString()));
    QCOMPARE(m_fixture->store->pendingOpCount(), opsHeld);
    QCOMPARE(m_fixture->store->entryCount(m_incident), entriesHeld);
    // The person stays picked, to choose another without retyping.
    QCOMPARE(QApplication::focusWidget(), m_board->rosterFilter());
}

void tst_RoleBoard::directoryChangesShowAtOnce()
{
    // Someone the directory does not know yet (assigned on another console).
    const Person newcomer{newId(), QStringLiteral("Rosa Diaz"), QStringLiteral("rdiaz"), {}, {}};
    RoleAssignment lead{{}, m_incident, Roles::TechnicalLead, newcomer.id, RoleRank::Primary, {}, {}, {}};
    QVERIFY(m_fixture->store->assignRole(lead));
    const int row = rowOf(Roles::TechnicalLead);
    QVERIFY2(holderText(row).contains(newcomer.id.toString(QUuid::WithoutBraces).left(8)), qPrintable(holderText(row)));
    QCOMPARE(m_board->rosterView()->model()->rowCount(), 3);

    QVERIFY(m_fixture->store->replaceDirectory({}, {m_fixture->alice, m_fixture->jo, m_sam, newcomer}, {}));
    QCOMPARE(holderText(row), QStringLiteral("Rosa Diaz"));
    QCOMPARE(m_board->rosterView()->model()->rowCount(), 4);
    QTest::keyClicks(m_board->rosterFilter(), QStringLiteral("rdi"));
    QCOMPARE(m_board->rosterView()->model()->rowCount(), 1);
    QCOMPARE(m_board->rosterView()->currentIndex().data(RosterModel::PersonIdRole).toUuid(), newcomer.id);
}

// An incident runs past midnight: yesterday's handovers show the day, not a date cut to
// "30…59", and the column widens for them (and only then).
void tst_RoleBoard::aHandoverOfAnotherDayShowsItsDayInFull()
{
    const QDate today(2026, 12, 1);
    const QDateTime lateLastNight(today.addDays(-1), QTime(22, 59));
    QCOMPARE(TimeText::dayAwareClock(QDateTime(today, QTime(0, 40)), today), QStringLiteral("00:40"));
    // A clock a little ahead of this one dated it tomorrow: still a time of day.
    QCOMPARE(TimeText::dayAwareClock(QDateTime(today.addDays(1), QTime(0, 2)), today), QStringLiteral("00:02"));
    const QString yesterday = TimeText::dayAwareClock(lateLastNight, today);
    QCOMPARE(yesterday, QLocale().toString(lateLastNight, QStringLiteral("ddd HH:mm")));
    QCOMPARE(TimeText::dayAwareClock(QDateTime(QDate(2026, 11, 2), QTime(9, 5)), today),
             QLocale().toString(QDate(2026, 11, 2), QStringLiteral("d MMM")));

    // Today's handovers alone: the column is as narrow as a time, the holder has the room.
    const QTableView *view = m_board->rolesView();
    QVERIFY(view);
    const int narrow = view->horizontalHeader()->sectionSize(RoleBoardModel::SinceColumn);
    RoleAssignment lead{{}, m_incident, Roles::TechnicalLead, m_sam.id, RoleRank::Primary,
                        QDateTime::currentDateTimeUtc().addDays(-1), {}, {}};
    QVERIFY(m_fixture->store->assignRole(lead));
    const QModelIndex since = m_board->model()->index(rowOf(Roles::TechnicalLead), RoleBoardModel::SinceColumn);
    const QString shown = since.data().toString();
    QVERIFY2(shown.contains(QLocale().toString(lead.assignedAt.toLocalTime().time(), QStringLiteral("HH:mm"))), qPrintable(shown));
    QVERIFY2(view->horizontalHeader()->sectionSize(RoleBoardModel::SinceColumn) > view->fontMetrics().horizontalAdvance(shown),
             qPrintable(shown));
    QVERIFY(view->horizontalHeader()->sectionSize(RoleBoardModel::SinceColumn) > narrow);
}

// At midnight today's handovers become yesterday's with nothing in the data changing:
// the day change refits the column to the day and time it then shows.
void tst_RoleBoard::theDayChangeRefitsTheSinceColumn()
{
    ManualClock clock(QDateTime::currentDateTimeUtc());
    m_fixture->store->setClock(&clock);
    const auto restore = qScopeGuard([this] { m_fixture->store->setClock(nullptr); });
    RoleAssignment lead{{}, m_incident, Roles::TechnicalLead, m_sam.id, RoleRank::Primary, clock.now(), {}, {}};
    QVERIFY(m_fixture->store->assignRole(lead));
    const QHeaderView *columns = m_board->rolesView()->horizontalHeader();
    const int narrow = columns->sectionSize(RoleBoardModel::SinceColumn);

    clock.advanceSeconds(24 * 3600);
    const QModelIndex since = m_board->model()->index(rowOf(Roles::TechnicalLead), RoleBoardModel::SinceColumn);
    const QString shown = since.data().toString();
    QCOMPARE(shown, QLocale().toString(lead.assignedAt.toLocalTime(), QStringLiteral("ddd HH:mm")));
    QCOMPARE(columns->sectionSize(RoleBoardModel::SinceColumn), narrow); // nothing told it yet
    auto *day = m_board->findChild<DayChangeTimer *>();
    QVERIFY(day);
    emit day->dayChanged();
    QVERIFY2(columns->sectionSize(RoleBoardModel::SinceColumn) > m_board->rolesView()->fontMetrics().horizontalAdvance(shown),
             qPrintable(shown));
}

QTEST_MAIN(tst_RoleBoard)
#include "tst_RoleBoard.moc"
