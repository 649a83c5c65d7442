#pragma once

#include <QString>

#include <array>
#include <optional>

namespace Sitrep {

// The closed vocabularies of the domain. Their wire names (snake_case) are part of the
// protocol: never rename one, only add.

enum class IncidentStatus { Declared, Investigating, Identified, Mitigated, Resolved, Closed };
enum class EntryKind { Note, Decision, Action, StatusChange, RoleChange, Comms, Escalation, Checkpoint };
enum class RoleRank { Primary, Secondary };
enum class TrackStatus { Active, Confirmed, RuledOut, Parked };
enum class ParticipantKind { Console, Phone };

template<typename E> struct EnumNames;

template<> struct EnumNames<IncidentStatus> {
    static constexpr std::array<const char *, 6> names{
        "declared", "investigating", "identified", "mitigated", "resolved", "closed"};
};
template<> struct EnumNames<EntryKind> {
    static constexpr std::array<const char *, 8> names{
        "note", "decision", "action", "status_change", "role_change", "comms", "escalation", "checkpoint"};
};
template<> struct EnumNames<RoleRank> {
    static constexpr std::array<const char *, 2> names{"primary", "secondary"};
};
template<> struct EnumNames<TrackStatus> {
    static constexpr std::array<const char *, 4> names{"active", "confirmed", "ruled_out", "parked"};
};
template<> struct EnumNames<ParticipantKind> {
    static constexpr std::array<const char *, 2> names{"console", "phone"};
};

template<typename E> QString enumToString(E value)
{
    return QString::fromLatin1(EnumNames<E>::names[std::size_t(value)]);
}

template<typename E> std::optional<E> enumFromString(QStringView text)
{
    const auto &names = EnumNames<E>::names;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (text == QLatin1String(names[i]))
            return E(i);
    }
    return std::nullopt;
}

template<typename E> constexpr int enumCount()
{
    return int(EnumNames<E>::names.size());
}

// The lifecycle only moves forward, one or more steps at a time; closed is final.
bool isForwardTransition(IncidentStatus from, IncidentStatus to);

// An incident is active until it is resolved.
inline bool isActive(IncidentStatus status)
{
    return status < IncidentStatus::Resolved;
}

} // namespace Sitrep
