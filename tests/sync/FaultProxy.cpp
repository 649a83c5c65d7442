#include "FaultProxy.h"

#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

#include <sys/ioctl.h>
#include <sys/socket.h>

namespace Sitrep::Testing {

namespace {

// How long a cut waits for its last bytes to leave before it resets anyway (1 ms polls):
// a client that stopped reading must not keep the connection alive.
constexpr int CutFlushPolls = 2000;

// Bytes the kernel still holds for this socket: not yet sent, or sent and not yet
// acknowledged. An RST throws them away, so a cut waits for 0.
int unsentBytes(const QTcpSocket *socket)
{
    int unsent = 0;
    if (::ioctl(int(socket->socketDescriptor()), TIOCOUTQ, &unsent) != 0)
        return 0;
    return unsent;
}

// A real reset: closing a socket with a zero linger time sends RST. Plain abort() only
// closes the descriptor, which sends an orderly FIN unless unread bytes happen to be left.
void resetSocket(QTcpSocket *socket)
{
    if (socket->state() == QAbstractSocket::UnconnectedState)
        return;
    if (socket->socketDescriptor() != -1) {
        const linger zeroLinger{1, 0};
        (void)::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &zeroLinger, sizeof zeroLinger);
    }
    socket->abort();
}

// An orderly close once Qt's write buffer has gone out (disconnectFromHost waits for it).
void closeSocket(QTcpSocket *socket)
{
    if (socket->state() == QAbstractSocket::ConnectedState)
        socket->disconnectFromHost();
    else if (socket->state() != QAbstractSocket::UnconnectedState)
        socket->abort(); // still connecting: nothing was sent yet
}

} // namespace

FaultProxy::FaultProxy(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
}

FaultProxy::~FaultProxy()
{
    // Direct deletes: the proxy's event loop may not run again. Disconnect first, so that
    // the closing sockets do not call back into a half-destroyed proxy.
    for (const std::unique_ptr<Link> &link : m_links) {
        QObject::disconnect(link->client, nullptr, this, nullptr);
        QObject::disconnect(link->upstream, nullptr, this, nullptr);
        delete link->client;
        delete link->upstream;
    }
    m_links.clear();
}

bool FaultProxy::listen(quint16 upstreamPort, const QHostAddress &upstreamHost)
{
    m_upstreamHost = upstreamHost;
    m_upstreamPort = upstreamPort;
    return m_server.listen(QHostAddress::LocalHost, 0);
}

quint16 FaultProxy::port() const
{
    return m_server.serverPort();
}

void FaultProxy::setUpstreamPort(quint16 port)
{
    m_upstreamPort = port;
}

void FaultProxy::setDelay(int ms)
{
    m_delayMs = std::max(0, ms);
}

void FaultProxy::setDelayOfNewConnections(int ms)
{
    m_newConnectionDelayMs = std::max(0, ms);
}

void FaultProxy::setBlackhole(bool on)
{
    m_blackhole = on;
    for (const std::unique_ptr<Link> &link : m_links) {
        for (Pipe *pipe : {&link->down, &link->up}) {
            if (on) // bytes in flight die with the path; a held closure waits for it to return
                pipe->held.removeIf([](const Chunk &chunk) { return !chunk.end; });
            else
                deliver(link.get(), *pipe);
        }
    }
}

void FaultProxy::setRefuse(bool on)
{
    m_refuse = on;
}

void FaultProxy::resetAll()
{
    // A snapshot: resetting emits socket signals that call back into the proxy.
    std::vector<Link *> links;
    for (const std::unique_ptr<Link> &link : m_links)
        links.push_back(link.get());
    for (Link *link : links)
        reset(link);
}

void FaultProxy::halfCloseAll()
{
    for (const std::unique_ptr<Link> &link : m_links)
        halfClose(link.get());
}

void FaultProxy::cutAfterUpstreamBytes(qint64 n)
{
    m_upCutLeft = n < 0 ? -1 : n;
}

void FaultProxy::cutAfterDownstreamBytes(qint64 n)
{
    m_downCutLeft = n < 0 ? -1 : n;
}

int FaultProxy::connectionCount() const
{
    return int(std::count_if(m_links.begin(), m_links.end(), [](const std::unique_ptr<Link> &link) {
        return link->client->state() != QAbstractSocket::UnconnectedState
            || link->upstream->state() != QAbstractSocket::UnconnectedState;
    }));
}

int FaultProxy::acceptedTotal() const
{
    return m_acceptedTotal;
}

qint64 FaultProxy::bytesUp() const
{
    return m_bytesUp;
}

qint64 FaultProxy::bytesDown() const
{
    return m_bytesDown;
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        client->setParent(this); // the proxy owns every socket it touches
        ++m_acceptedTotal;
        if (m_refuse)
            refuse(client);
        else
            open(client);
        emit connectionAccepted();
    }
}

void FaultProxy::refuse(QTcpSocket *client)
{
    // An orderly close, not an RST: a QTcpSocket that gets an RST before it has seen its
    // connect complete calls connect() again, which starts a new connection, and so
    // reconnects in a tight loop (measured: 150000 connections in 5 s).
    client->disconnectFromHost();
    client->deleteLater();
}

void FaultProxy::open(QTcpSocket *client)
{
    auto owned = std::make_unique<Link>();
    Link *link = owned.get();
    link->client = client;
    link->ownDelayMs = m_newConnectionDelayMs;
    link->upstream = new QTcpSocket(this);
    link->down.from = client;
    link->down.to = link->upstream;
    link->up.from = link->upstream;
    link->up.to = client;
    link->up.fromUpstream = true;
    link->cutTimer = std::make_unique<QTimer>();
    link->cutTimer->setInterval(1);
    connect(link->cutTimer.get(), &QTimer::timeout, this, [this, link] { resetWhenFlushed(link); });
    wire(link, link->down);
    wire(link, link->up);
    m_links.push_back(std::move(owned)); // before connecting: a failure calls back at once
    // Client bytes that arrive while this connects are buffered by QTcpSocket and sent on
    // connect; a refusal closes the client through the upstream's closure (onUnconnected).
    link->upstream->connectToHost(m_upstreamHost, m_upstreamPort);
}

void FaultProxy::wire(Link *link, Pipe &pipe)
{
    Pipe *p = &pipe;
    connect(pipe.from, &QIODevice::readyRead, this, [this, link, p] { onReadable(link, *p); });
    connect(pipe.from, &QAbstractSocket::stateChanged, this, [this, link, p](QAbstractSocket::SocketState state) {
        if (state == QAbstractSocket::UnconnectedState)
            onUnconnected(link, *p);
    });
    pipe.timer = std::make_unique<QTimer>();
    pipe.timer->setSingleShot(true);
    pipe.timer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire early: delays are lower bounds
    connect(pipe.timer.get(), &QTimer::timeout, this, [this, link, p] { deliver(link, *p); });
}

void FaultProxy::onReadable(Link *link, Pipe &pipe)
{
    const QByteArray bytes = pipe.from->readAll();
    if (link->dead || bytes.isEmpty() || m_blackhole)
        return; // read anyway: discarded bytes must not pile up in the socket
    hold(link, pipe, Chunk{bytes, dueFor(link), false});
}

void FaultProxy::onUnconnected(Link *link, Pipe &pipe)
{
    scheduleSweep();
    if (link->dead || pipe.endQueued)
        return;
    onReadable(link, pipe); // what was read before the closure is still buffered: it goes first
    pipe.endQueued = true;
    hold(link, pipe, Chunk{{}, dueFor(link), true});
}

QDeadlineTimer FaultProxy::dueFor(const Link *link) const
{
    return QDeadlineTimer(m_delayMs + link->ownDelayMs, Qt::PreciseTimer);
}

void FaultProxy::hold(Link *link, Pipe &pipe, Chunk chunk)
{
    pipe.held.append(std::move(chunk));
    deliver(link, pipe);
}

void FaultProxy::deliver(Link *link, Pipe &pipe)
{
    // Each pass re-reads the queue: delivering can reset the link, which empties it.
    while (!link->dead && !pipe.held.isEmpty()) {
        const Chunk &head = pipe.held.constFirst();
        if (!head.due.hasExpired()) {
            pipe.timer->start(int(std::max<qint64>(1, head.due.remainingTime())));
            return;
        }
        if (head.end && m_blackhole)
            return; // setBlackhole(false) delivers it
        deliverChunk(link, pipe, pipe.held.takeFirst());
    }
}

void FaultProxy::deliverChunk(Link *link, Pipe &pipe, const Chunk &chunk)
{
    if (link->cutting)
        return; // only the reset is still to come
    if (chunk.end) {
        closeSocket(pipe.to);
        return;
    }
    if (m_blackhole || (pipe.fromUpstream && link->halfClosed))
        return;
    qint64 &cutLeft = pipe.fromUpstream ? m_upCutLeft : m_downCutLeft;
    if (cutLeft < 0) {
        writeCounted(pipe, chunk.bytes);
        return;
    }
    const qint64 n = std::min<qint64>(cutLeft, chunk.bytes.size());
    writeCounted(pipe, chunk.bytes.left(n));
    cutLeft -= n;
    if (cutLeft == 0) {
        cutLeft = -1; // one-shot
        link->cutting = true;
        link->cutSocket = pipe.to;
        link->cutPollsLeft = CutFlushPolls;
        resetWhenFlushed(link);
    }
}

void FaultProxy::writeCounted(Pipe &pipe, const QByteArray &bytes)
{
    if (bytes.isEmpty() || pipe.to->state() == QAbstractSocket::UnconnectedState)
        return; // that side is gone: nothing is forwarded
    pipe.to->write(bytes);
    (pipe.fromUpstream ? m_bytesUp : m_bytesDown) += bytes.size();
}

void FaultProxy::halfClose(Link *link)
{
    if (link->dead || link->halfClosed)
        return;
    link->halfClosed = true;
    QTcpSocket *client = link->client;
    if (client->state() != QAbstractSocket::ConnectedState)
        return;
    // QTcpSocket cannot half-close: what it still buffers goes out, then the FIN, on the
    // descriptor itself. Qt keeps the socket open for reading.
    client->flush();
    (void)::shutdown(int(client->socketDescriptor()), SHUT_WR);
}

void FaultProxy::resetWhenFlushed(Link *link)
{
    // The cut's last bytes must reach the peer before the RST, which discards whatever is
    // still unsent: first Qt's buffer, then the kernel's send queue.
    QTcpSocket *socket = link->cutSocket;
    socket->flush();
    const bool pending = socket->state() == QAbstractSocket::ConnectedState
        && (socket->bytesToWrite() > 0 || unsentBytes(socket) > 0);
    if (pending && link->cutPollsLeft-- > 0) {
        link->cutTimer->start();
        return;
    }
    reset(link);
}

void FaultProxy::reset(Link *link)
{
    if (link->dead)
        return;
    link->dead = true; // first: the resets below call back into onUnconnected
    link->cutTimer->stop();
    for (Pipe *pipe : {&link->down, &link->up}) {
        pipe->held.clear();
        pipe->timer->stop();
    }
    resetSocket(link->client);
    resetSocket(link->upstream);
    scheduleSweep();
}

void FaultProxy::scheduleSweep()
{
    // Links are removed from the event loop, never from inside a socket's signal.
    if (m_sweepScheduled)
        return;
    m_sweepScheduled = true;
    QMetaObject::invokeMethod(this, &FaultProxy::sweep, Qt::QueuedConnection);
}

void FaultProxy::sweep()
{
    m_sweepScheduled = false;
    const auto closed = [](const std::unique_ptr<Link> &link) {
        return link->client->state() == QAbstractSocket::UnconnectedState
            && link->upstream->state() == QAbstractSocket::UnconnectedState;
    };
    for (auto it = m_links.begin(); it != m_links.end();) {
        if (closed(*it)) {
            release(it->get());
            it = m_links.erase(it);
        } else {
            ++it;
        }
    }
}

void FaultProxy::release(Link *link)
{
    QObject::disconnect(link->client, nullptr, this, nullptr);
    QObject::disconnect(link->upstream, nullptr, this, nullptr);
    link->client->deleteLater();
    link->upstream->deleteLater();
}

} // namespace Sitrep::Testing
