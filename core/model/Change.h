#pragma once

#include "Op.h"

namespace Sitrep {

// A value the server's field-level merge overwrote (docs/SYNC.md "Merge rules"): kept so
// that a person sees what lost, never dropped. The field's value after the change is
// `winning`.
struct ChangeConflict {
    QString field;
    QJsonValue losing;
    QJsonValue winning;
    bool operator==(const ChangeConflict &) const = default;
};

// One element of the change feed (GET /api/v1/changes) and of the stream's "changes"
// messages: an op as the server applied it, with its place in the one order.
struct Change {
    qint64 seq = 0;
    Op op;
    QString actorName; // the account that sent it ("actor" on the wire)
    QDateTime appliedAt;
    QList<ChangeConflict> conflicts;

    bool operator==(const Change &) const = default;

    QJsonObject toJson() const;
    static Decoded<Change> fromJson(const QJsonObject &object);
};

// The server's answer for one pushed op (POST /api/v1/ops "results").
struct OpResult {
    // Applied: stored with a new seq. Duplicate: this op id was applied before (seq is the
    // original one; nothing written). Conflict: applied, with a conflict record (or, for a
    // backwards status, recorded as a no-op). Rejected: not stored, error says why; the
    // client drops it. Unavailable: not stored because of a server-side storage failure;
    // the client keeps it and retries (the route answers 503).
    enum Status { Applied, Duplicate, Conflict, Rejected, Unavailable };

    QUuid opId;
    Status status = Rejected;
    qint64 seq = 0; // 0 when rejected or unavailable
    QString error;

    bool operator==(const OpResult &) const = default;
    // The op is in the server's feed (with seq): it may leave the outbox.
    bool isStored() const { return status == Applied || status == Duplicate || status == Conflict; }

    static QString statusName(Status status); // "applied", "duplicate", …
    QJsonObject toJson() const;               // {"opId","status","seq","error"}
    static Decoded<OpResult> fromJson(const QJsonObject &object);
};

} // namespace Sitrep
