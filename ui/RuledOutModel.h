#pragma once

#include "KeyedRowsModel.h"

#include <QUuid>

namespace Sitrep {

class TracksModel;

// One ruled-out finding of one track, with the track's name beside it.
struct RuledOutRow {
    QUuid trackId;
    QString track;
    QString finding;
    std::pair<QUuid, QString> key() const { return {trackId, finding}; }
    bool operator==(const RuledOutRow &) const = default;
};

// Every track's ruled-out findings in one list, track by track in the tracks' order:
// what one team ruled out, every other team sees, so no diagnosis is repeated. It follows
// a TracksModel rather than the store so that the two never disagree.
class RuledOutModel : public KeyedRowsModel<RuledOutRow>
{
    Q_OBJECT
public:
    enum Column { FindingColumn, TrackColumn, ColumnCount };
    enum Role { TrackIdRole = Qt::UserRole + 1 };

    explicit RuledOutModel(TracksModel *tracks, QObject *parent = nullptr);

    // The track that already ruled a finding out (compared without case), or a null id.
    QUuid trackThatRuledOut(const QString &finding) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload(bool reset = false);

    TracksModel *m_tracks;
};

} // namespace Sitrep
