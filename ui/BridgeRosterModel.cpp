#include "BridgeRosterModel.h"

#include "CachedTextDelegate.h"
#include "TimeText.h"

#include "rules/Labels.h"
#include "store/Store.h"

#include <QFont>
#include <QLocale>
#include <QSet>

namespace Sitrep {

namespace {

QString folded(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

} // namespace

BridgeRosterModel::BridgeRosterModel(Store *store, QObject *parent)
    : KeyedRowsModel<BridgeRosterRow>(parent)
    , m_store(store)
{
    const auto touched = [this](const QUuid &incidentId) {
        if (incidentId == m_incidentId)
            reload();
    };
    connect(m_store, &Store::participantsChanged, this, touched);
    connect(m_store, &Store::rolesChanged, this, touched);
    connect(m_store, &Store::directoryChanged, this, [this] { reload(); });
}

void BridgeRosterModel::setIncident(const QUuid &incidentId)
{
    m_incidentId = incidentId;
    // Presence belongs to one incident; the stream sends the new one's when asked.
    m_viewing.clear();
    m_onBridge.clear();
    reload(true);
}

void BridgeRosterModel::setPresence(const QStringList &viewing, const QStringList &onBridge)
{
    m_viewing = viewing;
    m_onBridge = onBridge;
    reload();
}

void BridgeRosterModel::reload(bool reset)
{
    QList<BridgeRosterRow> fresh;
    if (m_incidentId.isNull()) {
        setRows(std::move(fresh), reset);
        return;
    }
    QHash<QUuid, QString> nameOf;
    QHash<QString, QUuid> personNamed;
    const QList<Person> people = m_store->people();
    for (const Person &person : people) {
        nameOf.insert(person.id, folded(person.name));
        personNamed.insert(folded(person.name), person.id);
    }
    QHash<QUuid, QStringList> rolesOf;
    const QList<RoleAssignment> assignments = m_store->roles(m_incidentId);
    for (const RoleAssignment &assignment : assignments) {
        const QString role = Labels::role(assignment.role);
        //: A secondary role holder in the bridge roster, e.g. "Incident commander (secondary)"
        rolesOf[assignment.personId].append(assignment.rank == RoleRank::Secondary ? tr("%1 (secondary)").arg(role)
                                                                                   : role);
    }
    const auto rolesText = [&](const QUuid &personId) {
        return personId.isNull() ? QString() : rolesOf.value(personId).join(QStringLiteral(", "));
    };
    QSet<QString> onBridge;
    for (const QString &name : std::as_const(m_onBridge))
        onBridge.insert(folded(name));

    // Names that a present participant row already stands for: presence adds no row for them.
    QSet<QString> covered;
    QList<BridgeRosterRow> left;
    const QList<BridgeParticipant> participants = m_store->participants(m_incidentId);
    for (const BridgeParticipant &participant : participants) {
        BridgeRosterRow row{participant, rolesText(participant.personId)};
        if (!participant.isPresent()) {
            left.append(row);
            continue;
        }
        QStringList names{folded(participant.displayName)};
        if (nameOf.contains(participant.personId))
            names.append(nameOf.value(participant.personId));
        for (const QString &name : std::as_const(names)) {
            covered.insert(name);
            row.live = row.live || onBridge.contains(name);
        }
        fresh.append(row);
    }
    QStringList present = m_onBridge + m_viewing;
    present.sort(Qt::CaseInsensitive);
    for (const QString &name : std::as_const(present)) {
        const QString key = folded(name);
        if (key.isEmpty() || covered.contains(key))
            continue;
        covered.insert(key);
        BridgeParticipant console;
        console.incidentId = m_incidentId;
        console.kind = ParticipantKind::Console;
        console.displayName = name.trimmed();
        console.personId = personNamed.value(key);
        const bool live = onBridge.contains(key);
        fresh.append({console, rolesText(console.personId), live, true, !live});
    }
    fresh.append(left);
    setRows(std::move(fresh), reset);
}

std::optional<BridgeParticipant> BridgeRosterModel::participantAt(int row) const
{
    if (row < 0 || row >= rows().size() || rows().at(row).watching)
        return std::nullopt;
    return rows().at(row).participant;
}

int BridgeRosterModel::rowOf(const QUuid &participantId) const
{
    for (qsizetype row = 0; row < rows().size(); ++row) {
        if (!rows().at(row).watching && rows().at(row).participant.id == participantId)
            return int(row);
    }
    return -1;
}

std::optional<BridgeParticipant> BridgeRosterModel::consoleOf(const QUuid &personId) const
{
    // Present rows come first, so a person with an old row and a current one gets the current.
    for (const BridgeRosterRow &row : rows()) {
        if (!row.watching && row.participant.kind == ParticipantKind::Console && row.participant.personId == personId)
            return row.participant;
    }
    return std::nullopt;
}

int BridgeRosterModel::presentCount() const
{
    return int(std::count_if(rows().cbegin(), rows().cend(), [](const BridgeRosterRow &row) {
        return !row.watching && row.participant.isPresent() && !row.participant.inLobby;
    }));
}

int BridgeRosterModel::lobbyCount() const
{
    return int(std::count_if(rows().cbegin(), rows().cend(), [](const BridgeRosterRow &row) {
        return !row.watching && row.participant.isPresent() && row.participant.inLobby;
    }));
}

int BridgeRosterModel::watchingCount() const
{
    return int(std::count_if(rows().cbegin(), rows().cend(), [](const BridgeRosterRow &row) { return row.watching; }));
}

int BridgeRosterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BridgeRosterModel::flagsText(const BridgeRosterRow &row, FlagsForm form) const
{
    // A sign and a word for each flag (never colour alone); the spoken form has words only,
    // and the signs alone are what a narrow column shows (CachedTextDelegate::ShortTextRole).
    const BridgeParticipant &p = row.participant;
    QStringList parts;
    const auto flag = [&parts, form](const QString &shown, const QString &spoken) {
        parts.append(form == FlagsForm::Spoken ? spoken
                         : form == FlagsForm::Signs ? signOf(shown)
                                                    : shown);
    };
    if (p.handRaised)
        flag(tr("☝ hand"), tr("hand raised"));
    if (p.inLobby)
        flag(tr("◌ lobby"), tr("in the lobby"));
    if (p.muteRequested)
        flag(tr("⊘ mute"), tr("mute requested"));
    if (p.essential)
        flag(tr("★ essential"), tr("essential"));
    if (row.live)
        flag(tr("● live"), tr("console on the bridge now"));
    else if (row.viewing)
        flag(tr("○ watching"), tr("console viewing the incident, not on the bridge"));
    return parts.join(form == FlagsForm::Spoken ? QStringLiteral(", ")
                      : form == FlagsForm::Signs ? QStringLiteral(" ")
                                                 : QStringLiteral("  "));
}

QString BridgeRosterModel::kindText(const BridgeParticipant &participant)
{
    // A sign first, the text's first word, which a narrow column shows alone (RosterColumns).
    if (participant.kind == ParticipantKind::Phone) {
        //: Roster: how a participant is on the bridge; a phone (the sign) shows its channel
        return tr("☎ %1").arg(participant.channel);
    }
    return consoleText();
}

QString BridgeRosterModel::signOf(const QString &shown)
{
    return shown.section(QLatin1Char(' '), 0, 0);
}

QStringList BridgeRosterModel::kindSigns()
{
    BridgeParticipant phone;
    phone.kind = ParticipantKind::Phone;
    return {signOf(consoleText()), signOf(kindText(phone))};
}

QString BridgeRosterModel::consoleText()
{
    //: Roster: on the bridge from a console; keep the sign first, then a space
    return tr("⌨ Console");
}

QVariant BridgeRosterModel::data(const QModelIndex &index, int role) const
{
    const BridgeRosterRow *row = rowAt(index);
    if (!row)
        return {};
    const BridgeParticipant &p = row->participant;
    const bool phone = p.kind == ParticipantKind::Phone;
    // A time of another day says its day; "today" is the store's clock's (tests set it), read
    // only for the cells that show a time (data() is asked for every role of every cell).
    const auto clock = [this](const QDateTime &at) {
        return TimeText::dayAwareClock(at, m_store->clock()->now().toLocalTime().date());
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return p.displayName;
        case KindColumn:
            return kindText(p);
        case RoleColumn:
            return row->roles;
        case FlagsColumn:
            return flagsText(*row, FlagsForm::Shown);
        case JoinedColumn:
            return clock(p.joinedAt);
        case LeftColumn:
            return clock(p.leftAt);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == JoinedColumn || index.column() == LeftColumn)
            return TimeText::utcStamp(index.column() == JoinedColumn ? p.joinedAt : p.leftAt);
        [[fallthrough]];
    case Qt::AccessibleTextRole: {
        //: A roster row read out: name, console or phone channel, roles, flags
        QString text = tr("%1, %2").arg(p.displayName, phone ? tr("phone %1").arg(p.channel) : tr("console"));
        if (!row->roles.isEmpty())
            text += QStringLiteral(", ") + row->roles;
        if (const QString flags = flagsText(*row, FlagsForm::Spoken); !flags.isEmpty())
            text += QStringLiteral(", ") + flags;
        if (!row->watching)
            text += p.isPresent() ? tr(", joined %1").arg(clock(p.joinedAt))
                                  : tr(", left at %1").arg(clock(p.leftAt));
        return text;
    }
    case Qt::FontRole:
        // Those who left step back; the Left column says since when.
        if (!row->watching && !p.isPresent()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case CachedTextDelegate::ShortTextRole: // when the words do not fit the column: the signs
        if (index.column() == KindColumn)
            return signOf(kindText(p));
        return index.column() == FlagsColumn ? flagsText(*row, FlagsForm::Signs) : QVariant();
    case ParticipantIdRole:
        return row->watching ? QUuid() : p.id;
    case PresentRole:
        return row->watching || p.isPresent();
    case LiveRole:
        return row->live;
    case WatchingRole:
        return row->watching;
    case EssentialRole:
        return p.essential;
    case HandRaisedRole:
        return p.handRaised;
    case MuteRequestedRole:
        return p.muteRequested;
    case InLobbyRole:
        return p.inLobby;
    case KindRole:
        return int(p.kind);
    default:
        return {};
    }
}

QVariant BridgeRosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    if (role == Qt::ToolTipRole) {
        // The headers over the times are short (a time is short): these say what they are.
        if (section == JoinedColumn)
            return tr("When they joined the bridge, local time; hover a time for UTC");
        if (section == LeftColumn)
            return tr("When they left the bridge, local time; hover a time for UTC");
        // A narrow roster shows the signs alone, under a cut header.
        if (section == KindColumn)
            return tr("How they are on the bridge: ⌨ on a console, ☎ by phone (hover for the number)");
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("On by");
    case RoleColumn:
        return tr("Role");
    case FlagsColumn:
        return tr("Flags");
    case JoinedColumn:
        //: Roster column header over the time a participant joined: keep it as short as a time (German "Von")
        return tr("Joined");
    case LeftColumn:
        //: Roster column header over the time a participant left: keep it as short as a time (German "Bis")
        return tr("Left");
    }
    return {};
}

} // namespace Sitrep
