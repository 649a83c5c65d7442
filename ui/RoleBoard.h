#pragma once

#include "ShortcutSheet.h"

#include <QUuid>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTableView;

namespace Sitrep {

class RoleBoardModel;
class RosterModel;
class RosterPicker;
class Store;

// The role board of the current incident, for a dock beside the timeline: the roles
// (mandatory ones always, empty ones flagged) above the roster of the directory.
//
// Keyboard first: Enter (or F2, "Assign…") on a role moves to the roster filter; typing
// narrows the roster and Enter gives the role to the highlighted person; Esc goes back.
// Delete relieves the selected role. A person dragged from the roster onto a role takes
// it too. "Add role…" adds a role beyond the mandatory ones. Every change is one store
// command (a handover is recorded on the timeline by the store); what the store refuses
// is reported through message() and nothing changes.
class RoleBoard : public QWidget
{
    Q_OBJECT
public:
    // The keys this pane understands, for the shortcut sheet (F1).
    static QList<ShortcutSheet::Row> keyHelp();

    explicit RoleBoard(Store *store, QWidget *parent = nullptr);

    void setIncident(const QUuid &incidentId);
    QUuid incident() const;
    // Why nothing may be changed here (ConsolePermissions::readOnlyReason): assigning,
    // relieving and adding roles are off and say so. Empty: they may.
    void setRefusal(const QString &why);

    RoleBoardModel *model() const { return m_model; }
    RosterPicker *picker() const { return m_picker; }
    RosterModel *rosterModel() const;
    QTableView *rolesView() const { return m_rolesView; }
    QListView *rosterView() const;
    QLineEdit *rosterFilter() const;
    QLineEdit *newRoleEdit() const { return m_newRole; }
    QPushButton *assignButton() const { return m_assign; }
    QPushButton *relieveButton() const { return m_relieve; }
    QPushButton *addRoleButton() const { return m_addRole; }
    QLabel *unfilledLabel() const { return m_unfilled; }

signals:
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpRolesView();
    void startAssign();
    void assign(const QUuid &personId);
    void relieveCurrent();
    void showAddRole();
    void addRole();
    void backToRoles();
    void updateState();
    // True (and says why) when nothing may be changed here.
    bool refused();

    RoleBoardModel *m_model;
    RosterPicker *m_picker;
    QLabel *m_unfilled;
    QTableView *m_rolesView;
    QPushButton *m_assign;
    QPushButton *m_relieve;
    QPushButton *m_addRole;
    QString m_refusal;
    QLineEdit *m_newRole;
};

} // namespace Sitrep
