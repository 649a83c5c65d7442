// The console offers only what the server would accept (ConsolePermissions, the server's own
// rule from model/Permissions.h applied to the cache): the severity, closing, the bridge's
// moderation and the critical phase are greyed out, with the reason, for someone who is
// not the incident's commander (or facilitator, for the bridge) or a manager, and come
// back when a role makes them one. Driven by keys and clicks on the real widgets.

#include "BridgeDetails.h"
#include "BridgePane.h"
#include "BridgeRosterModel.h"
#include "ConsolePermissions.h"
#include "EntryBox.h"
#include "RoleBoard.h"
#include "RoleBoardModel.h"
#include "RaciModel.h"
#include "RaciView.h"
#include "TracksPane.h"
#include "IncidentHeader.h"
#include "SeverityBox.h"
#include "StatusStepper.h"
#include "UiTestStore.h"

#include <QAbstractItemView>
#include <QAction>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QToolButton>

using namespace Sitrep;

class tst_ConsolePermissions : public QObject
{
    Q_OBJECT

    std::unique_ptr<UiTest::Fixture> m_fixture;
    std::unique_ptr<ConsolePermissions> m_permissions;
    std::unique_ptr<IncidentHeader> m_header;
    std::unique_ptr<BridgePane> m_bridge;
    QUuid m_incident;

    Store &store() { return *m_fixture->store; }
    void assign(const QString &role, const QUuid &person)
    {
        RoleAssignment assignment;
        assignment.incidentId = m_incident;
        assignment.role = role;
        assignment.personId = person;
        const CommandResult result = store().assignRole(assignment);
        QVERIFY2(result, qPrintable(result.error));
    }
    QToolButton *step(IncidentStatus status) const { return m_header->stepper()->stepButton(status); }
    QAction *bridgeAction(const QString &iconText) const
    {
        for (QAction *action : m_bridge->view()->actions()) {
            if (action->iconText() == iconText)
                return action;
        }
        return nullptr;
    }
    QUuid seedParticipant(const QString &name, const QUuid &person, bool inLobby)
    {
        return m_fixture->addParticipant(m_incident, name, QDateTime::currentDateTimeUtc().addSecs(-60), inLobby, person);
    }
    void selectRow(const QUuid &participantId)
    {
        QTableView *view = m_bridge->view();
        const int row = m_bridge->model()->rowOf(participantId);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(row, 0)).center());
        QCOMPARE(view->currentIndex().row(), row);
    }
    BridgeParticipant stored(const QUuid &participantId)
    {
        for (const BridgeParticipant &participant : store().participants(m_incident)) {
            if (participant.id == participantId)
                return participant;
        }
        return {};
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<UiTest::Fixture>();
        QVERIFY(m_fixture->open());
        m_incident = m_fixture->declare(QStringLiteral("Checkout errors in EU"), 30); // declared by Alice
        QVERIFY(!m_incident.isNull());
        store().setActor(m_fixture->jo.id); // this console is Jo's, a responder
        m_permissions = std::make_unique<ConsolePermissions>(store());
        m_permissions->setAccount(true, AccountRole::Responder);

        m_header = std::make_unique<IncidentHeader>(&store());
        m_header->resize(900, m_header->sizeHint().height());
        m_header->setPermissions(m_permissions.get());
        m_header->show();
        QVERIFY(QTest::qWaitForWindowActive(m_header.get()));
        m_header->setIncident(m_incident);

        m_bridge = std::make_unique<BridgePane>(&store());
        m_bridge->setPermissions(m_permissions.get());
        m_bridge->resize(440, 480);
        m_bridge->setIncident(m_incident);
    }
    void cleanup()
    {
        m_bridge.reset();
        m_header.reset();
        m_permissions.reset();
        m_fixture.reset();
    }

    void severityAndClosingWaitForTheCommandersRole()
    {
        QSignalSpy messages(m_header.get(), &IncidentHeader::message);
        SeverityBox *severity = m_header->severityBox();
        QVERIFY(!severity->isEnabled());
        QVERIFY2(severity->toolTip().contains(QStringLiteral("Only the incident commander or a manager changes the severity")),
                 qPrintable(severity->toolTip()));
        QVERIFY(!step(IncidentStatus::Closed)->isEnabled());
        QVERIFY(step(IncidentStatus::Closed)->toolTip().contains(QStringLiteral("closes an incident")));
        // The shortcut says why nothing opens.
        m_header->focusSeverity();
        QCOMPARE(messages.count(), 1);
        QVERIFY(messages.at(0).at(0).toString().contains(QStringLiteral("changes the severity")));
        // Moving forward is anyone's: a click on the next step takes it.
        QVERIFY(step(IncidentStatus::Investigating)->isEnabled());
        QTest::mouseClick(step(IncidentStatus::Investigating), Qt::LeftButton);
        QCOMPARE(store().incident(m_incident)->status, IncidentStatus::Investigating);

        // Jo becomes the commander: the controls come back at once.
        assign(Roles::IncidentCommander, m_fixture->jo.id);
        QVERIFY(severity->isEnabled());
        QVERIFY(!severity->toolTip().contains(QStringLiteral("Only the incident commander")));
        QVERIFY(step(IncidentStatus::Closed)->isEnabled());
        m_header->focusSeverity(); // opens the list
        QTRY_VERIFY(severity->view()->isVisible());
        QTest::keyClick(severity->view(), Qt::Key_Up);
        QTest::keyClick(severity->view(), Qt::Key_Return);
        QCOMPARE(store().incident(m_incident)->severity, QStringLiteral("SEV1"));
        QCOMPARE(messages.count(), 1); // and no refusal this time
    }

    void theDeclarerDecidesUntilSomebodyCommands()
    {
        store().setActor(m_fixture->alice.id);
        emit m_permissions->changed({}); // (a real console changes its actor only by signing in)
        QVERIFY(m_header->severityBox()->isEnabled());
        assign(Roles::IncidentCommander, m_fixture->jo.id);
        QVERIFY(!m_header->severityBox()->isEnabled());
    }

    void managersViewersAndLocalProfiles()
    {
        m_permissions->setAccount(true, AccountRole::Manager);
        QVERIFY(m_header->severityBox()->isEnabled());
        QVERIFY(step(IncidentStatus::Closed)->isEnabled());
        m_permissions->setAccount(true, AccountRole::Viewer);
        QVERIFY(!m_header->severityBox()->isEnabled());
        QVERIFY(m_header->severityBox()->toolTip().contains(QStringLiteral("can view incidents but not change them")));
        QVERIFY(!step(IncidentStatus::Investigating)->isEnabled());
        // Nothing to refuse a local profile; a role not learnt yet is left to the server.
        m_permissions->setAccount(false, AccountRole::Viewer);
        QVERIFY(m_header->severityBox()->isEnabled());
        m_permissions->setAccount(true, std::nullopt);
        QVERIFY(m_header->severityBox()->isEnabled());
    }

    // A viewer's console reads everything and writes nothing: the entry box, the role
    // board and the bridge (its own row and the channels included) say so, and the keys
    // that would write say why instead.
    void aViewersConsoleWritesNothing()
    {
        RoleBoard board(&store());
        board.setIncident(m_incident);
        EntryBox entry(&store());
        entry.setIncident(m_incident);
        m_bridge->show();
        QVERIFY(QTest::qWaitForWindowActive(m_bridge.get()));
        const QUuid self = seedParticipant(QStringLiteral("Jo Okafor"), m_fixture->jo.id, false);

        m_permissions->setAccount(true, AccountRole::Viewer);
        const QString why = m_permissions->readOnlyReason();
        QVERIFY(why.contains(QStringLiteral("can view incidents but not change them")));
        entry.setRefusal(why);
        board.setRefusal(why);
        auto *line = entry.findChild<QLineEdit *>();
        QVERIFY(line && !line->isEnabled());
        QCOMPARE(line->placeholderText(), why);
        QVERIFY(!board.assignButton()->isEnabled() && !board.relieveButton()->isEnabled() && !board.addRoleButton()->isEnabled());
        QCOMPARE(board.assignButton()->toolTip(), why);
        QSignalSpy boardMessages(&board, &RoleBoard::message);
        board.show();
        QVERIFY(QTest::qWaitForWindowActive(&board));
        board.rolesView()->setFocus();
        board.rolesView()->setCurrentIndex(board.model()->index(0, 0));
        QTest::keyClick(board.rolesView(), Qt::Key_F2);
        QCOMPARE(boardMessages.count(), 1);
        QCOMPARE(boardMessages.at(0).at(0).toString(), why);
        QVERIFY(store().roles(m_incident).isEmpty());

        selectRow(self);
        for (const char *action : {"Mute", "Hand", "Remove", "Leave"})
            QVERIFY2(!bridgeAction(QString::fromLatin1(action))->isEnabled(), action);
        QTest::keyClick(m_bridge->view(), Qt::Key_H);
        QVERIFY(!stored(self).handRaised);
        QVERIFY(!m_bridge->findChild<QLineEdit *>(QStringLiteral("phoneName"))->isEnabled());
        auto *link = m_bridge->details()->findChild<QLineEdit *>(QStringLiteral("meetingLink"));
        QVERIFY(link && link->isReadOnly());

        // The tracks and the RACI matrix read but do not change; the checkpoint question
        // is not asked of a viewer.
        TracksPane tracks(&store());
        tracks.setIncident(m_incident);
        tracks.setRefusal(why);
        auto *addTrack = tracks.findChild<QPushButton *>();
        QVERIFY(addTrack && !addTrack->isEnabled());
        QSignalSpy trackMessages(&tracks, &TracksPane::message);
        tracks.show();
        QVERIFY(QTest::qWaitForWindowActive(&tracks));
        QTest::keyClick(&tracks, Qt::Key_Insert);
        QCOMPARE(trackMessages.count(), 1);
        Incident withMatrix = *store().incident(m_incident);
        withMatrix.raci = RaciMatrix::defaultFor(withMatrix.severity);
        QVERIFY(store().updateIncident(withMatrix));
        RaciView raci(&store());
        raci.setIncident(m_incident);
        raci.setRefusal(why);
        for (QPushButton *button : raci.findChildren<QPushButton *>())
            QVERIFY2(!button->isEnabled(), qPrintable(button->text()));
        QSignalSpy raciMessages(&raci, &RaciView::message);
        raci.show();
        QVERIFY(QTest::qWaitForWindowExposed(&raci));
        const QModelIndex cell = raci.model()->index(0, 1);
        QTest::mouseClick(raci.view()->viewport(), Qt::LeftButton, {}, raci.view()->visualRect(cell).center());
        QCOMPARE(raciMessages.count(), 1);
        QCOMPARE(store().incident(m_incident)->raci, withMatrix.raci);
        QSignalSpy headerMessages(m_header.get(), &IncidentHeader::message);
        m_header->askCheckpoint();
        QCOMPARE(headerMessages.count(), 1);
        QCOMPARE(headerMessages.at(0).at(0).toString(), why);
        QVERIFY(m_header->checkpointBar()->isHidden());

        // Back to a responder: all of it comes back.
        m_permissions->setAccount(true, AccountRole::Responder);
        entry.setRefusal(m_permissions->readOnlyReason());
        board.setRefusal(m_permissions->readOnlyReason());
        QVERIFY(line->isEnabled());
        QVERIFY(board.addRoleButton()->isEnabled());
        QVERIFY(bridgeAction(QStringLiteral("Hand"))->isEnabled());
        QVERIFY(!link->isReadOnly());
    }

    void bridgeModerationIsTheFacilitatorsOrCommanders()
    {
        m_bridge->show();
        QVERIFY(QTest::qWaitForWindowActive(m_bridge.get()));
        const QUuid guest = seedParticipant(QStringLiteral("Guest"), {}, true);
        const QUuid self = seedParticipant(QStringLiteral("Jo Okafor"), m_fixture->jo.id, false);
        auto *critical = m_bridge->details()->findChild<QToolButton *>(QStringLiteral("criticalPhase"));
        QVERIFY(critical);
        QVERIFY(!critical->isEnabled());
        QVERIFY(critical->toolTip().contains(QStringLiteral("switches the critical phase")));

        selectRow(guest);
        QAction *admit = bridgeAction(QStringLiteral("Admit"));
        QVERIFY(admit && !admit->isEnabled());
        QVERIFY(admit->toolTip().contains(QStringLiteral("the facilitator")));
        QTest::keyClick(m_bridge->view(), Qt::Key_A);
        QVERIFY(stored(guest).inLobby);

        // One's own mute and leaving are one's own business; marking essential is not.
        selectRow(self);
        QVERIFY(bridgeAction(QStringLiteral("Mute"))->isEnabled());
        QVERIFY(!bridgeAction(QStringLiteral("Essential"))->isEnabled());
        QTest::keyClick(m_bridge->view(), Qt::Key_M);
        QVERIFY(stored(self).muteRequested);

        assign(Roles::Facilitator, m_fixture->jo.id);
        QVERIFY(critical->isEnabled());
        selectRow(guest);
        QVERIFY(admit->isEnabled());
        QTest::keyClick(m_bridge->view(), Qt::Key_A);
        QVERIFY(!stored(guest).inLobby);
    }
};

QTEST_MAIN(tst_ConsolePermissions)
#include "tst_ConsolePermissions.moc"
