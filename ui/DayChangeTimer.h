#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace Sitrep {

// Says when the local day changes: narrow time columns write a moment of another day
// with its day ("Mon 23:02", TimeText::dayAwareClock), so at midnight their texts, and the
// width they need, change while nothing in the data did.
class DayChangeTimer : public QObject
{
    Q_OBJECT
public:
    explicit DayChangeTimer(QObject *parent = nullptr);

    // From now to a second after the next local midnight (or the day's first moment where
    // a clock change skips midnight).
    static qint64 msecsToNextDay(const QDateTime &now);

signals:
    void dayChanged();

private:
    void arm();

    QTimer m_timer;
};

} // namespace Sitrep
