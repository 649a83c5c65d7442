#pragma once

// One live stream (GET /api/v1/stream, a WebSocket over TLS) of the server bench: it hands
// each message over as the UTF-8 bytes that arrived, on the caller's event loop.
//
// Why not QWebSocket: with 200 streams each receiving ~1,000 change pages a second, the
// bench spent most of its CPU in QWebSocket turning every message into a QString (UTF-8 to
// UTF-16) and in searching those, on the same two cores as the server it measures. This
// client does the upgrade (RFC 6455 §4.1, Sec-WebSocket-Accept checked), reassembles
// messages from frames (fragmented or not), answers pings and closes cleanly: what
// sitrep-server's stream needs, not a general WebSocket client (no extensions, no
// subprotocols, no proxies).

#include <QByteArray>
#include <QByteArrayView>
#include <QObject>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QString>

#include <functional>

namespace Sitrep::Bench {

class StreamClient : public QObject
{
public:
    // The bytes are valid during the call only.
    using MessageHandler = std::function<void(QByteArrayView message)>;
    using ClosedHandler = std::function<void(const QString &why)>;

    // host:port of the server; tls carries the CA that signed its certificate.
    StreamClient(const QString &host, quint16 port, const QSslConfiguration &tls, QObject *parent = nullptr);
    ~StreamClient() override;

    void onMessage(MessageHandler handler);
    // Called once: the stream was refused, failed, or closed by either side.
    void onClosed(ClosedHandler handler);

    void open(const QByteArray &path, const QByteArray &bearerToken);
    // A close frame (1000); the server answers with its own and the connection ends.
    void close();
    bool isOpen() const;

private:
    void sendUpgrade();
    void onReadyRead();
    bool readUpgradeAnswer();
    // Takes the complete frames at the front of m_received; false once the stream ended.
    bool readFrames();
    // One frame's payload; false once the stream ended.
    bool takeFrame(quint8 opcode, bool final, QByteArrayView payload);
    void sendFrame(quint8 opcode, const QByteArray &payload);
    void end(const QString &why);

    QSslSocket m_socket;
    const QString m_host;
    const quint16 m_port;
    QByteArray m_path;
    QByteArray m_token;
    QByteArray m_key; // Sec-WebSocket-Key of the upgrade request
    bool m_upgraded = false;
    bool m_closeSent = false;
    bool m_ended = false;
    QByteArray m_received;
    QByteArray m_message; // the fragments of a message so far
    MessageHandler m_onMessage;
    ClosedHandler m_onClosed;
};

} // namespace Sitrep::Bench
