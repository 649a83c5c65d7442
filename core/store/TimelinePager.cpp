#include "TimelinePager.h"

#include "LogCategories.h"
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

// The filter's test, appended to queries over timeline_entry: ?21 is a bit mask of the
// kinds, ?22 the author and ?23 the track (NULL: any). No index covers these columns, so
// the queries walk timeline_by_time for the incident and test each row.
#define SITREP_TIMELINE_FILTER \
    " AND ((?21 >> kind) & 1) AND (?22 IS NULL OR author = ?22) AND (?23 IS NULL OR track_id = ?23)"

void bindFilter(Statement &statement, qint64 kindMask, const TimelineFilter &filter)
{
    statement.bind(21, kindMask).bind(22, filter.author).bind(23, filter.track);
}

// A page's rows (readEntry's columns): the incident's id is known, bound as ?9.
#define SITREP_PAGE_SELECT                                                                                       \
    "SELECT e.row, e.id, ?9, e.kind, e.body, e.author, e.occurred_at, e.recorded_at, e.track_id, e.pinned, "   \
    "e.revision, e.pending FROM timeline_entry e "

TimelineRow readRow(const Statement &query)
{
    return {readEntry(query), query.integer(EntryPendingColumn) == 1, query.integer(EntryPendingColumn) == 2};
}

} // namespace

bool TimelinePager::Key::operator<(const Key &other) const
{
    if (occurredAt != other.occurredAt)
        return occurredAt < other.occurredAt;
    return compareIds(id, other.id) < 0;
}

TimelinePager::TimelinePager(SqliteDb &db, qint64 incidentRow, const TimelineFilter &filter)
    : m_db(db)
    , m_incidentRow(incidentRow)
    , m_filter(filter)
{
    for (EntryKind kind : filter.kinds)
        m_kindMask |= qint64(1) << int(kind);
    if (filter.kinds.isEmpty())
        m_kindMask = (qint64(1) << 62) - 1;
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
    m_anchorsBuilt = false;
    m_matches.clear();
    m_last.reset();
    m_count = 0;
    if (!m_filter.isEmpty()) {
        rebuildFiltered();
        return;
    }
    // The count and the newest key only: the anchors wait until a page far from the end
    // (or a position) is asked for. Opening an incident shows its newest page. The count
    // is the incident's own (every write that adds an entry counts it in the same
    // transaction): count(*) reads the whole index, 110 ms for a million entries.
    Statement count = m_db.prepare("SELECT entry_count FROM incident WHERE row = ?");
    count.bind(1, m_incidentRow);
    m_count = count.next() ? count.integer(0) : 0;
    count.reset();
    Statement last = m_db.prepare("SELECT occurred_at, id FROM timeline_entry WHERE incident_row = ? "
                                  "ORDER BY occurred_at DESC, id DESC LIMIT 1");
    last.bind(1, m_incidentRow);
    if (last.next())
        m_last = Key{last.int64(0), last.uuid(1)};
}

void TimelinePager::buildAnchors(int notYetCounted)
{
    if (m_anchorsBuilt || !m_filter.isEmpty())
        return;
    m_anchorsBuilt = true;
    m_anchors.clear();
    const int counted = m_count + notYetCounted;
    m_count = 0;
    Statement scan = m_db.prepare(
        "SELECT occurred_at, id FROM timeline_entry WHERE incident_row = ? ORDER BY occurred_at, id");
    scan.bind(1, m_incidentRow);
    while (scan.next()) {
        if (m_count % Stride == 0)
            m_anchors.append({m_count, {scan.int64(0), scan.uuid(1)}});
        ++m_count;
    }
    if (m_count != counted)
        qCWarning(lcStore) << "incident" << idToString(m_incidentId) << "counts" << counted << "entries but has"
                           << m_count << "(the pager goes by what it found)";
}

QList<TimelineRow> TimelinePager::tailPage(int position, int size)
{
    // Counted from the newest entry backwards: as cheap as the offset from the end is short.
    Statement query = m_db.prepare(SITREP_PAGE_SELECT "WHERE e.incident_row = ?1 "
                                                      "ORDER BY e.occurred_at DESC, e.id DESC LIMIT ?2 OFFSET ?3");
    query.bind(1, m_incidentRow).bind(2, size).bind(3, m_count - position - size).bind(9, m_incidentId);
    QList<TimelineRow> rows;
    rows.reserve(size);
    while (query.next())
        rows.prepend(readRow(query));
    return rows;
}

void TimelinePager::rebuildFiltered()
{
    Statement scan = m_db.prepare("SELECT row FROM timeline_entry WHERE incident_row = ?1" SITREP_TIMELINE_FILTER
                                  " ORDER BY occurred_at, id");
    scan.bind(1, m_incidentRow);
    bindFilter(scan, m_kindMask, m_filter);
    while (scan.next())
        m_matches.append(scan.int64(0));
    m_count = int(m_matches.size());
}

QList<TimelineRow> TimelinePager::filteredPage(int position, int size)
{
    QList<TimelineRow> rows;
    rows.reserve(size);
    Statement query = m_db.prepare(SITREP_PAGE_SELECT "WHERE e.row = ?1");
    for (int i = position; i < position + size; ++i) {
        query.bind(1, m_matches.at(i)).bind(9, m_incidentId);
        if (query.next())
            rows.append(readRow(query));
        query.reset();
    }
    return rows;
}

qint64 TimelinePager::matchingRow(const QUuid &entryId) const
{
    Statement find = m_db.prepare("SELECT row FROM timeline_entry WHERE id = ?1 AND incident_row = ?2"
                                  SITREP_TIMELINE_FILTER);
    find.bind(1, entryId).bind(2, m_incidentRow);
    bindFilter(find, m_kindMask, m_filter);
    return find.next() ? find.int64(0) : 0;
}

TimelinePager::Key TimelinePager::keyOfRow(qint64 row) const
{
    Statement find = m_db.prepare("SELECT occurred_at, id FROM timeline_entry WHERE row = ?");
    find.bind(1, row);
    return find.next() ? Key{find.int64(0), find.uuid(1)} : Key{};
}

int TimelinePager::filteredInsert(qint64 row)
{
    // Live entries land after the newest match nearly always: one lookup. Elsewhere a
    // binary search that reads the keys it compares: about 20 lookups by row id for a
    // million matches.
    const Key key = keyOfRow(row);
    const auto at = m_matches.isEmpty() || keyOfRow(m_matches.constLast()) < key
        ? m_matches.cend()
        : std::lower_bound(m_matches.cbegin(), m_matches.cend(), key,
                           [this](qint64 match, const Key &wanted) { return keyOfRow(match) < wanted; });
    if (at != m_matches.cend() && *at == row)
        return -1; // taken already: the matches were read after it was stored
    const int position = int(at - m_matches.cbegin());
    m_matches.insert(position, row);
    m_count = int(m_matches.size());
    return position;
}

TimelinePager::Change TimelinePager::entryChanged(const QUuid &entryId)
{
    Change change;
    if (m_filter.isEmpty())
        return change; // edits never move an entry in time, nor off an unfiltered timeline
    Statement find = m_db.prepare("SELECT row FROM timeline_entry WHERE id = ?1 AND incident_row = ?2");
    find.bind(1, entryId).bind(2, m_incidentRow);
    if (!find.next())
        return change;
    const qint64 row = find.int64(0);
    find.reset();
    const int shown = int(m_matches.indexOf(row));
    const bool passes = matchingRow(entryId) != 0;
    if (shown >= 0 && !passes) {
        m_matches.removeAt(shown);
        m_count = int(m_matches.size());
        change.removedAt = shown;
    } else if (shown < 0 && passes) {
        change.insertedAt = filteredInsert(row);
    }
    return change;
}

QList<TimelineRow> TimelinePager::page(int position, int size)
{
    QList<TimelineRow> rows;
    position = std::clamp(position, 0, m_count);
    size = std::clamp(size, 0, m_count - position);
    if (size == 0)
        return rows;
    if (!m_filter.isEmpty())
        return filteredPage(position, size);
    if (!m_anchorsBuilt) {
        if (m_count - position <= TailWindow)
            return tailPage(position, size);
        buildAnchors();
    }
    rows.reserve(size);

    // The last anchor at or before the position: a keyset seek, then a short skip.
    auto anchor = std::upper_bound(m_anchors.cbegin(), m_anchors.cend(), position,
                                   [](int wanted, const Anchor &a) { return wanted < a.position; });
    const bool fromStart = anchor == m_anchors.cbegin();
    Statement query = fromStart
        ? m_db.prepare(SITREP_PAGE_SELECT "WHERE e.incident_row = ?1 ORDER BY e.occurred_at, e.id LIMIT ?2 OFFSET ?3")
        : m_db.prepare(SITREP_PAGE_SELECT "WHERE e.incident_row = ?1 AND (e.occurred_at, e.id) >= (?4, ?5) "
                                          "ORDER BY e.occurred_at, e.id LIMIT ?2 OFFSET ?3");
    query.bind(1, m_incidentRow).bind(2, size).bind(9, m_incidentId);
    if (fromStart) {
        query.bind(3, position);
    } else {
        --anchor;
        query.bind(3, position - anchor->position).bind(4, anchor->key.occurredAt).bind(5, anchor->key.id);
    }
    while (query.next())
        rows.append(readRow(query));
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

int TimelinePager::positionOfKey(const Key &key, const Anchor *known)
{
    buildAnchors();
    // The last anchor whose key is not after the wanted key (or the known position, when
    // it is nearer), then count the short run between them.
    auto anchor = std::upper_bound(m_anchors.cbegin(), m_anchors.cend(), key,
                                   [](const Key &wanted, const Anchor &a) { return wanted < a.key; });
    const Anchor *from = anchor == m_anchors.cbegin() ? nullptr : &*std::prev(anchor);
    if (known && known->key < key && (!from || from->key < known->key))
        from = known;
    int base = 0;
    Statement count;
    if (!from) {
        count = m_db.prepare("SELECT count(*) FROM timeline_entry WHERE incident_row = ?1 AND (occurred_at, id) < (?2, ?3)");
    } else {
        base = from->position;
        count = m_db.prepare("SELECT count(*) FROM timeline_entry WHERE incident_row = ?1 AND (occurred_at, id) >= (?4, ?5) "
                             "AND (occurred_at, id) < (?2, ?3)");
        count.bind(4, from->key.occurredAt).bind(5, from->key.id);
    }
    count.bind(1, m_incidentRow).bind(2, key.occurredAt).bind(3, key.id);
    return count.next() ? base + count.integer(0) : -1;
}

int TimelinePager::positionOf(const QUuid &entryId)
{
    if (!m_filter.isEmpty()) {
        const qint64 row = matchingRow(entryId);
        return row == 0 ? -1 : int(m_matches.indexOf(row));
    }
    const std::optional<Key> key = keyOf(entryId);
    return key ? positionOfKey(*key) : -1;
}

int TimelinePager::entryInserted(const QUuid &entryId)
{
    const QList<int> positions = entriesInserted({entryId});
    return positions.isEmpty() ? -1 : positions.first();
}

QList<TimelinePager::NewKey> TimelinePager::newKeys(const QList<QUuid> &entryIds) const
{
    QList<NewKey> added;
    for (const QUuid &entryId : entryIds) {
        if (m_filter.isEmpty()) {
            if (const std::optional<Key> key = keyOf(entryId))
                added.append({*key, 0});
        } else if (const qint64 row = matchingRow(entryId); row != 0) {
            added.append({keyOfRow(row), row});
        }
    }
    std::sort(added.begin(), added.end(), [](const NewKey &a, const NewKey &b) { return a.key < b.key; });
    return added;
}

void TimelinePager::takeBatch(const QList<QUuid> &entryIds)
{
    const ReadSnapshot snapshot(m_db); // up to MaxBatchInPlace lookups (entriesInserted's too)
    if (entryIds.size() > MaxBatchInPlace) {
        rebuild();
        return;
    }
    if (m_filter.isEmpty()) {
        entriesInserted(entryIds);
        return;
    }
    // Filtered: a match anywhere but after the newest one moves every row id after it
    // (up to a million, for each such match); then one filtered pass is cheaper.
    const QList<NewKey> added = newKeys(entryIds);
    if (added.isEmpty())
        return;
    if (!m_matches.isEmpty() && !(keyOfRow(m_matches.constLast()) < added.constFirst().key)) {
        rebuild();
        return;
    }
    for (const NewKey &match : added)
        m_matches.append(match.row);
    m_count = int(m_matches.size());
}

QList<int> TimelinePager::entriesInserted(const QList<QUuid> &entryIds)
{
    // In display order, so that what a position counts in the store (every new entry is
    // there already) is what the pager has taken so far.
    const ReadSnapshot snapshot(m_db);
    const QList<NewKey> added = newKeys(entryIds);
    QList<int> positions;
    positions.reserve(added.size());
    if (!m_filter.isEmpty()) {
        for (const NewKey &match : added) {
            if (const int position = filteredInsert(match.row); position >= 0)
                positions.append(position);
        }
        return positions;
    }
    if (added.isEmpty())
        return positions;
    const bool allAfterNewest = !m_last || *m_last < added.constFirst().key;
    if (allAfterNewest) {
        for (const NewKey &entry : added)
            positions.append(appendKey(entry.key));
        return positions;
    }
    // No anchors yet: build them from the store, which has the whole batch already; each
    // position is then read, not moved to.
    const bool justBuilt = !m_anchorsBuilt;
    if (justBuilt)
        buildAnchors(int(added.size()));
    // Live entries from several consoles land near the end a few rows apart, not after
    // it: each position is counted from the one before it in the batch when that is
    // nearer than an anchor (a few rows instead of up to 2 * Stride each).
    std::optional<Anchor> previous;
    for (const NewKey &entry : added) {
        const Anchor *known = previous ? &*previous : nullptr;
        positions.append(justBuilt ? positionOfKey(entry.key, known) : insertKey(entry.key, known));
        previous = Anchor{positions.constLast(), entry.key};
    }
    if (justBuilt)
        m_last = std::max(*m_last, added.constLast().key);
    else
        splitWideGaps();
    return positions;
}

int TimelinePager::appendKey(const Key &key)
{
    // After the newest entry (live entries, nearly always): nothing to count, no anchor
    // moves, and only the last gap can have grown too wide.
    m_last = key;
    const int position = m_count++;
    if (m_anchorsBuilt) {
        if (m_anchors.isEmpty())
            m_anchors.append({0, key});
        else if (m_count - m_anchors.constLast().position > 2 * Stride)
            splitWideGaps();
    }
    return position;
}

int TimelinePager::insertKey(const Key &key, const Anchor *known)
{
    const int position = positionOfKey(key, known);
    ++m_count;
    if (*m_last < key)
        m_last = key;
    // Anchors are in key order: the ones after the new key move one on.
    auto after = std::upper_bound(m_anchors.begin(), m_anchors.end(), key,
                                  [](const Key &wanted, const Anchor &a) { return wanted < a.key; });
    for (; after != m_anchors.end(); ++after)
        ++after->position;
    if (m_anchors.isEmpty() || m_anchors.first().position > 0)
        m_anchors.prepend({0, key});
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
