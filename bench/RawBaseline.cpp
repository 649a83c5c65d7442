#include "RawBaseline.h"

#include "model/Ids.h"

#include <sqlite3.h>

namespace Sitrep::Bench {

namespace {

void bindId(sqlite3_stmt *statement, int index, const QUuid &id)
{
    if (id.isNull()) {
        sqlite3_bind_null(statement, index);
        return;
    }
    uchar bytes[16];
    idToBytes(id, bytes);
    sqlite3_bind_blob(statement, index, bytes, 16, SQLITE_TRANSIENT);
}


// Steps a one-row query and resets it, so that no read transaction stays open.
qint64 single(sqlite3_stmt *query, qint64 fallback)
{
    const qint64 value = query && sqlite3_step(query) == SQLITE_ROW ? sqlite3_column_int64(query, 0) : fallback;
    sqlite3_reset(query);
    return value;
}

} // namespace

RawTimeline::~RawTimeline()
{
    sqlite3_finalize(m_insert);
    sqlite3_close_v2(m_db);
}

bool RawTimeline::exec(const char *sql)
{
    return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

bool RawTimeline::open(const QString &path)
{
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        nullptr)
        != SQLITE_OK)
        return false;
    // The store's pragmas and the shape of its timeline_entry table and indexes.
    return exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;")
        && exec("CREATE TABLE IF NOT EXISTS entry (row INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE, "
                "incident_row INTEGER NOT NULL, kind INTEGER NOT NULL, body TEXT NOT NULL, author BLOB, "
                "occurred_at INTEGER NOT NULL, recorded_at INTEGER NOT NULL, track_id BLOB, "
                "pinned INTEGER NOT NULL DEFAULT 0, revision INTEGER NOT NULL DEFAULT 1, pending INTEGER NOT NULL DEFAULT 0);"
                "CREATE INDEX IF NOT EXISTS entry_by_time ON entry(incident_row, occurred_at, id);"
                "CREATE INDEX IF NOT EXISTS entry_pinned ON entry(incident_row) WHERE pinned;")
        && sqlite3_prepare_v3(m_db,
                              "INSERT INTO entry (id, incident_row, kind, body, author, occurred_at, recorded_at, "
                              "track_id, pinned, revision, pending) VALUES (?,?,?,?,?,?,?,?,?,?,1)",
                              -1, SQLITE_PREPARE_PERSISTENT, &m_insert, nullptr)
        == SQLITE_OK;
}

bool RawTimeline::insertRow(const TimelineEntry &entry)
{
    bindId(m_insert, 1, entry.id);
    sqlite3_bind_int64(m_insert, 2, 1);
    sqlite3_bind_int(m_insert, 3, int(entry.kind));
    const QByteArray body = entry.body.toUtf8();
    sqlite3_bind_text(m_insert, 4, body.constData(), int(body.size()), SQLITE_STATIC);
    bindId(m_insert, 5, entry.author);
    sqlite3_bind_int64(m_insert, 6, entry.occurredAt.toMSecsSinceEpoch());
    sqlite3_bind_int64(m_insert, 7, entry.recordedAt.toMSecsSinceEpoch());
    bindId(m_insert, 8, entry.trackId);
    sqlite3_bind_int(m_insert, 9, entry.pinned ? 1 : 0);
    sqlite3_bind_int(m_insert, 10, entry.revision);
    const bool ok = sqlite3_step(m_insert) == SQLITE_DONE;
    sqlite3_reset(m_insert);
    return ok;
}

bool RawTimeline::begin()
{
    return exec("BEGIN IMMEDIATE");
}

bool RawTimeline::insert(const QList<TimelineEntry> &entries)
{
    for (const TimelineEntry &entry : entries) {
        if (!insertRow(entry))
            return false;
    }
    return true;
}

bool RawTimeline::commit()
{
    return exec("COMMIT");
}

bool RawTimeline::insertCommitted(const TimelineEntry &entry)
{
    if (!exec("BEGIN IMMEDIATE"))
        return false;
    if (!insertRow(entry)) {
        exec("ROLLBACK");
        return false;
    }
    return exec("COMMIT");
}

QString RawTimeline::error() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("not open");
}

RawReader::RawReader(sqlite3 *db)
    : m_db(db)
{
}

RawReader::~RawReader()
{
    for (sqlite3_stmt *statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
}

sqlite3_stmt *RawReader::statement(const char *sql)
{
    sqlite3_stmt *&cached = m_statements[sql];
    if (!cached)
        sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &cached, nullptr);
    else
        sqlite3_reset(cached);
    return cached;
}

bool RawReader::keysetPage(qint64 incidentRow, qint64 occurredAt, const QUuid &id, int size)
{
    sqlite3_stmt *query = statement("SELECT e.row, e.id, e.kind, e.body, e.author, e.occurred_at, e.recorded_at, "
                                    "e.track_id, e.pinned, e.revision, e.pending FROM timeline_entry e "
                                    "WHERE e.incident_row = ?1 AND (e.occurred_at, e.id) >= (?2, ?3) "
                                    "ORDER BY e.occurred_at, e.id LIMIT ?4");
    if (!query)
        return false;
    sqlite3_bind_int64(query, 1, incidentRow);
    sqlite3_bind_int64(query, 2, occurredAt);
    bindId(query, 3, id);
    sqlite3_bind_int(query, 4, size);
    // Copy the text out as a reader would, so that nothing is skipped.
    qint64 bytes = 0;
    int rows = 0;
    while (sqlite3_step(query) == SQLITE_ROW) {
        bytes += QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(query, 3)),
                                   sqlite3_column_bytes(query, 3))
                     .size();
        ++rows;
    }
    sqlite3_reset(query);
    return rows == size && bytes > 0;
}

bool RawReader::ftsNewest(const QString &match, int limit)
{
    return stepMatches(statement("SELECT rowid FROM timeline_fts WHERE timeline_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?2"),
                       match, limit);
}

bool RawReader::ftsCandidatesByBm25(const QString &match, int limit)
{
    return stepMatches(statement("SELECT rowid, bm25(timeline_fts), snippet(timeline_fts, 0, '[', ']', '…', 12) "
                                 "FROM timeline_fts WHERE timeline_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?2"),
                       match, limit);
}

bool RawReader::stepMatches(sqlite3_stmt *query, const QString &match, int limit)
{
    if (!query)
        return false;
    const QByteArray text = match.toUtf8();
    sqlite3_bind_text(query, 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int(query, 2, limit);
    int rc;
    while ((rc = sqlite3_step(query)) == SQLITE_ROW) {
    }
    sqlite3_reset(query);
    return rc == SQLITE_DONE;
}

qint64 RawReader::ftsCount(const QString &match)
{
    sqlite3_stmt *query = statement("SELECT count(*) FROM timeline_fts WHERE timeline_fts MATCH ?1");
    const QByteArray text = match.toUtf8();
    sqlite3_bind_text(query, 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    return single(query, -1);
}

qint64 RawReader::timelineCount(qint64 incidentRow)
{
    sqlite3_stmt *query = statement("SELECT count(*) FROM timeline_entry WHERE incident_row = ?1");
    sqlite3_bind_int64(query, 1, incidentRow);
    return single(query, -1);
}

qint64 RawReader::incidentRow(const QUuid &incidentId)
{
    sqlite3_stmt *query = statement("SELECT row FROM incident WHERE id = ?1");
    bindId(query, 1, incidentId);
    return single(query, 0);
}

} // namespace Sitrep::Bench
