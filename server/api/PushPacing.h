#pragma once

// When the live hub's next push to the streams may go out.
//
// Every stream message costs a TLS record, a write and a wake-up of the reader, whatever
// its size, and at hundreds of streams those dominate the server's work (bench/README.md
// "Fewer, bigger stream messages"). So under load the hub waits a little between pushes and
// each stream gets fewer, bigger messages. A push of only a few changes means commits are
// sparse: the next goes out at once, so a lone change is never held back.

#include <chrono>

namespace Sitrep::Server {

class PushPacing
{
public:
    using Clock = std::chrono::steady_clock;

    // A push of at least this many changes counts as busy...
    static constexpr int BusyPushChanges = 4;
    // ...and the next push waits until this long after it (a delay people do not notice;
    // the fan-out goal is 50 ms).
    static constexpr std::chrono::milliseconds BusyPushGap{20};

    void pushed(Clock::time_point at, int changes)
    {
        m_lastPush = at;
        m_lastPushChanges = changes;
    }

    // Clock::time_point::min() when the next push may go at once.
    Clock::time_point nextPushAt() const
    {
        return m_lastPushChanges >= BusyPushChanges ? m_lastPush + BusyPushGap : Clock::time_point::min();
    }

private:
    Clock::time_point m_lastPush;
    int m_lastPushChanges = 0;
};

} // namespace Sitrep::Server
