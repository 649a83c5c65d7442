#pragma once

#include "model/Directory.h"
#include "model/RoleAssignment.h"

#include <QCoreApplication>
#include <QHash>

namespace Sitrep {

// One row of a role board: a role at a rank, and who holds it now.
struct RoleSlot {
    QString role;
    RoleRank rank = RoleRank::Primary;
    bool mandatory = false;
    RoleAssignment holder; // null id: nobody holds the role
    bool addedByIncident = false; // the role key is in Incident::addedRoles

    // What relieving the row does: the holder steps down, or a vacant role the incident
    // added goes off the board.
    bool mayRelieve() const { return !isEmpty() || (addedByIncident && !mandatory); }

    bool isEmpty() const { return holder.id.isNull(); }
    bool isUnfilled() const { return mandatory && isEmpty(); }
    bool sameSlot(const RoleSlot &other) const { return role == other.role && rank == other.rank; }
    bool operator==(const RoleSlot &) const = default;
};

// The rows of an incident's role board, in one total order: the mandatory slots as a
// commander reads them (incident commander primary and secondary, scribe, technical
// lead, comms lead, facilitator), then every other role by key and rank. Roles come from
// all of the incident's assignments, current or relieved (a relieved role is still one
// the incident has), and from the keys added on the board (at primary rank).
QList<RoleSlot> roleSlots(const QList<RoleAssignment> &assignments, const QStringList &added);

// The words a person reads for a role board row, holders named from the directory.
class RoleSlotText
{
    Q_DECLARE_TR_FUNCTIONS(Sitrep::RoleBoardModel)
public:
    void setPeople(const QList<Person> &people);

    // The name, or a short fallback for someone the directory does not know (yet).
    QString holderName(const QUuid &personId) const;
    QString holder(const RoleSlot &row) const; // the name, or "Unfilled" / "vacant"
    QString holderToolTip(const RoleSlot &row) const;
    static QString since(const RoleSlot &row, const QDate &today); // local, TimeText::dayAwareClock
    static QString sinceToolTip(const RoleSlot &row); // local and UTC
    static QString emptyToolTip(const RoleSlot &row);
    // Short ("2nd"), and only where a role has a second in command; the full word below.
    static QString rank(const RoleSlot &row);
    static QString rankName(RoleRank rank);
    QString accessibleText(const RoleSlot &row) const;

private:
    QHash<QUuid, Person> m_people;
};

} // namespace Sitrep
