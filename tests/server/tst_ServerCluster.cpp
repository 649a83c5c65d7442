// Two real sitrep-server processes on one PostgreSQL database, as behind a load balancer:
// a change accepted by either reaches the live streams of both (LISTEN/NOTIFY,
// PostgresChangeListener), with the seqs of the one change feed, and need-to-know holds
// across instances. PostgreSQL only (tst_ServerCluster_pg): fails without
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
            QVERIFY2(m_servers[i]->start(dbArgs()), qPrintable(m_servers[i]->output()));
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
