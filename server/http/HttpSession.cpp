#include "HttpSession.h"

#include "ServerLog.h"
#include "http/ConnectionRegistry.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl/error.hpp>
#include <boost/beast/core/bind_handler.hpp>
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
    net::post(m_stream.get_executor(), [self = shared_from_this()] {
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
    if (beast::websocket::is_upgrade(m_parser->get()) && handOffUpgrade())
        return;
    const auto length = m_parser->content_length();
    if (length && *length > m_context.options.maxBodyBytes) {
        onReadError(http::error::body_limit);
        return;
    }
    if (m_parser->is_done()) {
        handleRequest();
        return;
    }
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

// Extension point for the live channel (GET /api/v1/stream, a WebSocket on this port):
// authenticate the upgrade request, then move m_stream, m_buffer and m_parser->release()
// into a websocket::stream session and return true. Until that exists, upgrade requests
// go to the router like any other request.
bool HttpSession::handOffUpgrade()
{
    return false;
}

void HttpSession::handleRequest()
{
    const BeastRequest &request = m_parser->get();
    HttpResponse response;
    try {
        response = m_context.router.dispatch(toHttpRequest(request, m_peerAddress));
    } catch (const std::exception &exception) {
        qCCritical(lcHttp) << "handler for" << QByteArray(request.target().data(), qsizetype(request.target().size()))
                           << "threw:" << exception.what();
        response = HttpResponse::error(500, QStringLiteral("internal_error"), QStringLiteral("The server failed to handle the request."));
    } catch (...) {
        qCCritical(lcHttp) << "handler threw a non-standard exception";
        response = HttpResponse::error(500, QStringLiteral("internal_error"), QStringLiteral("The server failed to handle the request."));
    }
    const bool keepAlive = request.keep_alive() && !m_stopRequested && !m_context.registry.isStopping();
    respond(response, request.version(), keepAlive);
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
