#include "TracksModel.h"

#include "store/Store.h"

#include <QFont>

namespace Sitrep {

TracksModel::TracksModel(Store *store, QObject *parent)
    : KeyedRowsModel<TrackRow>(parent)
    , m_store(store)
{
    connect(m_store, &Store::tracksChanged, this, [this](const QUuid &incidentId) {
        if (incidentId == m_incidentId)
            reload();
    });
    connect(m_store, &Store::directoryChanged, this, [this] { reload(); });
}

void TracksModel::setIncident(const QUuid &incidentId)
{
    m_incidentId = incidentId;
    reload(true);
}

void TracksModel::reload(bool reset)
{
    m_people.clear();
    const QList<Person> people = m_store->people();
    for (const Person &person : people)
        m_people.insert(person.id, person.name);
    QList<TrackRow> fresh;
    if (!m_incidentId.isNull()) {
        const QList<Track> tracks = m_store->tracks(m_incidentId);
        for (const Track &track : tracks)
            fresh.append({track, m_people.value(track.ownerId)});
    }
    setRows(std::move(fresh), reset);
}

std::optional<Track> TracksModel::trackAt(int row) const
{
    if (row < 0 || row >= rows().size())
        return std::nullopt;
    return rows().at(row).track;
}

int TracksModel::rowOf(const QUuid &trackId) const
{
    for (qsizetype row = 0; row < rows().size(); ++row) {
        if (rows().at(row).track.id == trackId)
            return int(row);
    }
    return -1;
}

QString TracksModel::statusText(TrackStatus status)
{
    switch (status) {
    case TrackStatus::Active:
        //: Track status; the sign is a small arrow
        return tr("▸ Active");
    case TrackStatus::Confirmed:
        return tr("✓ Confirmed");
    case TrackStatus::RuledOut:
        return tr("✗ Ruled out");
    case TrackStatus::Parked:
        return tr("∥ Parked");
    }
    return {};
}

int TracksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TracksModel::data(const QModelIndex &index, int role) const
{
    const TrackRow *row = rowAt(index);
    if (!row)
        return {};
    const Track &track = row->track;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return track.name;
        case OwnerColumn:
            //: Owner column of a track nobody owns
            return row->owner.isEmpty() ? tr("—") : row->owner;
        case StatusColumn:
            return statusText(track.status);
        case HypothesisColumn:
            return track.hypothesis;
        }
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        //: A track read out or hovered: name, status, owner, hypothesis, number of ruled-out findings
        return tr("%1 — %2, owner %3\nHypothesis: %4\n%n ruled out", nullptr, int(track.ruledOut.size()))
            .arg(track.name, statusText(track.status), row->owner.isEmpty() ? tr("none") : row->owner,
                 track.hypothesis.isEmpty() ? tr("none yet") : track.hypothesis);
    case Qt::FontRole:
        // Finished tracks step back; the status text says which.
        if (track.status == TrackStatus::RuledOut || track.status == TrackStatus::Parked) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case IdRole:
        return track.id;
    case StatusRole:
        return int(track.status);
    case OwnerIdRole:
        return track.ownerId;
    case RuledOutRole:
        return track.ruledOut;
    default:
        return {};
    }
}

QVariant TracksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Track");
    case OwnerColumn:
        return tr("Owner");
    case StatusColumn:
        return tr("Status");
    case HypothesisColumn:
        return tr("Hypothesis");
    }
    return {};
}

} // namespace Sitrep
