#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>

class QTableView;

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

// Keeps a table's time columns (TimeText::dayAwareClock) as wide as what they show, never
// narrower than their headers: fitted now, when rows come, go or change, and at midnight.
// The columns are Fixed (fitted by the code). Call once the view has its model; a table
// of a few dozen rows at most (each fit measures its rows).
void keepTimeColumnsFitted(QTableView *view, const QList<int> &columns);

} // namespace Sitrep
