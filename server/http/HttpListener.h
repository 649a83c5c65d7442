#pragma once

// Accepts TCP connections and hands each to an HttpSession on a strand of its own.

#include "http/HttpSession.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>

#include <memory>

namespace Sitrep::Server {

class HttpListener : public std::enable_shared_from_this<HttpListener>
{
public:
    HttpListener(boost::asio::io_context &ioContext, const SessionContext &context);

    bool listen(const boost::asio::ip::tcp::endpoint &endpoint, QString *error);
    quint16 port() const;
    void start();
    // Thread-safe: no new connections after this.
    void close();

private:
    void accept();
    void onAccept(boost::system::error_code error, boost::asio::ip::tcp::socket socket);

    boost::asio::io_context &m_ioContext;
    SessionContext m_context;
    boost::asio::ip::tcp::acceptor m_acceptor;
    boost::asio::steady_timer m_retryTimer;
    quint16 m_port = 0;
};

} // namespace Sitrep::Server
