#pragma once

#include <QElapsedTimer>

namespace Sitrep::Bench {

inline double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// How long work() took, in milliseconds.
template<typename F> double timeMs(F &&work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return msSince(timer);
}

} // namespace Sitrep::Bench
