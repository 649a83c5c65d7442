#include "HttpServer.h"

#include "ServerLog.h"
#include "http/ConnectionRegistry.h"
#include "http/HttpListener.h"

#include <QFile>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>

#include <openssl/ssl.h>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <optional>
#include <thread>
#include <vector>

namespace Sitrep::Server {

namespace net = boost::asio;
using net::ip::tcp;

namespace {

constexpr std::chrono::milliseconds DrainPollInterval{20};

std::string nativePath(const QString &path)
{
    return QFile::encodeName(path).toStdString();
}

std::optional<tcp::endpoint> resolveEndpoint(net::io_context &ioContext, const QString &host, quint16 port,
                                             QString *error)
{
    boost::system::error_code code;
    const net::ip::address address = net::ip::make_address(host.toStdString(), code);
    if (!code)
        return tcp::endpoint(address, port);
    tcp::resolver resolver(ioContext);
    const auto results = resolver.resolve(host.toStdString(), std::to_string(port), code);
    if (code || results.empty()) {
        if (error)
            *error = QStringLiteral("Cannot resolve %1: %2").arg(host, QString::fromStdString(code.message()));
        return std::nullopt;
    }
    return results.begin()->endpoint();
}

} // namespace

struct HttpServer::Impl {
    Impl(Options serverOptions, const Router &serverRouter)
        : options(std::move(serverOptions))
        , router(serverRouter)
        , tls(net::ssl::context::tls_server)
        , strand(net::make_strand(ioContext))
        , drainTimer(strand)
        , workers(std::size_t(std::max(1, options.workerThreads)))
    {
    }

    bool configureTls(QString *error);
    void beginStop();
    void checkDrained();
    SessionContext sessionContext() { return {options, router, tls, registry, workers}; }
    void serve();

    // Declared before the io_context: sessions destroyed with its pending handlers still
    // use them.
    const Options options;
    const Router &router;
    net::ssl::context tls;
    ConnectionRegistry registry;

    net::io_context ioContext;
    net::strand<net::io_context::executor_type> strand;
    net::steady_timer drainTimer;
    std::optional<net::signal_set> signalSet;
    std::shared_ptr<HttpListener> listener;
    std::chrono::steady_clock::time_point drainDeadline;
    std::atomic<bool> stopRequested{false};
    // Runs the route handlers. Declared after the io_context so that it is destroyed (its
    // threads joined) first: a handler still running after a cut-off stop posts its
    // response to an io_context that is still there.
    net::thread_pool workers;
};

bool HttpServer::Impl::configureTls(QString *error)
{
    const auto failed = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    boost::system::error_code code;
    // Compression would open the TLS connection to CRIME-style attacks.
    tls.set_options(net::ssl::context::default_workarounds | net::ssl::context::no_compression, code);
    if (code || SSL_CTX_set_min_proto_version(tls.native_handle(), TLS1_2_VERSION) != 1)
        return failed(QStringLiteral("Cannot configure TLS: %1").arg(QString::fromStdString(code.message())));
    SSL_CTX_set_options(tls.native_handle(), SSL_OP_CIPHER_SERVER_PREFERENCE | SSL_OP_NO_RENEGOTIATION);
    tls.use_certificate_chain_file(nativePath(options.certFile), code);
    if (code)
        return failed(QStringLiteral("Cannot load the TLS certificate %1: %2")
                          .arg(options.certFile, QString::fromStdString(code.message())));
    tls.use_private_key_file(nativePath(options.keyFile), net::ssl::context::pem, code);
    if (code)
        return failed(QStringLiteral("Cannot load the TLS key %1: %2")
                          .arg(options.keyFile, QString::fromStdString(code.message())));
    if (SSL_CTX_check_private_key(tls.native_handle()) != 1)
        return failed(QStringLiteral("The TLS key %1 does not belong to the certificate %2.")
                          .arg(options.keyFile, options.certFile));
    return true;
}

// Runs on the caller's thread: the stopping flag is visible at once to a handler that
// is running now, so that its response already says "Connection: close".
void HttpServer::Impl::beginStop()
{
    qCInfo(lcServer) << "stopping: finishing the requests in flight";
    if (listener)
        listener->close();
    for (const std::shared_ptr<Connection> &connection : registry.beginStop())
        connection->stopWhenIdle();
    net::post(strand, [this] {
        if (signalSet) {
            boost::system::error_code ignored;
            signalSet->cancel(ignored);
        }
        drainDeadline = std::chrono::steady_clock::now() + options.drainTimeout;
        checkDrained();
    });
}

void HttpServer::Impl::checkDrained()
{
    if (registry.count() == 0)
        return; // nothing left to do: run() returns once the last handlers have run
    if (std::chrono::steady_clock::now() >= drainDeadline) {
        qCWarning(lcServer) << "cutting off" << registry.count() << "connections still open after the drain timeout";
        ioContext.stop();
        return;
    }
    drainTimer.expires_after(DrainPollInterval);
    drainTimer.async_wait([this](boost::system::error_code error) {
        if (!error)
            checkDrained();
    });
}

HttpServer::HttpServer(Options options, const Router &router)
    : m_impl(std::make_unique<Impl>(std::move(options), router))
{
}

HttpServer::~HttpServer() = default;

bool HttpServer::start(QString *error)
{
    if (!m_impl->configureTls(error))
        return false;
    const std::optional<tcp::endpoint> endpoint =
        resolveEndpoint(m_impl->ioContext, m_impl->options.host, m_impl->options.port, error);
    if (!endpoint)
        return false;
    auto listener = std::make_shared<HttpListener>(m_impl->ioContext, m_impl->sessionContext());
    if (!listener->listen(*endpoint, error))
        return false;
    m_impl->listener = std::move(listener);
    m_impl->listener->start();
    return true;
}

quint16 HttpServer::port() const
{
    return m_impl->listener ? m_impl->listener->port() : 0;
}

void HttpServer::stopOnSignals()
{
    m_impl->signalSet.emplace(m_impl->strand, SIGINT, SIGTERM);
    m_impl->signalSet->async_wait([this](boost::system::error_code error, int signal) {
        if (error)
            return;
        qCInfo(lcServer) << "received signal" << signal;
        stop();
    });
}

void HttpServer::Impl::serve()
{
    // A handler that throws unwinds out of io_context::run(); serve on rather than die.
    for (;;) {
        try {
            ioContext.run();
            return;
        } catch (const std::exception &exception) {
            qCCritical(lcServer) << "unexpected exception in the I/O loop:" << exception.what();
        } catch (...) {
            qCCritical(lcServer) << "unexpected non-standard exception in the I/O loop";
        }
    }
}

// run() returns when the io_context runs out of work. A request in a worker's hands keeps
// it busy (HttpSession holds a tracked executor until its response is posted back), so a
// drained stop returns only after every response was written.
void HttpServer::run()
{
    std::vector<std::thread> extra;
    for (int i = 1; i < m_impl->options.ioThreads; ++i)
        extra.emplace_back([this] { m_impl->serve(); });
    m_impl->serve();
    for (std::thread &thread : extra)
        thread.join();
}

void HttpServer::stop()
{
    if (m_impl->stopRequested.exchange(true))
        return;
    m_impl->beginStop();
}

int HttpServer::activeConnections() const
{
    return m_impl->registry.count();
}

} // namespace Sitrep::Server
