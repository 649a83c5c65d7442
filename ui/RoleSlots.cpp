#include "RoleSlots.h"

#include "TimeText.h"
#include "rules/Labels.h"

#include <QLocale>

#include <algorithm>

namespace Sitrep {

QList<RoleSlot> roleSlots(const QList<RoleAssignment> &assignments, const QStringList &added)
{
    QList<RoleSlot> rows;
    for (const QString &role : Roles::mandatory()) {
        rows.append({role, RoleRank::Primary, true, {}});
        // Only the commander has a mandatory second in command.
        if (role == Roles::IncidentCommander)
            rows.append({role, RoleRank::Secondary, true, {}});
    }
    const qsizetype mandatoryCount = rows.size();

    auto slotOf = [&rows](const QString &role, RoleRank rank) {
        return std::find_if(rows.begin(), rows.end(),
                            [&](const RoleSlot &row) { return row.role == role && row.rank == rank; });
    };
    for (const RoleAssignment &assignment : assignments) {
        if (slotOf(assignment.role, assignment.rank) == rows.end())
            rows.append({assignment.role, assignment.rank, false, {}});
    }
    for (const QString &role : added) {
        if (slotOf(role, RoleRank::Primary) == rows.end())
            rows.append({role, RoleRank::Primary, false, {}});
    }
    // A total order for the other roles, so that a change finds its one place.
    std::sort(rows.begin() + mandatoryCount, rows.end(), [](const RoleSlot &a, const RoleSlot &b) {
        return a.role != b.role ? a.role < b.role : int(a.rank) < int(b.rank);
    });
    for (const RoleAssignment &assignment : assignments) {
        if (assignment.isCurrent())
            slotOf(assignment.role, assignment.rank)->holder = assignment;
    }
    for (const QString &role : added)
        slotOf(role, RoleRank::Primary)->addedByIncident = true;
    return rows;
}

void RoleSlotText::setPeople(const QList<Person> &people)
{
    m_people.clear();
    for (const Person &person : people)
        m_people.insert(person.id, person);
}

QString RoleSlotText::holderName(const QUuid &personId) const
{
    const auto person = m_people.constFind(personId);
    //: A role holder the directory does not know (yet): the start of their id
    return person != m_people.constEnd() ? person->name
                                         : tr("Unknown (%1)").arg(personId.toString(QUuid::WithoutBraces).left(8));
}

QString RoleSlotText::holder(const RoleSlot &row) const
{
    if (!row.isEmpty())
        return holderName(row.holder.personId);
    //: An empty mandatory role (shown with a warning icon, in bold) / an empty added role
    return row.mandatory ? tr("Unfilled") : tr("vacant");
}

QString RoleSlotText::holderToolTip(const RoleSlot &row) const
{
    if (const auto person = m_people.constFind(row.holder.personId); person != m_people.constEnd())
        return tr("%1 (@%2)").arg(person->name, person->handle);
    return tr("Not in the directory: %1").arg(row.holder.personId.toString(QUuid::WithoutBraces));
}

QString RoleSlotText::since(const RoleSlot &row, const QDate &today)
{
    if (row.isEmpty())
        return {};
    return TimeText::dayAwareClock(row.holder.assignedAt, today);
}

QString RoleSlotText::sinceToolTip(const RoleSlot &row)
{
    return tr("Since %1 (%2 UTC)")
        .arg(QLocale().toString(row.holder.assignedAt.toLocalTime(), QLocale::LongFormat),
             row.holder.assignedAt.toUTC().toString(Qt::ISODate));
}

QString RoleSlotText::emptyToolTip(const RoleSlot &row)
{
    return row.mandatory ? tr("Nobody holds this mandatory role. Select it and press Enter, or drop a person on it.")
                         : tr("Nobody holds this role. Select it and press Enter, or drop a person on it.");
}

QString RoleSlotText::rank(const RoleSlot &row)
{
    // The rank matters where a role has a second in command; elsewhere it is noise.
    if (row.rank == RoleRank::Secondary)
        //: Rank of a role, short for "secondary" (the second in command)
        return tr("2nd");
    //: Rank of a role, short for "primary"
    return row.role == Roles::IncidentCommander ? tr("1st") : QString();
}

QString RoleSlotText::rankName(RoleRank rank)
{
    return rank == RoleRank::Secondary ? tr("secondary") : tr("primary");
}

QString RoleSlotText::accessibleText(const RoleSlot &row) const
{
    const QString role =
        rank(row).isEmpty() ? Labels::role(row.role) : tr("%1, %2").arg(Labels::role(row.role), rankName(row.rank));
    if (!row.isEmpty()) {
        //: Screen reader text of a role row: role, holder, since when
        return tr("%1: %2 since %3")
            .arg(role, holderName(row.holder.personId),
                 QLocale().toString(row.holder.assignedAt.toLocalTime(), QLocale::ShortFormat));
    }
    return row.mandatory ? tr("%1: unfilled mandatory role").arg(role) : tr("%1: vacant").arg(role);
}

} // namespace Sitrep
