#pragma once

// A WebSocket on the HTTPS port: an HttpSession hands its TLS stream over after the
// router accepted the upgrade request. Frames are text (JSON); the API side is a
// StreamPeer (HttpTypes.h), so Beast stays behind this header.

#include "http/BeastMessages.h"
#include "http/ConnectionRegistry.h"
#include "http/HttpSession.h"

#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/websocket/stream.hpp>

#include <deque>
#include <memory>
#include <string>

namespace Sitrep::Server {

class WebSocketSession : public Connection,
                         public StreamChannel,
                         public std::enable_shared_from_this<WebSocketSession>
{
public:
    WebSocketSession(HttpSession::TlsStream &&stream, BeastRequest &&upgrade, std::shared_ptr<StreamPeer> peer,
                     const SessionContext &context, QString peerAddress);
    ~WebSocketSession() override;

    // Completes the upgrade (101) and starts reading.
    void start();

    // StreamChannel: thread-safe.
    void send(QByteArray text) override;
    void close(const QString &reason) override;
    // Connection: the server is stopping; tell the client ("going away") and close.
    void stopWhenIdle() override;

private:
    using ErrorCode = boost::system::error_code;

    void onAccepted(ErrorCode error);
    void readNext();
    void onRead(ErrorCode error, std::size_t bytes);
    void enqueue(const QByteArray &text);
    // Calls the peer on a worker (it may read the database), one call at a time, in order.
    template <typename Call>
    void callPeer(Call call);
    void writeNext();
    void onWritten(ErrorCode error, std::size_t bytes);
    void scheduleHeartbeat();
    void closeWith(boost::beast::websocket::close_code code, const QString &reason);
    void finish();

    SessionContext m_context;
    boost::beast::websocket::stream<HttpSession::TlsStream> m_ws;
    BeastRequest m_upgrade;
    std::shared_ptr<StreamPeer> m_peer; // dropped in finish(): the peer holds this session
    QString m_peerAddress;
    boost::beast::flat_buffer m_readBuffer;
    // Shared with the fan-out and every other stream it went to, never copied. Front: being written.
    std::deque<QByteArray> m_outbox;
    std::size_t m_outboxBytes = 0;
    boost::asio::steady_timer m_heartbeat;
    boost::asio::strand<boost::asio::thread_pool::executor_type> m_peerStrand;
    bool m_open = false;
    bool m_closing = false;
    bool m_finished = false;
};

} // namespace Sitrep::Server
