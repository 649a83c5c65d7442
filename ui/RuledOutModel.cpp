#include "RuledOutModel.h"

#include "TracksModel.h"

namespace Sitrep {

RuledOutModel::RuledOutModel(TracksModel *tracks, QObject *parent)
    : KeyedRowsModel<RuledOutRow>(parent)
    , m_tracks(tracks)
{
    connect(m_tracks, &QAbstractItemModel::modelReset, this, [this] { reload(true); });
    connect(m_tracks, &QAbstractItemModel::rowsInserted, this, [this] { reload(); });
    connect(m_tracks, &QAbstractItemModel::rowsRemoved, this, [this] { reload(); });
    connect(m_tracks, &QAbstractItemModel::rowsMoved, this, [this] { reload(); });
    connect(m_tracks, &QAbstractItemModel::dataChanged, this, [this] { reload(); });
    reload(true);
}

void RuledOutModel::reload(bool reset)
{
    QList<RuledOutRow> fresh;
    for (const TrackRow &row : m_tracks->rows()) {
        for (const QString &finding : row.track.ruledOut)
            fresh.append({row.track.id, row.track.name, finding});
    }
    setRows(std::move(fresh), reset);
}

QUuid RuledOutModel::trackThatRuledOut(const QString &finding) const
{
    for (const RuledOutRow &row : rows()) {
        if (row.finding.compare(finding.trimmed(), Qt::CaseInsensitive) == 0)
            return row.trackId;
    }
    return {};
}

int RuledOutModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuledOutModel::data(const QModelIndex &index, int role) const
{
    const RuledOutRow *row = rowAt(index);
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == FindingColumn)
            //: A ruled-out finding; the sign is a cross
            return tr("✗ %1").arg(row->finding);
        return row->track;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        //: A ruled-out finding read out: finding, track that ruled it out
        return tr("Ruled out: %1 (track %2)").arg(row->finding, row->track);
    case TrackIdRole:
        return row->trackId;
    default:
        return {};
    }
}

QVariant RuledOutModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == FindingColumn ? tr("Ruled out") : tr("By track");
}

} // namespace Sitrep
