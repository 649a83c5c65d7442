#include "RoleBoardModel.h"

#include "RoleSlots.h"
#include "rules/Labels.h"
#include "rules/Validation.h"

#include <QApplication>
#include <QFont>
#include <QMimeData>
#include <QStyle>

#include <algorithm>

namespace Sitrep {

QString RoleBoardModel::personMimeType()
{
    return QStringLiteral("application/x-sitrep-person-id");
}

RoleBoardModel::RoleBoardModel(Store *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    m_text.setPeople(m_store->people());
    auto refreshShown = [this](const QUuid &incidentId) {
        if (incidentId == m_incidentId)
            refresh();
    };
    connect(m_store, &Store::rolesChanged, this, refreshShown);
    connect(m_store, &Store::incidentChanged, this, refreshShown); // its added roles
    connect(m_store, &Store::directoryChanged, this, &RoleBoardModel::refreshHolders);
}

void RoleBoardModel::setIncident(const QUuid &incidentId)
{
    beginResetModel();
    m_incidentId = incidentId;
    m_rows = query();
    endResetModel();
}

QList<RoleSlot> RoleBoardModel::query() const
{
    if (m_incidentId.isNull())
        return {};
    const std::optional<Incident> incident = m_store->incident(m_incidentId);
    return roleSlots(m_store->roles(m_incidentId, false), incident ? incident->addedRoles : QStringList());
}

void RoleBoardModel::refresh()
{
    const QList<RoleSlot> fresh = query();
    auto inFresh = [&fresh](const RoleSlot &row) {
        return std::any_of(fresh.begin(), fresh.end(), [&row](const RoleSlot &other) { return other.sameSlot(row); });
    };
    // Both lists share one order, so after removing what went, the old rows are a
    // subsequence of the new ones and each new row has exactly one place.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!inFresh(m_rows.at(row))) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    for (int row = 0; row < fresh.size(); ++row) {
        if (row < m_rows.size() && m_rows.at(row).sameSlot(fresh.at(row)))
            continue;
        beginInsertRows({}, row, row);
        m_rows.insert(row, fresh.at(row));
        endInsertRows();
    }
    if (m_rows.size() != fresh.size()) { // not a subsequence after all: say so honestly
        beginResetModel();
        m_rows = fresh;
        endResetModel();
        return;
    }
    for (int row = 0; row < fresh.size(); ++row) {
        if (!(m_rows.at(row) == fresh.at(row))) {
            m_rows[row] = fresh.at(row);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

void RoleBoardModel::refreshHolders()
{
    m_text.setPeople(m_store->people());
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, HolderColumn), index(rowCount() - 1, HolderColumn));
}

CommandResult RoleBoardModel::addRole(const QString &key)
{
    if (m_incidentId.isNull())
        return {false, tr("No incident is shown.")};
    if (const QString problem = Validation::checkAddedRoles({key}); !problem.isEmpty())
        return {false, problem};
    if (rowOf(key) >= 0)
        return {true, {}, m_incidentId};
    // Kept on the incident (incident.update of addedRoles): every console shows the role,
    // and it stays after switching incidents, until somebody fills it.
    return m_store->editIncident(m_incidentId, [&key](Incident &incident) {
        if (!incident.addedRoles.contains(key)) // another console may have added it meanwhile
            incident.addedRoles.append(key);
    }); // its incidentChanged refreshes the rows
}

int RoleBoardModel::rowOf(const QString &role, RoleRank rank) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).role == role && m_rows.at(row).rank == rank)
            return row;
    }
    return -1;
}

int RoleBoardModel::unfilledCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const RoleSlot &row) { return row.isUnfilled(); }));
}

CommandResult RoleBoardModel::assign(int row, const QUuid &personId)
{
    if (row < 0 || row >= m_rows.size())
        return {false, tr("Choose a role first."), {}};
    RoleAssignment assignment;
    assignment.incidentId = m_incidentId;
    assignment.role = m_rows.at(row).role;
    assignment.rank = m_rows.at(row).rank;
    assignment.personId = personId;
    return m_store->assignRole(assignment);
}

CommandResult RoleBoardModel::relieve(int row)
{
    if (row < 0 || row >= m_rows.size())
        return {false, tr("Choose a role first."), {}};
    const RoleSlot target = m_rows.at(row); // a copy: the store's signals refresh the rows
    if (!target.mayRelieve())
        return {false, tr("Nobody holds the role %1.").arg(Labels::role(target.role)), {}};
    if (!target.isEmpty())
        return m_store->relieveRole(target.holder.id);
    // A vacant role the incident added goes off its board (a mistyped one, or no longer
    // needed); one somebody held before comes back from its assignments anyway. The store's
    // incidentChanged refreshes the rows.
    return m_store->editIncident(m_incidentId,
                                 [&target](Incident &incident) { incident.addedRoles.removeAll(target.role); });
}

QVariant RoleBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RoleSlot &row = m_rows.at(index.row());
    const bool unfilled = row.isUnfilled();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RoleColumn:
            return Labels::role(row.role);
        case RankColumn:
            return RoleSlotText::rank(row);
        case HolderColumn:
            return m_text.holder(row);
        case SinceColumn:
            return RoleSlotText::since(row, m_store->clock()->now().toLocalTime().date()); // the store's day: tests set it
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (unfilled && index.column() == HolderColumn)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::FontRole:
        if (unfilled && (index.column() == RoleColumn || index.column() == HolderColumn)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == RankColumn && !RoleSlotText::rank(row).isEmpty())
            return RoleSlotText::rankName(row.rank);
        if (row.isEmpty())
            return RoleSlotText::emptyToolTip(row);
        return index.column() == SinceColumn ? RoleSlotText::sinceToolTip(row) : m_text.holderToolTip(row);
    case Qt::AccessibleTextRole:
        return m_text.accessibleText(row);
    case RoleKeyRole:
        return row.role;
    case RankRole:
        return int(row.rank);
    case AssignmentIdRole:
        return row.holder.id;
    case PersonIdRole:
        return row.holder.personId;
    case MandatoryRole:
        return row.mandatory;
    case UnfilledRole:
        return unfilled;
    case MayRelieveRole:
        return row.mayRelieve();
    default:
        return {};
    }
}

QVariant RoleBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RoleColumn:
        return tr("Role");
    case RankColumn:
        return tr("Rank");
    case HolderColumn:
        return tr("Holder");
    case SinceColumn:
        return tr("Since");
    default:
        return {};
    }
}

int RoleBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RoleBoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags RoleBoardModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags; // a person dropped between rows would have no role to take
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
}

QStringList RoleBoardModel::mimeTypes() const
{
    return {personMimeType()};
}

Qt::DropActions RoleBoardModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

int RoleBoardModel::dropRow(int row, const QModelIndex &parent) const
{
    if (parent.isValid())
        return parent.row();
    return row >= 0 && row < m_rows.size() ? row : -1;
}

bool RoleBoardModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                     const QModelIndex &parent) const
{
    Q_UNUSED(action)
    Q_UNUSED(column)
    return data && data->hasFormat(personMimeType()) && dropRow(row, parent) >= 0;
}

bool RoleBoardModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                  const QModelIndex &parent)
{
    if (action == Qt::IgnoreAction || !canDropMimeData(data, action, row, column, parent))
        return false;
    const QUuid personId = QUuid::fromString(QLatin1String(data->data(personMimeType())));
    const CommandResult result = assign(dropRow(row, parent), personId);
    if (!result)
        emit commandFailed(result.error);
    return bool(result);
}

} // namespace Sitrep
