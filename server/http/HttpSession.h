#pragma once

// One client connection: TLS handshake, then requests read header first so that limits
// apply before any body is read, dispatched to the Router, answered, kept alive.

#include "http/BeastMessages.h"
#include "http/ConnectionRegistry.h"
#include "http/HttpServer.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>

#include <memory>
#include <optional>

namespace Sitrep::Server {

// What every session of one server shares; owned by the server, outlives the sessions.
struct SessionContext {
    const HttpServer::Options &options;
    const Router &router;
    boost::asio::ssl::context &tls;
    ConnectionRegistry &registry;
    boost::asio::thread_pool &workers; // runs the router's handlers (HttpServer::Options::workerThreads)
};

class HttpSession : public Connection, public std::enable_shared_from_this<HttpSession>
{
public:
    using TlsStream = boost::beast::ssl_stream<boost::beast::tcp_stream>;

    HttpSession(boost::asio::ip::tcp::socket &&socket, const SessionContext &context);
    ~HttpSession() override;

    void start();
    // Thread-safe. A connection waiting for a request closes now; one serving a
    // request closes after its response.
    void stopWhenIdle() override;

private:
    enum class Phase { Handshake, Idle, Request, Closing, HandedOff };
    using ErrorCode = boost::system::error_code;

    void onHandshake(ErrorCode error);
    void awaitRequest();
    void onFirstBytes(ErrorCode error, std::size_t bytes);
    void readHeader();
    void scanHeader();
    void onHeaderBytes(ErrorCode error, std::size_t bytes);
    void onHeader(ErrorCode error, std::size_t bytes);
    void readBody();
    void readBodyBytes();
    void onBody(ErrorCode error, std::size_t bytes);
    void onReadError(ErrorCode error);
    void handleRequest();
    void decideUpgrade();
    void onUpgradeDecided(std::optional<StreamAcceptance> acceptance, bool failed);
    // Runs work() on a worker thread, then then(result) back on this session's strand.
    template <typename Work, typename Then>
    void offload(Work work, Then then);
    void respond(const HttpResponse &response, unsigned httpVersion, bool keepAlive);
    void respondAndClose(int status, const QString &code, const QString &message);
    void onWritten(bool keepAlive, ErrorCode error, std::size_t bytes);
    void shutdownTls();
    void closeSocket();

    SessionContext m_context;
    TlsStream m_stream;
    boost::asio::any_io_executor m_executor; // m_stream's, kept: the stream moves on an upgrade
    boost::beast::flat_buffer m_buffer;
    std::optional<boost::beast::http::request_parser<boost::beast::http::string_body>> m_parser;
    std::optional<BeastResponse> m_response; // alive until its write completes
    std::optional<boost::beast::http::response<boost::beast::http::empty_body>> m_continue; // "100 Continue" being written
    std::size_t m_headerBytes = 0; // of the request being read, parsed so far
    QString m_peerAddress;
    Phase m_phase = Phase::Handshake;
    bool m_stopRequested = false;
};

} // namespace Sitrep::Server
