#pragma once

#include <QDateTime>
#include <QFontMetrics>
#include <QLocale>
#include <QString>

#include <algorithm>

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

// The widest dayAwareClock can be in this font and locale: every day name at a wide
// time, and every month at a two-digit day.
inline int widestDayAwareClock(const QFontMetrics &metrics)
{
    int widest = metrics.horizontalAdvance(QLocale().toString(QTime(20, 48), Detail::TimeOfDay));
    const QDate monday(2024, 1, 1);
    for (int day = 0; day < 7; ++day)
        widest = std::max(widest, metrics.horizontalAdvance(
                                      QLocale().toString(QDateTime(monday.addDays(day), QTime(20, 48)), Detail::DayAndTime)));
    for (int month = 1; month <= 12; ++month)
        widest = std::max(widest, metrics.horizontalAdvance(QLocale().toString(QDate(2024, month, 28), Detail::DayOfYear)));
    return widest;
}

} // namespace Sitrep::TimeText
