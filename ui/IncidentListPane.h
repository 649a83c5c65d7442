#pragma once

#include <QUuid>
#include <QWidget>

class QLineEdit;
class QListView;
class QTimer;

namespace Sitrep {

class IncidentListModel;
class Store;

// The left column: a quick filter over incident titles and the incident list. It tells
// the window which incident is current; it changes nothing in the store.
class IncidentListPane : public QWidget
{
    Q_OBJECT
public:
    explicit IncidentListPane(Store *store, QWidget *parent = nullptr);

    IncidentListModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }

    QUuid currentIncident() const;
    // Makes an incident current, clearing the quick filter if it hides it.
    void selectIncident(const QUuid &incidentId);
    // Makes the top incident current; false when the list is empty.
    bool selectFirst();
    void focusFilter();

signals:
    void currentIncidentChanged(const QUuid &incidentId);

private:
    void applyFilter(const QString &text);
    void currentRowChanged();

    IncidentListModel *m_model;
    QLineEdit *m_filter;
    QListView *m_view;
    QTimer *m_ageRefresh;
    QUuid m_current;
};

} // namespace Sitrep
