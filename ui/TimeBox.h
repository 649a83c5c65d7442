#pragma once

#include "model/Incident.h"

#include <QDateTime>

#include <chrono>

namespace Sitrep {

// The commander's time-box: when the next checkpoint of an incident is due, and whether
// the console has already asked about it. No widgets (IncidentHeader shows it), so the
// rule is testable and reusable (a server-side reminder may follow the same rule).
//
// The rule: a time-box starts at the newest of
//   - the declaration,
//   - the newest status transition (a status change is itself a decision point), and
//   - the newest Checkpoint entry on the incident's timeline (recorded by anyone),
// and lasts interval() (15 minutes unless set). Resolved and closed incidents have no
// time-box: there is nothing left to steer.
class TimeBox
{
public:
    static constexpr std::chrono::minutes DefaultInterval{15};

    void setInterval(std::chrono::minutes interval);
    std::chrono::minutes interval() const { return m_interval; }

    // latestCheckpoint may be invalid (none yet).
    void reset(const Incident &incident, const QDateTime &latestCheckpoint);
    void clear();

    bool isActive() const { return m_active; }
    QDateTime start() const { return m_start; }
    // Invalid when not active.
    QDateTime deadline() const;
    // Negative once the deadline has passed; 0 when not active.
    qint64 secondsLeft(const QDateTime &now) const;
    bool isDue(const QDateTime &now) const;
    // True the first time it is called after this deadline passed, false after that until
    // a new time-box starts: the console asks once per expiry however often it checks.
    bool takeExpiry(const QDateTime &now);

    // The newest of the moments that start a time-box (see the rule above).
    static QDateTime startOf(const Incident &incident, const QDateTime &latestCheckpoint);
    // A span as a clock reads: "mm:ss" below an hour, "h:mm:ss" above; negatives as positive.
    static QString formatSpan(qint64 seconds);

private:
    std::chrono::minutes m_interval = DefaultInterval;
    QDateTime m_start;
    bool m_active = false;
    QDateTime m_askedFor; // the deadline the console already asked about
};

} // namespace Sitrep
