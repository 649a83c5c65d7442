#pragma once

#include "store/TimelinePager.h"

#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QMenu;
class QToolButton;

namespace Sitrep {

class Store;

// The compact row above the timeline: a "Filters" button with a menu of checkable kinds,
// an author box and a track box, and, while any filter is on, a line saying so in words
// ("Filtered: 2 kinds · author Jo Okafor") with a button that clears them all
// (Ctrl+Shift+X, anywhere in the timeline pane).
class TimelineFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineFilterBar(Store *store, QWidget *parent = nullptr);

    // The incident whose tracks the track box offers; clears the filter.
    void setIncident(const QUuid &incidentId);
    TimelineFilter filter() const;
    void clear();
    // What the summary says ("" when no filter is on).
    QString summary() const;

    QToolButton *kindsButton() const { return m_kinds; }
    QMenu *kindsMenu() const { return m_kindsMenu; }
    QComboBox *authorBox() const { return m_author; }
    QComboBox *trackBox() const { return m_track; }
    QToolButton *clearButton() const { return m_clear; }

signals:
    void filterChanged(const TimelineFilter &filter);

private:
    void loadPeople();
    void loadTracks();
    void changed();

    Store *m_store;
    QUuid m_incidentId;
    QToolButton *m_kinds;
    QMenu *m_kindsMenu;
    QComboBox *m_author;
    QComboBox *m_track;
    QLabel *m_summary;
    QToolButton *m_clear;
    bool m_quiet = false; // while the boxes are refilled or cleared
};

} // namespace Sitrep
