#include "LoginThrottle.h"

#include "rules/Clock.h"

#include <algorithm>

namespace Sitrep::Server {

namespace {
// Keys are truncated: a hostile client must not make us store megabyte-long names.
constexpr qsizetype MaxKeyLength = 128;
constexpr int RingSize = 64;
} // namespace

LoginThrottle::LoginThrottle(const Clock &clock)
    : LoginThrottle(clock, Settings{})
{ }

LoginThrottle::LoginThrottle(const Clock &clock, Settings settings)
    : m_clock(clock)
    , m_settings(settings)
{
    m_settings.maxFailures = std::clamp(m_settings.maxFailures, 1, RingSize);
    m_settings.maxKeys = std::max<qsizetype>(m_settings.maxKeys, 2);
}

QString LoginThrottle::nameKey(const QString &userName)
{
    // Names are case-insensitive for counting: "Alice" and "alice" share one budget.
    return QStringLiteral("u:") + userName.left(MaxKeyLength).toLower();
}

QString LoginThrottle::addressKey(const QString &address)
{
    return QStringLiteral("a:") + address.left(MaxKeyLength);
}

qint64 LoginThrottle::refusedUntil(const QString &key, qint64 now) const
{
    const auto it = m_failures.constFind(key);
    if (it == m_failures.cend() || it->count < m_settings.maxFailures)
        return 0;
    // The ring is full: it holds the last maxFailures failures, and the oldest of them
    // (the next to be overwritten) decides when the window has passed.
    const qint64 until = it->times[it->next] + qint64(m_settings.window.count()) * 1000;
    return until > now ? until : 0;
}

bool LoginThrottle::isRefused(const QString &userName, const QString &address)
{
    return retryAfterSeconds(userName, address) > 0;
}

qint64 LoginThrottle::retryAfterSeconds(const QString &userName, const QString &address)
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    std::lock_guard lock(m_mutex);
    const qint64 until = std::max(refusedUntil(nameKey(userName), now), refusedUntil(addressKey(address), now));
    return until > now ? (until - now + 999) / 1000 : 0;
}

void LoginThrottle::add(const QString &key, qint64 now)
{
    Failures &entry = m_failures[key];
    entry.times[entry.next] = now;
    // Only the last maxFailures times matter: a ring of that size, oldest overwritten.
    entry.next = (entry.next + 1) % m_settings.maxFailures;
    entry.count = std::min(entry.count + 1, m_settings.maxFailures);
    entry.last = now;
}

void LoginThrottle::recordFailure(const QString &userName, const QString &address)
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    std::lock_guard lock(m_mutex);
    if (m_failures.size() + 2 > m_settings.maxKeys || now - m_lastPrune > qint64(m_settings.window.count()) * 1000)
        prune(now);
    add(nameKey(userName), now);
    add(addressKey(address), now);
}

void LoginThrottle::recordSuccess(const QString &userName)
{
    std::lock_guard lock(m_mutex);
    m_failures.remove(nameKey(userName));
}

qsizetype LoginThrottle::trackedKeys() const
{
    std::lock_guard lock(m_mutex);
    return m_failures.size();
}

void LoginThrottle::prune(qint64 now)
{
    m_lastPrune = now;
    const qint64 cutoff = now - qint64(m_settings.window.count()) * 1000;
    m_failures.removeIf([cutoff](const auto &it) { return it.value().last <= cutoff; });
    if (m_failures.size() + 2 <= m_settings.maxKeys)
        return;
    // Still full within one window: a flood. Keep the most recent three quarters so that
    // pruning is amortised rather than run on every failure.
    QList<qint64> lasts;
    lasts.reserve(m_failures.size());
    for (const Failures &entry : std::as_const(m_failures))
        lasts.append(entry.last);
    const qsizetype keep = m_settings.maxKeys * 3 / 4;
    std::nth_element(lasts.begin(), lasts.begin() + (lasts.size() - keep), lasts.end());
    const qint64 threshold = lasts.at(lasts.size() - keep);
    m_failures.removeIf([threshold](const auto &it) { return it.value().last < threshold; });
}

} // namespace Sitrep::Server
