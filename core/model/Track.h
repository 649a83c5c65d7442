#pragma once

#include "Json.h"

namespace Sitrep {

// A parallel troubleshooting workstream. Its ruled-out findings are shown to every other
// track so that two teams never repeat a diagnosis.
struct Track {
    QUuid id;
    QUuid incidentId;
    QString name;
    QUuid teamId;
    QUuid ownerId;
    QString hypothesis;
    TrackStatus status = TrackStatus::Active;
    QStringList ruledOut;
    QDateTime createdAt;

    bool operator==(const Track &) const = default;

    QJsonObject toJson() const;
    static Decoded<Track> fromJson(const QJsonObject &object);
};

} // namespace Sitrep
