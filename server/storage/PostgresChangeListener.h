#pragma once

#include "PostgresUrl.h"

#include <chrono>
#include <functional>
#include <memory>

namespace Sitrep::Server {

// Hears the commits of every server process on one PostgreSQL database, so that a change
// accepted by one instance reaches the live streams of all of them (docs/SYNC.md).
//
// Each commit that stored changes notifies PostgresServerDb::ChangesChannel inside its
// transaction; this class LISTENs on that channel over a connection of its own, on a
// thread of its own with a Qt event loop (QPSQL delivers notifications through a socket
// notifier on the thread that opened the connection; the server's threads run Asio). Each
// notification calls `changed` on that thread. Notifications carry nothing: `changed`
// must re-read from its own cursor (LiveHub::fanOut does), so a folded, repeated or own
// notification is harmless.
//
// A dropped connection is noticed by a probe every `probeInterval` and reconnected with
// backoff (from `minBackoff`, doubling, up to `maxBackoff`), logged to
// "sitrep.server.listen". After every successful LISTEN (the first included) `changed`
// is called once, because a commit may have gone unheard while nobody was listening.
//
// The same connection carries presence between the instances (listenForPresence,
// publishPresence; LiveHub::relayPresence): payloads on PostgresServerDb::PresenceChannel.
class PostgresChangeListener
{
public:
    struct Options {
        std::chrono::milliseconds probeInterval{std::chrono::seconds(5)};
        std::chrono::milliseconds minBackoff{500};
        std::chrono::milliseconds maxBackoff{std::chrono::seconds(30)};
        // What the listening connection calls itself in pg_stat_activity.
        QString applicationName = QStringLiteral("sitrep-server-listen");
    };

    PostgresChangeListener(const PostgresUrl &url, std::function<void()> changed, Options options);
    PostgresChangeListener(const PostgresUrl &url, std::function<void()> changed)
        : PostgresChangeListener(url, std::move(changed), Options())
    { }
    ~PostgresChangeListener(); // stop()
    PostgresChangeListener(const PostgresChangeListener &) = delete;
    PostgresChangeListener &operator=(const PostgresChangeListener &) = delete;

    // Before start(): also LISTEN on the presence channel. `heard` gets every other
    // process's payload, `listened` is called after every successful LISTEN (announcements
    // may have been missed while nobody listened). Both on the listener's thread.
    void listenForPresence(std::function<void(const QByteArray &payload)> heard, std::function<void()> listened);
    // Thread-safe, never blocks: NOTIFYs the presence channel over the listening connection.
    // Dropped while that connection is down (presence is announced again every round).
    void publishPresence(const QByteArray &payload);

    // Starts the thread and waits for its first attempt to connect and LISTEN (bounded by
    // libpq's connect_timeout). False when that attempt failed: the thread keeps trying.
    bool start();
    // Ends the thread (and its connection) once what was published before is sent;
    // `changed` is not called after this returns.
    // May wait for a connection attempt in progress (up to connect_timeout).
    void stop();

private:
    class Thread;
    std::unique_ptr<Thread> m_thread;
};

} // namespace Sitrep::Server
