#pragma once

#include "Json.h"

namespace Sitrep {

// An earlier text of an entry. The timeline is append-only: an edit makes a new revision
// and the old one is kept here, so history can always be shown.
struct EntryRevision {
    int revision = 1;
    EntryKind kind = EntryKind::Note;
    QString body;
    QUuid editedBy;
    QDateTime recordedAt;
    bool operator==(const EntryRevision &) const = default;

    QJsonObject toJson() const;
    static Decoded<EntryRevision> fromJson(const QJsonObject &object, const QString &context);
};

struct TimelineEntry {
    QUuid id;
    QUuid incidentId;
    EntryKind kind = EntryKind::Note;
    QString body;
    QUuid author;
    QDateTime occurredAt; // when it happened (may be back-dated by the scribe)
    QDateTime recordedAt; // when this revision was written
    QUuid trackId;        // optional: the troubleshooting track it belongs to
    bool pinned = false;
    int revision = 1;              // 1 for the original text
    QList<EntryRevision> history;  // earlier revisions, oldest first (revision-1 of them when complete)

    bool operator==(const TimelineEntry &) const = default;

    QJsonObject toJson() const;
    static Decoded<TimelineEntry> fromJson(const QJsonObject &object);
};

} // namespace Sitrep
