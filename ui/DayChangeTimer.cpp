#include "DayChangeTimer.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QTableView>

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

void keepTimeColumnsFitted(QTableView *view, const QList<int> &columns)
{
    for (const int column : columns)
        view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Fixed);
    const auto fit = [view, columns] {
        for (const int column : columns)
            view->resizeColumnToContents(column);
    };
    QAbstractItemModel *model = view->model();
    QObject::connect(model, &QAbstractItemModel::modelReset, view, fit);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, view, fit);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, view, fit);
    QObject::connect(model, &QAbstractItemModel::dataChanged, view, fit);
    // At midnight today's times become yesterday's ("Mon 23:02") with nothing in the data
    // changing: new texts, and the width they need.
    QObject::connect(new DayChangeTimer(view), &DayChangeTimer::dayChanged, view, [view, fit] {
        fit();
        view->viewport()->update();
    });
    fit();
}

} // namespace Sitrep
