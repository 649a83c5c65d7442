#pragma once

#include "model/TimelineEntry.h"

#include <QList>

#include <optional>

namespace Sitrep {

class SqliteDb;

// One row of a timeline page: the entry and whether the server has it yet (pending), or
// refused it (rejected: Store::rejectedOps says why).
struct TimelineRow {
    TimelineEntry entry;
    bool pending = false;
    bool rejected = false;
};

// Which entries a timeline shows: empty kinds means every kind, a null author or track
// means anyone's, on any track (or none).
struct TimelineFilter {
    QList<EntryKind> kinds;
    QUuid author;
    QUuid track;
    bool isEmpty() const { return kinds.isEmpty() && author.isNull() && track.isNull(); }
    bool operator==(const TimelineFilter &) const = default;
};

// Positional access to one incident's timeline in display order (occurred-at, then id),
// for a virtualized view that asks for "rows 512,000 to 512,050" of a million.
//
// SQLite has no cheap OFFSET: skipping N rows reads N index entries. The pager keeps a
// sparse index instead: the key of every Stride-th entry ("anchors"), built in one pass
// over the covering index. A page is then one keyset query from the nearest anchor,
// which reads at most Stride + page-size index entries wherever the page is. The pass
// waits until it is needed: pages within TailWindow of the newest entry (where an
// incident opens, and where live entries arrive) are read backwards from it.
//
// The pager follows inserts (entryInserted) without a rebuild: anchors after the new
// key move one position on, and a gap that grew too wide is split or the anchors are
// rebuilt. The pager reads through the store's connection and lives on its thread.
//
// A filtered pager (kinds, author, track) cannot seek: no index has those columns, and
// one on each would cost every insert. It reads the incident's entries once through the
// timeline index, filtering in SQL, and keeps the row ids of the matches in display order
// (8 bytes each); a page is then a lookup by row id, as cheap as unfiltered paging.
class TimelinePager
{
public:
    static constexpr int Stride = 256;
    // Pages this close to the newest entry are read backwards from it, so the anchors are
    // built only when the reader goes further back (or a position is asked for).
    static constexpr int TailWindow = 4096;

    TimelinePager(SqliteDb &db, qint64 incidentRow, const TimelineFilter &filter = {});

    const TimelineFilter &filter() const { return m_filter; }
    int count() const { return m_count; }
    QList<TimelineRow> page(int position, int size);
    // The entry's position in display order, or -1 when it is not on this timeline.
    int positionOf(const QUuid &entryId);
    // Records an entry that was just added to the store; returns its position (-1 if it
    // does not belong to this timeline).
    int entryInserted(const QUuid &entryId);
    // Records entries just added to the store together (in any order). Returns the
    // positions of those on this timeline, ascending: they are taken in display order, so
    // each position is final, and also where the entry lands when the ones before it
    // arrive first (a view can be told run by run).
    QList<int> entriesInserted(const QList<QUuid> &entryIds);
    // Takes in entries added together that are too many to tell a view row by row (a
    // page of the feed, an import): as entriesInserted() does when that is cheaper than
    // reading the timeline again, else rebuild(): above MaxBatchInPlace, or, filtered,
    // when one of them lands before the newest match.
    void takeBatch(const QList<QUuid> &entryIds);
    static constexpr int MaxBatchInPlace = 5000;
    // Re-reads everything from the store.
    void rebuild();
    // Follows an edit that may have changed whether the entry passes the filter (its
    // kind): the row that left (removedAt) or arrived (insertedAt), or -1 for neither.
    struct Change {
        int removedAt = -1;
        int insertedAt = -1;
    };
    Change entryChanged(const QUuid &entryId);

    qsizetype anchorCount() const { return m_anchors.size(); }

private:
    struct Key {
        qint64 occurredAt = 0;
        QUuid id;
        bool operator<(const Key &other) const;
    };
    struct Anchor {
        int position = 0;
        Key key;
    };

    struct NewKey {
        Key key;
        qint64 row = 0; // its row id, when filtered
    };

    std::optional<Key> keyOf(const QUuid &entryId) const;
    // The keys of entries just stored that belong on this timeline, in display order.
    QList<NewKey> newKeys(const QList<QUuid> &entryIds) const;
    // The entry's row id when it is on this timeline and passes the filter, else 0.
    qint64 matchingRow(const QUuid &entryId) const;
    void rebuildFiltered();
    // One pass over the index; notYetCounted: entries in the store the count lacks.
    void buildAnchors(int notYetCounted = 0);
    QList<TimelineRow> tailPage(int position, int size);
    QList<TimelineRow> filteredPage(int position, int size);
    int filteredInsert(qint64 row);
    int appendKey(const Key &key);  // after the newest entry
    // Anywhere else (anchors built); known: an entry's position, before the key, that
    // may be nearer than an anchor. The caller splits wide gaps after its batch.
    int insertKey(const Key &key, const Anchor *known = nullptr);
    Key keyOfRow(qint64 row) const;
    int positionOfKey(const Key &key, const Anchor *known = nullptr);
    void splitWideGaps();

    SqliteDb &m_db;
    qint64 m_incidentRow;
    QUuid m_incidentId;
    int m_count = 0;
    QList<Anchor> m_anchors; // ascending by position and by key (unfiltered)
    std::optional<Key> m_last; // the newest entry's key (unfiltered)
    bool m_anchorsBuilt = false;
    TimelineFilter m_filter;
    qint64 m_kindMask = 0;
    QList<qint64> m_matches; // row ids in display order (filtered)
};

} // namespace Sitrep
