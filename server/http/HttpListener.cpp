#include "HttpListener.h"

#include "ServerLog.h"
#include "http/ConnectionRegistry.h"

#include <boost/asio/post.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core/bind_handler.hpp>

namespace Sitrep::Server {

namespace net = boost::asio;
using net::ip::tcp;

HttpListener::HttpListener(net::io_context &ioContext, const SessionContext &context)
    : m_ioContext(ioContext)
    , m_context(context)
    , m_acceptor(net::make_strand(ioContext))
    , m_retryTimer(m_acceptor.get_executor())
{
}

bool HttpListener::listen(const tcp::endpoint &endpoint, QString *error)
{
    boost::system::error_code code;
    const auto failed = [&](const char *step) {
        if (error)
            *error = QStringLiteral("Cannot %1 %2:%3: %4")
                         .arg(QString::fromLatin1(step), QString::fromStdString(endpoint.address().to_string()))
                         .arg(endpoint.port())
                         .arg(QString::fromStdString(code.message()));
        return false;
    };
    m_acceptor.open(endpoint.protocol(), code);
    if (code)
        return failed("open a socket for");
    // A restarted server must not wait for the old connections' TIME_WAIT to end.
    m_acceptor.set_option(net::socket_base::reuse_address(true), code);
    if (code)
        return failed("configure");
    m_acceptor.bind(endpoint, code);
    if (code)
        return failed("bind");
    m_acceptor.listen(net::socket_base::max_listen_connections, code);
    if (code)
        return failed("listen on");
    m_port = m_acceptor.local_endpoint(code).port();
    return !code || failed("read the port of");
}

quint16 HttpListener::port() const
{
    return m_port;
}

void HttpListener::start()
{
    net::post(m_acceptor.get_executor(), [self = shared_from_this()] { self->accept(); });
}

void HttpListener::close()
{
    net::post(m_acceptor.get_executor(), [self = shared_from_this()] {
        boost::system::error_code ignored;
        self->m_acceptor.close(ignored);
        self->m_retryTimer.cancel();
    });
}

void HttpListener::accept()
{
    if (!m_acceptor.is_open())
        return;
    m_acceptor.async_accept(net::make_strand(m_ioContext),
                            boost::beast::bind_front_handler(&HttpListener::onAccept, shared_from_this()));
}

void HttpListener::onAccept(boost::system::error_code error, tcp::socket socket)
{
    if (error == net::error::operation_aborted || !m_acceptor.is_open())
        return;
    if (error) {
        // Typically out of file descriptors: retry shortly instead of spinning on the error.
        qCWarning(lcHttp) << "accept failed:" << QString::fromStdString(error.message());
        m_retryTimer.expires_after(std::chrono::milliseconds(100));
        m_retryTimer.async_wait([self = shared_from_this()](boost::system::error_code timerError) {
            if (!timerError)
                self->accept();
        });
        return;
    }
    if (m_context.registry.count() >= m_context.options.maxConnections) {
        qCWarning(lcHttp) << "connection limit" << m_context.options.maxConnections << "reached; refusing a connection";
        boost::system::error_code ignored;
        socket.close(ignored);
    } else {
        std::make_shared<HttpSession>(std::move(socket), m_context)->start();
    }
    accept();
}

} // namespace Sitrep::Server
