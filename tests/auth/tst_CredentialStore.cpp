#include "auth/CredentialStore.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QUuid>

#include <functional>
#include <memory>

using namespace Sitrep;

// These tests use the real Secret Service of the D-Bus session that scripts/run-tests.sh
// provides. Outside it they fail: a keychain that is not there must not look like one.

namespace {

constexpr int KeychainTimeoutMs = 30000;

QString statusName(CredentialResult::Status status)
{
    return QString::fromLatin1(QMetaEnum::fromType<CredentialResult::Status>().valueToKey(status));
}

CredentialResult await(CredentialJob *job)
{
    QSignalSpy spy(job, &CredentialJob::finished);
    if (!spy.wait(KeychainTimeoutMs)) {
        return {CredentialResult::Failed, {}, QStringLiteral("test: no finished() within the timeout")};
    }
    return spy.at(0).at(0).value<CredentialResult>();
}

// A name no other run (or a person's real keychain) can have.
QString unique(const char *prefix)
{
    return QString::fromLatin1(prefix) + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

// Child mode: `tst_CredentialStore --child <server> <user> write=<token>|read|remove…`
// runs the operations in order, one line each on stdout: op, status, token, message.
int childMain(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        return 2;
    }
    const QUrl server(args.at(2));
    const QString user = args.at(3);
    const QStringList ops = args.mid(4);
    CredentialStore store;
    QTextStream out(stdout);
    int next = 0;
    if (!ops.isEmpty() && ops.constFirst() == QLatin1String("own-secrets")) {
        // A Secret Service that answers nothing: the bus name is taken, no object exists.
        if (!QDBusConnection::sessionBus().registerService(QStringLiteral("org.freedesktop.secrets"))) {
            return 3;
        }
        ++next;
    }
    std::function<void()> runNext = [&] {
        if (next == ops.size()) {
            app.quit();
            return;
        }
        const QString op = ops.at(next++);
        CredentialJob *job = nullptr;
        if (op.startsWith(QLatin1String("write="))) {
            job = store.writeToken(server, user, op.mid(6));
        } else if (op == QLatin1String("read")) {
            job = store.readToken(server, user);
        } else {
            job = store.removeToken(server, user);
        }
        const QString name = op.section(QLatin1Char('='), 0, 0);
        QObject::connect(job, &CredentialJob::finished, &app, [&, name](const CredentialResult &result) {
            out << name << '\t' << statusName(result.status) << '\t' << result.token << '\t' << result.message << '\n';
            out.flush();
            runNext();
        });
    };
    QMetaObject::invokeMethod(&app, runNext, Qt::QueuedConnection);
    return app.exec();
}

struct ChildLine {
    QString op;
    QString status;
    QString token;
    QString message;
};

struct ChildRun {
    bool ok = false;
    QString error;
    QList<ChildLine> lines;
    QString output; // stdout and stderr, for the checks that the token never leaks
};

ChildRun runChild(const QProcessEnvironment &env, const QStringList &wrapper, const QStringList &childArgs)
{
    ChildRun run;
    QProcess process;
    QProcessEnvironment childEnv = env;
    // Every debug line of sitrep.auth, so that a token in the log would be seen.
    childEnv.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("sitrep.auth.debug=true"));
    process.setProcessEnvironment(childEnv);
    QStringList args = wrapper;
    QString program = QCoreApplication::applicationFilePath();
    if (!wrapper.isEmpty()) {
        program = args.takeFirst();
        args << QCoreApplication::applicationFilePath();
    }
    args << QStringLiteral("--child") << childArgs;
    process.start(program, args);
    if (!process.waitForFinished(2 * KeychainTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.error = QStringLiteral("child did not finish: ") + process.errorString();
        return run;
    }
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    run.output = out + err;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        run.error = QStringLiteral("child failed (%1): %2").arg(process.exitCode()).arg(run.output);
        return run;
    }
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() != 4) {
            run.error = QStringLiteral("unexpected child output: ") + line;
            return run;
        }
        run.lines.append({fields.at(0), fields.at(1), fields.at(2), fields.at(3)});
    }
    run.ok = true;
    return run;
}

// A D-Bus session bus that works but offers no service at all, and none to activate.
// Plain literals on purpose: moc 6.4 drops every class of the file after a multi-line raw
// string literal with a quoted "//" in it (no .moc, and the link fails).
const char *const EmptyBusConfig =
    "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
    " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
    "<busconfig>\n"
    "  <type>session</type>\n"
    "  <listen>unix:dir=%1</listen>\n"
    "  <policy context=\"default\">\n"
    "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
    "    <allow eavesdrop=\"true\"/>\n"
    "    <allow own=\"*\"/>\n"
    "  </policy>\n"
    "</busconfig>\n";

// The environment of a child with no keychain: an empty runtime dir and home (no
// $XDG_RUNTIME_DIR/bus to fall back to, no keyring of the person running the tests), no
// display to autolaunch a bus on, and per setup: an unreachable bus ("unreachable"), none
// ("unset"), or a private bus with no services at all ("empty-bus", via dbus-run-session).
struct IsolatedSession {
    QTemporaryDir home;
    QTemporaryDir busDir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QStringList wrapper;
    QString error;

    bool prepare(const QString &setup)
    {
        if (!home.isValid() || !busDir.isValid()) {
            error = QStringLiteral("no temporary directory");
            return false;
        }
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
        env.insert(QStringLiteral("HOME"), home.path());
        env.remove(QStringLiteral("XDG_CONFIG_HOME"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        if (setup == QLatin1String("unreachable")) {
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
        } else if (setup == QLatin1String("empty-bus")) {
            const QString runSession = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
            if (runSession.isEmpty()) {
                error = QStringLiteral("dbus-run-session is missing (Debian package dbus)");
                return false;
            }
            const QString config = busDir.filePath(QStringLiteral("empty-bus.conf"));
            QFile file(config);
            if (!file.open(QIODevice::WriteOnly)
                || file.write(QString::fromLatin1(EmptyBusConfig).arg(busDir.path()).toUtf8()) < 0) {
                error = QStringLiteral("cannot write ") + config;
                return false;
            }
            wrapper = {runSession, QStringLiteral("--config-file=") + config, QStringLiteral("--")};
        }
        return true;
    }

    QStringList homeEntries() const
    {
        return QDir(home.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    }
    bool homeIsEmpty() const { return homeEntries().isEmpty(); }
};

QStringList s_messages;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    s_messages.append(QString::fromLatin1(context.category) + QLatin1String(": ") + message);
}

} // namespace

class tst_CredentialStore : public QObject
{
    Q_OBJECT

private:
    CredentialResult write(const QUrl &server, const QString &user, const QString &token)
    {
        m_written.append({server, user});
        return await(m_store.writeToken(server, user, token));
    }

    const QUrl m_serverA{QStringLiteral("https://sitrep-a.test.invalid:8443")};
    const QUrl m_serverB{QStringLiteral("https://sitrep-b.test.invalid:8443")};
    CredentialStore m_store;
    QList<std::pair<QUrl, QString>> m_written;

private slots:
    void cleanup()
    {
        // Leave nothing behind in the keychain, also after a failed check.
        for (const auto &[server, user] : std::as_const(m_written)) {
            await(m_store.removeToken(server, user));
        }
        m_written.clear();
    }

    void keyFor_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("key");
        QTest::newRow("explicit port") << "https://ops.example.com:8443"
                                       << "alice"
                                       << "https://ops.example.com:8443|alice";
        QTest::newRow("default port, path, case") << "HTTPS://Ops.Example.COM/api/"
                                                  << "alice"
                                                  << "https://ops.example.com:443|alice";
        QTest::newRow("user info and query dropped") << "https://bob:pw@ops.example.com:8443/?x=1"
                                                     << "alice"
                                                     << "https://ops.example.com:8443|alice";
        QTest::newRow("user kept as given") << "https://ops.example.com"
                                            << "Alice|Ops"
                                            << "https://ops.example.com:443|Alice|Ops";
        QTest::newRow("ipv6") << "https://[::1]:8443"
                              << "alice"
                              << "https://[::1]:8443|alice";
        QTest::newRow("no user") << "https://ops.example.com"
                                 << ""
                                 << "";
        QTest::newRow("no host") << "ops.example.com"
                                 << "alice"
                                 << "";
    }

    void keyFor()
    {
        QFETCH(QString, server);
        QFETCH(QString, user);
        QFETCH(QString, key);
        QCOMPARE(CredentialStore::keyFor(QUrl(server), user), key);
    }

    void writeThenRead()
    {
        const QString user = unique("alice");
        const QString token = unique("token");
        const CredentialResult written = write(m_serverA, user, token);
        QVERIFY2(written.ok(), qPrintable(statusName(written.status) + QLatin1Char(' ') + written.message));
        QVERIFY(written.message.isEmpty());

        // A second store stands for the next start of the console.
        CredentialStore nextStart;
        const CredentialResult read = await(nextStart.readToken(m_serverA, user));
        QVERIFY2(read.ok(), qPrintable(statusName(read.status) + QLatin1Char(' ') + read.message));
        QCOMPARE(read.token, token);
    }

    void readsAcrossProcesses()
    {
        // Proof that the token is in the keychain and not in this process's memory.
        const QString user = unique("alice");
        const QString token = unique("token");
        QVERIFY(write(m_serverA, user, token).ok());
        const ChildRun run = runChild(QProcessEnvironment::systemEnvironment(), {},
                                      {m_serverA.toString(), user, QStringLiteral("read")});
        QVERIFY2(run.ok, qPrintable(run.error));
        QCOMPARE(run.lines.size(), 1);
        QCOMPARE(run.lines.at(0).status, QStringLiteral("Ok"));
        QCOMPARE(run.lines.at(0).token, token);
    }

    void overwrite()
    {
        const QString user = unique("alice");
        QVERIFY(write(m_serverA, user, QStringLiteral("first-token")).ok());
        QVERIFY(write(m_serverA, user, QStringLiteral("second-token")).ok());
        const CredentialResult read = await(m_store.readToken(m_serverA, user));
        QCOMPARE(read.status, CredentialResult::Ok);
        QCOMPARE(read.token, QStringLiteral("second-token"));
    }

    void removeThenReadIsNotFound()
    {
        const QString user = unique("alice");
        QVERIFY(write(m_serverA, user, unique("token")).ok());
        const CredentialResult removed = await(m_store.removeToken(m_serverA, user));
        QVERIFY2(removed.ok(), qPrintable(removed.message));

        const CredentialResult read = await(m_store.readToken(m_serverA, user));
        QCOMPARE(read.status, CredentialResult::NotFound);
        QVERIFY(read.token.isEmpty());
        QVERIFY(read.message.contains(user));

        // Signing out twice is fine.
        QCOMPARE(await(m_store.removeToken(m_serverA, user)).status, CredentialResult::Ok);
    }

    void readNeverWrittenIsNotFound()
    {
        const CredentialResult read = await(m_store.readToken(m_serverB, unique("nobody")));
        QCOMPARE(read.status, CredentialResult::NotFound);
        QVERIFY(!read.message.isEmpty());
    }

    void serversAndUsersDoNotMix()
    {
        const QString alice = unique("alice");
        const QString bob = unique("bob");
        QVERIFY(write(m_serverA, alice, QStringLiteral("a-alice")).ok());
        QVERIFY(write(m_serverA, bob, QStringLiteral("a-bob")).ok());
        QVERIFY(write(m_serverB, alice, QStringLiteral("b-alice")).ok());
        // Same host, other port: another server.
        const QUrl otherPort(QStringLiteral("https://sitrep-a.test.invalid:9443"));
        QVERIFY(write(otherPort, alice, QStringLiteral("a9443-alice")).ok());

        QCOMPARE(await(m_store.readToken(m_serverA, alice)).token, QStringLiteral("a-alice"));
        QCOMPARE(await(m_store.readToken(m_serverA, bob)).token, QStringLiteral("a-bob"));
        QCOMPARE(await(m_store.readToken(m_serverB, alice)).token, QStringLiteral("b-alice"));
        QCOMPARE(await(m_store.readToken(otherPort, alice)).token, QStringLiteral("a9443-alice"));
        QCOMPARE(await(m_store.readToken(m_serverB, bob)).status, CredentialResult::NotFound);

        // The same server written differently is the same entry.
        QCOMPARE(await(m_store.readToken(QUrl(QStringLiteral("HTTPS://SITREP-A.test.invalid:8443/")), bob)).token,
                 QStringLiteral("a-bob"));

        // Removing one leaves the others.
        QVERIFY(await(m_store.removeToken(m_serverA, alice)).ok());
        QCOMPARE(await(m_store.readToken(m_serverA, alice)).status, CredentialResult::NotFound);
        QCOMPARE(await(m_store.readToken(m_serverA, bob)).token, QStringLiteral("a-bob"));
        QCOMPARE(await(m_store.readToken(m_serverB, alice)).token, QStringLiteral("b-alice"));
    }

    void finishesAsynchronouslyAndDeletesItself()
    {
        CredentialJob *job = m_store.readToken(m_serverA, unique("alice"));
        QPointer<CredentialJob> guard(job);
        QSignalSpy spy(job, &CredentialJob::finished);
        QCOMPARE(spy.count(), 0);
        QVERIFY(spy.wait(KeychainTimeoutMs));
        QCOMPARE(spy.count(), 1);
        QTRY_VERIFY(guard.isNull());
    }

    void refusesIncompleteRequests()
    {
        const QString user = unique("alice");
        // Refused before the keychain is touched, yet still reported after the call returns.
        CredentialJob *job = m_store.writeToken(m_serverA, user, QString());
        QSignalSpy spy(job, &CredentialJob::finished);
        QCOMPARE(spy.count(), 0);
        QVERIFY(spy.wait(KeychainTimeoutMs));
        const auto result = spy.at(0).at(0).value<CredentialResult>();
        QCOMPARE(result.status, CredentialResult::Failed);
        QVERIFY(!result.message.isEmpty());

        QCOMPARE(await(m_store.readToken(QUrl(), user)).status, CredentialResult::Failed);
        QCOMPARE(await(m_store.removeToken(m_serverA, QString())).status, CredentialResult::Failed);
        QCOMPARE(await(m_store.readToken(m_serverA, user)).status, CredentialResult::NotFound);
    }

    void storeDestroyedWhileJobPending()
    {
        // The keychain backend calls back later; destroying the store (and its jobs) first
        // must neither crash nor report to anyone (AddressSanitizer watches this).
        const QString user = unique("alice");
        QVERIFY(write(m_serverA, user, unique("token")).ok());
        auto store = std::make_unique<CredentialStore>();
        CredentialJob *job = store->readToken(m_serverA, user);
        QSignalSpy spy(job, &CredentialJob::finished);
        store.reset();
        // QtKeychain runs its jobs one at a time: once this one is done, so is the other.
        QVERIFY(await(m_store.readToken(m_serverA, user)).ok());
        QCOMPARE(spy.count(), 0);
    }

    void tokenNeverLogged()
    {
        const QString user = unique("alice");
        const QString token = unique("token");
        QLoggingCategory::setFilterRules(QStringLiteral("sitrep.auth.debug=true"));
        s_messages.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
        const bool written = write(m_serverA, user, token).ok();
        const CredentialResult read = await(m_store.readToken(m_serverA, user));
        await(m_store.removeToken(m_serverA, user));
        await(m_store.readToken(m_serverA, user));
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());

        QVERIFY(written);
        QCOMPARE(read.token, token);
        QVERIFY2(s_messages.size() >= 4, qPrintable(s_messages.join(QLatin1Char('\n'))));
        for (const QString &message : std::as_const(s_messages)) {
            QVERIFY2(!message.contains(token), qPrintable(message));
        }
    }

    void noBackend_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::newRow("unreachable bus") << "unreachable";
        QTest::newRow("no bus address") << "unset";
        QTest::newRow("bus without secret service") << "empty-bus";
    }

    void noBackend()
    {
        QFETCH(QString, setup);
        IsolatedSession session;
        QVERIFY2(session.prepare(setup), qPrintable(session.error));

        const QString token = unique("secret");
        const ChildRun run = runChild(session.env, session.wrapper,
                                      {m_serverA.toString(), unique("alice"), QStringLiteral("write=") + token,
                                       QStringLiteral("read"), QStringLiteral("remove")});
        QVERIFY2(run.ok, qPrintable(run.error));
        QCOMPARE(run.lines.size(), 3);
        for (const ChildLine &line : run.lines) {
            QVERIFY2(line.status == QLatin1String("NoBackend"),
                     qPrintable(line.op + QLatin1String(": ") + line.status + QLatin1Char(' ') + line.message));
            QVERIFY(!line.message.isEmpty());
            QVERIFY(line.token.isEmpty());
        }
        QVERIFY2(!run.output.contains(token), qPrintable(run.output));
        // Nothing fell back to a file (QtKeychain's plaintext fallback writes QSettings
        // under $HOME/.config).
        QVERIFY2(session.homeIsEmpty(), qPrintable(session.homeEntries().join(QLatin1Char(' '))));
    }

    void brokenSecretServiceIsFailedNotNoBackend()
    {
        // The other side of the NoBackend diagnosis: a Secret Service is on the bus but
        // answers with errors. That is a keychain that failed, and must say so.
        IsolatedSession session;
        QVERIFY2(session.prepare(QStringLiteral("empty-bus")), qPrintable(session.error));
        const QString token = unique("secret");
        const ChildRun run =
            runChild(session.env, session.wrapper,
                     {m_serverA.toString(), unique("alice"), QStringLiteral("own-secrets"),
                      QStringLiteral("write=") + token, QStringLiteral("read"), QStringLiteral("remove")});
        QVERIFY2(run.ok, qPrintable(run.error));
        QCOMPARE(run.lines.size(), 3);
        for (const ChildLine &line : run.lines) {
            QVERIFY2(line.status == QLatin1String("Failed"),
                     qPrintable(line.op + QLatin1String(": ") + line.status + QLatin1Char(' ') + line.message));
            QVERIFY(!line.message.isEmpty());
        }
        QVERIFY2(!run.output.contains(token), qPrintable(run.output));
        QVERIFY2(session.homeIsEmpty(), qPrintable(session.homeEntries().join(QLatin1Char(' '))));
    }
};

int main(int argc, char **argv)
{
    if (argc >= 2 && qstrcmp(argv[1], "--child") == 0) {
        return childMain(argc, argv);
    }
    QCoreApplication app(argc, argv);
    tst_CredentialStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_CredentialStore.moc"
