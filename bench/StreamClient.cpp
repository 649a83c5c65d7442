#include "StreamClient.h"

#include "HttpHead.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QtEndian>

#include <algorithm>
#include <utility>

namespace Sitrep::Bench {

namespace {

// RFC 6455 §1.3: the server proves it speaks WebSocket by hashing the key with this.
const QByteArray AcceptGuid = QByteArrayLiteral("258EAFA5-E914-47DA-95CA-C5AB0DC85B11");

// RFC 6455 §5.2 opcodes.
enum Opcode : quint8 { Continuation = 0x0, Text = 0x1, Binary = 0x2, Close = 0x8, Ping = 0x9, Pong = 0xA };

// More than any page of changes the server sends; a length beyond it is a broken stream.
constexpr quint64 MaxMessageBytes = 64 * 1024 * 1024;

} // namespace

StreamClient::StreamClient(const QString &host, quint16 port, const QSslConfiguration &tls, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_port(port)
{
    m_socket.setSslConfiguration(tls);
    connect(&m_socket, &QSslSocket::encrypted, this, &StreamClient::sendUpgrade);
    connect(&m_socket, &QSslSocket::readyRead, this, &StreamClient::onReadyRead);
    connect(&m_socket, &QSslSocket::errorOccurred, this, [this] { end(m_socket.errorString()); });
    connect(&m_socket, &QSslSocket::disconnected, this, [this] { end(QStringLiteral("the connection ended")); });
}

StreamClient::~StreamClient()
{
    // As in LoadClient: the socket's last words must not reach this half-destroyed client.
    disconnect(&m_socket, nullptr, this, nullptr);
}

void StreamClient::onMessage(MessageHandler handler)
{
    m_onMessage = std::move(handler);
}

void StreamClient::onClosed(ClosedHandler handler)
{
    m_onClosed = std::move(handler);
}

void StreamClient::open(const QByteArray &path, const QByteArray &bearerToken)
{
    m_path = path;
    m_token = bearerToken;
    QByteArray nonce(16, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(nonce.data()), 4);
    m_key = nonce.toBase64();
    m_socket.connectToHostEncrypted(m_host, m_port);
}

void StreamClient::close()
{
    if (!isOpen() || m_closeSent)
        return;
    QByteArray normal(2, Qt::Uninitialized);
    qToBigEndian<quint16>(1000, normal.data());
    sendFrame(Close, normal);
    m_closeSent = true;
}

bool StreamClient::isOpen() const
{
    return m_upgraded && !m_ended;
}

void StreamClient::sendUpgrade()
{
    m_socket.write("GET " + m_path + " HTTP/1.1\r\nHost: " + m_host.toLatin1() + ':' + QByteArray::number(m_port)
                   + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: "
                   + m_key + "\r\nAuthorization: Bearer " + m_token + HttpHeadEnd);
}

void StreamClient::onReadyRead()
{
    if (m_ended)
        return; // what arrives after the end (e.g. behind the server's close frame) is not read
    // Straight into the buffer (readAll() would allocate and copy once more).
    const qsizetype had = m_received.size();
    const qint64 available = m_socket.bytesAvailable();
    m_received.resize(had + qsizetype(available));
    const qint64 read = m_socket.read(m_received.data() + had, available);
    m_received.truncate(had + qsizetype(std::max<qint64>(read, 0)));
    if (!m_upgraded && !readUpgradeAnswer())
        return;
    readFrames();
}

// false while the answer is incomplete, or when it refused the upgrade (the stream ended).
bool StreamClient::readUpgradeAnswer()
{
    const qsizetype headEnd = m_received.indexOf(HttpHeadEnd);
    if (headEnd < 0)
        return false;
    const QByteArray head = m_received.left(headEnd);
    m_received.remove(0, headEnd + HttpHeadEnd.size());
    const int status = httpStatus(head);
    if (status != 101) {
        end(QStringLiteral("the upgrade was refused: ") + QString::fromUtf8(head.left(head.indexOf('\r'))));
        return false;
    }
    const QByteArray expected = QCryptographicHash::hash(QByteArray(m_key + AcceptGuid), QCryptographicHash::Sha1).toBase64();
    if (httpHeaderValue(head, "sec-websocket-accept") != expected) {
        end(QStringLiteral("the upgrade answer has a wrong Sec-WebSocket-Accept"));
        return false;
    }
    m_upgraded = true;
    return true;
}

// Payloads are views into m_received, handed to the handler uncopied: the handler must not
// run an event loop (it would read into m_received under them). The bench's only counts.
bool StreamClient::readFrames()
{
    const auto *bytes = reinterpret_cast<const uchar *>(m_received.constData());
    const qsizetype size = m_received.size();
    qsizetype at = 0;
    while (size - at >= 2) {
        const bool final = bytes[at] & 0x80;
        const auto opcode = quint8(bytes[at] & 0x0f);
        const bool masked = bytes[at + 1] & 0x80;
        quint64 length = bytes[at + 1] & 0x7f;
        qsizetype header = 2;
        if (length == 126) {
            if (size - at < 4)
                break;
            length = qFromBigEndian<quint16>(bytes + at + 2);
            header = 4;
        } else if (length == 127) {
            if (size - at < 10)
                break;
            length = qFromBigEndian<quint64>(bytes + at + 2);
            header = 10;
        }
        if (masked) { // RFC 6455 §5.1: a client closes on a masked frame from the server
            end(QStringLiteral("the server sent a masked frame"));
            return false;
        }
        if (length > MaxMessageBytes) {
            end(QStringLiteral("the server announced a frame of %1 bytes").arg(length));
            return false;
        }
        if (size - at - header < qsizetype(length))
            break; // the rest of this frame is still on its way
        const QByteArrayView payload(m_received.constData() + at + header, qsizetype(length));
        if (!takeFrame(opcode, final, payload)) {
            m_received.clear();
            return false;
        }
        at += header + qsizetype(length);
    }
    m_received.remove(0, at);
    return true;
}

bool StreamClient::takeFrame(quint8 opcode, bool final, QByteArrayView payload)
{
    // RFC 6455 §5.5: control frames are final and carry at most 125 bytes.
    if ((opcode & 0x8) && (!final || payload.size() > 125)) {
        end(QStringLiteral("the server sent a malformed control frame"));
        return false;
    }
    switch (opcode) {
    case Text:
    case Binary:
        if (final) { // the usual case: a whole message in one frame, handed over uncopied
            if (m_onMessage)
                m_onMessage(payload);
            return !m_ended;
        }
        m_message = payload.toByteArray();
        return true;
    case Continuation:
        if (quint64(m_message.size() + payload.size()) > MaxMessageBytes) {
            end(QStringLiteral("the server sent a message of more than %1 bytes").arg(MaxMessageBytes));
            return false;
        }
        m_message.append(payload);
        if (final) {
            const QByteArray message = std::exchange(m_message, QByteArray());
            if (m_onMessage)
                m_onMessage(message);
        }
        return !m_ended;
    case Ping:
        sendFrame(Pong, payload.toByteArray());
        return true;
    case Pong:
        return true;
    case Close:
        if (!m_closeSent) // echo the code (RFC 6455 §5.5.1); a code is two bytes or none
            sendFrame(Close, payload.size() >= 2 ? payload.first(2).toByteArray() : QByteArray());
        m_closeSent = true;
        m_socket.disconnectFromHost();
        end(QStringLiteral("closed by the server (%1)")
                .arg(payload.size() >= 2 ? QString::fromUtf8(payload.sliced(2)) + QStringLiteral(", code ")
                             + QString::number(qFromBigEndian<quint16>(payload.data()))
                                         : QStringLiteral("no code")));
        return false;
    default:
        end(QStringLiteral("the server sent a frame with the unknown opcode %1").arg(opcode));
        return false;
    }
}

// Client frames are masked (RFC 6455 §5.3), with a fresh key each.
void StreamClient::sendFrame(quint8 opcode, const QByteArray &payload)
{
    Q_ASSERT(payload.size() <= 125); // control frames only: the bench sends no messages
    QByteArray frame;
    frame.reserve(6 + payload.size());
    frame.append(char(0x80 | opcode));
    frame.append(char(0x80 | payload.size()));
    const quint32 key = QRandomGenerator::global()->generate();
    char mask[4];
    qToBigEndian(key, mask);
    frame.append(mask, 4);
    for (qsizetype i = 0; i < payload.size(); ++i)
        frame.append(char(payload.at(i) ^ mask[i % 4]));
    m_socket.write(frame);
}

void StreamClient::end(const QString &why)
{
    if (m_ended)
        return;
    m_ended = true;
    if (m_socket.state() != QAbstractSocket::UnconnectedState && !m_closeSent)
        m_socket.abort();
    if (m_onClosed)
        m_onClosed(why);
}

} // namespace Sitrep::Bench
