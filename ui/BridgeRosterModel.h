#pragma once

#include "KeyedRowsModel.h"
#include "model/BridgeParticipant.h"

#include <QStringList>
#include <QUuid>

namespace Sitrep {

class Store;

// A roster row: a stored participant, or a console that presence says is on the incident
// without a participant row ("watching": shown, never stored).
struct BridgeRosterRow {
    BridgeParticipant participant; // for a watching row: name, kind Console, person if known
    QString roles;                 // the person's current roles on the incident, translated
    bool live = false;             // a console of this name is on the bridge right now
    bool watching = false;
    bool viewing = false; // watching rows: the console shows the incident, off the bridge
    QString key() const
    {
        return watching ? QString(QStringLiteral("watching:") + participant.displayName.toCaseFolded())
                        : participant.id.toString(QUuid::WithoutBraces);
    }
    bool operator==(const BridgeRosterRow &) const = default;
};

// Who is on an incident's bridge: participants present (store order, first joined first),
// then consoles that are present without a participant row, then those who left.
//
// Presence is ephemeral: it is what the server's live stream says right now (docs/SYNC.md
// "presence": names of the people whose consoles view the incident or are on its bridge),
// is kept in memory only and dropped when the incident changes. Only participant rows are
// stored and synced; presence merely marks them "live" and adds "watching" rows, so a
// console present on the incident shows up by itself without anybody writing a row.
class BridgeRosterModel : public KeyedRowsModel<BridgeRosterRow>
{
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, RoleColumn, FlagsColumn, JoinedColumn, LeftColumn, ColumnCount };
    enum Role {
        ParticipantIdRole = Qt::UserRole + 1, // null for watching rows
        PresentRole,
        LiveRole,
        WatchingRole,
        EssentialRole,
        HandRaisedRole,
        MuteRequestedRole,
        InLobbyRole,
        KindRole, // ParticipantKind as int
    };
    Q_ENUM(Role)

    explicit BridgeRosterModel(Store *store, QObject *parent = nullptr);

    void setIncident(const QUuid &incidentId);
    QUuid incident() const { return m_incidentId; }
    // Names as the server's presence message gives them; replaces the previous presence.
    void setPresence(const QStringList &viewing, const QStringList &onBridge);

    // The stored participant of a row (none for watching rows), whole, so that a change
    // keeps every field it does not touch.
    std::optional<BridgeParticipant> participantAt(int row) const;
    int rowOf(const QUuid &participantId) const;
    // The console row of a person (present or not), for joining and leaving.
    std::optional<BridgeParticipant> consoleOf(const QUuid &personId) const;

    int presentCount() const;
    int lobbyCount() const;
    int watchingCount() const;

    // How a console participant is on the bridge ("⌨ Console"), as the roster says it.
    static QString consoleText();
    // The signs a narrow "On by" column shows alone: a console's, a phone's.
    static QStringList kindSigns();

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload(bool reset = false);
    // "☎ " and the phone's channel, or consoleText().
    static QString kindText(const BridgeParticipant &participant);
    // A shown text's sign: its first word, as translated, so the two forms never drift.
    static QString signOf(const QString &shown);
    enum class FlagsForm { Shown, Signs, Spoken };
    QString flagsText(const BridgeRosterRow &row, FlagsForm form) const;

    Store *m_store;
    QUuid m_incidentId;
    QStringList m_viewing;
    QStringList m_onBridge;
};

} // namespace Sitrep
