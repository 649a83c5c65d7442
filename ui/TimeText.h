#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace Sitrep::TimeText {

// How the console writes a moment: local wall-clock time where people read it, UTC beside
// it (tooltips, screen readers) for the team across time zones. Empty for no time.
inline QString localClock(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("HH:mm")) : QString();
}

inline QString utcClock(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(QStringLiteral("HH:mm")) : QString();
}

inline QString utcStamp(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) : QString();
}

namespace Detail {
inline const QString TimeOfDay = QStringLiteral("HH:mm");
inline const QString DayAndTime = QStringLiteral("ddd HH:mm");
inline const QString DayOfYear = QStringLiteral("d MMM");
} // namespace Detail

// A moment in a narrow column (a handover, a join): today's by time alone ("22:59"), this
// week's with the day ("Mon 22:59"), older ones by date ("30 Nov"). An incident that runs
// past midnight stays readable without a long date on every row.
inline QString dayAwareClock(const QDateTime &at, const QDate &today)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    const qint64 daysAgo = local.date().daysTo(today);
    // Today's by time alone: that is what a commander compares (and one a clock a little
    // ahead dated tomorrow).
    if (daysAgo <= 0)
        return QLocale().toString(local.time(), Detail::TimeOfDay);
    if (daysAgo < 7)
        return QLocale().toString(local, Detail::DayAndTime);
    return QLocale().toString(local.date(), Detail::DayOfYear);
}

} // namespace Sitrep::TimeText
