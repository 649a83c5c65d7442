#include "TimelinePager.h"

#include "Sqlite.h"
#include "StoreRows.h"
#include "model/Ids.h"

#include <cstring>

#include <algorithm>

namespace Sitrep {

using namespace Rows;

namespace {

// UUIDs sort in the store by their blob bytes (memcmp); the pager must agree.
int compareIds(const QUuid &a, const QUuid &b)
{
    uchar left[16];
    uchar right[16];
    idToBytes(a, left);
    idToBytes(b, right);
    return memcmp(left, right, 16);
}

} // namespace

bool TimelinePager::Key::operator<(const Key &other) const
{
    if (occurredAt != other.occurredAt)
        return occurredAt < other.occurredAt;
    return compareIds(id, other.id) < 0;
}

TimelinePager::TimelinePager(SqliteDb &db, qint64 incidentRow)
    : m_db(db)
    , m_incidentRow(incidentRow)
{
    Statement incident = m_db.prepare("SELECT id FROM incident WHERE row = ?");
    incident.bind(1, m_incidentRow);
    if (incident.next())
        m_incidentId = incident.uuid(0);
    incident.reset();
    rebuild();
}

void TimelinePager::rebuild()
{
    m_anchors.clear();
    m_count = 0;
    Statement scan = m_db.prepare(
        "SELECT occurred_at, id FROM timeline_entry WHERE incident_row = ? ORDER BY occurred_at, id");
    scan.bind(1, m_incidentRow);
    while (scan.next()) {
        if (m_count % Stride == 0)
            m_anchors.append({m_count, {scan.int64(0), scan.uuid(1)}});
        ++m_count;
    }
}

QList<TimelineRow> TimelinePager::page(int position, int size)
{
    QList<TimelineRow> rows;
    position = std::clamp(position, 0, m_count);
    size = std::clamp(size, 0, m_count - position);
    if (size == 0)
        return rows;
    rows.reserve(size);

    // The last anchor at or before the position: a keyset seek, then a short skip.
    auto anchor = std::upper_bound(m_anchors.cbegin(), m_anchors.cend(), position,
                                   [](int wanted, const Anchor &a) { return wanted < a.position; });
    const bool fromStart = anchor == m_anchors.cbegin();
    Statement query = fromStart
        ? m_db.prepare("SELECT e.row, e.id, ?5, e.kind, e.body, e.author, e.occurred_at, e.recorded_at, e.track_id, "
                       "e.pinned, e.revision, e.pending FROM timeline_entry e WHERE e.incident_row = ?1 "
                       "ORDER BY e.occurred_at, e.id LIMIT ?2 OFFSET ?3")
        : m_db.prepare("SELECT e.row, e.id, ?7, e.kind, e.body, e.author, e.occurred_at, e.recorded_at, e.track_id, "
                       "e.pinned, e.revision, e.pending FROM timeline_entry e WHERE e.incident_row = ?1 "
                       "AND (e.occurred_at, e.id) >= (?4, ?5) ORDER BY e.occurred_at, e.id LIMIT ?2 OFFSET ?3");
    query.bind(1, m_incidentRow).bind(2, size);
    if (fromStart) {
        query.bind(3, position).bind(5, m_incidentId);
    } else {
        --anchor;
        query.bind(3, position - anchor->position).bind(4, anchor->key.occurredAt).bind(5, anchor->key.id).bind(7, m_incidentId);
    }
    while (query.next())
        rows.append({readEntry(query), query.integer(EntryPendingColumn) == 1, query.integer(EntryPendingColumn) == 2});
    return rows;
}

std::optional<TimelinePager::Key> TimelinePager::keyOf(const QUuid &entryId) const
{
    Statement find = m_db.prepare("SELECT occurred_at, id FROM timeline_entry WHERE id = ? AND incident_row = ?");
    find.bind(1, entryId).bind(2, m_incidentRow);
    if (!find.next())
        return std::nullopt;
    return Key{find.int64(0), find.uuid(1)};
}

int TimelinePager::positionOfKey(const Key &key)
{
    // The last anchor whose key is not after the wanted key, then count the short run
    // between them.
    auto anchor = std::upper_bound(m_anchors.cbegin(), m_anchors.cend(), key,
                                   [](const Key &wanted, const Anchor &a) { return wanted < a.key; });
    int base = 0;
    Statement count;
    if (anchor == m_anchors.cbegin()) {
        count = m_db.prepare("SELECT count(*) FROM timeline_entry WHERE incident_row = ?1 AND (occurred_at, id) < (?2, ?3)");
    } else {
        --anchor;
        base = anchor->position;
        count = m_db.prepare("SELECT count(*) FROM timeline_entry WHERE incident_row = ?1 AND (occurred_at, id) >= (?4, ?5) "
                             "AND (occurred_at, id) < (?2, ?3)");
        count.bind(4, anchor->key.occurredAt).bind(5, anchor->key.id);
    }
    count.bind(1, m_incidentRow).bind(2, key.occurredAt).bind(3, key.id);
    return count.next() ? base + count.integer(0) : -1;
}

int TimelinePager::positionOf(const QUuid &entryId)
{
    const std::optional<Key> key = keyOf(entryId);
    return key ? positionOfKey(*key) : -1;
}

int TimelinePager::entryInserted(const QUuid &entryId)
{
    const std::optional<Key> key = keyOf(entryId);
    if (!key)
        return -1;
    const int position = positionOfKey(*key);
    ++m_count;
    for (Anchor &anchor : m_anchors) {
        if (key->operator<(anchor.key))
            ++anchor.position;
    }
    if (m_anchors.isEmpty() || m_anchors.first().position > 0)
        m_anchors.prepend({0, *key});
    splitWideGaps();
    return position;
}

void TimelinePager::splitWideGaps()
{
    for (qsizetype i = 0; i < m_anchors.size(); ++i) {
        const int end = i + 1 < m_anchors.size() ? m_anchors.at(i + 1).position : m_count;
        if (end - m_anchors.at(i).position <= 2 * Stride)
            continue;
        // Add the key one stride after this anchor: one short keyset read.
        Statement next = m_db.prepare(
            "SELECT occurred_at, id FROM timeline_entry WHERE incident_row = ?1 AND (occurred_at, id) >= (?2, ?3) "
            "ORDER BY occurred_at, id LIMIT 1 OFFSET ?4");
        next.bind(1, m_incidentRow).bind(2, m_anchors.at(i).key.occurredAt).bind(3, m_anchors.at(i).key.id).bind(4, Stride);
        if (!next.next()) {
            rebuild();
            return;
        }
        m_anchors.insert(i + 1, {m_anchors.at(i).position + Stride, {next.int64(0), next.uuid(1)}});
    }
}

} // namespace Sitrep
