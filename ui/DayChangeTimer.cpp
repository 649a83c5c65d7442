#include "DayChangeTimer.h"

namespace Sitrep {

DayChangeTimer::DayChangeTimer(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::VeryCoarseTimer); // a second late is fine; no wake-ups before
    connect(&m_timer, &QTimer::timeout, this, [this] {
        arm();
        emit dayChanged();
    });
    arm();
}

qint64 DayChangeTimer::msecsToNextDay(const QDateTime &now)
{
    const QDateTime local = now.toLocalTime();
    return local.msecsTo(local.date().addDays(1).startOfDay()) + 1000;
}

void DayChangeTimer::arm()
{
    m_timer.start(int(msecsToNextDay(QDateTime::currentDateTime())));
}

} // namespace Sitrep
