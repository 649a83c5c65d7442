#pragma once

#include <QDateTime>

namespace Sitrep {

// Where "now" comes from. Commands stamp times through a Clock so that time-based logic
// (milestones, checkpoints, escalations) and historical demo data are testable without
// sleeping: tests and the demo generator use ManualClock.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    // The process's real clock (UTC). Never destroyed, shared by everyone.
    static Clock &system();
};

class ManualClock : public Clock
{
public:
    explicit ManualClock(QDateTime start) : m_now(start.toUTC()) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &time) { m_now = time.toUTC(); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void advanceMSecs(qint64 msecs) { m_now = m_now.addMSecs(msecs); }

private:
    QDateTime m_now;
};

} // namespace Sitrep
