#pragma once

#include <QHash>
#include <QString>

#include <chrono>
#include <mutex>

namespace Sitrep {
class Clock;
}

namespace Sitrep::Server {

// Refuses sign-in (HTTP 429) for a user name or an address that failed too often within
// a rolling window: 10 failures in a minute by default. Counting both keys stops one
// address guessing many names and many addresses guessing one name. In memory only: a
// restart forgets, which costs an attacker nothing they could not get by waiting a minute.
//
// Memory is bounded: each key keeps at most maxFailures timestamps, keys whose failures
// have all left the window are pruned (once per window, or when full), and beyond maxKeys
// the keys with the oldest last failure are dropped (only when flooded; argon2 bounds the
// flood rate anyway).
// Thread-safe: the network layer calls it from its worker threads.
class LoginThrottle
{
public:
    struct Settings {
        int maxFailures = 10;
        std::chrono::seconds window{60};
        qsizetype maxKeys = 100000;
    };

    explicit LoginThrottle(const Clock &clock);
    LoginThrottle(const Clock &clock, Settings settings);

    // True while either the name or the address has maxFailures failures in the window.
    bool isRefused(const QString &userName, const QString &address);
    // Seconds until isRefused turns false (for Retry-After); 0 when not refused.
    qint64 retryAfterSeconds(const QString &userName, const QString &address);

    void recordFailure(const QString &userName, const QString &address);
    // A successful sign-in clears the name's failures, never the address's: otherwise an
    // attacker holding one valid account could reset the counter of the address it guesses from.
    void recordSuccess(const QString &userName);

    qsizetype trackedKeys() const;

private:
    struct Failures {
        qint64 times[64] = {}; // msecs since epoch, a ring of the last failures
        int count = 0;         // how many of times[] are filled (≤ maxFailures)
        int next = 0;          // ring position of the next write
        qint64 last = 0;
    };

    static QString nameKey(const QString &userName);
    static QString addressKey(const QString &address);
    qint64 refusedUntil(const QString &key, qint64 now) const; // 0 when not refused
    void add(const QString &key, qint64 now);
    void prune(qint64 now);

    const Clock &m_clock;
    Settings m_settings;
    mutable std::mutex m_mutex;
    QHash<QString, Failures> m_failures;
    qint64 m_lastPrune = 0;
};

} // namespace Sitrep::Server
