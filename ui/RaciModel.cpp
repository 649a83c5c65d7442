#include "RaciModel.h"

#include "rules/Labels.h"
#include "rules/Validation.h"
#include "store/Store.h"

#include <QFont>
#include <QApplication>
#include <QStyle>

namespace Sitrep {

namespace {

QString cellWord(Raci value)
{
    switch (value) {
    case Raci::Responsible:
        return RaciModel::tr("Responsible");
    case Raci::Accountable:
        return RaciModel::tr("Accountable");
    case Raci::Consulted:
        return RaciModel::tr("Consulted");
    case Raci::Informed:
        return RaciModel::tr("Informed");
    case Raci::None:
        break;
    }
    return RaciModel::tr("(empty)");
}

} // namespace

RaciModel::RaciModel(Store *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(m_store, &Store::incidentChanged, this, [this](const QUuid &id) {
        if (id == m_incidentId && !m_dirty)
            reload();
    });
}

void RaciModel::setIncident(const QUuid &incidentId)
{
    m_incidentId = incidentId;
    m_dirty = false;
    reload();
}

void RaciModel::reload()
{
    const std::optional<Incident> incident = m_incidentId.isNull() ? std::nullopt : m_store->incident(m_incidentId);
    const RaciMatrix stored = incident ? incident->raci : RaciMatrix();
    m_severity = incident ? incident->severity : QString();
    if (stored == m_matrix) {
        emit stateChanged();
        return; // our own save coming back, or nothing new
    }
    if (stored.roles == m_matrix.roles && stored.activities.size() == m_matrix.activities.size()) {
        m_matrix = stored;
        if (rowCount() > 0 && columnCount() > 0) {
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
            emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
        }
    } else {
        beginResetModel();
        m_matrix = stored;
        endResetModel();
    }
    emit stateChanged();
}

QString RaciModel::commit()
{
    m_dirty = true;
    if (!m_matrix.problem().isEmpty()) {
        emit stateChanged();
        return {}; // waiting: the flagged rows say what is missing
    }
    if (m_incidentId.isNull())
        return tr("No incident.");
    const CommandResult result =
        m_store->editIncident(m_incidentId, [this](Incident &incident) { incident.raci = m_matrix; });
    if (result)
        m_dirty = false;
    emit stateChanged();
    return result.error;
}

QString RaciModel::setCell(int row, int column, Raci value)
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    RaciActivity &activity = m_matrix.activities[row];
    const QString role = m_matrix.roles.at(column);
    if (activity.cell(role) == value)
        return {};
    if (value == Raci::Accountable && m_matrix.accountableCount(row) > 0) {
        QString holder;
        for (const QString &other : std::as_const(m_matrix.roles)) {
            if (activity.cell(other) == Raci::Accountable)
                holder = Labels::role(other);
        }
        return tr("“%1” already has an accountable role (%2): only one role may be A. Change that cell first.")
            .arg(activity.name, holder);
    }
    if (value == Raci::None)
        activity.cells.remove(role);
    else
        activity.cells.insert(role, value);
    emit dataChanged(index(row, column), index(row, column));
    emit headerDataChanged(Qt::Vertical, row, row);
    return commit();
}

QString RaciModel::cycleCell(int row, int column)
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    static const Raci Cycle[] = {Raci::Responsible, Raci::Accountable, Raci::Consulted, Raci::Informed, Raci::None};
    const Raci current = m_matrix.activities.at(row).cell(m_matrix.roles.at(column));
    int at = 0;
    while (Cycle[at] != current)
        ++at;
    Raci next = Cycle[(at + 1) % 5];
    // The cycle steps over A where another role already has it, rather than stopping.
    if (next == Raci::Accountable && m_matrix.accountableCount(row) > 0)
        next = Raci::Consulted;
    return setCell(row, column, next);
}

QString RaciModel::addActivity(const QString &name)
{
    if (m_incidentId.isNull())
        return tr("No incident.");
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > Validation::MaxTitleLength)
        return tr("An activity's name must be 1 to %1 characters long.").arg(Validation::MaxTitleLength);
    for (const RaciActivity &activity : std::as_const(m_matrix.activities)) {
        if (activity.name.trimmed().compare(trimmed, Qt::CaseInsensitive) == 0)
            return tr("“%1” is already an activity.").arg(trimmed);
    }
    if (m_matrix.roles.isEmpty()) {
        // A first activity in an empty matrix: the mandatory roles are the columns.
        beginResetModel();
        m_matrix.roles = Roles::mandatory();
        m_matrix.activities.append({trimmed, {}});
        endResetModel();
    } else {
        beginInsertRows({}, rowCount(), rowCount());
        m_matrix.activities.append({trimmed, {}});
        endInsertRows();
    }
    return commit();
}

QString RaciModel::removeActivity(int row)
{
    if (row < 0 || row >= rowCount())
        return {};
    beginRemoveRows({}, row, row);
    m_matrix.activities.removeAt(row);
    endRemoveRows();
    return commit();
}

QString RaciModel::resetToDefault()
{
    if (m_incidentId.isNull())
        return tr("No incident.");
    beginResetModel();
    m_matrix = RaciMatrix::defaultFor(m_severity);
    endResetModel();
    return commit();
}

int RaciModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.activities.size());
}

int RaciModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.roles.size());
}

QVariant RaciModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RaciActivity &activity = m_matrix.activities.at(index.row());
    const Raci cell = activity.cell(m_matrix.roles.at(index.column()));
    switch (role) {
    case Qt::DisplayRole:
        return raciLetter(cell);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        //: RACI cell: activity, role, what the role is for it
        return tr("%1 — %2: %3").arg(activity.name, Labels::role(m_matrix.roles.at(index.column())), cellWord(cell));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::FontRole:
        if (cell == Raci::Accountable) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant RaciModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        // Five roles share a dock's width: short names in the header, the full one on hover.
        if (role == Qt::DisplayRole)
            return Labels::roleAbbreviation(m_matrix.roles.at(section));
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return Labels::role(m_matrix.roles.at(section));
        return {};
    }
    if (section < 0 || section >= rowCount())
        return {};
    const int accountable = m_matrix.accountableCount(section);
    const bool flagged = accountable != 1;
    switch (role) {
    case Qt::DisplayRole:
        return m_matrix.activities.at(section).name;
    case Qt::DecorationRole:
        return flagged ? QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning) : QVariant();
    case Qt::ToolTipRole:
        return flagged ? tr("Nobody is accountable: mark exactly one role A (not saved until then).")
                       : tr("One accountable role.");
    case Qt::UserRole:
        return flagged;
    default:
        break;
    }
    return {};
}

} // namespace Sitrep
