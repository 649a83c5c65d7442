#pragma once

// A TCP proxy for fault tests (issue #4): it sits between a client and the real server,
// forwards bytes opaquely (so TLS passes through untouched) and, on command, delays,
// drops, refuses, resets and half-closes connections, or cuts one after a byte count.
//
// Single thread, event-driven: it works while the test spins the event loop (QTRY_*,
// QSignalSpy::wait, QTest::qWait). It listens on 127.0.0.1 on a free port; point the
// client at port() instead of the server's port.
//
// Words used below: "upstream" is the server side, "downstream" the client side, and a
// byte is named after the side it comes from: an upstream byte goes server -> client, a
// downstream byte client -> server. A byte counts as forwarded when the proxy writes it
// to the other side.
//
// Every command takes effect at once, on open connections and on new ones, except where
// it says otherwise. A closure on one side closes the other side once the bytes queued
// before it are forwarded (Qt sockets cannot stay half-open, so the proxy does not try).

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpServer>

#include <memory>
#include <vector>

class QTcpSocket;
class QTimer;

namespace Sitrep::Testing {

class FaultProxy : public QObject
{
    Q_OBJECT

public:
    explicit FaultProxy(QObject *parent = nullptr);
    ~FaultProxy() override; // closes every connection; no socket outlives the proxy

    // Listens on 127.0.0.1:0 and forwards each accepted connection to upstreamHost:
    // upstreamPort. False if it could not listen.
    bool listen(quint16 upstreamPort, const QHostAddress &upstreamHost = QHostAddress::LocalHost);
    // The port clients connect to (0 before listen()).
    quint16 port() const;
    // Where new connections go from now on (the server restarted on another port); open
    // connections stay where they are.
    void setUpstreamPort(quint16 port);

    // Holds every chunk, in either direction, for ms before forwarding it; order is kept
    // (a chunk never overtakes an earlier one, also when the delay shrinks). 0: no delay.
    // Chunks already held keep the delay they were given.
    void setDelay(int ms);
    // Connections accepted from now on hold every chunk, in either direction, ms more than
    // setDelay says, for as long as they live; those open now keep theirs. One client's
    // connections then differ: e.g. its REST calls slow while its live stream, opened
    // later, is not. 0: new connections get no delay of their own.
    void setDelayOfNewConnections(int ms);
    // "Drop": connections are accepted and kept (a new one still reaches the upstream),
    // but nothing is forwarded in either direction; the bytes are discarded, also those held by setDelay. Like a dead network
    // path, a closure by either side is not passed on while it is on (it is once it is off).
    void setBlackhole(bool on);
    // "Server down": each new connection is closed right after it is accepted (a FIN; see
    // refuse() for why not an RST) and never reaches the upstream. Open connections are
    // left alone.
    void setRefuse(bool on);
    // Resets (RST) both sides of every open connection.
    void resetAll();
    // On every open connection: stops forwarding server -> client (those bytes are
    // discarded from now on) and shuts down the write side towards the client, so the
    // client reads end-of-stream; client -> server still flows and the upstream side stays
    // open. New connections are not affected.
    void halfCloseAll();
    // One-shot: after n more upstream bytes (server -> client) have been forwarded, the
    // connection that carried the n-th byte is reset on both sides once those bytes have
    // left; nothing more is forwarded on it. Loses a response after the server applied the
    // request. n = 0: the next upstream chunk is not forwarded at all. A new call re-arms;
    // a negative n disarms.
    void cutAfterUpstreamBytes(qint64 n);
    // The same for downstream bytes (client -> server): a request cut mid-body.
    void cutAfterDownstreamBytes(qint64 n);

    // Connections open now (accepted, not refused, and not yet closed on both sides).
    int connectionCount() const;
    // Every connection accepted since construction, the refused ones included.
    int acceptedTotal() const;
    // Bytes forwarded, summed over all connections: from the upstream (server -> client)
    // and from the downstream (client -> server).
    qint64 bytesUp() const;
    qint64 bytesDown() const;

signals:
    // A connection was accepted (also one that setRefuse then closes).
    void connectionAccepted();

private:
    struct Chunk
    {
        QByteArray bytes;
        QDeadlineTimer due;
        bool end = false; // the source closed: close the destination when this is due
    };
    // One direction of one connection.
    struct Pipe
    {
        QTcpSocket *from = nullptr;
        QTcpSocket *to = nullptr;
        bool fromUpstream = false;
        QList<Chunk> held; // read from `from`, not yet written to `to`
        std::unique_ptr<QTimer> timer; // fires when the first held chunk is due
        bool endQueued = false; // `from` closed and its end chunk is held or delivered
    };
    struct Link
    {
        QTcpSocket *client = nullptr;
        QTcpSocket *upstream = nullptr;
        Pipe down; // client -> server
        Pipe up; // server -> client
        bool halfClosed = false; // halfCloseAll(): up is discarded
        bool cutting = false; // a cut fired: waiting for its last bytes to leave, then RST
        QTcpSocket *cutSocket = nullptr; // where those last bytes go
        int cutPollsLeft = 0;
        std::unique_ptr<QTimer> cutTimer; // polls until they have left
        bool dead = false; // reset; removed by sweep() like every fully closed link
        int ownDelayMs = 0; // setDelayOfNewConnections() when accepted
    };

    void onNewConnection();
    void refuse(QTcpSocket *client);
    void open(QTcpSocket *client);
    void wire(Link *link, Pipe &pipe);
    void onReadable(Link *link, Pipe &pipe);
    void onUnconnected(Link *link, Pipe &pipe);
    void hold(Link *link, Pipe &pipe, Chunk chunk);
    QDeadlineTimer dueFor(const Link *link) const;
    void deliver(Link *link, Pipe &pipe);
    void deliverChunk(Link *link, Pipe &pipe, const Chunk &chunk);
    void writeCounted(Pipe &pipe, const QByteArray &bytes);
    void halfClose(Link *link);
    void resetWhenFlushed(Link *link);
    void reset(Link *link);
    void scheduleSweep();
    void sweep();
    void release(Link *link);

    QTcpServer m_server;
    QHostAddress m_upstreamHost;
    quint16 m_upstreamPort = 0;
    std::vector<std::unique_ptr<Link>> m_links;
    int m_delayMs = 0;
    int m_newConnectionDelayMs = 0;
    bool m_blackhole = false;
    bool m_refuse = false;
    qint64 m_upCutLeft = -1; // -1: no cut armed
    qint64 m_downCutLeft = -1;
    int m_acceptedTotal = 0;
    qint64 m_bytesUp = 0;
    qint64 m_bytesDown = 0;
    bool m_sweepScheduled = false;
};

} // namespace Sitrep::Testing
