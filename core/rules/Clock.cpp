#include "Clock.h"

namespace Sitrep {

namespace {
class SystemClock : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};
} // namespace

Clock &Clock::system()
{
    static SystemClock *clock = new SystemClock; // leaked on purpose: no destruction order to get wrong
    return *clock;
}

} // namespace Sitrep
