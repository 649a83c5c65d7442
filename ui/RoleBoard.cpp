#include "RoleBoard.h"

#include "CachedTextDelegate.h"
#include "DayChangeTimer.h"
#include "RoleBoardModel.h"
#include "RoleSlots.h"
#include "RosterModel.h"
#include "RosterPicker.h"
#include "rules/Labels.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Sitrep {

RoleBoard::RoleBoard(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_model(new RoleBoardModel(store, this))
    , m_picker(new RosterPicker(store, this))
    , m_unfilled(new QLabel(this))
    , m_rolesView(new QTableView(this))
    , m_assign(new QPushButton(tr("Assign…"), this))
    , m_relieve(new QPushButton(tr("Relieve"), this))
    , m_addRole(new QPushButton(tr("Add role…"), this))
    , m_newRole(new QLineEdit(this))
{
    // The one line a commander must not miss; text and a sign, not colour alone.
    QFont strong = m_unfilled->font();
    strong.setBold(true);
    m_unfilled->setFont(strong);
    m_unfilled->setTextFormat(Qt::PlainText);
    m_unfilled->setAccessibleName(tr("Unfilled mandatory roles"));
    setUpRolesView();

    m_assign->setAccessibleName(tr("Assign the selected role"));
    m_assign->setToolTip(tr("Choose who takes the selected role from the roster (Enter or F2)"));
    m_assign->setStatusTip(m_assign->toolTip()); // what updateState() puts back
    m_relieve->setAccessibleName(tr("Relieve the selected role"));
    m_relieve->setToolTip(tr("The holder of the selected role steps down and the role stays on the board; a vacant "
                             "role the incident added goes off it (Delete)"));
    m_relieve->setStatusTip(m_relieve->toolTip()); // what updateState() puts back
    m_addRole->setAccessibleName(tr("Add a role"));
    m_addRole->setToolTip(tr("Add a role this incident needs beyond the mandatory ones"));
    m_addRole->setStatusTip(m_addRole->toolTip()); // what updateState() puts back
    m_newRole->setAccessibleName(tr("New role name"));
    m_newRole->setPlaceholderText(tr("e.g. customer_liaison — Enter adds, Esc cancels"));
    m_newRole->setToolTip(tr("Lower-case letters, digits and _; spaces become _"));
    m_newRole->hide();

    // Stacked, not side by side: the board lives in a narrow dock beside the timeline.
    auto *rolesPart = new QWidget(this);
    auto *rolesLayout = new QVBoxLayout(rolesPart);
    rolesLayout->setContentsMargins(0, 0, 0, 0);
    rolesLayout->addWidget(m_unfilled);
    rolesLayout->addWidget(m_rolesView, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_assign);
    buttons->addWidget(m_relieve);
    buttons->addWidget(m_addRole);
    buttons->addStretch(1);
    rolesLayout->addLayout(buttons);
    rolesLayout->addWidget(m_newRole);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setAccessibleName(tr("Roles and roster"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(rolesPart);
    splitter->addWidget(m_picker);
    // The roles are the point; the roster is where one picks from.
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    setTabOrder(m_rolesView, m_assign);
    setTabOrder(m_assign, m_relieve);
    setTabOrder(m_relieve, m_addRole);
    setTabOrder(m_addRole, m_newRole);
    setTabOrder(m_newRole, m_picker->filter());
    setTabOrder(m_picker->filter(), m_picker->view());

    // F2 from anywhere on the board, as in a spreadsheet; Enter on a role does the same.
    auto *assignAction = new QAction(tr("Assign…"), this);
    assignAction->setShortcut(Qt::Key_F2);
    assignAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(assignAction);
    connect(assignAction, &QAction::triggered, this, &RoleBoard::startAssign);
    connect(m_assign, &QPushButton::clicked, this, &RoleBoard::startAssign);
    connect(m_rolesView, &QAbstractItemView::activated, this, &RoleBoard::startAssign);
    connect(m_relieve, &QPushButton::clicked, this, &RoleBoard::relieveCurrent);
    connect(m_addRole, &QPushButton::clicked, this, &RoleBoard::showAddRole);
    connect(m_newRole, &QLineEdit::returnPressed, this, &RoleBoard::addRole);
    connect(m_picker, &RosterPicker::personChosen, this, &RoleBoard::assign);
    connect(m_picker, &RosterPicker::cancelled, this, &RoleBoard::backToRoles);
    connect(m_picker, &RosterPicker::message, this, &RoleBoard::message);
    connect(m_model, &RoleBoardModel::commandFailed, this, &RoleBoard::message);
    // Keys the views would otherwise ignore: Delete on a role, Esc in the new role's line.
    m_rolesView->installEventFilter(this);
    m_newRole->installEventFilter(this);

    connect(m_model, &QAbstractItemModel::modelReset, this, &RoleBoard::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RoleBoard::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RoleBoard::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RoleBoard::updateState);
    connect(m_rolesView->selectionModel(), &QItemSelectionModel::currentChanged, this, &RoleBoard::updateState);
    updateState();
}

void RoleBoard::setUpRolesView()
{
    m_rolesView->setModel(m_model);
    m_rolesView->setAccessibleName(tr("Roles"));
    m_rolesView->setToolTip(
        tr("Enter or F2 assigns the selected role from the roster; Delete relieves it (or takes a vacant added role off)"));
    m_rolesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rolesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rolesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rolesView->setShowGrid(false);
    m_rolesView->setWordWrap(false);
    m_rolesView->setAlternatingRowColors(true);
    m_rolesView->setTextElideMode(Qt::ElideRight); // "Priya Nata…", as the roster and the list
    m_rolesView->setItemDelegate(new CachedTextDelegate(m_rolesView)); // as the compact tables
    // Dropping always lands on a row (a role), never between two.
    m_rolesView->setDragDropMode(QAbstractItemView::DropOnly);
    m_rolesView->setDragDropOverwriteMode(true);
    m_rolesView->setDropIndicatorShown(true);
    QHeaderView *rows = m_rolesView->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_rolesView->fontMetrics().height() + 8);
    rows->hide();
    // The holder is what a commander reads: it gets the room the dock has, and the role
    // names give way (elided, whole in the tooltip) rather than it.
    QHeaderView *columns = m_rolesView->horizontalHeader();
    columns->setAccessibleName(tr("Role columns"));
    columns->setMinimumSectionSize(24);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(RoleBoardModel::HolderColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = m_rolesView->fontMetrics();
    QFont bold = m_rolesView->font();
    bold.setBold(true); // an unfilled commander's seat is shown in bold and must not be cut
    columns->resizeSection(RoleBoardModel::RoleColumn,
                           QFontMetrics(bold).horizontalAdvance(Labels::role(Roles::IncidentCommander)) + 12);
    const QString rankTitle = m_model->headerData(RoleBoardModel::RankColumn, Qt::Horizontal).toString();
    columns->resizeSection(RoleBoardModel::RankColumn, metrics.horizontalAdvance(rankTitle) + 16);
    // As wide as the handovers shown: today's a bare time, an incident past midnight the
    // day of the earlier ones; the holder takes the rest.
    keepTimeColumnsFitted(m_rolesView, {RoleBoardModel::SinceColumn});
}

void RoleBoard::setIncident(const QUuid &incidentId)
{
    m_model->setIncident(incidentId);
    m_newRole->hide();
    m_newRole->clear();
    if (m_model->rowCount() > 0)
        m_rolesView->setCurrentIndex(m_model->index(0, 0));
    updateState();
}

QUuid RoleBoard::incident() const
{
    return m_model->incident();
}

RosterModel *RoleBoard::rosterModel() const
{
    return m_picker->model();
}

QListView *RoleBoard::rosterView() const
{
    return m_picker->view();
}

QLineEdit *RoleBoard::rosterFilter() const
{
    return m_picker->filter();
}

bool RoleBoard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (watched == m_rolesView && key == Qt::Key_Delete) {
            relieveCurrent();
            return true;
        }
        if (watched == m_newRole && key == Qt::Key_Escape) {
            m_newRole->clear();
            m_newRole->hide();
            backToRoles();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool RoleBoard::refused()
{
    if (m_refusal.isEmpty())
        return false;
    emit message(m_refusal); // the keys say why nothing happens
    return true;
}

void RoleBoard::setRefusal(const QString &why)
{
    m_refusal = why;
    updateState();
}

void RoleBoard::startAssign()
{
    if (refused())
        return;
    if (!m_rolesView->currentIndex().isValid()) {
        emit message(tr("Choose a role first."));
        return;
    }
    m_picker->focusFilter();
}

void RoleBoard::assign(const QUuid &personId)
{
    const CommandResult result = m_model->assign(m_rolesView->currentIndex().row(), personId);
    if (!result) {
        // The person stays picked, so another role can be chosen without retyping.
        emit message(result.error);
        return;
    }
    m_picker->clearFilter();
    backToRoles();
}

void RoleBoard::relieveCurrent()
{
    if (refused())
        return;
    const CommandResult result = m_model->relieve(m_rolesView->currentIndex().row());
    if (!result)
        emit message(result.error);
}

void RoleBoard::showAddRole()
{
    if (refused())
        return;
    m_newRole->show();
    m_newRole->setFocus(Qt::OtherFocusReason);
}

void RoleBoard::addRole()
{
    if (refused())
        return;
    // People type names ("Customer liaison"); the store keeps keys ("customer_liaison").
    QString key = m_newRole->text().trimmed().toLower();
    key.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    if (!Roles::isValidKey(key)) {
        emit message(tr("\"%1\" is not a valid role name: use lower-case letters, digits and _, starting with a "
                        "letter (e.g. customer_liaison).")
                         .arg(m_newRole->text()));
        return;
    }
    if (const CommandResult added = m_model->addRole(key); !added) {
        emit message(added.error);
        return;
    }
    const int row = m_model->rowOf(key);
    m_newRole->clear();
    m_newRole->hide();
    m_rolesView->setCurrentIndex(m_model->index(row, 0));
    // A role is added to be filled: go straight on to choosing who.
    startAssign();
}

void RoleBoard::backToRoles()
{
    m_rolesView->setFocus(Qt::OtherFocusReason);
}

void RoleBoard::updateState()
{
    const bool hasIncident = !m_model->incident().isNull();
    const QModelIndex current = m_rolesView->currentIndex();
    m_rolesView->setEnabled(hasIncident);
    const bool mayWrite = m_refusal.isEmpty();
    m_addRole->setEnabled(hasIncident && mayWrite);
    m_picker->setEnabled(hasIncident && mayWrite);
    m_assign->setEnabled(current.isValid() && mayWrite);
    m_relieve->setEnabled(current.isValid() && mayWrite && current.data(RoleBoardModel::MayRelieveRole).toBool());
    for (QPushButton *button : {m_addRole, m_assign, m_relieve})
        button->setToolTip(mayWrite ? button->statusTip() : m_refusal);
    m_rolesView->setAcceptDrops(mayWrite);

    const int unfilled = m_model->unfilledCount();
    //: Above the role board; the sign is a warning triangle
    m_unfilled->setText(tr("⚠ %n mandatory role(s) unfilled", nullptr, unfilled));
    m_unfilled->setVisible(unfilled > 0);

    if (!hasIncident) {
        m_picker->setHint(tr("No incident selected."));
    } else if (current.isValid()) {
        const QString role = current.siblingAtColumn(RoleBoardModel::RoleColumn).data().toString();
        // The rank's full word (the column shows it short).
        const QModelIndex rankIndex = current.siblingAtColumn(RoleBoardModel::RankColumn);
        const QString rank =
            rankIndex.data().toString().isEmpty() ? QString() : rankIndex.data(Qt::ToolTipRole).toString();
        const QString target = rank.isEmpty() ? role : tr("%1 (%2)").arg(role, rank);
        //: Above the roster: the role a person chosen now takes
        m_picker->setHint(tr("Who takes “%1”? Enter, or drag a person onto a role").arg(target));
    } else {
        m_picker->setHint(tr("Select a role, then choose a person."));
    }
}

QList<ShortcutSheet::Row> RoleBoard::keyHelp()
{
    const QString area = tr("Role board");
    return {
        {area, tr("Assign the selected role: to the roster filter"), tr("Enter, F2")},
        {area, tr("Give the role to the highlighted person"), tr("Enter")},
        {area, tr("Back to the roles"), tr("Esc")},
        {area, tr("Relieve the selected role (a vacant added role: take it off the board)"), tr("Delete")},
    };
}

} // namespace Sitrep
