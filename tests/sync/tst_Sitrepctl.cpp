// sitrepctl against the real server over real TLS, with the real keychain of
// scripts/run-tests.sh (a gnome-keyring in a private D-Bus session): sign-in and the
// token kept in the keychain, pinned certificates, the commands with text and --json
// output, queued writes when the server is away, and errors a person can act on.

#include "SyncTestKit.h"

#include "model/Ids.h"
#include "model/RaciMatrix.h"
#include "sync/ServerTrust.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTcpServer>
#include <QTest>

using namespace Sitrep;
using namespace Sitrep::Testing;

namespace {

QJsonValue jsonOf(const CtlRun &run)
{
    const QJsonDocument document = QJsonDocument::fromJson(run.out);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

QString text(const CtlRun &run)
{
    return QString::fromUtf8(run.out + run.err);
}

} // namespace

class tst_Sitrepctl : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_server;
    TestAccount m_carol{QStringLiteral("carol"), QStringLiteral("carol's pass"), newId()};
    QTemporaryDir m_profile;

    QStringList server() const
    {
        return {QStringLiteral("--server"), m_server->baseUrl().toString()};
    }
    // As `openssl x509 -fingerprint -sha256` prints it: "AB:CD:…".
    QString pin() const { return Fingerprint::display(Fingerprint::normalise(m_server->fingerprint())); }

    CtlRun ctl(const QStringList &args, const QProcessEnvironment &environment = {})
    {
        return runCtl(m_profile.path(), args, environment);
    }

    QProcessEnvironment withPassword(const QString &password) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SITREP_PASSWORD"), password);
        environment.remove(QStringLiteral("SITREP_TOKEN"));
        return environment;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run inside scripts/run-tests.sh: sitrepctl keeps its token in a real keychain");
        m_server = std::make_unique<ServerProcess>();
        QVERIFY(addAccount(*m_server, m_carol));
        QVERIFY2(m_server->start(), qPrintable(m_server->output()));
    }

    void untrustedServerShowsItsFingerprint()
    {
        const CtlRun login = ctl(server() + QStringList{QStringLiteral("login"), m_carol.name}, withPassword(m_carol.password));
        QCOMPARE(login.exitCode, 1);
        // The person is told what to compare and how to go on; the password went nowhere.
        QVERIFY2(text(login).contains(pin()), login.err.constData());
        QVERIFY(text(login).contains(QStringLiteral("--pin")));
    }

    void wrongPinIsAHardStop()
    {
        const QString wrong = QString(64, QLatin1Char('a'));
        const CtlRun login = ctl(server() + QStringList{QStringLiteral("--pin"), wrong, QStringLiteral("login"), m_carol.name},
                                 withPassword(m_carol.password));
        QCOMPARE(login.exitCode, 1);
        QVERIFY2(login.err.contains("different certificate"), login.err.constData());
        const CtlRun malformed = ctl(server() + QStringList{QStringLiteral("--pin"), QStringLiteral("12:34"), QStringLiteral("status")});
        QCOMPARE(malformed.exitCode, 1);
        QVERIFY(malformed.err.contains("64 hex digits"));
    }

    // A CA file instead of a pin: the server's self-signed certificate is its own CA.
    void caFileIsTrusted()
    {
        QTemporaryDir profile;
        const CtlRun login = runCtl(profile.path(), server() + QStringList{QStringLiteral("--ca"), m_server->certificateFile(),
                                    QStringLiteral("login"), m_carol.name}, withPassword(m_carol.password));
        QVERIFY2(login.exitCode == 0, login.err.constData());
        const CtlRun missing = runCtl(profile.path(), server() + QStringList{QStringLiteral("--ca"), QStringLiteral("/nonexistent.pem"),
                                      QStringLiteral("status")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("CA file"));
        QCOMPARE(runCtl(profile.path(), {QStringLiteral("logout")}, withPassword({})).exitCode, 0);
    }

    void wrongPasswordIsRefused()
    {
        const CtlRun login = ctl(server() + QStringList{QStringLiteral("--pin"), pin(), QStringLiteral("login"), m_carol.name},
                                 withPassword(QStringLiteral("not it")));
        QCOMPARE(login.exitCode, 1);
        QVERIFY(!login.err.isEmpty());
    }

    // The whole flow: sign in once (token into the keychain), then commands without any
    // secret in the environment, then sign out (token out of the keychain).
    void signInWorkAndSignOut()
    {
        const CtlRun login = ctl(server() + QStringList{QStringLiteral("--pin"), pin().toLower().remove(QLatin1Char(':')),
                                                        QStringLiteral("login"), m_carol.name},
                                 withPassword(m_carol.password));
        QVERIFY2(login.exitCode == 0, login.err.constData());
        // Only the user name and the pin are in the settings; the token is not in any file.
        const QSettings settings(m_profile.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        QCOMPARE(settings.value(QStringLiteral("server/user")).toString(), m_carol.name);
        QCOMPARE(settings.value(QStringLiteral("server/fingerprint")).toString(), Fingerprint::normalise(pin()));
        QCOMPARE(settings.value(QStringLiteral("server/person")).toString(), idToString(m_carol.personId));
        const QByteArray token = signIn(*m_server, m_carol);
        for (const QString &file : QDir(m_profile.path()).entryList(QDir::Files)) {
            QFile f(m_profile.filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(token.left(12)), qPrintable(file));
        }

        const QProcessEnvironment noSecrets = withPassword({});
        const CtlRun declared = ctl({QStringLiteral("incident"), QStringLiteral("declare"), QStringLiteral("--title"),
                                     QStringLiteral("Checkout errors in EU"), QStringLiteral("--severity"), QStringLiteral("sev2")},
                                    noSecrets);
        QVERIFY2(declared.exitCode == 0, declared.err.constData());
        const QString id = QString::fromUtf8(declared.out.trimmed());
        QVERIFY(!idFromString(id).isNull());
        QVERIFY2(declared.err.isEmpty(), declared.err.constData()); // pushed: nothing to report

        const CtlRun added = ctl({QStringLiteral("timeline"), QStringLiteral("add"), id.left(13),
                                  QStringLiteral("Rolling back the 14:02 deploy"), QStringLiteral("--kind"), QStringLiteral("decision")},
                                 noSecrets);
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const CtlRun assigned = ctl({QStringLiteral("role"), QStringLiteral("assign"), id, QStringLiteral("incident_commander"),
                                     QStringLiteral("me")}, noSecrets);
        QVERIFY2(assigned.exitCode == 0, assigned.err.constData());
        const CtlRun moved = ctl({QStringLiteral("incident"), QStringLiteral("set"), id, QStringLiteral("--status"),
                                  QStringLiteral("investigating")}, noSecrets);
        QVERIFY2(moved.exitCode == 0, moved.err.constData());

        // What the server has, through the API itself.
        TestClient client(m_server->baseUrl(), {m_server->certificate()});
        const TestResponse incident = client.get(QStringLiteral("/api/v1/incidents/") + id, token);
        QCOMPARE(incident.status, 200);
        QCOMPARE(incident.json.value(QStringLiteral("status")).toString(), QStringLiteral("investigating"));
        QCOMPARE(incident.json.value(QStringLiteral("severity")).toString(), QStringLiteral("SEV2"));
        // Declared with its severity's RACI matrix, as the console declares.
        const Decoded<RaciMatrix> raci = RaciMatrix::fromJson(incident.json.value(QStringLiteral("raci")).toObject());
        QVERIFY2(raci, qPrintable(raci.error));
        QCOMPARE(*raci.value, RaciMatrix::defaultFor(QStringLiteral("SEV2")));
        const TestResponse timeline = client.get(QStringLiteral("/api/v1/incidents/%1/timeline").arg(id), token);
        const QByteArray entries = QJsonDocument(timeline.json).toJson();
        QVERIFY(entries.contains("Rolling back the 14:02 deploy"));

        // Reads, as text and as JSON.
        const CtlRun list = ctl({QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("--json")}, noSecrets);
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(jsonOf(list).toArray().size(), 1);
        QCOMPARE(jsonOf(list).toArray().first().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("investigating"));
        const CtlRun roles = ctl({QStringLiteral("role"), QStringLiteral("list"), id, QStringLiteral("--json")}, noSecrets);
        QCOMPARE(jsonOf(roles).toArray().size(), 1);
        QCOMPARE(jsonOf(roles).toArray().first().toObject().value(QStringLiteral("personId")).toString(), idToString(m_carol.personId));
        const CtlRun entriesText = ctl({QStringLiteral("timeline"), QStringLiteral("list"), id}, noSecrets);
        QVERIFY(entriesText.out.contains("DECISION"));
        QVERIFY(entriesText.out.contains("Rolling back the 14:02 deploy"));
        const CtlRun status = ctl({QStringLiteral("status"), QStringLiteral("--json")}, noSecrets);
        QCOMPARE(jsonOf(status).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("online"));
        QCOMPARE(jsonOf(status).toObject().value(QStringLiteral("pending")).toInt(), 0);

        // Signing out revokes the token and forgets it: the next command says to sign in.
        QCOMPARE(ctl({QStringLiteral("logout")}, noSecrets).exitCode, 0);
        QCOMPARE(client.get(QStringLiteral("/api/v1/me"), token).status, 200); // another session: unaffected
        const CtlRun after = ctl({QStringLiteral("status"), QStringLiteral("--json")}, noSecrets);
        QCOMPARE(jsonOf(after).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("signed-out"));
        const CtlRun write = ctl({QStringLiteral("timeline"), QStringLiteral("add"), id, QStringLiteral("after sign-out")}, noSecrets);
        QCOMPARE(write.exitCode, 3); // kept in the profile, not pushed: sign in again
        QVERIFY(write.err.contains("login"));
    }

    // The server cannot be reached: the write is queued, the command says so and exits 0;
    // a later sync pushes it.
    void unreachableServerQueues()
    {
        QTemporaryDir profile;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SITREP_TOKEN"), QString::fromUtf8(signIn(*m_server, m_carol)));
        // A port nobody listens on.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        const QStringList away{QStringLiteral("--server"), QStringLiteral("https://127.0.0.1:%1").arg(port),
                               QStringLiteral("--pin"), pin()};
        const CtlRun declared = runCtl(profile.path(), away + QStringList{QStringLiteral("incident"), QStringLiteral("declare"),
                                       QStringLiteral("--title"), QStringLiteral("Offline"), QStringLiteral("--severity"),
                                       QStringLiteral("SEV4")}, environment);
        QCOMPARE(declared.exitCode, 0);
        QVERIFY2(declared.err.contains("Queued"), declared.err.constData());
        const CtlRun failedSync = runCtl(profile.path(), away + QStringList{QStringLiteral("sync")}, environment);
        QCOMPARE(failedSync.exitCode, 1);
        const QStringList here{QStringLiteral("--server"), m_server->baseUrl().toString(), QStringLiteral("--pin"), pin()};
        const CtlRun sync = runCtl(profile.path(), here + QStringList{QStringLiteral("sync"), QStringLiteral("--json")}, environment);
        QVERIFY2(sync.exitCode == 0, sync.err.constData());
        QCOMPARE(jsonOf(sync).toObject().value(QStringLiteral("pending")).toInt(), 0);
    }

    // Several sitrepctl on one profile at once: every write lands once, nothing is left over.
    void concurrentCommandsOnOneProfile()
    {
        QTemporaryDir profile;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SITREP_TOKEN"), QString::fromUtf8(signIn(*m_server, m_carol)));
        const QStringList here{QStringLiteral("--server"), m_server->baseUrl().toString(), QStringLiteral("--pin"), pin()};
        const CtlRun declared = runCtl(profile.path(), here + QStringList{QStringLiteral("incident"), QStringLiteral("declare"),
                                       QStringLiteral("--title"), QStringLiteral("Busy profile"), QStringLiteral("--severity"),
                                       QStringLiteral("SEV3")}, environment);
        QCOMPARE(declared.exitCode, 0);
        const QString id = QString::fromUtf8(declared.out.trimmed());
        std::vector<std::unique_ptr<QProcess>> running;
        for (int i = 0; i < 6; ++i) {
            auto process = std::make_unique<QProcess>();
            process->setProcessEnvironment(environment);
            process->start(ctlPath(), QStringList{QStringLiteral("--profile"), profile.path()} + here
                                          + QStringList{QStringLiteral("timeline"), QStringLiteral("add"), id,
                                                        QStringLiteral("concurrent %1").arg(i)});
            running.push_back(std::move(process));
        }
        for (auto &process : running) {
            QVERIFY(waitForExit(*process, 60000));
            QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        }
        const CtlRun sync = runCtl(profile.path(), here + QStringList{QStringLiteral("sync"), QStringLiteral("--json")}, environment);
        QCOMPARE(sync.exitCode, 0);
        QCOMPARE(jsonOf(sync).toObject().value(QStringLiteral("pending")).toInt(), 0);
        const QList<QJsonObject> feed = serverFeed(*m_server, signIn(*m_server, m_carol));
        const int adds = int(std::count_if(feed.cbegin(), feed.cend(), [&](const QJsonObject &change) {
            return change.value(QStringLiteral("incidentId")).toString() == id
                && change.value(QStringLiteral("type")).toString() == QLatin1String("entry.add");
        }));
        QCOMPARE(adds, 6);
        const CtlRun list = runCtl(profile.path(), here + QStringList{QStringLiteral("timeline"), QStringLiteral("list"), id,
                                   QStringLiteral("--json")}, environment);
        QCOMPARE(jsonOf(list).toArray().size(), 6);
    }

    // The server's directory reaches the profile: people by handle, services by name.
    void directoryNamesPeopleAndServices()
    {
        const QUuid team = newId();
        const QUuid dana = newId();
        const QUuid checkout = newId();
        QTemporaryDir files;
        QFile file(files.filePath(QStringLiteral("directory.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject{
                       {QStringLiteral("teams"), QJsonArray{QJsonObject{{QStringLiteral("id"), idToString(team)},
                                                                        {QStringLiteral("name"), QStringLiteral("Payments")}}}},
                       {QStringLiteral("people"), QJsonArray{QJsonObject{{QStringLiteral("id"), idToString(dana)},
                                                                         {QStringLiteral("name"), QStringLiteral("Dana Ito")},
                                                                         {QStringLiteral("handle"), QStringLiteral("dito")},
                                                                         {QStringLiteral("teamId"), idToString(team)}}}},
                       {QStringLiteral("services"), QJsonArray{QJsonObject{{QStringLiteral("id"), idToString(checkout)},
                                                                           {QStringLiteral("name"), QStringLiteral("checkout-api")},
                                                                           {QStringLiteral("ownerTeamId"), idToString(team)},
                                                                           {QStringLiteral("tier"), 1}}}}})
                       .toJson());
        file.close();
        const AdminRun imported = runAdmin(m_server->dataDir(), {QStringLiteral("directory"), QStringLiteral("import"), file.fileName()});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.output));
        QFile broken(files.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(R"({"people":[{"id":"not-a-uuid","name":"x","handle":"x"}]})");
        broken.close();
        const AdminRun refused = runAdmin(m_server->dataDir(), {QStringLiteral("directory"), QStringLiteral("import"), broken.fileName()});
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.output.contains(QStringLiteral("directory.people[0]")), qPrintable(refused.output));

        QTemporaryDir profile;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SITREP_TOKEN"), QString::fromUtf8(signIn(*m_server, m_carol)));
        const QStringList here{QStringLiteral("--server"), m_server->baseUrl().toString(), QStringLiteral("--pin"), pin()};
        QCOMPARE(runCtl(profile.path(), here + QStringList{QStringLiteral("sync")}, environment).exitCode, 0);
        const CtlRun declared = runCtl(profile.path(), here + QStringList{QStringLiteral("incident"), QStringLiteral("declare"),
                                       QStringLiteral("--title"), QStringLiteral("Card payments failing"), QStringLiteral("--severity"),
                                       QStringLiteral("SEV2"), QStringLiteral("--service"), QStringLiteral("checkout-api")}, environment);
        QVERIFY2(declared.exitCode == 0, declared.err.constData());
        const QString id = QString::fromUtf8(declared.out.trimmed());
        const CtlRun assigned = runCtl(profile.path(), here + QStringList{QStringLiteral("role"), QStringLiteral("assign"), id,
                                       QStringLiteral("scribe"), QStringLiteral("dito")}, environment);
        QVERIFY2(assigned.exitCode == 0, assigned.err.constData());
        const CtlRun roles = runCtl(profile.path(), here + QStringList{QStringLiteral("role"), QStringLiteral("list"), id}, environment);
        QVERIFY2(roles.out.contains("Dana Ito"), roles.out.constData());
        const CtlRun shown = runCtl(profile.path(), here + QStringList{QStringLiteral("incident"), QStringLiteral("show"), id,
                                    QStringLiteral("--json")}, environment);
        QCOMPARE(jsonOf(shown).toObject().value(QStringLiteral("affectedServices")).toArray().first().toString(), idToString(checkout));
    }

    void usageErrors()
    {
        QCOMPARE(ctl({}).exitCode, 2);
        QCOMPARE(ctl({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(ctl({QStringLiteral("incident"), QStringLiteral("declare"), QStringLiteral("--title"), QStringLiteral("x")}).exitCode, 2);
        const CtlRun help = ctl({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("incident declare"));
        const CtlRun unknown = ctl({QStringLiteral("incident"), QStringLiteral("show"), QStringLiteral("ffffffff")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("No incident"));
    }
};

QTEST_GUILESS_MAIN(tst_Sitrepctl)
#include "tst_Sitrepctl.moc"
