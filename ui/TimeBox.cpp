#include "TimeBox.h"

#include <algorithm>

namespace Sitrep {

void TimeBox::setInterval(std::chrono::minutes interval)
{
    // A zero or negative interval would ask every second; one minute is the floor.
    m_interval = std::max(interval, std::chrono::minutes(1));
}

void TimeBox::reset(const Incident &incident, const QDateTime &latestCheckpoint)
{
    m_start = startOf(incident, latestCheckpoint);
    m_active = Sitrep::isActive(incident.status) && m_start.isValid();
}

void TimeBox::clear()
{
    m_start = {};
    m_active = false;
    m_askedFor = {};
}

QDateTime TimeBox::deadline() const
{
    if (!m_active)
        return {};
    return m_start.addSecs(std::chrono::duration_cast<std::chrono::seconds>(m_interval).count());
}

qint64 TimeBox::secondsLeft(const QDateTime &now) const
{
    if (!m_active)
        return 0;
    // Whole seconds, rounded towards the deadline, so "00:00" shows only when it is due.
    const qint64 msecs = now.msecsTo(deadline());
    return msecs > 0 ? (msecs + 999) / 1000 : msecs / 1000;
}

bool TimeBox::isDue(const QDateTime &now) const
{
    return m_active && now >= deadline();
}

bool TimeBox::takeExpiry(const QDateTime &now)
{
    if (!isDue(now) || m_askedFor == deadline())
        return false;
    m_askedFor = deadline();
    return true;
}

QDateTime TimeBox::startOf(const Incident &incident, const QDateTime &latestCheckpoint)
{
    // Invalid times (no checkpoint yet) never win, whatever QDateTime's ordering of them.
    const auto newest = [](const QDateTime &a, const QDateTime &b) {
        if (!a.isValid())
            return b;
        return b.isValid() && b > a ? b : a;
    };
    QDateTime start = newest(incident.declaredAt, latestCheckpoint);
    if (!incident.transitions.isEmpty())
        start = newest(start, incident.transitions.constLast().at);
    return start;
}

QString TimeBox::formatSpan(qint64 seconds)
{
    seconds = seconds < 0 ? -seconds : seconds;
    const qint64 hours = seconds / 3600;
    const QString minutesSeconds = QStringLiteral("%1:%2")
                                       .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
                                       .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return hours > 0 ? QStringLiteral("%1:%2").arg(hours).arg(minutesSeconds) : minutesSeconds;
}

} // namespace Sitrep
