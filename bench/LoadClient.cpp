#include "LoadClient.h"

#include "HttpHead.h"

#include <utility>

namespace Sitrep::Bench {

LoadClient::LoadClient(const QString &host, quint16 port, const QSslConfiguration &tls, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_port(port)
{
    m_socket.setSslConfiguration(tls);
    connect(&m_socket, &QSslSocket::encrypted, this, &LoadClient::send);
    connect(&m_socket, &QSslSocket::readyRead, this, &LoadClient::onReadyRead);
    connect(&m_socket, &QSslSocket::errorOccurred, this, [this] { fail(m_socket.errorString()); });
    connect(&m_socket, &QSslSocket::disconnected, this,
            [this] { fail(QStringLiteral("the server closed the connection before answering")); });
}

LoadClient::~LoadClient()
{
    // The socket is destroyed before QObject's destructor cuts our connections: what it
    // says while closing must not reach this half-destroyed client.
    disconnect(&m_socket, nullptr, this, nullptr);
}

void LoadClient::setBearerToken(const QByteArray &token)
{
    m_token = token;
}

void LoadClient::post(const QByteArray &path, const QByteArray &body, Callback done)
{
    Q_ASSERT(!busy());
    m_done = std::move(done);
    m_received.clear();
    m_request = "POST " + path + " HTTP/1.1\r\nHost: " + m_host.toLatin1() + ':' + QByteArray::number(m_port)
        + "\r\nContent-Type: application/json\r\n";
    if (!m_token.isEmpty())
        m_request += "Authorization: Bearer " + m_token + "\r\n";
    m_request += "Content-Length: " + QByteArray::number(body.size()) + HttpHeadEnd + body;
    if (m_socket.isEncrypted())
        send();
    else if (m_socket.state() == QAbstractSocket::UnconnectedState)
        m_socket.connectToHostEncrypted(m_host, m_port);
    // else: still connecting; encrypted() sends it.
}

bool LoadClient::busy() const
{
    return bool(m_done);
}

void LoadClient::abort()
{
    ++m_generation; // an answer already on its way is dropped too
    m_done = nullptr;
    m_request.clear();
    m_socket.abort();
}

void LoadClient::send()
{
    if (!m_request.isEmpty() && m_socket.isEncrypted()) {
        m_socket.write(m_request);
        m_request.clear();
    }
}

void LoadClient::onReadyRead()
{
    m_received += m_socket.readAll();
    for (;;) {
        const qsizetype headEnd = m_received.indexOf(HttpHeadEnd);
        if (headEnd < 0)
            return;
        const QByteArray head = m_received.left(headEnd);
        const int status = httpStatus(head);
        if (status == 0) {
            fail(QStringLiteral("not an HTTP response: ") + QString::fromLatin1(head.left(80)));
            return;
        }
        if (status >= 100 && status < 200) { // an interim answer: the final one follows
            m_received.remove(0, headEnd + HttpHeadEnd.size());
            continue;
        }
        const qsizetype length = httpHeaderValue(head, "content-length").toLongLong();
        if (m_received.size() < headEnd + HttpHeadEnd.size() + length)
            return;
        Response response;
        response.status = status;
        response.body = m_received.mid(headEnd + HttpHeadEnd.size(), length);
        finish(std::move(response), httpHeaderValue(head, "connection").toLower() == "close");
        return;
    }
}

void LoadClient::finish(Response response, bool closeConnection)
{
    Callback done = std::move(m_done);
    m_done = nullptr; // before closing: a closed connection fails only a request in flight
    m_received.clear();
    m_request.clear();
    if (closeConnection)
        m_socket.abort(); // the next post connects again
    if (!done)
        return;
    // Delivered from the event loop, not from inside the socket's own signal: the callback
    // usually posts again, and the socket may still be tearing a connection down here.
    QMetaObject::invokeMethod(
        this,
        [this, generation = m_generation, done = std::move(done), response = std::move(response)] {
            if (generation == m_generation)
                done(response);
        },
        Qt::QueuedConnection);
}

void LoadClient::fail(const QString &error)
{
    if (!busy())
        return;
    Response response;
    response.error = error;
    finish(std::move(response), true);
}

} // namespace Sitrep::Bench
