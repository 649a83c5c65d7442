#pragma once

#include <QDialog>
#include <QUuid>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Sitrep {

class Store;

// Declares an incident with the few facts needed to start: title, severity (with each
// level's criteria beside the choice), and optionally the affected service. Made for the
// keyboard: type the title, Tab, arrows for the severity, Enter. The dialog runs the
// command itself so a refusal is shown in place and nothing typed is lost.
class DeclareIncidentDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DeclareIncidentDialog(Store *store, QWidget *parent = nullptr);

    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *severityBox() const { return m_severity; }
    QComboBox *serviceBox() const { return m_service; }

    void accept() override;

signals:
    void declared(const QUuid &incidentId);

private:
    void showCriteria();

    Store *m_store;
    QLineEdit *m_title;
    QComboBox *m_severity;
    QLabel *m_criteria;
    QComboBox *m_service;
    QLabel *m_error;
};

} // namespace Sitrep
