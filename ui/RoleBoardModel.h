#pragma once

#include "RoleSlots.h"
#include "store/Store.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Sitrep {

// The role board of one incident: the mandatory bridge roles first, in a fixed order
// (incident commander primary and secondary, scribe, technical lead, comms lead,
// facilitator), then every other role the incident has or had, by key. A row is a role
// at a rank; its holder is the current assignment in the store, if any.
//
// A role added here is kept on the incident (Incident::addedRoles, synced), so every console
// shows it before anybody holds it.
//
// Assigning (also by dropping a person of the roster, PersonMimeType) and relieving go
// through the store's commands; a change to the roles updates the rows that differ with
// fine-grained signals, never a reset.
class RoleBoardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RoleColumn, RankColumn, HolderColumn, SinceColumn, ColumnCount };
    enum Role {
        RoleKeyRole = Qt::UserRole + 1,
        RankRole,         // RoleRank as int
        AssignmentIdRole, // null when the role is empty
        PersonIdRole,     // null when the role is empty
        MandatoryRole,
        UnfilledRole, // a mandatory role nobody holds: the thing not to miss
        MayRelieveRole, // held, or a vacant role the incident added (relieve takes it off)
    };
    Q_ENUM(Role)

    // What a dragged person carries: the person's id as text (RosterModel::mimeData).
    static QString personMimeType();

    explicit RoleBoardModel(Store *store, QObject *parent = nullptr);

    void setIncident(const QUuid &incidentId);
    QUuid incident() const { return m_incidentId; }

    // Adds a role the incident needs beyond the mandatory ones (a key as Roles::isValidKey
    // wants it) to the incident (Incident::addedRoles, synced); find its row with rowOf().
    CommandResult addRole(const QString &key);
    // The row of a role at a rank, or -1.
    int rowOf(const QString &role, RoleRank rank = RoleRank::Primary) const;
    int unfilledCount() const;

    // The store's commands for the role of a row; nothing changes when they fail.
    CommandResult assign(int row, const QUuid &personId);
    // Relieves the holder; on a vacant role the incident added, takes it off the board.
    CommandResult relieve(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    // A command (a drop included) was refused; the text says why, for the status bar.
    void commandFailed(const QString &message);

private:
    QList<RoleSlot> query() const;
    void refresh();
    void refreshHolders();
    int dropRow(int row, const QModelIndex &parent) const;

    Store *m_store;
    QUuid m_incidentId;
    QList<RoleSlot> m_rows;
    RoleSlotText m_text;
};

} // namespace Sitrep
