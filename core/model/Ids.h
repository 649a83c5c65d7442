#pragma once

#include <QUuid>

class QRandomGenerator;

namespace Sitrep {

// Ids are made by the client and ordered by creation time (UUIDv7, RFC 9562): SQLite
// inserts with time-ordered keys run several times faster than with random UUIDv4 keys,
// and an entry created offline keeps its id forever. Qt 6.4 only makes v4, hence these.

// A new UUIDv7 for the current time, from the system's secure random source.
QUuid newId();

// A UUIDv7 for a given time from a caller's generator: deterministic demo data and tests.
QUuid newIdAt(qint64 msecsSinceEpoch, QRandomGenerator &random);

// The millisecond timestamp a UUIDv7 carries, or -1 for other versions.
qint64 idTimestamp(const QUuid &id);

// The 16 bytes of RFC 9562 order (big-endian): how ids are stored and compared (memcmp
// order equals time order for UUIDv7).
void idToBytes(const QUuid &id, uchar out[16]);
QUuid idFromBytes(const uchar bytes[16]);

// Canonical text form used in JSON and logs: lower-case, no braces.
QString idToString(const QUuid &id);

// Parses the canonical form (braces tolerated); a null QUuid when malformed.
QUuid idFromString(const QString &text);

} // namespace Sitrep
