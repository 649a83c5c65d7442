#pragma once

#include <QUuid>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;

namespace Sitrep {

class RosterModel;
class Store;

// The roster beside a role board: the people of the directory, a filter line that
// narrows them by name or handle, and one highlighted person, whom Enter (in the filter
// or the list) chooses. Rows can be dragged (RoleBoardModel::personMimeType()).
class RosterPicker : public QWidget
{
    Q_OBJECT
public:
    explicit RosterPicker(Store *store, QWidget *parent = nullptr);

    // What choosing someone now does, as a short line above the filter.
    void setHint(const QString &text);
    void focusFilter();
    void clearFilter();

    RosterModel *model() const { return m_model; }
    QLineEdit *filter() const { return m_filter; }
    QListView *view() const { return m_view; }

signals:
    void personChosen(const QUuid &personId);
    void cancelled(); // Esc: back to where the person came from
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose();

    RosterModel *m_model;
    QLabel *m_hint;
    QLineEdit *m_filter;
    QListView *m_view;
};

} // namespace Sitrep
