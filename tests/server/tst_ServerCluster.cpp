// Two real sitrep-server processes on one PostgreSQL database, as behind a load balancer:
// a change accepted by either reaches the live streams of both (LISTEN/NOTIFY,
// PostgresChangeListener), with the seqs of the one change feed, need-to-know holds
// across instances, and presence is shared between them (RemotePresence). PostgreSQL only (tst_ServerCluster_pg): fails without
// SITREP_TEST_POSTGRES, never skips.

#include "ServerProcess.h"
#include "StreamClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <array>

using namespace Sitrep::Testing;

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class tst_ServerCluster : public QObject
{
    Q_OBJECT

    // Declared first: the database outlives both servers.
    TestDatabase m_database;
    std::array<std::unique_ptr<ServerProcess>, 2> m_servers;
    std::array<std::unique_ptr<TestClient>, 2> m_clients;

    QStringList dbArgs() const { return {QStringLiteral("--db"), m_database.url()}; }
    // Presence is announced again every heartbeat interval; short here so that an instance
    // that dies is forgotten within seconds (presenceOfADeadInstanceExpires).
    QStringList serverArgs() const { return dbArgs() + QStringList{QStringLiteral("--heartbeat-seconds"), QStringLiteral("2")}; }

    int admin(const ServerProcess &server, const QStringList &args, const QByteArray &password)
    {
        return runAdmin(server.dataDir(), dbArgs(), args, password).exitCode;
    }
    QByteArray signIn(int instance, const QString &name)
    {
        const TestResponse response = m_clients.at(instance)->post(
            QStringLiteral("/api/v1/session"),
            json({{QStringLiteral("username"), name}, {QStringLiteral("password"), QString(name + QStringLiteral(" password"))}}));
        return response.status == 201 ? response.json.value(QStringLiteral("token")).toString().toLatin1() : QByteArray();
    }
    QString declare(int instance, const QByteArray &token, const QString &title, bool restricted = false)
    {
        const TestResponse response = m_clients.at(instance)->post(
            QStringLiteral("/api/v1/incidents"),
            json({{QStringLiteral("title"), title},
                  {QStringLiteral("severity"), QStringLiteral("SEV2")},
                  {QStringLiteral("restricted"), restricted}}),
            "application/json", token);
        return response.status == 201 ? response.json.value(QStringLiteral("id")).toString() : QString();
    }
    int addEntry(int instance, const QByteArray &token, const QString &incidentId, const QString &body)
    {
        return m_clients.at(instance)
            ->post(QStringLiteral("/api/v1/incidents/%1/timeline").arg(incidentId),
                   json({{QStringLiteral("kind"), QStringLiteral("note")}, {QStringLiteral("body"), body}}),
                   "application/json", token)
            .status;
    }
    QJsonArray feed(int instance, const QByteArray &token, qint64 since)
    {
        return m_clients.at(instance)
            ->get(QStringLiteral("/api/v1/changes?since=%1").arg(since), token)
            .json.value(QStringLiteral("changes"))
            .toArray();
    }
    static QJsonObject presence(const QString &viewing, const QString &bridge)
    {
        return {{QStringLiteral("type"), QStringLiteral("presence")},
                {QStringLiteral("viewing"), viewing.isEmpty() ? QJsonValue() : QJsonValue(viewing)},
                {QStringLiteral("bridge"), bridge.isEmpty() ? QJsonValue() : QJsonValue(bridge)}};
    }
    // Matches the presence message of an incident with exactly these names.
    static std::function<bool(const QJsonObject &)> presenceOf(const QString &incidentId, const QStringList &viewing,
                                                               const QStringList &bridge)
    {
        return [=](const QJsonObject &message) {
            return message.value(QStringLiteral("type")).toString() == QLatin1String("presence")
                && message.value(QStringLiteral("incidentId")).toString() == incidentId
                && message.value(QStringLiteral("viewing")).toVariant().toStringList() == viewing
                && message.value(QStringLiteral("bridge")).toVariant().toStringList() == bridge;
        };
    }
    static QString lastPresence(const StreamClient &stream)
    {
        for (qsizetype i = stream.messages().size() - 1; i >= 0; --i) {
            if (stream.messages().at(i).value(QStringLiteral("type")).toString() == QLatin1String("presence"))
                return QString::fromUtf8(json(stream.messages().at(i)));
        }
        return QStringLiteral("no presence message");
    }
    int listeners()
    {
        return m_database
            .firstRow(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                     "AND application_name = 'sitrep-server-listen'"))
            .value(0, QStringLiteral("-1"))
            .toInt();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_database.create(&error), qPrintable(error));
        // Two data folders (two TLS identities), one database.
        for (auto &server : m_servers)
            server = std::make_unique<ServerProcess>();
        for (const auto &[name, role] : {std::pair{"alice", "responder"}, std::pair{"bob", "responder"},
                                         std::pair{"root", "admin"}}) {
            const QString user = QString::fromLatin1(name);
            QCOMPARE(admin(*m_servers[0], {QStringLiteral("user"), QStringLiteral("add"), user, QStringLiteral("--role"),
                                           QString::fromLatin1(role)},
                           (user + QStringLiteral(" password")).toUtf8()),
                     0);
        }
        for (std::size_t i = 0; i < m_servers.size(); ++i) {
            QVERIFY2(m_servers[i]->start(serverArgs()), qPrintable(m_servers[i]->output()));
            m_clients[i] = std::make_unique<TestClient>(m_servers[i]->baseUrl(),
                                                        QList<QSslCertificate>{m_servers[i]->certificate()});
        }
        QVERIFY(m_servers[0]->fingerprint() != m_servers[1]->fingerprint());
        QVERIFY(QTest::qWaitFor([this] { return listeners() == 2; }, 10000));
    }

    void changesReachTheOtherInstance_data()
    {
        QTest::addColumn<int>("writer");
        QTest::addColumn<int>("reader");
        QTest::newRow("A to B") << 0 << 1;
        QTest::newRow("B to A") << 1 << 0;
    }
    void changesReachTheOtherInstance()
    {
        QFETCH(int, writer);
        QFETCH(int, reader);
        const QByteArray watcher = signIn(reader, QStringLiteral("alice"));
        QVERIFY(!watcher.isEmpty());
        StreamClient stream(*m_servers.at(reader), watcher);
        const qint64 helloSeq = stream.waitForHello();
        QVERIFY(helloSeq >= 0);

        const QByteArray author = signIn(writer, QStringLiteral("bob"));
        const QString incidentId = declare(writer, author, QStringLiteral("Checkout errors in EU"));
        QVERIFY(!incidentId.isEmpty());
        QCOMPARE(addEntry(writer, author, incidentId, QStringLiteral("EU 5xx at 38%")), 201);

        QVERIFY2(stream.waitForChanges(2), qPrintable(QString::number(stream.changes().size())));
        const QList<QJsonObject> changes = stream.changes();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).value(QStringLiteral("type")).toString(), QStringLiteral("incident.declare"));
        QCOMPARE(changes.at(1).value(QStringLiteral("type")).toString(), QStringLiteral("entry.add"));
        // Exactly the writer's feed: the same seqs, the same objects, nothing skipped.
        const QJsonArray writerFeed = feed(writer, author, helloSeq);
        QCOMPARE(writerFeed.size(), changes.size());
        for (qsizetype i = 0; i < changes.size(); ++i) {
            QCOMPARE(changes.at(i).value(QStringLiteral("seq")).toInteger(), helloSeq + 1 + i);
            QCOMPARE(changes.at(i).value(QStringLiteral("incidentId")).toString(), incidentId);
            QCOMPARE(changes.at(i), writerFeed.at(i).toObject());
        }
        // Nothing twice (the writer's own notification wakes the reader only once per commit,
        // and each wake reads from the hub's cursor).
        QTest::qWait(300);
        QCOMPARE(stream.changes().size(), 2);
    }

    // A restricted incident declared on one instance reaches, on the other, only the streams
    // that may see it; the open incident declared after it reaches everyone.
    void restrictedStaysWithThoseWhoMaySee()
    {
        StreamClient outsider(*m_servers[1], signIn(1, QStringLiteral("alice")));
        StreamClient root(*m_servers[1], signIn(1, QStringLiteral("root")));
        QVERIFY(outsider.waitForHello() >= 0);
        QVERIFY(root.waitForHello() >= 0);

        const QByteArray bob = signIn(0, QStringLiteral("bob"));
        const QString secret = declare(0, bob, QStringLiteral("Insider investigation"), true);
        const QString open = declare(0, bob, QStringLiteral("Search latency"));
        QVERIFY(!secret.isEmpty() && !open.isEmpty());

        QVERIFY(QTest::qWaitFor([&] { return root.hasChangeOf(secret) && root.hasChangeOf(open); }, 10000));
        // Streams get changes in seq order: once the open one is here, the secret one was
        // either sent before it or not at all.
        QVERIFY(QTest::qWaitFor([&] { return outsider.hasChangeOf(open); }, 10000));
        for (const QJsonObject &message : outsider.messages())
            QVERIFY2(!json(message).contains(secret.toUtf8()) && !json(message).contains("Insider"), json(message).constData());
    }

    // Behind a load balancer the consoles on one bridge are spread over the instances: each
    // stream sees everyone, a stream opened later gets everyone in its snapshot, someone
    // leaving on one instance leaves on the others, and a restricted incident's presence
    // reaches only those who may see it there too.
    void presenceIsSharedAcrossInstances()
    {
        const QByteArray bobOnA = signIn(0, QStringLiteral("bob"));
        const QString incidentId = declare(0, bobOnA, QStringLiteral("Payments declined"));
        QVERIFY(!incidentId.isEmpty());
        auto aliceOnA = std::make_unique<StreamClient>(*m_servers[0], signIn(0, QStringLiteral("alice")));
        StreamClient bobOnB(*m_servers[1], signIn(1, QStringLiteral("bob")));
        QVERIFY(aliceOnA->waitForHello() >= 0);
        QVERIFY(bobOnB.waitForHello() >= 0);

        aliceOnA->send(presence(incidentId, incidentId));
        QVERIFY2(!bobOnB.waitFor(presenceOf(incidentId, {QStringLiteral("alice")}, {QStringLiteral("alice")})).isEmpty(),
                 qPrintable(lastPresence(bobOnB)));
        bobOnB.send(presence(QString(), incidentId));
        QVERIFY2(!aliceOnA->waitFor(presenceOf(incidentId, {QStringLiteral("alice")},
                                               {QStringLiteral("alice"), QStringLiteral("bob")}))
                      .isEmpty(),
                 qPrintable(lastPresence(*aliceOnA)));

        StreamClient rootOnB(*m_servers[1], signIn(1, QStringLiteral("root")));
        QVERIFY(rootOnB.waitForHello() >= 0);
        QVERIFY(!rootOnB.waitFor(presenceOf(incidentId, {QStringLiteral("alice")}, {QStringLiteral("alice"), QStringLiteral("bob")}))
                     .isEmpty());

        // Need-to-know: root views a restricted incident on A; on B root sees that, alice not.
        const QString secret = declare(0, signIn(0, QStringLiteral("root")), QStringLiteral("Insider case"), true);
        QVERIFY(!secret.isEmpty());
        StreamClient secretViewer(*m_servers[0], signIn(0, QStringLiteral("root")));
        QVERIFY(secretViewer.waitForHello() >= 0);
        StreamClient aliceOnB(*m_servers[1], signIn(1, QStringLiteral("alice")));
        QVERIFY(aliceOnB.waitForHello() >= 0);
        secretViewer.send(presence(secret, QString()));
        QVERIFY(!rootOnB.waitFor(presenceOf(secret, {QStringLiteral("root")}, {})).isEmpty());
        QTest::qWait(300);
        for (const QJsonObject &message : aliceOnB.messages())
            QVERIFY2(!json(message).contains(secret.toUtf8()), json(message).constData());

        // Alice closes her console on A.
        aliceOnA.reset();
        QVERIFY2(!bobOnB.waitFor(presenceOf(incidentId, {}, {QStringLiteral("bob")})).isEmpty(), qPrintable(lastPresence(bobOnB)));
    }

    // An instance that dies without a word (killed, its machine gone) does not leave its
    // people on the bridge for good: what it announced expires after a few of its rounds.
    void presenceOfADeadInstanceExpires()
    {
        const QByteArray bob = signIn(0, QStringLiteral("bob"));
        const QString incidentId = declare(0, bob, QStringLiteral("Login latency"));
        QVERIFY(!incidentId.isEmpty());
        StreamClient watcher(*m_servers[1], signIn(1, QStringLiteral("bob")));
        QVERIFY(watcher.waitForHello() >= 0);

        auto third = std::make_unique<ServerProcess>();
        QVERIFY2(third->start(dbArgs() + QStringList{QStringLiteral("--heartbeat-seconds"), QStringLiteral("1")}),
                 qPrintable(third->output()));
        TestClient thirdClient(third->baseUrl(), {third->certificate()});
        const TestResponse session = thirdClient.post(
            QStringLiteral("/api/v1/session"),
            json({{QStringLiteral("username"), QStringLiteral("alice")}, {QStringLiteral("password"), QStringLiteral("alice password")}}));
        QCOMPARE(session.status, 201);
        {
            StreamClient alice(*third, session.json.value(QStringLiteral("token")).toString().toLatin1());
            QVERIFY(alice.waitForHello() >= 0);
            alice.send(presence(QString(), incidentId));
            QVERIFY(!watcher.waitFor(presenceOf(incidentId, {}, {QStringLiteral("alice")})).isEmpty());
            third.reset(); // SIGKILL: no stream closes, no last announcement
        }
        // Announced for 3 s (three of its 1 s rounds), dropped at B's next 2 s round.
        QVERIFY2(!watcher.waitFor(presenceOf(incidentId, {}, {}), 15000).isEmpty(), qPrintable(lastPresence(watcher)));
    }

    // The listening connection is cut (a PostgreSQL restart, a failover, a network blip):
    // the instance reconnects, catches up with what was committed meanwhile, and hears
    // later commits again.
    void listenerReconnects()
    {
        StreamClient stream(*m_servers[1], signIn(1, QStringLiteral("alice")));
        QVERIFY(stream.waitForHello() >= 0);
        QString error;
        QVERIFY2(m_database.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                                                "current_database() AND application_name = 'sitrep-server-listen'"),
                                 &error),
                 qPrintable(error));

        const QByteArray bob = signIn(0, QStringLiteral("bob"));
        const QString during = declare(0, bob, QStringLiteral("Declared while nobody listened"));
        QVERIFY(!during.isEmpty());
        // The probe notices within 5 s, the first retry comes 0.5 s later.
        QVERIFY(QTest::qWaitFor([&] { return stream.hasChangeOf(during); }, 20000));
        QVERIFY(QTest::qWaitFor([this] { return listeners() == 2; }, 20000));

        const QString after = declare(0, bob, QStringLiteral("Declared after the reconnect"));
        QVERIFY(!after.isEmpty());
        QVERIFY(QTest::qWaitFor([&] { return stream.hasChangeOf(after); }, 5000));
    }

    // Last: both stop cleanly, listener threads included.
    void cleanupTestCase()
    {
        for (auto &server : m_servers) {
            if (!server)
                continue;
            QVERIFY(server->stop());
            QCOMPARE(server->exitStatus(), QProcess::NormalExit);
            QCOMPARE(server->exitCode(), 0);
        }
    }
};

QTEST_GUILESS_MAIN(tst_ServerCluster)
#include "tst_ServerCluster.moc"
