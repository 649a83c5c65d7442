// The sync indicator and banner: every state in words and a symbol of its own (never
// colour alone), counts from a real store, and a click that asks for what fixes the state.

#include "MainWindow.h"
#include "SignInDialog.h"
#include "SyncBanner.h"
#include "SyncControls.h"
#include "SyncIndicator.h"
#include "TrustDialog.h"
#include "StoreFixture.h"
#include "UiTestStore.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QToolButton>

using namespace Sitrep;
using Sitrep::Testing::changeOf;
using Sitrep::Testing::takeOps;

namespace {

SessionStatus statusOf(bool hasServer, SyncState state, ServerTrust::Verdict verdict = ServerTrust::Verdict::Unknown)
{
    SessionStatus status;
    status.hasServer = hasServer;
    status.server = QUrl(QStringLiteral("https://ops.example.com:8443"));
    status.user = QStringLiteral("alice");
    status.sync.state = state;
    if (state == SyncState::Untrusted) {
        status.sync.judgement.verdict = verdict;
        status.sync.judgement.fingerprint = QString(64, QLatin1Char('a'));
        status.sync.problem = QStringLiteral("certificate problem");
    }
    if (state == SyncState::Offline)
        status.sync.problem = QStringLiteral("Cannot reach ops.example.com");
    return status;
}

} // namespace

class tst_SyncIndicator : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_fixture = std::make_unique<UiTest::Fixture>();
        QVERIFY(m_fixture->open());
    }
    void cleanup() { m_fixture.reset(); }

    void showsEachStateInWords_data()
    {
        QTest::addColumn<bool>("hasServer");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("banner");
        const int unknown = int(ServerTrust::Verdict::Unknown);
        QTest::newRow("local") << false << int(SyncState::SignedOut) << unknown << "Local only" << false;
        QTest::newRow("connecting") << true << int(SyncState::Connecting) << unknown << "Connecting…" << false;
        QTest::newRow("syncing") << true << int(SyncState::Syncing) << unknown << "Syncing…" << false;
        QTest::newRow("online") << true << int(SyncState::Online) << unknown << "Online" << false;
        QTest::newRow("offline") << true << int(SyncState::Offline) << unknown << "Offline" << false;
        QTest::newRow("signed out") << true << int(SyncState::SignedOut) << unknown << "Signed out" << true;
        QTest::newRow("unconfirmed") << true << int(SyncState::Untrusted) << unknown << "Certificate not confirmed"
                                     << true;
        QTest::newRow("changed") << true << int(SyncState::Untrusted) << int(ServerTrust::Verdict::Changed)
                                 << "Sync stopped: certificate changed" << true;
    }

    void showsEachStateInWords()
    {
        QFETCH(bool, hasServer);
        QFETCH(int, state);
        QFETCH(int, verdict);
        QFETCH(QString, text);
        QFETCH(bool, banner);
        const SessionStatus status = statusOf(hasServer, SyncState(state), ServerTrust::Verdict(verdict));
        SyncIndicator indicator(m_fixture->store.get());
        indicator.setStatus(status);
        QCOMPARE(indicator.stateButton()->text(), text);
        QVERIFY(!indicator.stateButton()->icon().isNull());
        QCOMPARE(indicator.stateButton()->accessibleName(), QStringLiteral("Sync state"));
        // The tooltip (and the screen reader's description) say what it means and what to do.
        QVERIFY(!indicator.stateButton()->toolTip().isEmpty());
        QCOMPARE(indicator.stateButton()->accessibleDescription(), indicator.stateButton()->toolTip());
        if (!status.sync.problem.isEmpty())
            QVERIFY(indicator.stateButton()->toolTip().contains(status.sync.problem));
        if (hasServer)
            QVERIFY(indicator.stateButton()->toolTip().contains(QStringLiteral("ops.example.com")));

        SyncBanner bannerWidget;
        bannerWidget.setStatus(status);
        QCOMPARE(!bannerWidget.isHidden(), banner);
        if (banner && verdict == int(ServerTrust::Verdict::Changed))
            QVERIFY(bannerWidget.textLabel()->text().contains(QStringLiteral("Sync is stopped")));
    }

    // Each state has a symbol of its own shape: in greyscale, no two look the same.
    void symbolsDifferWithoutColour()
    {
        QList<QImage> seen;
        for (const SessionStatus &status :
             {statusOf(false, SyncState::SignedOut), statusOf(true, SyncState::Syncing),
              statusOf(true, SyncState::Online), statusOf(true, SyncState::Offline),
              statusOf(true, SyncState::SignedOut), statusOf(true, SyncState::Untrusted)}) {
            const QImage grey =
                SyncIndicator::stateIcon(status).pixmap(16, 16).toImage().convertToFormat(QImage::Format_Alpha8);
            for (const QImage &other : std::as_const(seen))
                QVERIFY2(other != grey, qPrintable(SyncIndicator::stateText(status)));
            seen.append(grey);
        }
    }

    void countsComeFromTheStore()
    {
        Store &store = *m_fixture->store;
        SyncIndicator indicator(&store);
        indicator.setStatus(statusOf(true, SyncState::Offline));
        QCOMPARE(indicator.pendingLabel()->text(), QStringLiteral("Nothing pending"));
        indicator.setStatus(statusOf(true, SyncState::Online));
        QCOMPARE(indicator.pendingLabel()->text(), QStringLiteral("All sent"));
        QVERIFY(indicator.conflictsLabel()->isHidden());

        const QUuid incident = m_fixture->declare(QStringLiteral("Checkout errors"), 0, QStringLiteral("SEV3"));
        QCOMPARE(indicator.pendingLabel()->text(), QStringLiteral("1 pending"));
        QVERIFY(!indicator.pendingLabel()->toolTip().isEmpty());

        // The server takes the declaration; then our severity change meets someone else's.
        const QList<Op> declared = takeOps(store);
        QVERIFY(store.acknowledge({OpResult{declared.first().opId, OpResult::Applied, 1, {}}}));
        QVERIFY(store.applyChanges({changeOf(declared.first(), 1)}).ok);
        QCOMPARE(indicator.pendingLabel()->text(), QStringLiteral("All sent"));
        QVERIFY(store.setSeverity(incident, QStringLiteral("SEV1")));
        QCOMPARE(indicator.pendingLabel()->text(), QStringLiteral("2 pending"));
        const QList<Op> mine = takeOps(store);
        QVERIFY(store.acknowledge({OpResult{mine.at(0).opId, OpResult::Conflict, 2, {}},
                                   OpResult{mine.at(1).opId, OpResult::Applied, 3, {}}}));
        const QList<ChangeConflict> lost{{QStringLiteral("severity"), QStringLiteral("SEV2"), QStringLiteral("SEV1")}};
        QVERIFY(store.applyChanges({changeOf(mine.at(0), 2, lost), changeOf(mine.at(1), 3)}).ok);
        QCOMPARE(store.conflictCount(), 1);
        QVERIFY(!indicator.conflictsLabel()->isHidden());
        QCOMPARE(indicator.conflictsLabel()->text(), QStringLiteral("Conflicts: 1"));

        // A change the server refuses is counted beside them, never dropped silently.
        m_fixture->declare(QStringLiteral("Search lag"));
        const QList<Op> refused = takeOps(store);
        QVERIFY(
            store.acknowledge({OpResult{refused.first().opId, OpResult::Rejected, 0, QStringLiteral("forbidden")}}));
        QCOMPARE(indicator.conflictsLabel()->text(), QStringLiteral("Conflicts: 1 · Refused: 1"));
        QCOMPARE(indicator.pendingLabel()->text(), QStringLiteral("All sent"));
    }

    // In the window: a local profile offers sign-in on a click of the indicator; the
    // window's indicator is in the status bar, always.
    void clickOnLocalIndicatorOpensSignIn()
    {
        QSettings settings(m_fixture->dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        ConsoleSession session(*m_fixture->store, settings.fileName());
        MainWindow window(m_fixture->store.get(), &settings, &session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        session.start();
        SyncIndicator *indicator = window.sync()->indicator();
        QCOMPARE(indicator->parentWidget(), window.statusBar());
        QVERIFY(indicator->isVisible());
        QCOMPARE(indicator->stateButton()->text(), QStringLiteral("Local only"));
        QCOMPARE(indicator->pendingLabel()->text(), QStringLiteral("All saved locally"));
        QVERIFY(window.sync()->banner()->isHidden());

        QTest::mouseClick(indicator->stateButton(), Qt::LeftButton);
        SignInDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<SignInDialog *>()) && dialog->isVisible());
        QApplication::setActiveWindow(dialog); // the offscreen platform has no window manager
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QCOMPARE(QApplication::focusWidget(), dialog->serverEdit());
        QTest::keyClick(dialog->serverEdit(), Qt::Key_Escape);
        QTRY_VERIFY(!window.findChild<SignInDialog *>());
    }

    // A profile with a server and a user but no saved sign-in starts signed out: the
    // banner and the indicator say so, and either opens the sign-in with the fields filled.
    void signedOutProfileOffersSignIn()
    {
        const QString settingsPath = m_fixture->dir.filePath(QStringLiteral("settings.ini"));
        ServerSettings configured;
        configured.server = QUrl(QStringLiteral("https://127.0.0.1:9"));
        configured.user = QStringLiteral("nobody-has-a-token-for-this-%1").arg(QCoreApplication::applicationPid());
        QVERIFY(configured.save(settingsPath));
        QSettings settings(settingsPath, QSettings::IniFormat);
        ConsoleSession session(*m_fixture->store, settingsPath);
        MainWindow window(m_fixture->store.get(), &settings, &session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        session.start();
        SyncIndicator *indicator = window.sync()->indicator();
        // The keychain answers (not found, or no keychain at all): signed out either way.
        QTRY_COMPARE(indicator->stateButton()->text(), QStringLiteral("Signed out"));
        SyncBanner *banner = window.sync()->banner();
        QVERIFY(banner->isVisible());
        QVERIFY(banner->textLabel()->text().contains(QStringLiteral("127.0.0.1:9")));
        QVERIFY(!window.sync()->signOutAction()->isEnabled());

        QTest::mouseClick(banner->button(), Qt::LeftButton);
        SignInDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<SignInDialog *>()) && dialog->isVisible());
        QApplication::setActiveWindow(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QCOMPARE(dialog->serverEdit()->text(), QStringLiteral("https://127.0.0.1:9"));
        QCOMPARE(dialog->userEdit()->text(), configured.user);
        QCOMPARE(QApplication::focusWidget(), dialog->passwordEdit());
        QTest::keyClick(dialog->passwordEdit(), Qt::Key_Escape);
        QTRY_VERIFY(!window.findChild<SignInDialog *>());
    }

private:
    std::unique_ptr<UiTest::Fixture> m_fixture;
};

QTEST_MAIN(tst_SyncIndicator)
#include "tst_SyncIndicator.moc"
