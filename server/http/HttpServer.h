#pragma once

// The HTTPS front of sitrep-server, on Boost.Beast: TLS 1.2+, limits on header size,
// body size and slow clients enforced before a handler runs, keep-alive, graceful stop.
// Handlers see only HttpTypes.h; Beast stays behind this header.

#include "http/HttpTypes.h"

#include <QString>

#include <chrono>
#include <cstddef>
#include <memory>

namespace Sitrep::Server {

class HttpServer
{
public:
    struct Options {
        QString host = QStringLiteral("127.0.0.1");
        quint16 port = 8443; // 0: an ephemeral port, see port()
        QString certFile;    // PEM, may hold a chain
        QString keyFile;     // PEM, unencrypted
        std::size_t maxBodyBytes = 1024 * 1024;
        std::size_t maxHeaderBytes = 16 * 1024;
        // For a whole request, from its first byte to its last, and for writing a response:
        // a client trickling bytes is cut off after this.
        std::chrono::seconds readTimeout{15};
        // For a kept-alive connection waiting for its next request.
        std::chrono::seconds idleTimeout{60};
        int maxConnections = 2000;
        // How long stop() lets requests in flight finish before cutting them off.
        std::chrono::seconds drainTimeout{10};
        // Live streams (WebSockets): a quiet peer is pinged after half the idle timeout and
        // dropped after all of it; the API's heartbeat message goes out at its interval.
        std::chrono::seconds streamIdleTimeout{60};
        std::chrono::seconds heartbeatInterval{15};
        std::size_t maxStreamMessageBytes = 64 * 1024;       // from a client
        std::size_t maxStreamQueueBytes = 8 * 1024 * 1024;   // to a client that does not read
        // Route handlers (and so every database call, durable commits included) run on a
        // pool of this many threads, never on the I/O threads: a request waiting for its
        // fsync must not hold up TLS and stream writes. Requests waiting for a commit are
        // grouped into one (ServerStore::applyOps); a caller waits for its group on its
        // worker, so the thread count bounds the group size: with 200 clients posting one
        // op each, 6 threads gave 780 ops/s, 16 gave 810-1,060 and 32 no more (bench/README.md).
        // A waiting worker costs a stack, no CPU.
        int workerThreads = 16;
        // Threads running the network I/O (TLS, reading requests, writing responses and
        // streams). Every connection is a strand of its own, so more than one is safe.
        int ioThreads = 1;
    };

    // The router must outlive the server; it is called on the worker threads
    // (Options::workerThreads), several requests at once: it must be thread-safe.
    HttpServer(Options options, const Router &router);
    ~HttpServer();
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    // Loads the TLS identity, binds and listens. False and *error on failure.
    bool start(QString *error);
    // The bound port (the real one when Options::port was 0); 0 before start().
    quint16 port() const;
    // SIGINT and SIGTERM call stop(). Call before run().
    void stopOnSignals();
    // Serves on the calling thread (and ioThreads - 1 more) until stop() has drained every
    // connection: every request in flight has run its handler and had its response written.
    void run();
    // Thread-safe: stops accepting, closes idle connections, lets requests in flight
    // finish (up to drainTimeout), then run() returns.
    void stop();

    // Open connections, including those still in the TLS handshake.
    int activeConnections() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace Sitrep::Server
