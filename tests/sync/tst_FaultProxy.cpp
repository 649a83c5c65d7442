// FaultProxy between a client and a plain echo server: each mode checked by what the two
// ends see. Every wait is bounded; elapsed times are only ever lower bounds.

#include "FaultProxy.h"

#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <cerrno>
#include <memory>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Sitrep::Testing;

namespace {

constexpr int WaitMs = 5000;

// The upstream: sends back whatever it receives and remembers all of it.
class EchoServer
{
public:
    EchoServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                m_sockets.append(socket);
                QObject::connect(socket, &QIODevice::readyRead, socket, [this, socket] {
                    const QByteArray bytes = socket->readAll();
                    m_received += bytes;
                    socket->write(bytes);
                });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    const QByteArray &received() const { return m_received; }
    qsizetype connections() const { return m_sockets.size(); }
    // The server side of the i-th connection (owned by the server).
    QTcpSocket *socket(qsizetype i) const { return m_sockets.value(i); }

private:
    QTcpServer m_server;
    QList<QPointer<QTcpSocket>> m_sockets;
    QByteArray m_received;
};

// The client: a QTcpSocket collecting what it receives.
class Client
{
public:
    Client()
    {
        QObject::connect(&m_socket, &QIODevice::readyRead, &m_socket, [this] { m_received += m_socket.readAll(); });
    }
    void connectTo(quint16 port) { m_socket.connectToHost(QHostAddress::LocalHost, port); }
    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush(); // into the kernel now, before anything else happens
    }
    QTcpSocket &socket() { return m_socket; }
    QByteArray &received() { return m_received; }
    QAbstractSocket::SocketState state() const { return m_socket.state(); }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
};

// A plain POSIX client for what QTcpSocket cannot show: a real RST (ECONNRESET), and
// reading end-of-stream while still sending (QTcpSocket closes on end-of-stream).
class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        // Loopback: the kernel completes the handshake without the proxy's event loop.
        m_connected = m_fd >= 0 && ::connect(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0;
    }
    ~RawClient()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    RawClient(const RawClient &) = delete;
    RawClient &operator=(const RawClient &) = delete;

    bool isConnected() const { return m_connected; }
    bool send(const QByteArray &bytes) const
    {
        return ::send(m_fd, bytes.constData(), size_t(bytes.size()), MSG_NOSIGNAL) == bytes.size();
    }
    // Reads what is there without blocking; remembers end-of-stream and a reset.
    void poll()
    {
        char buffer[4096];
        for (;;) {
            const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, MSG_DONTWAIT);
            if (n > 0) {
                m_received.append(buffer, n);
                continue;
            }
            if (n == 0)
                m_endOfStream = true;
            else if (errno == ECONNRESET)
                m_reset = true;
            return;
        }
    }
    bool endOfStream() const { return m_endOfStream; }
    bool wasReset() const { return m_reset; }
    const QByteArray &received() const { return m_received; }

private:
    int m_fd = -1;
    bool m_connected = false;
    bool m_endOfStream = false;
    bool m_reset = false;
    QByteArray m_received;
};

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(4); // fixed: a failure reproduces
    for (char &byte : bytes)
        byte = char(generator.bounded(256));
    return bytes;
}

} // namespace

class tst_FaultProxy : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void passesBytesThrough();
    void passesLargePayloadIntact();
    void passesServerCloseToClient();
    void delaysEachDirection();
    void delayKeepsOrder();
    void delayOfNewConnectionsLeavesOpenOnesAlone();
    void blackholeDropsUntilOff();
    void blackholeHoldsClosureUntilOff();
    void refuseClosesNewConnections();
    void resetAllResetsBothSides();
    void resetAllSendsRst();
    void halfCloseEndsClientReadSide();
    void halfCloseKeepsClientToServerOpen();
    void cutAfterUpstreamBytes_data();
    void cutAfterUpstreamBytes();
    void cutAfterDownstreamBytes();
    void followsUpstreamPortChange();
    void upstreamRefusalClosesClient();
    void releasesEverySocket();
    void destructionClosesConnections();

private:
    // Connects a client through the proxy and waits until the echo server has it too.
    bool connectThrough(Client &client);
    // Sends bytes and waits until exactly they came back.
    bool roundTrip(Client &client, const QByteArray &bytes);

    std::unique_ptr<EchoServer> m_echo;
    std::unique_ptr<FaultProxy> m_proxy;
};

void tst_FaultProxy::init()
{
    m_echo = std::make_unique<EchoServer>();
    QVERIFY(m_echo->listen());
    m_proxy = std::make_unique<FaultProxy>();
    QVERIFY(m_proxy->listen(m_echo->port()));
    QVERIFY(m_proxy->port() != 0);
    QVERIFY(m_proxy->port() != m_echo->port());
}

void tst_FaultProxy::cleanup()
{
    m_proxy.reset();
    m_echo.reset();
}

bool tst_FaultProxy::connectThrough(Client &client)
{
    const qsizetype before = m_echo->connections();
    client.connectTo(m_proxy->port());
    return QTest::qWaitFor([&] { return client.state() == QAbstractSocket::ConnectedState && m_echo->connections() > before; },
                           WaitMs);
}

bool tst_FaultProxy::roundTrip(Client &client, const QByteArray &bytes)
{
    client.received().clear();
    client.send(bytes);
    (void)QTest::qWaitFor([&] { return client.received().size() >= bytes.size(); }, WaitMs);
    return client.received() == bytes;
}

void tst_FaultProxy::passesBytesThrough()
{
    QSignalSpy accepted(m_proxy.get(), &FaultProxy::connectionAccepted);
    Client client;
    QVERIFY(connectThrough(client));
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(m_proxy->acceptedTotal(), 1);
    QCOMPARE(m_proxy->connectionCount(), 1);

    QVERIFY(roundTrip(client, "hello"));
    QVERIFY(roundTrip(client, "again"));
    QCOMPARE(m_echo->received(), QByteArray("helloagain"));
    QCOMPARE(m_proxy->bytesDown(), 10); // client -> server
    QCOMPARE(m_proxy->bytesUp(), 10); // server -> client

    // The client's closure reaches the server.
    client.socket().disconnectFromHost();
    QTRY_COMPARE(m_echo->socket(0)->state(), QAbstractSocket::UnconnectedState);
    QTRY_COMPARE(m_proxy->connectionCount(), 0);
    QCOMPARE(m_proxy->acceptedTotal(), 1);
}

void tst_FaultProxy::passesLargePayloadIntact()
{
    Client client;
    QVERIFY(connectThrough(client));
    const QByteArray payload = randomBytes(2 * 1024 * 1024); // more than the socket buffers hold
    QVERIFY(roundTrip(client, payload));
    QCOMPARE(m_proxy->bytesDown(), payload.size());
    QCOMPARE(m_proxy->bytesUp(), payload.size());
}

void tst_FaultProxy::passesServerCloseToClient()
{
    Client client;
    QVERIFY(connectThrough(client));
    QVERIFY(roundTrip(client, "ping"));
    client.received().clear();
    m_echo->socket(0)->write("last words");
    m_echo->socket(0)->disconnectFromHost();
    QTRY_COMPARE(client.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(client.received(), QByteArray("last words")); // the bytes before the close arrive
    QTRY_COMPARE(m_proxy->connectionCount(), 0);
}

void tst_FaultProxy::delaysEachDirection()
{
    Client client;
    QVERIFY(connectThrough(client));
    const int delayMs = 150;
    m_proxy->setDelay(delayMs); // also on a connection that is already open

    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(roundTrip(client, "slow"));
    QVERIFY2(elapsed.elapsed() >= 2 * delayMs, // held once on the way there, once on the way back
             qPrintable(QStringLiteral("round trip took %1 ms").arg(elapsed.elapsed())));

    // And on a new connection.
    Client second;
    QVERIFY(connectThrough(second));
    elapsed.restart();
    QVERIFY(roundTrip(second, "slow too"));
    QVERIFY(elapsed.elapsed() >= 2 * delayMs);

    m_proxy->setDelay(0);
    QVERIFY(roundTrip(client, "fast again"));
}

void tst_FaultProxy::delayKeepsOrder()
{
    Client client;
    QVERIFY(connectThrough(client));
    m_proxy->setDelay(300);
    client.send("first ");
    QTest::qWait(50); // the proxy reads it and holds it for 300 ms
    m_proxy->setDelay(0);
    client.send("second"); // due at once, but must not overtake "first "
    QTRY_COMPARE(client.received(), QByteArray("first second"));
    QCOMPARE(m_echo->received(), QByteArray("first second"));
}

void tst_FaultProxy::delayOfNewConnectionsLeavesOpenOnesAlone()
{
    Client before;
    QVERIFY(connectThrough(before));
    const int delayMs = 1000;
    m_proxy->setDelayOfNewConnections(delayMs);
    Client slow;
    QVERIFY(connectThrough(slow));
    m_proxy->setDelayOfNewConnections(0);
    Client after;
    QVERIFY(connectThrough(after));

    QElapsedTimer elapsed;
    elapsed.start();
    slow.send("held");
    // The connections open before and after it go through while its bytes are held.
    QVERIFY(roundTrip(before, "open before"));
    QVERIFY(roundTrip(after, "opened after"));
    QVERIFY(slow.received().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(slow.received(), QByteArray("held"), WaitMs);
    QVERIFY2(elapsed.elapsed() >= 2 * delayMs, qPrintable(QStringLiteral("round trip took %1 ms").arg(elapsed.elapsed())));
}

void tst_FaultProxy::blackholeDropsUntilOff()
{
    Client client;
    QVERIFY(connectThrough(client));
    QVERIFY(roundTrip(client, "before"));

    m_proxy->setBlackhole(true);
    client.received().clear();
    client.send("lost");
    QTest::qWait(300);
    QVERIFY(client.received().isEmpty());
    QCOMPARE(m_echo->received(), QByteArray("before")); // nothing reached the server either
    QCOMPARE(client.state(), QAbstractSocket::ConnectedState); // the connection is kept
    QCOMPARE(m_echo->socket(0)->state(), QAbstractSocket::ConnectedState);
    QCOMPARE(m_proxy->connectionCount(), 1);

    // From the server side too: its bytes are discarded.
    m_echo->socket(0)->write("unseen");
    QTest::qWait(100);
    QVERIFY(client.received().isEmpty());

    // Back on: later bytes flow; the discarded ones stay lost.
    m_proxy->setBlackhole(false);
    QVERIFY(roundTrip(client, "after"));
    QCOMPARE(m_echo->received(), QByteArray("beforeafter"));
}

void tst_FaultProxy::blackholeHoldsClosureUntilOff()
{
    Client client;
    QVERIFY(connectThrough(client));
    m_proxy->setBlackhole(true);
    client.socket().disconnectFromHost();
    QTRY_COMPARE(client.state(), QAbstractSocket::UnconnectedState);
    QTest::qWait(200);
    QCOMPARE(m_echo->socket(0)->state(), QAbstractSocket::ConnectedState); // a dead path carries no FIN

    m_proxy->setBlackhole(false);
    QTRY_COMPARE(m_echo->socket(0)->state(), QAbstractSocket::UnconnectedState);
    QTRY_COMPARE(m_proxy->connectionCount(), 0);
}

void tst_FaultProxy::refuseClosesNewConnections()
{
    Client open;
    QVERIFY(connectThrough(open));
    m_proxy->setRefuse(true);

    // The kernel completes the handshake, then the proxy closes it.
    Client refused;
    QSignalSpy disconnected(&refused.socket(), &QAbstractSocket::disconnected);
    refused.connectTo(m_proxy->port());
    QVERIFY(disconnected.wait(WaitMs));
    QCOMPARE(refused.state(), QAbstractSocket::UnconnectedState);
    QTest::qWait(100);
    QCOMPARE(m_proxy->acceptedTotal(), 2); // one attempt: the client did not reconnect
    QCOMPARE(m_echo->connections(), 1); // it never reached the server
    QCOMPARE(m_proxy->connectionCount(), 1);
    QVERIFY(roundTrip(open, "still here")); // open connections are left alone

    m_proxy->setRefuse(false);
    Client later;
    QVERIFY(connectThrough(later));
    QVERIFY(roundTrip(later, "up again"));
}

void tst_FaultProxy::resetAllResetsBothSides()
{
    Client first;
    Client second;
    QVERIFY(connectThrough(first));
    QVERIFY(connectThrough(second));
    QVERIFY(roundTrip(first, "one"));
    QSignalSpy errors(&first.socket(), &QAbstractSocket::errorOccurred);

    m_proxy->resetAll();
    QTRY_COMPARE(first.state(), QAbstractSocket::UnconnectedState);
    QTRY_COMPARE(second.state(), QAbstractSocket::UnconnectedState);
    QVERIFY(!errors.isEmpty());
    const auto error = errors.constFirst().constFirst().value<QAbstractSocket::SocketError>();
    // Qt reports a reset by the peer as RemoteHostClosedError.
    QVERIFY2(error == QAbstractSocket::RemoteHostClosedError || error == QAbstractSocket::NetworkError,
             qPrintable(QString::number(error)));
    QTRY_COMPARE(m_echo->socket(0)->state(), QAbstractSocket::UnconnectedState);
    QTRY_COMPARE(m_echo->socket(1)->state(), QAbstractSocket::UnconnectedState);
    QTRY_COMPARE(m_proxy->connectionCount(), 0);

    Client later; // new connections still work
    QVERIFY(connectThrough(later));
    QVERIFY(roundTrip(later, "fresh"));
}

void tst_FaultProxy::resetAllSendsRst()
{
    RawClient raw(m_proxy->port());
    QVERIFY(raw.isConnected());
    QTRY_COMPARE(m_echo->connections(), 1);
    m_proxy->resetAll();
    QVERIFY(QTest::qWaitFor([&] { raw.poll(); return raw.wasReset() || raw.endOfStream(); }, WaitMs));
    QVERIFY2(raw.wasReset(), "an orderly FIN came instead of an RST");
}

void tst_FaultProxy::halfCloseEndsClientReadSide()
{
    Client client;
    QVERIFY(connectThrough(client));
    QVERIFY(roundTrip(client, "before"));
    QPointer<QTcpSocket> upstream = m_echo->socket(0);

    // Whichever the client reports first, the server's side must still be open then.
    bool ended = false;
    bool upstreamOpenAtEnd = false;
    const auto onEnd = [&] {
        if (!ended)
            upstreamOpenAtEnd = upstream && upstream->state() == QAbstractSocket::ConnectedState;
        ended = true;
    };
    QObject::connect(&client.socket(), &QIODevice::readChannelFinished, &client.socket(), onEnd);
    QObject::connect(&client.socket(), &QAbstractSocket::disconnected, &client.socket(), onEnd);

    m_proxy->halfCloseAll();
    client.received().clear();
    client.send("after"); // client -> server still flows
    QTRY_VERIFY(ended);
    QVERIFY(upstreamOpenAtEnd);
    QTRY_COMPARE(m_echo->received(), QByteArray("beforeafter"));
    QVERIFY(client.received().isEmpty()); // the echo of "after" was not forwarded
}

void tst_FaultProxy::halfCloseKeepsClientToServerOpen()
{
    RawClient raw(m_proxy->port());
    QVERIFY(raw.isConnected());
    QTRY_COMPARE(m_echo->connections(), 1);
    QVERIFY(raw.send("before"));
    QVERIFY(QTest::qWaitFor([&] { raw.poll(); return raw.received() == "before"; }, WaitMs));

    m_proxy->halfCloseAll();
    QVERIFY(QTest::qWaitFor([&] { raw.poll(); return raw.endOfStream() || raw.wasReset(); }, WaitMs));
    QVERIFY(raw.endOfStream()); // a FIN, not a reset

    // After reading end-of-stream the client still sends, and the server still gets it.
    QVERIFY(raw.send("after"));
    QTRY_COMPARE(m_echo->received(), QByteArray("beforeafter"));
    QCOMPARE(m_echo->socket(0)->state(), QAbstractSocket::ConnectedState);
    QCOMPARE(m_proxy->connectionCount(), 1);
    QCOMPARE(raw.received(), QByteArray("before"));
}

void tst_FaultProxy::cutAfterUpstreamBytes_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<qint64>("cutAfter");
    QTest::newRow("mid chunk") << QByteArray("0123456789") << qint64(4);
    QTest::newRow("chunk end") << QByteArray("0123456789") << qint64(10);
    // More than the socket buffers: the cut waits for its bytes to leave before the RST.
    QTest::newRow("large") << randomBytes(3 * 1024 * 1024) << qint64(2 * 1024 * 1024 + 7);
}

void tst_FaultProxy::cutAfterUpstreamBytes()
{
    QFETCH(QByteArray, payload);
    QFETCH(qint64, cutAfter);
    Client client;
    QVERIFY(connectThrough(client));
    QVERIFY(roundTrip(client, "warm up")); // bytes before the call do not count
    client.received().clear();

    m_proxy->cutAfterUpstreamBytes(cutAfter);
    client.send(payload);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, 10000);
    QCOMPARE(client.received().size(), cutAfter);
    QVERIFY(client.received() == payload.left(cutAfter));
    QTRY_COMPARE(m_echo->socket(0)->state(), QAbstractSocket::UnconnectedState); // both sides
    QTRY_COMPARE(m_proxy->connectionCount(), 0);

    // One-shot: the next connection is whole.
    Client later;
    QVERIFY(connectThrough(later));
    QVERIFY(roundTrip(later, "0123456789"));
}

void tst_FaultProxy::cutAfterDownstreamBytes()
{
    Client client;
    QVERIFY(connectThrough(client));
    m_proxy->cutAfterDownstreamBytes(3);
    client.send("abcdef");
    QTRY_COMPARE(m_echo->socket(0)->state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(m_echo->received(), QByteArray("abc"));
    QTRY_COMPARE(client.state(), QAbstractSocket::UnconnectedState);
    QTRY_COMPARE(m_proxy->connectionCount(), 0);
}

void tst_FaultProxy::followsUpstreamPortChange()
{
    Client old;
    QVERIFY(connectThrough(old));

    EchoServer restarted;
    QVERIFY(restarted.listen());
    m_proxy->setUpstreamPort(restarted.port());
    Client client;
    client.connectTo(m_proxy->port());
    QTRY_COMPARE(restarted.connections(), 1);
    QVERIFY(roundTrip(client, "new"));
    QCOMPARE(restarted.received(), QByteArray("new"));

    QVERIFY(roundTrip(old, "old")); // an open connection stays where it was
    QCOMPARE(m_echo->received(), QByteArray("old"));
}

void tst_FaultProxy::upstreamRefusalClosesClient()
{
    quint16 closedPort = 0;
    {
        QTcpServer gone;
        QVERIFY(gone.listen(QHostAddress::LocalHost, 0));
        closedPort = gone.serverPort();
    }
    m_proxy->setUpstreamPort(closedPort);
    Client client;
    client.connectTo(m_proxy->port());
    QTRY_COMPARE(m_proxy->acceptedTotal(), 1);
    QTRY_COMPARE(client.state(), QAbstractSocket::UnconnectedState);
    QTRY_COMPARE(m_proxy->connectionCount(), 0);
}

void tst_FaultProxy::releasesEverySocket()
{
    const auto proxySockets = [this] { return m_proxy->findChildren<QTcpSocket *>().size(); };
    {
        Client graceful;
        Client reset;
        Client cut;
        QVERIFY(connectThrough(graceful));
        QVERIFY(connectThrough(reset));
        QVERIFY(connectThrough(cut));
        QCOMPARE(proxySockets(), 6); // a client side and an upstream side each
        graceful.socket().disconnectFromHost();
        m_proxy->cutAfterUpstreamBytes(1);
        cut.send("xy");
        QTRY_COMPARE(cut.state(), QAbstractSocket::UnconnectedState);
        m_proxy->resetAll();
        m_proxy->setRefuse(true);
        Client refused;
        refused.connectTo(m_proxy->port());
        QTRY_COMPARE(m_proxy->acceptedTotal(), 4);
        QTRY_COMPARE(refused.state(), QAbstractSocket::UnconnectedState);
    }
    QTRY_COMPARE(m_proxy->connectionCount(), 0);
    QTRY_COMPARE(proxySockets(), 0);
}

void tst_FaultProxy::destructionClosesConnections()
{
    Client client;
    QVERIFY(connectThrough(client));
    m_proxy->setDelay(1000); // something held in the proxy when it goes
    client.send("held");
    QTest::qWait(20);
    m_proxy.reset();
    QTRY_COMPARE(client.state(), QAbstractSocket::UnconnectedState);
    QTRY_COMPARE(m_echo->socket(0)->state(), QAbstractSocket::UnconnectedState);
}

QTEST_GUILESS_MAIN(tst_FaultProxy)
#include "tst_FaultProxy.moc"
