#pragma once

#include "model/TimelineEntry.h"

#include <QHash>

struct sqlite3;
struct sqlite3_stmt;

namespace Sitrep::Bench {

// The floor our store is measured against: the SQLite C API with prepared statements
// and nothing else — no outbox, no full-text index, no validation, no JSON.
//
// RawTimeline writes the same rows into a plain table of the same columns and the same
// indexes as the store's timeline_entry, in its own file with the store's pragmas (WAL,
// synchronous=FULL), so that the commit cost is the same on both sides.
class RawTimeline
{
public:
    RawTimeline() = default;
    ~RawTimeline();
    RawTimeline(const RawTimeline &) = delete;
    RawTimeline &operator=(const RawTimeline &) = delete;

    bool open(const QString &path);
    // Rows in one long transaction: begin(), insert() as often as needed, commit().
    bool begin();
    bool insert(const QList<TimelineEntry> &entries);
    bool commit();
    // One row in its own transaction: what a single user command costs at the floor.
    bool insertCommitted(const TimelineEntry &entry);
    QString error() const;

private:
    bool insertRow(const TimelineEntry &entry);
    bool exec(const char *sql);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
};

// Read-side floors, run on the store's own connection so that they share its page
// cache. Statements are prepared once and kept, as the store keeps its own.
class RawReader
{
public:
    explicit RawReader(sqlite3 *db);
    ~RawReader();
    RawReader(const RawReader &) = delete;
    RawReader &operator=(const RawReader &) = delete;

    // One page read by keyset from a key known in advance (what the pager approximates
    // with its anchors): the same columns as TimelinePager::page.
    bool keysetPage(qint64 incidentRow, qint64 occurredAt, const QUuid &id, int size);
    // The newest `limit` matches of an FTS5 expression, without ranking or snippets.
    bool ftsNewest(const QString &match, int limit);
    // The search's candidates as it read them with FTS5's bm25() (before SearchRank.h):
    // the newest `limit` matches, each with bm25() and a snippet.
    bool ftsCandidatesByBm25(const QString &match, int limit);
    // Number of rows an FTS5 expression matches (context for the search figures).
    qint64 ftsCount(const QString &match);
    // One pass over an incident's timeline index (the floor of the pager's rebuild).
    qint64 timelineCount(qint64 incidentRow);
    qint64 incidentRow(const QUuid &incidentId);

private:
    sqlite3_stmt *statement(const char *sql);
    // Binds an FTS5 expression (?1) and a limit (?2) and steps through every row.
    bool stepMatches(sqlite3_stmt *query, const QString &match, int limit);

    sqlite3 *m_db;
    QHash<const char *, sqlite3_stmt *> m_statements;
};

} // namespace Sitrep::Bench
