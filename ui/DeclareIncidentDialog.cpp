#include "DeclareIncidentDialog.h"

#include "model/RaciMatrix.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sitrep {

DeclareIncidentDialog::DeclareIncidentDialog(Store *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_title(new QLineEdit(this))
    , m_severity(new QComboBox(this))
    , m_criteria(new QLabel(this))
    , m_service(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Declare incident"));
    setAccessibleName(tr("Declare incident"));

    m_title->setAccessibleName(tr("Incident title"));
    m_title->setPlaceholderText(tr("What is happening, in a few words"));

    const QList<SeverityLevel> levels = m_store->severityTaxonomy().levels();
    for (const SeverityLevel &stored : levels) {
        const SeverityLevel level = stored.translated();
        m_severity->addItem(tr("%1 — %2").arg(level.key, level.name), level.key);
        m_severity->setItemData(m_severity->count() - 1, level.criteria, Qt::ToolTipRole);
    }
    // Start at the least severe level: raising the severity (and paging more people) is
    // a deliberate choice of a few arrow presses, never an accident of Enter.
    m_severity->setCurrentIndex(m_severity->count() - 1);
    m_severity->setAccessibleName(tr("Severity"));
    m_criteria->setWordWrap(true);
    m_criteria->setAccessibleName(tr("Severity criteria"));
    m_criteria->setForegroundRole(QPalette::PlaceholderText);

    m_service->addItem(tr("No specific service"), QUuid());
    const QList<Service> services = m_store->services();
    for (const Service &service : services)
        m_service->addItem(service.name, service.id);
    m_service->setAccessibleName(tr("Affected service"));

    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Severity"), m_severity);
    form->addRow(QString(), m_criteria);
    form->addRow(tr("Ser&vice"), m_service);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *declare = buttons->button(QDialogButtonBox::Ok);
    declare->setText(tr("&Declare"));
    declare->setAccessibleName(tr("Declare"));
    declare->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &DeclareIncidentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DeclareIncidentDialog::reject);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &DeclareIncidentDialog::showCriteria);
    showCriteria();
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_title->setFocus();
}

void DeclareIncidentDialog::showCriteria()
{
    m_criteria->setText(m_severity->currentData(Qt::ToolTipRole).toString());
}

void DeclareIncidentDialog::accept()
{
    Incident incident;
    incident.title = m_title->text();
    incident.severity = m_severity->currentData().toString();
    const QUuid service = m_service->currentData().toUuid();
    if (!service.isNull())
        incident.affectedServices = {service};
    // Who does what from the first minute: the severity's default RACI matrix, in this
    // console's language, for the commander to adjust (RACI dock) rather than to build.
    incident.raci = RaciMatrix::defaultFor(incident.severity);
    const CommandResult result = m_store->declareIncident(incident);
    if (!result) {
        m_error->setText(result.error);
        m_error->show();
        m_title->setFocus();
        return;
    }
    emit declared(result.id);
    QDialog::accept();
}

} // namespace Sitrep
