#pragma once

#include <QDateTime>
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

} // namespace Sitrep::TimeText
