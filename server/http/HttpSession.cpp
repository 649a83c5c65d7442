#include "HttpSession.h"

#include "ServerLog.h"
#include "http/ConnectionRegistry.h"
#include "http/WebSocketSession.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/execution/outstanding_work.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/prefer.hpp>
#include <boost/asio/ssl/error.hpp>
#include <boost/beast/core/bind_handler.hpp>
#include <boost/beast/core/string.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/beast/websocket/rfc6455.hpp>

namespace Sitrep::Server {

namespace beast = boost::beast;
namespace http = boost::beast::http;
namespace net = boost::asio;

namespace {

constexpr std::size_t ReadChunk = 4096;
// Our close_notify goes out at once; waiting for the peer's is a courtesy (RFC 8446 §6.1
// does not require it), kept short so that idle peers do not hold a stop up.
constexpr std::chrono::seconds MaxShutdownWait{1};

QString text(const boost::system::error_code &error)
{
    return QString::fromStdString(error.message());
}

bool isHttpParseError(const boost::system::error_code &error)
{
    return &error.category() == &http::make_error_code(http::error::bad_version).category()
        && error != http::error::end_of_stream && error != http::error::partial_message;
}

} // namespace

HttpSession::HttpSession(net::ip::tcp::socket &&socket, const SessionContext &context)
    : m_context(context)
    , m_stream(std::move(socket), context.tls)
    , m_executor(m_stream.get_executor())
{
    boost::system::error_code error;
    const auto endpoint = beast::get_lowest_layer(m_stream).socket().remote_endpoint(error);
    if (!error)
        m_peerAddress = QString::fromStdString(endpoint.address().to_string());
}

HttpSession::~HttpSession()
{
    m_context.registry.remove(this);
}

void HttpSession::start()
{
    if (!m_context.registry.add(shared_from_this())) {
        closeSocket();
        return;
    }
    // The socket's executor is a strand of its own: every step of this session, and
    // stopWhenIdle(), runs on it even when several threads run the io_context.
    net::dispatch(m_stream.get_executor(), [self = shared_from_this()] {
        beast::get_lowest_layer(self->m_stream).expires_after(self->m_context.options.readTimeout);
        self->m_stream.async_handshake(net::ssl::stream_base::server,
                                       beast::bind_front_handler(&HttpSession::onHandshake, self));
    });
}

void HttpSession::stopWhenIdle()
{
    net::post(m_executor, [self = shared_from_this()] {
        if (self->m_phase == Phase::HandedOff)
            return;
        self->m_stopRequested = true;
        if (self->m_phase == Phase::Handshake || self->m_phase == Phase::Idle)
            self->closeSocket();
    });
}

void HttpSession::onHandshake(ErrorCode error)
{
    if (error) {
        qCDebug(lcHttp) << "TLS handshake with" << m_peerAddress << "failed:" << text(error);
        closeSocket();
        return;
    }
    if (m_stopRequested) {
        shutdownTls();
        return;
    }
    awaitRequest();
}

// Waiting for a request's first byte is bounded by the idle timeout; from that byte on,
// the whole request is bounded by the read timeout (readHeader).
void HttpSession::awaitRequest()
{
    m_phase = Phase::Idle;
    if (m_stopRequested) {
        shutdownTls();
        return;
    }
    if (m_buffer.size() > 0) { // a pipelined request already arrived
        readHeader();
        return;
    }
    beast::get_lowest_layer(m_stream).expires_after(m_context.options.idleTimeout);
    m_stream.async_read_some(m_buffer.prepare(ReadChunk),
                             beast::bind_front_handler(&HttpSession::onFirstBytes, shared_from_this()));
}

void HttpSession::onFirstBytes(ErrorCode error, std::size_t bytes)
{
    if (error) {
        if (error == beast::error::timeout)
            qCDebug(lcHttp) << "idle connection from" << m_peerAddress << "timed out";
        closeSocket();
        return;
    }
    m_buffer.commit(bytes);
    readHeader();
}

void HttpSession::readHeader()
{
    m_phase = Phase::Request;
    m_parser.emplace();
    m_parser->header_limit(static_cast<std::uint32_t>(m_context.options.maxHeaderBytes));
    // Also bounds chunked bodies, whose size is known only while reading them.
    m_parser->body_limit(m_context.options.maxBodyBytes);
    m_headerBytes = 0;
    beast::get_lowest_layer(m_stream).expires_after(m_context.options.readTimeout);
    scanHeader();
}

// Beast 1.74 applies header_limit to the unparsed rest of the buffer only: fields parsed
// earlier do not count, so a header of many small fields would pass any limit. The
// header is therefore fed to the parser here, counting every byte it consumes.
void HttpSession::scanHeader()
{
    ErrorCode error;
    const std::size_t consumed = m_parser->put(m_buffer.data(), error);
    m_buffer.consume(consumed);
    m_headerBytes += consumed;
    if (m_parser->is_header_done() && m_headerBytes <= m_context.options.maxHeaderBytes) {
        onHeader({}, m_headerBytes);
        return;
    }
    if (error && error != http::error::need_more) {
        onReadError(error);
        return;
    }
    if (m_parser->is_header_done() || m_headerBytes + m_buffer.size() > m_context.options.maxHeaderBytes) {
        onReadError(http::error::header_limit);
        return;
    }
    m_stream.async_read_some(m_buffer.prepare(ReadChunk),
                             beast::bind_front_handler(&HttpSession::onHeaderBytes, shared_from_this()));
}

void HttpSession::onHeaderBytes(ErrorCode error, std::size_t bytes)
{
    if (error) {
        onReadError(error == net::error::eof || error == net::ssl::error::stream_truncated
                        ? ErrorCode(http::error::partial_message)
                        : error);
        return;
    }
    m_buffer.commit(bytes);
    scanHeader();
}

void HttpSession::onHeader(ErrorCode error, std::size_t)
{
    if (error) {
        onReadError(error);
        return;
    }
    if (beast::websocket::is_upgrade(m_parser->get())) {
        decideUpgrade();
        return;
    }
    readBody();
}

void HttpSession::readBody()
{
    const auto length = m_parser->content_length();
    if (length && *length > m_context.options.maxBodyBytes) {
        onReadError(http::error::body_limit);
        return;
    }
    if (m_parser->is_done()) {
        handleRequest();
        return;
    }
    // "Expect: 100-continue" (curl sends it for bodies over 1 KiB): the client waits for a
    // go-ahead before sending the body, and without one it waits a second for nothing.
    // Only now, after the size check: an oversized body is refused before it is sent.
    if (beast::iequals(m_parser->get()[http::field::expect], "100-continue") && m_buffer.size() == 0) {
        m_continue.emplace(http::status::continue_, m_parser->get().version());
        http::async_write(m_stream, *m_continue, [self = shared_from_this()](ErrorCode error, std::size_t) {
            self->m_continue.reset();
            if (error) {
                self->closeSocket();
                return;
            }
            self->readBodyBytes();
        });
        return;
    }
    readBodyBytes();
}

void HttpSession::readBodyBytes()
{
    // The read timeout set in readHeader still runs: header and body share one deadline.
    http::async_read(m_stream, m_buffer, *m_parser, beast::bind_front_handler(&HttpSession::onBody, shared_from_this()));
}

void HttpSession::onBody(ErrorCode error, std::size_t)
{
    if (error) {
        onReadError(error);
        return;
    }
    handleRequest();
}

void HttpSession::onReadError(ErrorCode error)
{
    if (error == http::error::header_limit) {
        qCInfo(lcHttp) << "header too large from" << m_peerAddress;
        respondAndClose(431, QStringLiteral("header_too_large"),
                        QStringLiteral("The request header exceeds %1 bytes.").arg(m_context.options.maxHeaderBytes));
    } else if (error == http::error::body_limit) {
        // Answered without reading the body: the connection closes right after.
        qCInfo(lcHttp) << "body too large from" << m_peerAddress;
        respondAndClose(413, QStringLiteral("body_too_large"),
                        QStringLiteral("The request body exceeds %1 bytes.").arg(m_context.options.maxBodyBytes));
    } else if (isHttpParseError(error)) {
        qCInfo(lcHttp) << "malformed request from" << m_peerAddress << ":" << text(error);
        respondAndClose(400, QStringLiteral("bad_request"), QStringLiteral("Malformed HTTP request: %1.").arg(text(error)));
    } else {
        if (error == beast::error::timeout)
            qCInfo(lcHttp) << "request from" << m_peerAddress << "not received within the read timeout";
        closeSocket();
    }
}

// Handlers run on the worker pool (they read and write the database, and a durable
// commit takes milliseconds), never on the I/O thread that serves every connection's TLS
// and every stream's writes. While a handler runs, nothing of this session is touched
// from elsewhere: no I/O is pending on it, and work() gets its own copy of the request.
// The tracked executor keeps io_context::run() from returning meanwhile (a graceful stop
// waits for the response), and then() runs on the session's strand again.
template <typename Work, typename Then>
void HttpSession::offload(Work work, Then then)
{
    net::any_io_executor home = net::prefer(m_executor, net::execution::outstanding_work.tracked);
    net::post(m_context.workers, [self = shared_from_this(), home = std::move(home), work = std::move(work),
                                  then = std::move(then)]() mutable {
        auto result = work();
        net::post(home, [self = std::move(self), result = std::move(result), then = std::move(then)]() mutable {
            then(std::move(result));
        });
    });
}

// An upgrade request: the stream route decides (it authenticates from the headers, a
// database read, so on a worker); if it accepts, the TLS stream moves to a
// WebSocketSession and this object is done. No stream route: served as HTTP.
void HttpSession::decideUpgrade()
{
    struct Decision {
        std::optional<StreamAcceptance> acceptance;
        bool failed = false;
    };
    offload(
        [router = &m_context.router, request = toHttpRequest(m_parser->get(), m_peerAddress)] {
            Decision decision;
            try {
                decision.acceptance = router->acceptStream(request);
            } catch (const std::exception &exception) {
                qCCritical(lcHttp) << "stream handler threw:" << exception.what();
                decision.failed = true;
            } catch (...) {
                qCCritical(lcHttp) << "stream handler threw a non-standard exception";
                decision.failed = true;
            }
            return decision;
        },
        [this](Decision decision) { onUpgradeDecided(std::move(decision.acceptance), decision.failed); });
}

void HttpSession::onUpgradeDecided(std::optional<StreamAcceptance> acceptance, bool failed)
{
    if (failed) {
        respondAndClose(500, QStringLiteral("internal_error"), QStringLiteral("The server failed to handle the request."));
        return;
    }
    if (!acceptance) {
        readBody();
        return;
    }
    const BeastRequest &header = m_parser->get();
    if (!acceptance->peer) {
        respond(acceptance->refusal, header.version(), false);
        return;
    }
    if (m_stopRequested || m_context.registry.isStopping()) {
        respondAndClose(503, QStringLiteral("unavailable"), QStringLiteral("The server is stopping: reconnect."));
        return;
    }
    m_phase = Phase::HandedOff;
    auto session = std::make_shared<WebSocketSession>(std::move(m_stream), m_parser->release(),
                                                      std::move(acceptance->peer), m_context, m_peerAddress);
    m_parser.reset();
    session->start();
}

void HttpSession::handleRequest()
{
    const BeastRequest &request = m_parser->get();
    offload(
        [router = &m_context.router, httpRequest = toHttpRequest(request, m_peerAddress)] {
            try {
                return router->dispatch(httpRequest);
            } catch (const std::exception &exception) {
                qCCritical(lcHttp) << "handler for" << httpRequest.path << "threw:" << exception.what();
            } catch (...) {
                qCCritical(lcHttp) << "handler threw a non-standard exception";
            }
            return HttpResponse::error(500, QStringLiteral("internal_error"),
                                       QStringLiteral("The server failed to handle the request."));
        },
        [this](HttpResponse response) {
            // Read now, not before the handler ran: a stop that began meanwhile closes the
            // connection after this response.
            const BeastRequest &answered = m_parser->get();
            const bool keepAlive = answered.keep_alive() && !m_stopRequested && !m_context.registry.isStopping();
            respond(response, answered.version(), keepAlive);
        });
}

void HttpSession::respondAndClose(int status, const QString &code, const QString &message)
{
    respond(HttpResponse::error(status, code, message), 11, false);
}

void HttpSession::respond(const HttpResponse &response, unsigned httpVersion, bool keepAlive)
{
    try {
        m_response = toBeastResponse(response, httpVersion, keepAlive);
    } catch (const std::exception &exception) {
        qCCritical(lcHttp) << "cannot encode a response:" << exception.what();
        closeSocket();
        return;
    }
    // A client that does not read its response is cut off like one that does not send.
    beast::get_lowest_layer(m_stream).expires_after(m_context.options.readTimeout);
    http::async_write(m_stream, *m_response,
                      beast::bind_front_handler(&HttpSession::onWritten, shared_from_this(), keepAlive));
}

void HttpSession::onWritten(bool keepAlive, ErrorCode error, std::size_t)
{
    m_response.reset();
    if (error) {
        qCDebug(lcHttp) << "writing to" << m_peerAddress << "failed:" << text(error);
        closeSocket();
        return;
    }
    if (!keepAlive) {
        shutdownTls();
        return;
    }
    m_parser.reset();
    awaitRequest();
}

void HttpSession::shutdownTls()
{
    m_phase = Phase::Closing;
    beast::get_lowest_layer(m_stream).expires_after(std::min(m_context.options.readTimeout, MaxShutdownWait));
    m_stream.async_shutdown([self = shared_from_this()](ErrorCode) { self->closeSocket(); });
}

void HttpSession::closeSocket()
{
    m_phase = Phase::Closing;
    ErrorCode ignored;
    beast::get_lowest_layer(m_stream).socket().shutdown(net::ip::tcp::socket::shutdown_both, ignored);
    // Closing the tcp_stream, not just its socket, also cancels its timeout timer, which
    // would otherwise keep run() busy until it expired.
    beast::get_lowest_layer(m_stream).close();
}

} // namespace Sitrep::Server
