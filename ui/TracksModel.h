#pragma once

#include "KeyedRowsModel.h"
#include "model/Track.h"

#include <QHash>
#include <QUuid>

#include <optional>

namespace Sitrep {

class Store;

// A track with its owner's name as the directory has it.
struct TrackRow {
    Track track;
    QString owner;
    QUuid key() const { return track.id; }
    bool operator==(const TrackRow &) const = default;
};

// One row per troubleshooting track of an incident, in the store's order (created first,
// first). A track changed by this console or by sync updates its own row only.
class TracksModel : public KeyedRowsModel<TrackRow>
{
    Q_OBJECT
public:
    enum Column { NameColumn, OwnerColumn, StatusColumn, HypothesisColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        StatusRole,   // TrackStatus as int
        OwnerIdRole,  // QUuid, null when nobody owns it
        RuledOutRole, // QStringList
    };
    Q_ENUM(Role)

    explicit TracksModel(Store *store, QObject *parent = nullptr);

    void setIncident(const QUuid &incidentId);
    QUuid incident() const { return m_incidentId; }

    // The track in a row, whole, so that an edit can keep every field it does not change.
    std::optional<Track> trackAt(int row) const;
    int rowOf(const QUuid &trackId) const;

    // A track's status as a person reads it: a sign and a word, never colour alone.
    static QString statusText(TrackStatus status);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload(bool reset = false);

    Store *m_store;
    QUuid m_incidentId;
    QHash<QUuid, QString> m_people; // directory names of owners
};

} // namespace Sitrep
