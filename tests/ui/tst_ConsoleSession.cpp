// The console against the real sitrep-server over real TLS, driven as a person drives it:
// sign in through the dialog (keys and clicks, no slot calls), sync, sign out, and the
// certificate checks. The keychain is the real one of scripts/run-tests.sh's D-Bus
// session; the no-keychain case runs this binary again without a session bus.

#include "ConsoleSession.h"
#include "MainWindow.h"
#include "ServerProcess.h"
#include "SignInDialog.h"
#include "SyncBanner.h"
#include "SyncControls.h"
#include "SyncIndicator.h"
#include "TrustDialog.h"
#include "auth/CredentialStore.h"
#include "model/Ids.h"
#include "store/Store.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>
#include <functional>

using namespace Sitrep;
using namespace Sitrep::Testing;

namespace {

const QByteArray Password = "correct horse battery staple";
const auto ChildFlag = "SITREP_TEST_NO_KEYCHAIN_CHILD";

bool isChild()
{
    return qEnvironmentVariableIsSet(ChildFlag);
}

// One console: a profile folder with its cache and settings, the session and the window.
struct Console {
    QTemporaryDir dir;
    Store store;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<ConsoleSession> session;
    std::unique_ptr<MainWindow> window;

    QString settingsPath() const { return dir.filePath(QStringLiteral("settings.ini")); }

    // Opens the window and starts the session, as main() does; beforeStart is what the
    // command line does to the session first.
    bool open(const std::function<void(ConsoleSession &)> &beforeStart = {})
    {
        if (!store.isOpen() && !store.open(dir.filePath(QStringLiteral("cache.sqlite"))).ok)
            return false;
        settings = std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
        session = std::make_unique<ConsoleSession>(store, settingsPath());
        session->setBackoff(50, 500);
        session->setTimeout(15000);
        window = std::make_unique<MainWindow>(&store, settings.get(), session.get());
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return false;
        QApplication::setActiveWindow(window.get());
        if (beforeStart)
            beforeStart(*session);
        session->start();
        return QTest::qWaitForWindowActive(window.get());
    }
    void close()
    {
        window.reset();
        session.reset();
        settings.reset();
    }

    SyncIndicator *indicator() const { return window->sync()->indicator(); }
    QString stateText() const { return indicator()->stateButton()->text(); }
};

CredentialResult readKeychain(const QUrl &server, const QString &user)
{
    CredentialStore keychain;
    CredentialJob *job = keychain.readToken(server, user);
    QSignalSpy finished(job, &CredentialJob::finished);
    if (!finished.wait(20000))
        return {};
    return finished.first().first().value<CredentialResult>();
}

Incident incidentTitled(const QString &title)
{
    Incident incident;
    incident.title = title;
    incident.severity = QStringLiteral("SEV3");
    return incident;
}

// SITREP_SCREENSHOT_DIR=DIR saves pictures of the dialogs on the way (docs/screenshots).
void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("SITREP_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name));
}

template<typename T> T *waitForVisible(QWidget *parent)
{
    T *found = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            found = nullptr;
            for (T *candidate : parent->findChildren<T *>()) {
                if (candidate->isVisible())
                    found = candidate;
            }
            return found != nullptr;
        },
        20000);
    if (!shown)
        return nullptr;
    QApplication::setActiveWindow(found); // the offscreen platform has no window manager
    return QTest::qWaitForWindowActive(found) ? found : nullptr;
}

} // namespace

class tst_ConsoleSession : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (isChild())
            return;
        m_server = std::make_unique<ServerProcess>();
        QCOMPARE(runAdmin(m_server->dataDir(),
                          {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("alice"),
                           QStringLiteral("--role"), QStringLiteral("manager")},
                          Password)
                     .exitCode,
                 0);
        QCOMPARE(runAdmin(m_server->dataDir(),
                          {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("carol"),
                           QStringLiteral("--role"), QStringLiteral("responder")},
                          Password)
                     .exitCode,
                 0);
        QCOMPARE(runAdmin(m_server->dataDir(),
                          {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bob"),
                           QStringLiteral("--role"), QStringLiteral("responder")},
                          Password)
                     .exitCode,
                 0);
        QVERIFY2(m_server->start(), qPrintable(m_server->output()));
    }

    void cleanup()
    {
        qunsetenv("SITREP_TOKEN");
        if (QTest::currentTestFailed() && m_server)
            qWarning().noquote() << "server output:" << m_server->output();
    }

    // The fingerprint is pinned beforehand (as `make run` does): the person only signs in.
    // The engine goes online, a write reaches the server, the keychain keeps the token, and
    // the next start syncs without asking.
    void signInThroughDialogWithPinnedFingerprint()
    {
        if (isChild())
            QSKIP("parent only");
        Console console;
        ServerSettings pinned;
        pinned.server = m_server->baseUrl();
        pinned.trust.fingerprint = Fingerprint::normalise(m_server->fingerprint());
        QVERIFY(!pinned.trust.fingerprint.isEmpty());
        QVERIFY(pinned.save(console.settingsPath()));
        QVERIFY(console.open());
        QCOMPARE(console.stateText(), QStringLiteral("Signed out"));

        SignInDialog *dialog = openSignIn(console);
        QVERIFY(dialog);
        QCOMPARE(dialog->serverEdit()->text(), m_server->baseUrl().toDisplayString());
        QCOMPARE(QApplication::focusWidget(), dialog->userEdit()); // the server is known
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("alice"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QString::fromUtf8(Password));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(dialog->isBusy()); // returned at once; the answer comes later
        QTRY_VERIFY_WITH_TIMEOUT(!console.window->findChild<SignInDialog *>(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(console.stateText(), QStringLiteral("Online"), 30000);
        QVERIFY(console.window->sync()->banner()->isHidden());
        QVERIFY(console.window->sync()->signOutAction()->isEnabled());

        const ServerSettings saved = ServerSettings::load(console.settingsPath());
        QCOMPARE(saved.server, m_server->baseUrl());
        QCOMPARE(saved.user, QStringLiteral("alice"));
        QVERIFY(!saved.personId.isNull());
        QCOMPARE(saved.role, AccountRole::Manager); // what the console offers (ConsolePermissions)
        QCOMPARE(saved.trust.fingerprint, pinned.trust.fingerprint);
        QCOMPARE(console.store.actor(), saved.personId);
        QVERIFY(!QSettings(console.settingsPath(), QSettings::IniFormat)
                     .allKeys()
                     .join(QLatin1Char(' '))
                     .contains(QStringLiteral("token")));
        const CredentialResult kept = readKeychain(m_server->baseUrl(), QStringLiteral("alice"));
        QVERIFY2(kept.ok() && !kept.token.isEmpty(), qPrintable(kept.message));

        // A write goes out on its own and the server has it.
        Incident incident;
        incident.title = QStringLiteral("Checkout errors in EU");
        incident.severity = QStringLiteral("SEV2");
        const CommandResult declared = console.store.declareIncident(incident);
        QVERIFY(declared);
        TimelineEntry entry;
        entry.incidentId = declared.id;
        entry.kind = EntryKind::Note;
        entry.body = QStringLiteral("EU 5xx at 38%, US normal");
        QVERIFY(console.store.addEntry(entry));
        QTRY_COMPARE_WITH_TIMEOUT(console.indicator()->pendingLabel()->text(), QStringLiteral("All sent"), 30000);
        QVERIFY(serverTimeline(declared.id).contains(entry.body));

        // Closed and opened again: the keychain's token, no dialog, online.
        console.close();
        QVERIFY(console.open());
        QTRY_COMPARE_WITH_TIMEOUT(console.stateText(), QStringLiteral("Online"), 30000);
        QVERIFY(!console.window->findChild<SignInDialog *>());
        QVERIFY(console.indicator()->stateButton()->toolTip().contains(QStringLiteral("Last in step")));
    }

    // No pin yet and a self-signed certificate: the dialog shows the fingerprint as the
    // server logged it; Cancel signs nobody in, Trust pins it and the sign-in goes on.
    void unknownCertificateConfirmedInDialog()
    {
        if (isChild())
            QSKIP("parent only");
        Console console;
        QVERIFY(console.open());
        QCOMPARE(console.stateText(), QStringLiteral("Local only"));

        for (const bool trust : {false, true}) {
            SignInDialog *dialog = openSignIn(console);
            QVERIFY(dialog);
            QCOMPARE(QApplication::focusWidget(), dialog->serverEdit());
            QTest::keyClicks(dialog->serverEdit(), m_server->baseUrl().toString());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("alice"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QTest::keyClicks(QApplication::focusWidget(), QString::fromUtf8(Password));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

            TrustDialog *question = waitForVisible<TrustDialog>(dialog);
            QVERIFY(question);
            QVERIFY(!question->isChange());
            QCOMPARE(question->fingerprintLabel()->accessibleDescription(), m_server->fingerprint().toUpper());
            QCOMPARE(question->fingerprintLabel()->text().remove(QLatin1Char('\n')).size(),
                     m_server->fingerprint().size() - 1);
            bool showsServer = false;
            for (QLabel *label : question->findChildren<QLabel *>())
                showsServer = showsServer || label->text() == m_server->baseUrl().toDisplayString();
            QVERIFY(showsServer);
            saveScreenshot(question, QStringLiteral("trust-unknown.png"));
            // Enter does not trust: Cancel is the default.
            QVERIFY(!question->trustButton()->isDefault());
            if (!trust) {
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
                QTRY_VERIFY(!question->isVisible());
                QTRY_VERIFY(!dialog->isBusy());
                QVERIFY(dialog->errorLabel()->isVisible());
                QVERIFY(dialog->errorLabel()->text().contains(QStringLiteral("not confirmed")));
                QVERIFY(console.session->pinnedFingerprint(m_server->baseUrl()).isEmpty());
                QCOMPARE(console.stateText(), QStringLiteral("Local only"));
                QTest::keyClick(dialog, Qt::Key_Escape);
                QTRY_VERIFY(!console.window->findChild<SignInDialog *>());
                continue;
            }
            QTest::mouseClick(question->trustButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!console.window->findChild<SignInDialog *>(), 30000);
            QTRY_COMPARE_WITH_TIMEOUT(console.stateText(), QStringLiteral("Online"), 30000);
            QCOMPARE(ServerSettings::load(console.settingsPath()).trust.fingerprint,
                     Fingerprint::normalise(m_server->fingerprint()));
        }
    }

    void wrongPasswordShownInPlace()
    {
        if (isChild())
            QSKIP("parent only");
        Console console;
        ServerSettings pinned;
        pinned.server = m_server->baseUrl();
        pinned.trust.fingerprint = Fingerprint::normalise(m_server->fingerprint());
        QVERIFY(pinned.save(console.settingsPath()));
        QVERIFY(console.open());
        SignInDialog *dialog = openSignIn(console);
        QVERIFY(dialog);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("alice"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("not the password"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 30000);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->errorLabel()->text().contains(QStringLiteral("password is not right")));
        QCOMPARE(QApplication::focusWidget(), dialog->passwordEdit());
        QCOMPARE(dialog->passwordEdit()->selectedText(), QStringLiteral("not the password"));
        QCOMPARE(console.stateText(), QStringLiteral("Signed out"));
    }

    // Sign out (from the Sync menu, by keyboard): the session ends on the server, the
    // keychain forgets the token, and the console says it is signed out.
    void signOutForgetsTheToken()
    {
        if (isChild())
            QSKIP("parent only");
        Console console;
        QVERIFY(signInPinned(console));
        const CredentialResult before = readKeychain(m_server->baseUrl(), QStringLiteral("alice"));
        QVERIFY(before.ok());
        TestClient client(m_server->baseUrl(), {m_server->certificate()});
        QCOMPARE(client.get(QStringLiteral("/api/v1/me"), before.token.toUtf8()).status, 200);

        QTRY_VERIFY(!console.window->findChild<SignInDialog *>());
        activate(console);
        QTest::keyClick(console.window.get(), Qt::Key_S, Qt::AltModifier);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
        QCOMPARE(menu, console.window->sync()->menu());
        QTest::keyClick(menu, Qt::Key_O); // Sign &out
        QTRY_COMPARE(console.stateText(), QStringLiteral("Signed out"));
        QVERIFY(console.window->sync()->banner()->isVisible());
        QVERIFY(console.window->statusBar()->currentMessage().contains(QStringLiteral("Signed out")));
        QTRY_COMPARE_WITH_TIMEOUT(client.get(QStringLiteral("/api/v1/me"), before.token.toUtf8()).status, 401, 20000);
        QCOMPARE(readKeychain(m_server->baseUrl(), QStringLiteral("alice")).status, CredentialResult::NotFound);

        // Writes made now wait; the next start stays signed out.
        QVERIFY(console.store.declareIncident(incidentTitled(QStringLiteral("Cert expiry"))));
        QTest::qWait(300);
        QCOMPARE(console.indicator()->pendingLabel()->text(), QStringLiteral("1 pending"));
        console.close();
        QVERIFY(console.open());
        QTRY_COMPARE(console.stateText(), QStringLiteral("Signed out"));
    }

    // `make run`: the command line names the server, the user and the pin, and the password
    // comes from the environment; the console signs in without asking. Afterwards the
    // profile belongs to that server: another one is refused.
    void startupPasswordSignsInWithoutAsking()
    {
        if (isChild())
            QSKIP("parent only");
        Console console;
        QString error;
        QVERIFY(console.open([&](ConsoleSession &session) {
            QVERIFY2(session.configure(m_server->baseUrl().toString(), QStringLiteral("carol"), m_server->fingerprint(),
                                       &error),
                     qPrintable(error));
            session.setStartupPassword(QString::fromUtf8(Password));
        }));
        QTRY_COMPARE_WITH_TIMEOUT(console.stateText(), QStringLiteral("Online"), 30000);
        QVERIFY(!console.window->findChild<SignInDialog *>());
        const ServerSettings saved = ServerSettings::load(console.settingsPath());
        QCOMPARE(saved.user, QStringLiteral("carol"));
        QCOMPARE(saved.trust.fingerprint, Fingerprint::normalise(m_server->fingerprint()));
        QVERIFY(!saved.personId.isNull());
        QCOMPARE(saved.role, AccountRole::Responder);
        QVERIFY(readKeychain(m_server->baseUrl(), QStringLiteral("carol")).ok());

        QVERIFY(console.store.declareIncident(incidentTitled(QStringLiteral("Queue backlog"))));
        QTRY_VERIFY_WITH_TIMEOUT(console.store.syncCursor() > 0, 30000);
        console.close();
        ConsoleSession other(console.store, console.settingsPath());
        QVERIFY(!other.configure(QStringLiteral("ops.example.com:8443"), QStringLiteral("carol"), {}, &error));
        QVERIFY2(error.contains(QStringLiteral("holds the data of")), qPrintable(error));
        QCOMPARE(ServerSettings::load(console.settingsPath()).server, m_server->baseUrl());
    }

    // Signing in as someone else replaces the first session: it ends on the server and
    // its token leaves the keychain; the store's writes are the new person's.
    void signInAsAnotherAccountEndsTheFirst()
    {
        if (isChild())
            QSKIP("parent only");
        Console console;
        QVERIFY(signInPinned(console));
        const CredentialResult alice = readKeychain(m_server->baseUrl(), QStringLiteral("alice"));
        QVERIFY(alice.ok());
        const QUuid aliceId = console.store.actor();

        QTRY_VERIFY(!console.window->findChild<SignInDialog *>());
        SignInDialog *dialog = openSignIn(console);
        QVERIFY(dialog);
        QCOMPARE(dialog->userEdit()->text(), QStringLiteral("alice"));
        QCOMPARE(QApplication::focusWidget(), dialog->passwordEdit());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), dialog->userEdit());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("bob"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QString::fromUtf8(Password));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!console.window->findChild<SignInDialog *>(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(console.stateText(), QStringLiteral("Online"), 30000);
        QCOMPARE(ServerSettings::load(console.settingsPath()).user, QStringLiteral("bob"));
        QVERIFY(console.store.actor() != aliceId);
        QVERIFY(readKeychain(m_server->baseUrl(), QStringLiteral("bob")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(readKeychain(m_server->baseUrl(), QStringLiteral("alice")).status,
                                  CredentialResult::NotFound, 20000);
        TestClient client(m_server->baseUrl(), {m_server->certificate()});
        QTRY_COMPARE_WITH_TIMEOUT(client.get(QStringLiteral("/api/v1/me"), alice.token.toUtf8()).status, 401, 20000);
    }

    // The profile pins server A's certificate but reaches a server with another one (B):
    // sync stops with a hard warning, nothing is pushed; confirming B's fingerprint after
    // the warning (and the tick that it was checked) resumes it.
    void changedCertificateStopsSync()
    {
        if (isChild())
            QSKIP("parent only");
        ServerProcess other;
        QCOMPARE(runAdmin(other.dataDir(),
                          {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("alice"),
                           QStringLiteral("--role"), QStringLiteral("manager")},
                          Password)
                     .exitCode,
                 0);
        QVERIFY2(other.start(), qPrintable(other.output()));
        QVERIFY(other.fingerprint() != m_server->fingerprint());
        TestClient client(other.baseUrl(), {other.certificate()});
        const TestResponse signedIn =
            client.post(QStringLiteral("/api/v1/session"),
                        QJsonDocument(QJsonObject{{QStringLiteral("username"), QStringLiteral("alice")},
                                                  {QStringLiteral("password"), QString::fromUtf8(Password)}})
                            .toJson());
        QCOMPARE(signedIn.status, 201);
        qputenv("SITREP_TOKEN", signedIn.json.value(QStringLiteral("token")).toString().toUtf8());

        Console console;
        ServerSettings settings;
        settings.server = other.baseUrl();
        settings.user = QStringLiteral("alice");
        settings.trust.fingerprint = Fingerprint::normalise(m_server->fingerprint()); // A's pin
        QVERIFY(settings.save(console.settingsPath()));
        QVERIFY(console.store.open(console.dir.filePath(QStringLiteral("cache.sqlite"))).ok);
        QVERIFY(console.store.declareIncident(incidentTitled(QStringLiteral("Search lag"))));
        QVERIFY(console.open());

        QTRY_COMPARE_WITH_TIMEOUT(console.stateText(), QStringLiteral("Sync stopped: certificate changed"), 30000);
        SyncBanner *banner = console.window->sync()->banner();
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->textLabel()->text().contains(QStringLiteral("has changed")),
                 qPrintable(banner->textLabel()->text()));
        QVERIFY(console.indicator()->stateButton()->toolTip().contains(
            Fingerprint::display(Fingerprint::normalise(other.fingerprint()))));
        QTest::qWait(500);
        QCOMPARE(console.stateText(), QStringLiteral("Sync stopped: certificate changed")); // no retry past it
        QCOMPARE(console.indicator()->pendingLabel()->text(), QStringLiteral("1 pending"));

        QTest::mouseClick(console.indicator()->stateButton(), Qt::LeftButton);
        TrustDialog *warning = waitForVisible<TrustDialog>(console.window.get());
        QVERIFY(warning);
        QVERIFY(warning->isChange());
        QCOMPARE(warning->fingerprintLabel()->accessibleDescription(), other.fingerprint().toUpper());
        bool showsOldPin = false;
        for (QLabel *label : warning->findChildren<QLabel *>())
            showsOldPin = showsOldPin || label->accessibleDescription() == m_server->fingerprint().toUpper();
        QVERIFY(showsOldPin);
        QVERIFY(!warning->trustButton()->isEnabled()); // not before the tick
        saveScreenshot(console.window.get(), QStringLiteral("window-certificate-changed.png"));
        saveScreenshot(warning, QStringLiteral("trust-changed.png"));
        warning->checkedBox()->setFocus();
        QTest::keyClick(warning->checkedBox(), Qt::Key_Space);
        QVERIFY(warning->trustButton()->isEnabled());
        QTest::mouseClick(warning->trustButton(), Qt::LeftButton);

        QTRY_COMPARE_WITH_TIMEOUT(console.stateText(), QStringLiteral("Online"), 30000);
        QVERIFY(banner->isHidden());
        QTRY_COMPARE_WITH_TIMEOUT(console.indicator()->pendingLabel()->text(), QStringLiteral("All sent"), 30000);
        QCOMPARE(ServerSettings::load(console.settingsPath()).trust.fingerprint,
                 Fingerprint::normalise(other.fingerprint()));
    }

    // Without any keychain the sign-in works for this session only, and the console says
    // so; nothing is written to a file, and the next start asks again.
    void noKeychainKeepsTokenInMemory()
    {
        if (isChild())
            QSKIP("parent only");
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(ChildFlag), QStringLiteral("1"));
        env.insert(QStringLiteral("SITREP_TEST_SERVER"), m_server->baseUrl().toString());
        env.insert(QStringLiteral("SITREP_TEST_FINGERPRINT"), m_server->fingerprint());
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
        env.remove(QStringLiteral("XDG_CONFIG_HOME"));
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("noKeychainChild")});
        QVERIFY(child.waitForFinished(90000));
        const QString output = QString::fromUtf8(child.readAll());
        QVERIFY2(child.exitCode() == 0, qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("PASS   : tst_ConsoleSession::noKeychainChild")), qPrintable(output));
    }

    void noKeychainChild()
    {
        if (!isChild())
            QSKIP("runs as noKeychainKeepsTokenInMemory's child process");
        Console console;
        ServerSettings pinned;
        pinned.server = QUrl(qEnvironmentVariable("SITREP_TEST_SERVER"));
        pinned.trust.fingerprint = Fingerprint::normalise(qEnvironmentVariable("SITREP_TEST_FINGERPRINT"));
        QVERIFY(pinned.save(console.settingsPath()));
        QVERIFY(console.open());
        SignInDialog *dialog = openSignIn(console);
        QVERIFY(dialog);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("alice"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QString::fromUtf8(Password));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(console.stateText(), QStringLiteral("Online"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(console.session->status().notice.contains(QStringLiteral("No keychain")), 20000);
        QVERIFY(console.session->status().notice.contains(QStringLiteral("until Sitrep closes")));
        QVERIFY(console.indicator()->stateButton()->toolTip().contains(QStringLiteral("No keychain")));

        // Nothing but the usual settings on disk.
        QFile file(console.settingsPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(!written.contains("token"));
        QVERIFY(!written.contains(Password));

        console.close();
        QVERIFY(console.open());
        QTRY_COMPARE_WITH_TIMEOUT(console.stateText(), QStringLiteral("Signed out"), 20000);
        QVERIFY(console.session->status().notice.contains(QStringLiteral("No keychain")));
    }

private:
    SignInDialog *openSignIn(Console &console)
    {
        activate(console);
        QTest::keyClick(console.window.get(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        return waitForVisible<SignInDialog>(console.window.get());
    }

    // The offscreen platform has no window manager to give the window back its activation
    // when a dialog closes; shortcuts only reach an active window.
    static void activate(Console &console)
    {
        QApplication::setActiveWindow(console.window.get());
        QVERIFY(QTest::qWaitForWindowActive(console.window.get()));
    }

    bool signInPinned(Console &console)
    {
        ServerSettings pinned;
        pinned.server = m_server->baseUrl();
        pinned.trust.fingerprint = Fingerprint::normalise(m_server->fingerprint());
        pinned.save(console.settingsPath());
        if (!console.open())
            return false;
        SignInDialog *dialog = openSignIn(console);
        if (!dialog)
            return false;
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("alice"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QString::fromUtf8(Password));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        return QTest::qWaitFor([&] { return console.stateText() == QStringLiteral("Online"); }, 30000);
    }

    // The bodies of an incident's timeline as the server has it (signed in as alice).
    QStringList serverTimeline(const QUuid &incidentId)
    {
        TestClient client(m_server->baseUrl(), {m_server->certificate()});
        const TestResponse signedIn =
            client.post(QStringLiteral("/api/v1/session"),
                        QJsonDocument(QJsonObject{{QStringLiteral("username"), QStringLiteral("alice")},
                                                  {QStringLiteral("password"), QString::fromUtf8(Password)}})
                            .toJson());
        const QByteArray token = signedIn.json.value(QStringLiteral("token")).toString().toUtf8();
        const TestResponse timeline =
            client.get(QStringLiteral("/api/v1/incidents/%1/timeline").arg(idToString(incidentId)), token);
        QStringList bodies;
        for (const QJsonValue &item : timeline.json.value(QStringLiteral("items")).toArray())
            bodies.append(item.toObject().value(QStringLiteral("body")).toString());
        return bodies;
    }

    std::unique_ptr<ServerProcess> m_server;
};

QTEST_MAIN(tst_ConsoleSession)
#include "tst_ConsoleSession.moc"
