// The console and sitrepctl on one real sitrep-server, over real TLS: what one writes the
// other shows. The console is driven as a person drives it (keys, no slot calls).

#include "ConsoleSession.h"
#include "IncidentListModel.h"
#include "IncidentListPane.h"
#include "MainWindow.h"
#include "RoleBoard.h"
#include "RoleBoardModel.h"
#include "SyncControls.h"
#include "SyncIndicator.h"
#include "SyncTestKit.h"
#include "TimelineModel.h"
#include "TimelinePane.h"
#include "model/Ids.h"
#include "sync/ServerTrust.h"

#include <QApplication>
#include <QListView>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Sitrep;
using namespace Sitrep::Testing;

class tst_ConsoleEndToEnd : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_server;
    Person m_alicePerson{newId(), QStringLiteral("Alice Rivera"), QStringLiteral("arivera"), {}, {}};
    Person m_bobPerson{newId(), QStringLiteral("Bob Mensah"), QStringLiteral("bmensah"), {}, {}};
    TestAccount m_alice{QStringLiteral("alice"), QStringLiteral("alice's pass"), m_alicePerson.id};
    TestAccount m_bob{QStringLiteral("bob"), QStringLiteral("bob's pass"), m_bobPerson.id};

    QStringList here() const
    {
        return {QStringLiteral("--server"), m_server->baseUrl().toString(), QStringLiteral("--pin"),
                Fingerprint::display(Fingerprint::normalise(m_server->fingerprint()))};
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>();
        QVERIFY(addAccount(*m_server, m_alice, QStringLiteral("manager")));
        QVERIFY(addAccount(*m_server, m_bob, QStringLiteral("responder")));
        QVERIFY(importDirectory(*m_server, Directory{{}, {m_alicePerson, m_bobPerson}, {}}));
        QVERIFY2(m_server->start(), qPrintable(m_server->output()));
    }

    void cleanup()
    {
        if (QTest::currentTestFailed() && m_server)
            qWarning().noquote() << "server output:" << m_server->output();
    }

    void consoleAndSitrepctlSeeEachOther()
    {
        // The console: signed in as Alice, as `make run` starts it.
        QTemporaryDir consoleDir;
        Store store;
        QVERIFY(store.open(consoleDir.filePath(QStringLiteral("cache.sqlite"))).ok);
        const QString settingsPath = consoleDir.filePath(QStringLiteral("settings.ini"));
        QSettings settings(settingsPath, QSettings::IniFormat);
        ConsoleSession session(store, settingsPath);
        session.setBackoff(50, 500);
        QString error;
        QVERIFY2(session.configure(m_server->baseUrl().toString(), m_alice.name, m_server->fingerprint(), &error),
                 qPrintable(error));
        session.setStartupPassword(m_alice.password);
        MainWindow window(&store, &settings, &session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(window.sync()->indicator()->stateButton()->text(), QStringLiteral("Online"), 30000);

        // sitrepctl, signed in as Bob, declares an incident and writes on its timeline.
        QTemporaryDir ctlProfile;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SITREP_TOKEN"), QString::fromUtf8(signIn(*m_server, m_bob)));
        const CtlRun declared = runCtl(ctlProfile.path(), here() + QStringList{QStringLiteral("incident"), QStringLiteral("declare"),
                                       QStringLiteral("--title"), QStringLiteral("Checkout errors in EU"), QStringLiteral("--severity"),
                                       QStringLiteral("SEV2")}, environment);
        QVERIFY2(declared.exitCode == 0, declared.err.constData());
        const QUuid incident = idFromString(QString::fromUtf8(declared.out.trimmed()));
        QVERIFY(!incident.isNull());
        const CtlRun added = runCtl(ctlProfile.path(), here() + QStringList{QStringLiteral("timeline"), QStringLiteral("add"),
                                    idToString(incident), QStringLiteral("EU 5xx at 38%, US normal")}, environment);
        QVERIFY2(added.exitCode == 0, added.err.constData());

        // It reaches the console live; the person opens it from the list by keyboard.
        QTRY_VERIFY_WITH_TIMEOUT(window.incidentList()->model()->rowOf(incident) >= 0, 30000);
        window.incidentList()->view()->setFocus();
        QTest::keyClick(window.incidentList()->view(), Qt::Key_Home);
        QCOMPARE(window.incidentList()->currentIncident(), incident);
        TimelineModel *timeline = window.timeline()->model();
        auto shows = [timeline](const QString &body) {
            for (int row = 0; row < timeline->rowCount(); ++row)
                if (timeline->index(row, TimelineModel::BodyColumn).data().toString() == body)
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(shows(QStringLiteral("EU 5xx at 38%, US normal")), 30000);

        // The console assigns Bob as scribe on the role board, by keyboard.
        RoleBoard *board = window.findChild<RoleBoard *>();
        QVERIFY(board);
        QVERIFY(assignByKeyboard(board, QStringLiteral("Scribe"), QStringLiteral("bmensah")));
        QTRY_COMPARE_WITH_TIMEOUT(store.pendingOpCount(), 0, 30000);

        // … and sitrepctl lists it.
        QTRY_VERIFY_WITH_TIMEOUT(runCtl(ctlProfile.path(), here() + QStringList{QStringLiteral("role"), QStringLiteral("list"),
                                        idToString(incident)}, environment).out.contains("Bob Mensah"), 30000);
        const CtlRun roles = runCtl(ctlProfile.path(), here() + QStringList{QStringLiteral("role"), QStringLiteral("list"),
                                    idToString(incident)}, environment);
        QVERIFY2(roles.out.contains("scribe") || roles.out.contains("Scribe"), roles.out.constData());
    }

private:
    static bool assignByKeyboard(RoleBoard *board, const QString &role, const QString &handle);
};

bool tst_ConsoleEndToEnd::assignByKeyboard(RoleBoard *board, const QString &role, const QString &handle)
{
    // Walk down the roles to the one named, Enter to the roster filter, type, Enter.
    QTableView *roles = board->rolesView();
    roles->setFocus();
    QTest::keyClick(roles, Qt::Key_Home);
    for (int row = 0; row < roles->model()->rowCount(); ++row) {
        if (roles->model()->index(row, RoleBoardModel::RoleColumn).data().toString() == role)
            break;
        QTest::keyClick(roles, Qt::Key_Down);
    }
    if (roles->currentIndex().data().toString() != role
        && roles->model()->index(roles->currentIndex().row(), RoleBoardModel::RoleColumn).data().toString() != role)
        return false;
    QTest::keyClick(roles, Qt::Key_Return);
    if (QApplication::focusWidget() != board->rosterFilter())
        return false;
    QTest::keyClicks(board->rosterFilter(), handle);
    QTest::keyClick(board->rosterFilter(), Qt::Key_Return);
    return true;
}

QTEST_MAIN(tst_ConsoleEndToEnd)
#include "tst_ConsoleEndToEnd.moc"
