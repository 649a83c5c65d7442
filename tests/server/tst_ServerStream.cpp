// GET /api/v1/stream end to end: the real sitrep-server over TLS, QWebSocket as the client
// (what the console uses), accounts made with the server's own admin commands.

#include "ServerProcess.h"
#include "StreamClient.h"
#include "TestOps.h"

#include "model/Ids.h"
#include "model/Incident.h"
#include "model/Op.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>
#include <numeric>


using namespace Sitrep;
using namespace Sitrep::Testing;

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject incidentBody(const QString &title, bool restricted)
{
    return {{QStringLiteral("title"), title},
            {QStringLiteral("severity"), QStringLiteral("SEV2")},
            {QStringLiteral("restricted"), restricted}};
}

} // namespace

class tst_ServerStream : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<TestClient> m_client;

    QByteArray signIn(const QString &name)
    {
        const TestResponse response = m_client->post(
            QStringLiteral("/api/v1/session"),
            json({{QStringLiteral("username"), name}, {QStringLiteral("password"), QString(name + QStringLiteral(" password"))}}));
        return response.status == 201 ? response.json.value(QStringLiteral("token")).toString().toLatin1() : QByteArray();
    }
    QString declare(const QByteArray &token, const QString &title, bool restricted = false)
    {
        const TestResponse response = m_client->post(QStringLiteral("/api/v1/incidents"),
                                                     json(incidentBody(title, restricted)), "application/json", token);
        return response.json.value(QStringLiteral("id")).toString();
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>();
        for (const auto &[name, role] : {std::pair{"alice", "responder"}, std::pair{"bob", "responder"},
                                         std::pair{"root", "admin"}, std::pair{"victor", "viewer"}}) {
            const QString user = QString::fromLatin1(name);
            QCOMPARE(runAdmin(m_server->dataDir(),
                              {QStringLiteral("user"), QStringLiteral("add"), user, QStringLiteral("--role"),
                               QString::fromLatin1(role)},
                              (user + QStringLiteral(" password")).toUtf8())
                         .exitCode,
                     0);
        }
        QVERIFY2(m_server->start({QStringLiteral("--heartbeat-seconds"), QStringLiteral("1")}),
                 qPrintable(m_server->output()));
        m_client = std::make_unique<TestClient>(m_server->baseUrl(), QList<QSslCertificate>{m_server->certificate()});
    }

    // Refused before the upgrade, with the API's own errors.
    void upgradeNeedsAToken()
    {
        const QByteArray upgrade = "GET /api/v1/stream HTTP/1.1\r\nHost: localhost\r\nConnection: Upgrade\r\n"
                                   "Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\n"
                                   "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n";
        ParsedResponse anonymous = parseResponse(rawTls(m_server->port(), m_server->certificate(), upgrade + "\r\n"));
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("unauthorized"));
        ParsedResponse forged = parseResponse(
            rawTls(m_server->port(), m_server->certificate(), upgrade + "Authorization: Bearer forged\r\n\r\n"));
        QCOMPARE(forged.status, 401);
        const QByteArray token = signIn(QStringLiteral("alice"));
        ParsedResponse accepted = parseResponse(
            rawTls(m_server->port(), m_server->certificate(), upgrade + "Authorization: Bearer " + token + "\r\n\r\n"));
        QCOMPARE(accepted.status, 101);
        // A plain GET learns what the route is.
        QCOMPARE(m_client->get(QStringLiteral("/api/v1/stream"), token).status, 426);

        StreamClient anonymousSocket(*m_server, {});
        QVERIFY(anonymousSocket.waitForDisconnect());
        QVERIFY(anonymousSocket.messages().isEmpty());
    }

    void pushesEveryChangeInOrder()
    {
        const QByteArray token = signIn(QStringLiteral("alice"));
        StreamClient stream(*m_server, token);
        const QJsonObject hello = stream.waitForType(QStringLiteral("hello"));
        QCOMPARE(hello.value(QStringLiteral("protocol")).toInt(), 1);
        QCOMPARE(hello.value(QStringLiteral("user")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("alice"));
        const qint64 helloSeq = hello.value(QStringLiteral("seq")).toInteger();
        QCOMPARE(helloSeq, m_client->get(QStringLiteral("/api/v1/changes?since=0&limit=1000"), token)
                               .json.value(QStringLiteral("cursor"))
                               .toInteger());

        const QByteArray other = signIn(QStringLiteral("bob"));
        const QString incidentId = declare(other, QStringLiteral("Checkout errors in EU"));
        QVERIFY(!incidentId.isEmpty());
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(m_client->post(QStringLiteral("/api/v1/incidents/%1/timeline").arg(incidentId),
                                    json({{QStringLiteral("kind"), QStringLiteral("note")},
                                          {QStringLiteral("body"), QStringLiteral("entry %1").arg(i)}}),
                                    "application/json", other).status,
                     201);
        }
        QVERIFY(QTest::qWaitFor([&] { return stream.changes().size() >= 6; }, 10000));
        const QList<QJsonObject> changes = stream.changes();
        QCOMPARE(changes.size(), 6);
        QCOMPARE(changes.first().value(QStringLiteral("type")).toString(), QStringLiteral("incident.declare"));
        QCOMPARE(changes.first().value(QStringLiteral("incidentId")).toString(), incidentId);
        QCOMPARE(changes.first().value(QStringLiteral("actor")).toString(), QStringLiteral("bob"));
        // Exactly the feed's changes, seq by seq with no gap.
        const QJsonArray feed = m_client->get(QStringLiteral("/api/v1/changes?since=%1").arg(helloSeq), token)
                                    .json.value(QStringLiteral("changes"))
                                    .toArray();
        QCOMPARE(feed.size(), changes.size());
        for (qsizetype i = 0; i < changes.size(); ++i) {
            QCOMPARE(changes.at(i).value(QStringLiteral("seq")).toInteger(), helloSeq + 1 + i);
            QCOMPARE(changes.at(i), feed.at(i).toObject());
        }
    }

    // A page of changes goes out in frames as big as a TLS record carries (16 KiB), not in
    // Beast's default 4 KiB pieces: every frame is a record and a write of its own, which at
    // hundreds of streams is most of the server's work (bench/README.md).
    void aPageGoesOutInFramesOfARecord()
    {
        const QByteArray token = signIn(QStringLiteral("alice"));
        StreamClient stream(*m_server, token);
        QVERIFY(stream.waitForHello() >= 0);
        QString text;            // the message being received
        QList<qsizetype> frames; // its frames so far, by size
        QList<QList<qsizetype>> messages; // the frame sizes of each changes message
        connect(&stream.socket(), &QWebSocket::textFrameReceived, this, [&](const QString &frame, bool last) {
            text += frame;
            frames.append(frame.toUtf8().size());
            if (!last)
                return;
            if (text.endsWith(QLatin1String("\"type\":\"changes\"}"))) // not a heartbeat
                messages.append(frames);
            text.clear();
            frames.clear();
        });
        const QUuid incidentId = idFromString(declare(token, QStringLiteral("Frames")));
        QVERIFY(!incidentId.isNull());
        QVERIFY(stream.waitForChanges(1));
        messages.clear();
        // One request, one commit, one page: 8 entries of 1,000 characters (a change is
        // ~1.6 KB on the wire: ~13 KB) go out in one frame; 40 of them (~65 KB) in as many
        // frames of 16,374 bytes as it takes.
        for (const int entries : {8, 40}) {
            QList<Op> ops;
            for (int i = 0; i < entries; ++i)
                ops.append(entryOp(incidentId, QString(1000, QLatin1Char('x'))));
            const qsizetype before = stream.changes().size();
            QCOMPARE(m_client->post(QStringLiteral("/api/v1/ops"), opsRequestBody(ops), "application/json", token).status, 200);
            QVERIFY(stream.waitForChanges(before + entries));
            QVERIFY(QTest::qWaitFor([&] { return !messages.isEmpty(); }, 5000));
            const QList<qsizetype> sizes = messages.takeFirst();
            const qsizetype total = std::accumulate(sizes.cbegin(), sizes.cend(), qsizetype(0));
            qInfo() << entries << "entries:" << total << "bytes in frames of" << sizes;
            QVERIFY2(total > entries * 1000, qPrintable(QString::number(total)));
            if (entries == 8)
                QCOMPARE(sizes.size(), 1);
            QCOMPARE(sizes.size(), (total + 16373) / 16374);
            QVERIFY(messages.isEmpty());
        }
    }

    // Nothing of a restricted incident reaches a stream that may not see it, and its
    // neighbours in the feed still do.
    void restrictedChangesStayWithThoseWhoMaySee()
    {
        StreamClient outsider(*m_server, signIn(QStringLiteral("alice")));
        StreamClient admin(*m_server, signIn(QStringLiteral("root")));
        QVERIFY(!outsider.waitForType(QStringLiteral("hello")).isEmpty());
        QVERIFY(!admin.waitForType(QStringLiteral("hello")).isEmpty());
        const QByteArray bob = signIn(QStringLiteral("bob"));
        const QString secret = declare(bob, QStringLiteral("Insider investigation"), true);
        const QString open = declare(bob, QStringLiteral("Search latency"));
        QVERIFY(!secret.isEmpty() && !open.isEmpty());

        // (Both declarations may arrive in one message: the hub pushes what has committed.)
        QVERIFY(QTest::qWaitFor([&] { return admin.hasChangeOf(secret) && admin.hasChangeOf(open); }, 10000));
        QVERIFY(QTest::qWaitFor([&] { return outsider.hasChangeOf(open); }, 10000));
        for (const QJsonObject &message : outsider.messages())
            QVERIFY2(!json(message).contains(secret.toUtf8()) && !json(message).contains("Insider"), json(message).constData());

        // Presence on it: the answer a missing incident gets.
        outsider.send({{QStringLiteral("type"), QStringLiteral("presence")}, {QStringLiteral("viewing"), secret}});
        const QJsonObject refused = outsider.waitForType(QStringLiteral("error"));
        QCOMPARE(refused.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("not_found"));
    }

    void presenceIsShared()
    {
        const QByteArray aliceToken = signIn(QStringLiteral("alice"));
        const QString incidentId = declare(aliceToken, QStringLiteral("Cert expiry"));
        StreamClient alice(*m_server, aliceToken);
        const QByteArray bobToken = signIn(QStringLiteral("bob"));
        const QString bobPerson = m_client->get(QStringLiteral("/api/v1/me"), bobToken).json.value(QStringLiteral("personId")).toString();
        QVERIFY(!bobPerson.isEmpty());
        auto bob = std::make_unique<StreamClient>(*m_server, bobToken);
        QVERIFY(!alice.waitForType(QStringLiteral("hello")).isEmpty());
        QVERIFY(!bob->waitForType(QStringLiteral("hello")).isEmpty());

        bob->send({{QStringLiteral("type"), QStringLiteral("presence")},
                   {QStringLiteral("viewing"), incidentId},
                   {QStringLiteral("bridge"), incidentId}});
        const auto presenceOf = [incidentId](const QStringList &viewing, const QStringList &bridge) {
            return [=](const QJsonObject &message) {
                return message.value(QStringLiteral("type")).toString() == QLatin1String("presence")
                    && message.value(QStringLiteral("incidentId")).toString() == incidentId
                    && message.value(QStringLiteral("viewing")).toArray() == QJsonArray::fromStringList(viewing)
                    && message.value(QStringLiteral("bridge")).toArray() == QJsonArray::fromStringList(bridge);
            };
        };
        const QJsonObject both = alice.waitFor(presenceOf({QStringLiteral("bob")}, {QStringLiteral("bob")}));
        QVERIFY(!both.isEmpty());
        // Person ids beside the names, for consoles to match their directory and roster.
        QCOMPARE(both.value(QStringLiteral("viewingPeople")).toArray(), QJsonArray{bobPerson});
        QCOMPARE(both.value(QStringLiteral("bridgePeople")).toArray(), QJsonArray{bobPerson});

        // A console opened later is told who is there.
        StreamClient late(*m_server, signIn(QStringLiteral("victor")));
        QVERIFY(!late.waitFor(presenceOf({QStringLiteral("bob")}, {QStringLiteral("bob")})).isEmpty());

        bob->send({{QStringLiteral("type"), QStringLiteral("presence")}, {QStringLiteral("viewing"), incidentId}});
        QVERIFY(!alice.waitFor(presenceOf({QStringLiteral("bob")}, {})).isEmpty());
        bob.reset(); // the console goes away
        QVERIFY(!alice.waitFor(presenceOf({}, {})).isEmpty());

        alice.send({{QStringLiteral("type"), QStringLiteral("wave")}});
        QCOMPARE(alice.waitForType(QStringLiteral("error")).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("unknown_message"));
        alice.socket().sendTextMessage(QStringLiteral("{not json"));
        QCOMPARE(alice.waitForType(QStringLiteral("error")).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("malformed_json"));
        QCOMPARE(alice.socket().state(), QAbstractSocket::ConnectedState);
    }

    void heartbeatsAndSignOut()
    {
        const QByteArray token = signIn(QStringLiteral("alice"));
        StreamClient stream(*m_server, token);
        QVERIFY(!stream.waitForType(QStringLiteral("hello")).isEmpty());
        const QJsonObject beat = stream.waitForType(QStringLiteral("heartbeat"), 5000);
        QVERIFY(beat.value(QStringLiteral("seq")).toInteger() > 0);
        QVERIFY(beat.value(QStringLiteral("at")).toString().endsWith(QLatin1Char('Z')));

        const TestResponse metrics = m_client->get(QStringLiteral("/metrics"));
        QVERIFY2(metrics.body.contains("sitrep_streams_connected 1\n"), metrics.body.constData());

        // The token stops working: so does the stream, within a heartbeat.
        QCOMPARE(m_client->del(QStringLiteral("/api/v1/session"), token).status, 204);
        QVERIFY(stream.waitForDisconnect(5000));
        QCOMPARE(stream.socket().closeCode(), QWebSocketProtocol::CloseCodeNormal);
        QVERIFY(stream.socket().closeReason().contains(QStringLiteral("sign in")));
    }

    // Last: stops the server.
    void stopClosesStreamsGoingAway()
    {
        StreamClient stream(*m_server, signIn(QStringLiteral("alice")));
        QVERIFY(!stream.waitForType(QStringLiteral("hello")).isEmpty());
        QVERIFY(m_server->stop());
        QCOMPARE(m_server->exitCode(), 0);
        QVERIFY(stream.waitForDisconnect());
        QCOMPARE(stream.socket().closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
    }
};

QTEST_GUILESS_MAIN(tst_ServerStream)
#include "tst_ServerStream.moc"
