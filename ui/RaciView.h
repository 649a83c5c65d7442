#pragma once

#include "ShortcutSheet.h"

#include <QUuid>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Sitrep {

class RaciModel;
class Store;

// The incident's RACI matrix, edited by keyboard or mouse: on a cell, R, A, C or I sets the
// letter, Space (or a click) steps through R → A → C → I → empty, Delete empties it; a
// second A in an activity is refused with a message. Activities are added by name (Enter)
// and removed with Ctrl+Delete; "Reset to the default for SEVn" takes the incident's
// severity's default. Rows without an Accountable are flagged, and the matrix is saved as
// soon as every row has exactly one (the status line says which). Refusals go to message().
class RaciView : public QWidget
{
    Q_OBJECT
public:
    // The keys this pane understands, for the shortcut sheet (F1).
    static QList<ShortcutSheet::Row> keyHelp();

    explicit RaciView(Store *store, QWidget *parent = nullptr);

    void setIncident(const QUuid &incidentId);
    QUuid incident() const;
    // Why the matrix may not be changed (ConsolePermissions::readOnlyReason): it still
    // reads, its keys and buttons say why. Empty: it may.
    void setRefusal(const QString &why);

    RaciModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

signals:
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // True (and says why) when the matrix may not be changed.
    bool refused();
    void report(const QString &error);
    void addActivity();
    void removeActivity();
    void updateState();

    RaciModel *m_model;
    QTableView *m_view;
    QString m_refusal;
    QLabel *m_status;
    QLineEdit *m_newActivity;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_reset;
};

} // namespace Sitrep
