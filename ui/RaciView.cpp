#include "RaciView.h"

#include "CompactTable.h"
#include "NameWidget.h"
#include "RaciModel.h"

#include <QAbstractButton>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace Sitrep {

RaciView::RaciView(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_model(new RaciModel(store, this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_newActivity(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add activity"), this))
    , m_remove(new QPushButton(tr("Remove activity"), this))
    , m_reset(new QPushButton(this))
{
    nameWidget(m_view, "raciMatrix", tr("RACI matrix"),
         tr("Activities × roles. R, A, C, I set a cell, Space or a click steps through, Delete empties it"));
    m_view->setModel(m_model);
    setUpCompactTable(m_view);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setVisible(true);
    m_view->verticalHeader()->setAccessibleName(tr("Activities"));
    // With both headers shown the table has a corner button (selects all): name it too.
    if (auto *corner = m_view->findChild<QAbstractButton *>())
        corner->setAccessibleName(tr("Select the whole matrix"));
    m_view->setShowGrid(true); // a matrix: the grid is how a row and a column meet
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->installEventFilter(this);
    nameWidget(m_status, "raciStatus", tr("RACI matrix state"), tr("Whether the matrix is saved, and what keeps it from it"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    nameWidget(m_newActivity, "newActivity", tr("New activity"), tr("Name of an activity to add (Enter adds)"));
    m_newActivity->setPlaceholderText(tr("New activity"));
    nameWidget(m_add, "addActivity", tr("Add activity"), tr("Add the activity as a new row (Enter)"));
    nameWidget(m_remove, "removeActivity", tr("Remove activity"), tr("Remove the selected activity (Ctrl+Delete)"));
    nameWidget(m_reset, "resetRaci", tr("Reset to the default"), tr("Replace the matrix with the default for the incident's severity"));

    auto *adding = new QHBoxLayout;
    adding->addWidget(m_newActivity, 1);
    adding->addWidget(m_add);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_reset);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addLayout(adding);
    layout->addLayout(buttons);
    setTabOrder(m_view, m_newActivity);
    setTabOrder(m_newActivity, m_add);
    setTabOrder(m_add, m_remove);
    setTabOrder(m_remove, m_reset);

    auto *removeKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete), m_view);
    removeKey->setContext(Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, &RaciView::removeActivity);
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (!refused())
            report(m_model->cycleCell(index.row(), index.column()));
    });
    connect(m_newActivity, &QLineEdit::returnPressed, this, &RaciView::addActivity);
    connect(m_add, &QPushButton::clicked, this, &RaciView::addActivity);
    connect(m_remove, &QPushButton::clicked, this, &RaciView::removeActivity);
    connect(m_reset, &QPushButton::clicked, this, [this] { report(m_model->resetToDefault()); });
    connect(m_model, &RaciModel::stateChanged, this, &RaciView::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &RaciView::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RaciView::updateState);
    setIncident({});
}

void RaciView::setIncident(const QUuid &incidentId)
{
    m_model->setIncident(incidentId);
    updateState();
}

QUuid RaciView::incident() const
{
    return m_model->incident();
}

bool RaciView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || (key->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return false;
    static const QList<int> writingKeys{Qt::Key_Space, Qt::Key_Delete, Qt::Key_Backspace, Qt::Key_R,
                                        Qt::Key_A,     Qt::Key_C,      Qt::Key_I};
    if (writingKeys.contains(key->key()) && refused())
        return true;
    switch (key->key()) {
    case Qt::Key_Space:
        report(m_model->cycleCell(current.row(), current.column()));
        return true;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        report(m_model->setCell(current.row(), current.column(), Raci::None));
        return true;
    case Qt::Key_R:
    case Qt::Key_A:
    case Qt::Key_C:
    case Qt::Key_I:
        report(m_model->setCell(current.row(), current.column(), *raciFromLetter(QString(QChar(key->key())))));
        return true;
    default:
        return false;
    }
}

void RaciView::report(const QString &error)
{
    if (!error.isEmpty())
        emit message(error);
}

bool RaciView::refused()
{
    if (m_refusal.isEmpty())
        return false;
    emit message(m_refusal);
    return true;
}

void RaciView::addActivity()
{
    if (refused())
        return;
    const QString error = m_model->addActivity(m_newActivity->text());
    if (!error.isEmpty()) {
        report(error); // what was typed stays for another try
        return;
    }
    m_newActivity->clear();
    // Straight on to the new row's cells, to give it its Accountable.
    m_view->setCurrentIndex(m_model->index(m_model->rowCount() - 1, 0));
    m_view->setFocus(Qt::OtherFocusReason);
}

void RaciView::removeActivity()
{
    if (refused())
        return;
    const int row = m_view->currentIndex().row();
    if (row >= 0)
        report(m_model->removeActivity(row));
}

void RaciView::setRefusal(const QString &why)
{
    m_refusal = why;
    updateState();
}

void RaciView::updateState()
{
    const bool on = !m_model->incident().isNull();
    //: The button that replaces the RACI matrix; %1 is the incident's severity key (SEV2)
    m_reset->setText(tr("Reset to the default for %1").arg(m_model->severity()));
    const bool mayWrite = on && m_refusal.isEmpty();
    m_reset->setEnabled(mayWrite);
    m_newActivity->setEnabled(mayWrite);
    m_add->setEnabled(mayWrite);
    m_remove->setEnabled(mayWrite && m_view->currentIndex().isValid());
    if (!on)
        m_status->setText(tr("No incident"));
    else if (m_model->matrix().isEmpty())
        m_status->setText(tr("No RACI matrix yet: reset to the default or add an activity."));
    else if (const QString problem = m_model->matrix().problem(); !problem.isEmpty())
        //: The RACI matrix is kept on this console until the rule holds; %1 says what is missing
        m_status->setText(tr("⚠ Not saved: %1").arg(problem));
    else
        m_status->setText(m_model->isDirty() ? tr("⚠ Not saved.") : tr("Saved: one accountable role per activity."));
}

QList<ShortcutSheet::Row> RaciView::keyHelp()
{
    const QString area = tr("RACI matrix");
    return {
        {area, tr("Set the cell to Responsible, Accountable, Consulted or Informed"), tr("R, A, C, I")},
        {area, tr("Step the cell through R, A, C, I and empty"), tr("Space")},
        {area, tr("Empty the cell"), tr("Delete")},
        {area, tr("Remove the activity"), tr("Ctrl+Delete")},
    };
}

} // namespace Sitrep
