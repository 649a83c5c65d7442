#include "WebSocketSession.h"

#include "ServerLog.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/beast/core/bind_handler.hpp>
#include <boost/beast/core/buffers_to_string.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>
#include <boost/beast/websocket/ssl.hpp>

namespace Sitrep::Server {

namespace beast = boost::beast;
namespace net = boost::asio;
namespace websocket = boost::beast::websocket;

namespace {

// RFC 6455 §5.5: a control frame's payload is at most 125 bytes, two of them the code.
constexpr int MaxCloseReasonBytes = 123;

// RFC 8446 §5.1: a TLS record carries at most 2^14 bytes. RFC 6455 §5.2: an unmasked frame's
// header is at most 10 bytes (2, and 8 for a 64-bit length).
constexpr std::size_t MaxTlsRecordPayload = 16384;
constexpr std::size_t MaxServerFrameHeader = 10;

std::string closeReasonText(const QString &reason)
{
    QByteArray utf8 = reason.toUtf8();
    if (utf8.size() > MaxCloseReasonBytes)
        utf8 = reason.left(MaxCloseReasonBytes / 4).toUtf8(); // whole characters, ≤ 4 bytes each
    return utf8.toStdString();
}

} // namespace

WebSocketSession::WebSocketSession(HttpSession::TlsStream &&stream, BeastRequest &&upgrade,
                                   std::shared_ptr<StreamPeer> peer, const SessionContext &context,
                                   QString peerAddress)
    : m_context(context)
    , m_ws(std::move(stream))
    , m_upgrade(std::move(upgrade))
    , m_peer(std::move(peer))
    , m_peerAddress(std::move(peerAddress))
    , m_heartbeat(m_ws.get_executor())
    , m_peerStrand(net::make_strand(context.workers))
{
}

WebSocketSession::~WebSocketSession()
{
    m_context.registry.remove(this);
}

void WebSocketSession::start()
{
    if (!m_context.registry.add(shared_from_this())) { // the server began stopping meanwhile
        beast::get_lowest_layer(m_ws).close();
        return;
    }
    net::dispatch(m_ws.get_executor(), [self = shared_from_this()] {
        const HttpServer::Options &options = self->m_context.options;
        // The WebSocket keeps time itself from here on: a read waits as long as the peer
        // answers the pings sent when it has been quiet for half the idle timeout.
        beast::get_lowest_layer(self->m_ws).expires_never();
        websocket::stream_base::timeout timeout{};
        timeout.handshake_timeout = options.readTimeout;
        timeout.idle_timeout = options.streamIdleTimeout;
        timeout.keep_alive_pings = true;
        self->m_ws.set_option(timeout);
        self->m_ws.read_message_max(options.maxStreamMessageBytes);
        // Beast cuts outgoing messages into frames of its write buffer size (4 KiB by
        // default), each one write: a TLS record and a sendmsg of its own. A page of
        // changes is often 8–100 KB, so frames as big as one TLS record carries (16 KiB,
        // less the largest server frame header) take a third or less of the records and
        // system calls. (An unmasked server frame needs no buffer: nothing is allocated.)
        self->m_ws.write_buffer_bytes(MaxTlsRecordPayload - MaxServerFrameHeader);
        self->m_ws.async_accept(self->m_upgrade, beast::bind_front_handler(&WebSocketSession::onAccepted, self));
    });
}

void WebSocketSession::onAccepted(ErrorCode error)
{
    m_upgrade = {};
    if (error) {
        qCDebug(lcHttp) << "WebSocket upgrade from" << m_peerAddress << "failed:" << QString::fromStdString(error.message());
        finish();
        return;
    }
    m_open = true;
    m_ws.text(true);
    qCDebug(lcHttp) << "stream opened from" << m_peerAddress;
    callPeer([self = shared_from_this()](StreamPeer &peer) { peer.opened(self); });
    scheduleHeartbeat();
    readNext();
}

void WebSocketSession::readNext()
{
    m_ws.async_read(m_readBuffer, beast::bind_front_handler(&WebSocketSession::onRead, shared_from_this()));
}

void WebSocketSession::onRead(ErrorCode error, std::size_t)
{
    if (error) {
        // Closed by either side, timed out, or too big (Beast answers 1009 itself).
        if (error != websocket::error::closed)
            qCDebug(lcHttp) << "stream from" << m_peerAddress << "ended:" << QString::fromStdString(error.message());
        finish();
        return;
    }
    const std::string message = beast::buffers_to_string(m_readBuffer.data());
    m_readBuffer.consume(m_readBuffer.size());
    if (!m_ws.got_text()) {
        closeWith(websocket::close_code::unknown_data, QStringLiteral("Send text frames holding JSON."));
    } else if (!m_closing) {
        callPeer([text = QByteArray(message.data(), qsizetype(message.size()))](StreamPeer &peer) { peer.received(text); });
    }
    readNext(); // also after a close of ours: the peer's close frame ends the loop
}

template <typename Call>
void WebSocketSession::callPeer(Call call)
{
    if (!m_peer)
        return;
    // The peer (and this session, through self) lives until the call has run, so closed()
    // still reaches a peer that finish() has let go of.
    net::post(m_peerStrand, [self = shared_from_this(), peer = m_peer, call = std::move(call)]() mutable {
        call(*peer);
    });
}

void WebSocketSession::send(QByteArray text)
{
    net::post(m_ws.get_executor(), [self = shared_from_this(), text = std::move(text)] { self->enqueue(text); });
}

void WebSocketSession::enqueue(const QByteArray &text)
{
    if (!m_open || m_closing)
        return;
    m_outboxBytes += std::size_t(text.size());
    if (m_outboxBytes > m_context.options.maxStreamQueueBytes) {
        // A client this far behind is better served by pulling the change feed than by a
        // server holding ever more memory for it.
        qCInfo(lcHttp) << "stream to" << m_peerAddress << "is not reading; closing it";
        if (m_outbox.size() > 1)
            m_outbox.erase(m_outbox.begin() + 1, m_outbox.end());
        closeWith(websocket::close_code::policy_error,
                  QStringLiteral("Too far behind: reconnect and pull /api/v1/changes."));
        return;
    }
    m_outbox.push_back(text);
    if (m_outbox.size() == 1)
        writeNext();
}

void WebSocketSession::writeNext()
{
    const QByteArray &front = m_outbox.front();
    m_ws.async_write(net::buffer(front.constData(), std::size_t(front.size())),
                     beast::bind_front_handler(&WebSocketSession::onWritten, shared_from_this()));
}

void WebSocketSession::onWritten(ErrorCode error, std::size_t)
{
    if (error) {
        m_outbox.clear(); // the read loop sees the broken connection and finishes
        m_outboxBytes = 0;
        return;
    }
    m_outboxBytes -= std::size_t(m_outbox.front().size());
    m_outbox.pop_front();
    // The next queued message goes out from here, without another turn through the I/O
    // queue: a burst of changes is written back to back.
    if (!m_outbox.empty() && !m_closing)
        writeNext();
}

void WebSocketSession::scheduleHeartbeat()
{
    m_heartbeat.expires_after(m_context.options.heartbeatInterval);
    m_heartbeat.async_wait([self = shared_from_this()](ErrorCode error) {
        if (error || !self->m_open || self->m_closing || self->m_finished)
            return;
        self->callPeer([](StreamPeer &peer) { peer.heartbeat(); });
        self->scheduleHeartbeat();
    });
}

void WebSocketSession::close(const QString &reason)
{
    net::post(m_ws.get_executor(), [self = shared_from_this(), reason] {
        self->closeWith(websocket::close_code::normal, reason);
    });
}

void WebSocketSession::stopWhenIdle()
{
    net::post(m_ws.get_executor(), [self = shared_from_this()] {
        if (!self->m_open) {
            beast::get_lowest_layer(self->m_ws).close();
            return;
        }
        self->closeWith(websocket::close_code::going_away, QStringLiteral("The server is stopping: reconnect."));
    });
}

void WebSocketSession::closeWith(websocket::close_code code, const QString &reason)
{
    if (!m_open || m_closing)
        return;
    m_closing = true;
    m_heartbeat.cancel();
    m_ws.async_close(websocket::close_reason(code, closeReasonText(reason)),
                     [self = shared_from_this()](ErrorCode error) {
                         if (error)
                             self->finish();
                     });
}

void WebSocketSession::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    const bool wasOpen = m_open;
    m_open = false;
    m_heartbeat.cancel();
    if (wasOpen)
        callPeer([](StreamPeer &peer) { peer.closed(); });
    m_peer.reset();
    beast::get_lowest_layer(m_ws).close();
}

} // namespace Sitrep::Server
