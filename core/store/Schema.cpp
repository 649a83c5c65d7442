#include "Schema.h"

#include "Migrations.h"
#include "Sqlite.h"

namespace Sitrep::Schema {

namespace {

// Times are INTEGER milliseconds since the epoch (UTC); ids are 16-byte blobs; enums are
// their integer value (stable: the wire names in model/Enums.h are the contract, and the
// enum order is only ever appended to).
const char *const Version1 = R"sql(
CREATE TABLE severity_level (
    rank INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    criteria TEXT NOT NULL DEFAULT ''
);
CREATE TABLE team (
    id BLOB PRIMARY KEY,
    name TEXT NOT NULL,
    business_unit TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE TABLE person (
    id BLOB PRIMARY KEY,
    name TEXT NOT NULL,
    handle TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    team_id BLOB REFERENCES team(id)
) WITHOUT ROWID;
CREATE TABLE service (
    id BLOB PRIMARY KEY,
    name TEXT NOT NULL,
    owner_team_id BLOB REFERENCES team(id),
    tier INTEGER NOT NULL DEFAULT 2
) WITHOUT ROWID;
CREATE TABLE incident (
    row INTEGER PRIMARY KEY,
    id BLOB NOT NULL UNIQUE,
    title TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    severity TEXT NOT NULL,
    status INTEGER NOT NULL,
    declared_at INTEGER NOT NULL,
    acknowledged_at INTEGER,
    mitigated_at INTEGER,
    resolved_at INTEGER,
    closed_at INTEGER,
    owning_team BLOB,
    business_unit TEXT NOT NULL DEFAULT '',
    restricted INTEGER NOT NULL DEFAULT 0,
    declared_by BLOB,
    tags TEXT NOT NULL DEFAULT '[]',
    last_activity_at INTEGER NOT NULL,
    entry_count INTEGER NOT NULL DEFAULT 0,
    pending INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX incident_by_activity ON incident(status, last_activity_at);
CREATE TABLE incident_service (
    incident_row INTEGER NOT NULL REFERENCES incident(row) ON DELETE CASCADE,
    service_id BLOB NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (incident_row, service_id)
) WITHOUT ROWID;
CREATE INDEX incident_service_by_service ON incident_service(service_id);
CREATE TABLE status_transition (
    incident_row INTEGER NOT NULL REFERENCES incident(row) ON DELETE CASCADE,
    step INTEGER NOT NULL,
    status INTEGER NOT NULL,
    at INTEGER NOT NULL,
    by BLOB,
    PRIMARY KEY (incident_row, step)
) WITHOUT ROWID;
CREATE TABLE timeline_entry (
    row INTEGER PRIMARY KEY,
    id BLOB NOT NULL UNIQUE,
    incident_row INTEGER NOT NULL REFERENCES incident(row),
    kind INTEGER NOT NULL,
    body TEXT NOT NULL,
    author BLOB,
    occurred_at INTEGER NOT NULL,
    recorded_at INTEGER NOT NULL,
    track_id BLOB,
    pinned INTEGER NOT NULL DEFAULT 0,
    revision INTEGER NOT NULL DEFAULT 1,
    pending INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX timeline_by_time ON timeline_entry(incident_row, occurred_at, id);
CREATE INDEX timeline_pinned ON timeline_entry(incident_row) WHERE pinned;
CREATE TABLE entry_revision (
    entry_row INTEGER NOT NULL REFERENCES timeline_entry(row),
    revision INTEGER NOT NULL,
    kind INTEGER NOT NULL,
    body TEXT NOT NULL,
    edited_by BLOB,
    recorded_at INTEGER NOT NULL,
    PRIMARY KEY (entry_row, revision)
) WITHOUT ROWID;
CREATE TABLE role_assignment (
    id BLOB PRIMARY KEY,
    incident_row INTEGER NOT NULL REFERENCES incident(row),
    role TEXT NOT NULL,
    person_id BLOB NOT NULL,
    rank INTEGER NOT NULL,
    assigned_at INTEGER NOT NULL,
    relieved_at INTEGER,
    assigned_by BLOB
) WITHOUT ROWID;
CREATE INDEX role_by_incident ON role_assignment(incident_row, role);
CREATE TABLE track (
    id BLOB PRIMARY KEY,
    incident_row INTEGER NOT NULL REFERENCES incident(row),
    name TEXT NOT NULL,
    team_id BLOB,
    owner_id BLOB,
    hypothesis TEXT NOT NULL DEFAULT '',
    status INTEGER NOT NULL,
    ruled_out TEXT NOT NULL DEFAULT '[]',
    created_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX track_by_incident ON track(incident_row);
CREATE TABLE participant (
    id BLOB PRIMARY KEY,
    incident_row INTEGER NOT NULL REFERENCES incident(row),
    kind INTEGER NOT NULL,
    person_id BLOB,
    display_name TEXT NOT NULL,
    channel TEXT NOT NULL DEFAULT '',
    joined_at INTEGER NOT NULL,
    left_at INTEGER,
    essential INTEGER NOT NULL DEFAULT 0,
    mute_requested INTEGER NOT NULL DEFAULT 0,
    hand_raised INTEGER NOT NULL DEFAULT 0,
    in_lobby INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX participant_by_incident ON participant(incident_row);
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id BLOB NOT NULL,
    type TEXT NOT NULL,
    incident_id BLOB NOT NULL,
    entity_id BLOB NOT NULL,
    actor BLOB,
    created_at INTEGER NOT NULL,
    payload TEXT NOT NULL, -- '' for entry.add: the entry row is the payload (docs/SYNC.md)
    attempts INTEGER NOT NULL DEFAULT 0
);
-- Kept by the commands in their own transactions: count(*) would read the whole outbox.
CREATE TABLE outbox_size (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    pending INTEGER NOT NULL
);
INSERT INTO outbox_size (id, pending) VALUES (1, 0);
CREATE TABLE sync_state (
    key TEXT PRIMARY KEY,
    value TEXT
) WITHOUT ROWID;
)sql";

// External-content FTS5 tables: the text lives once, in its table; the index is kept in
// step by the store's commands. unicode61 with diacritics removed so "resume" finds
// "résumé" for a scribe typing fast.
const char *const Version2 = R"sql(
CREATE VIRTUAL TABLE timeline_fts USING fts5(
    body, content='timeline_entry', content_rowid='row',
    tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE incident_fts USING fts5(
    title, summary, content='incident', content_rowid='row',
    tokenize='unicode61 remove_diacritics 2');
INSERT INTO timeline_fts(timeline_fts) VALUES ('rebuild');
INSERT INTO incident_fts(incident_fts) VALUES ('rebuild');
)sql";

// Sync (docs/SYNC.md "Client"): an op the server stored stays in the outbox with its seq
// until the change feed passes it; conflicts the server recorded; ops it refused.
const char *const Version3 = R"sql(
ALTER TABLE outbox ADD COLUMN acked_seq INTEGER;
CREATE INDEX outbox_by_entity ON outbox(entity_id);
CREATE INDEX outbox_by_op ON outbox(op_id);
CREATE TABLE conflict (
    seq INTEGER NOT NULL,
    position INTEGER NOT NULL,
    incident_id BLOB NOT NULL,
    field TEXT NOT NULL,
    losing_value TEXT NOT NULL,
    winning_value TEXT NOT NULL,
    actor BLOB,
    at INTEGER NOT NULL,
    PRIMARY KEY (seq, position)
) WITHOUT ROWID;
CREATE INDEX conflict_by_incident ON conflict(incident_id, seq);
CREATE TABLE rejected_op (
    op_id BLOB PRIMARY KEY,
    type TEXT NOT NULL,
    incident_id BLOB NOT NULL,
    entity_id BLOB NOT NULL,
    error TEXT NOT NULL,
    rejected_at INTEGER NOT NULL
) WITHOUT ROWID;
)sql";

// What this console has read (local only, never synced): the entry count of an incident
// when the person last had it open; NULL for one they never opened. Incidents of an
// upgraded cache count as read, so an upgrade does not mark everything new.
const char *const Version4 = R"sql(
ALTER TABLE incident ADD COLUMN read_entries INTEGER;
UPDATE incident SET read_entries = entry_count;
)sql";

// Bridge and role-board fields of the incident (docs/SYNC.md "incident.update"): the
// critical-phase flag, and the bridge channels and RACI matrix as the model's JSON ('{}'
// for none), each replaced whole by a change.
const char *const Version5 = R"sql(
ALTER TABLE incident ADD COLUMN critical_phase INTEGER NOT NULL DEFAULT 0;
ALTER TABLE incident ADD COLUMN bridge TEXT NOT NULL DEFAULT '{}';
ALTER TABLE incident ADD COLUMN raci TEXT NOT NULL DEFAULT '{}';
)sql";

// The acknowledged ops the feed has passed were found by reading the whole outbox on every
// settled batch (sitrep-bench ui: 10 ms per live change with 20,000 ops pending).
const char *const Version6 = R"sql(
CREATE INDEX outbox_acked ON outbox(acked_seq) WHERE acked_seq IS NOT NULL;
)sql";

// The pinned strip lists an incident's newest pins and counts them all: the partial index
// holds the display order, so the newest are a short walk from its end (the demo's
// million-entry timeline has 20,000 pins: sorting them cost 15 ms per live burst).
const char *const Version7 = R"sql(
DROP INDEX timeline_pinned;
CREATE INDEX timeline_pinned ON timeline_entry(incident_row, occurred_at, id) WHERE pinned;
)sql";

// Full-text segments are merged by StoreMaintenance off the UI thread, not inside the
// commit that filled a level (FTS5 automerge); a crisis merge in a commit only if the
// maintenance fell far behind.
const char *const Version8 = R"sql(
INSERT INTO timeline_fts(timeline_fts, rank) VALUES ('automerge', 0);
INSERT INTO timeline_fts(timeline_fts, rank) VALUES ('crisismerge', 64);
INSERT INTO incident_fts(incident_fts, rank) VALUES ('automerge', 0);
INSERT INTO incident_fts(incident_fts, rank) VALUES ('crisismerge', 64);
)sql";

// Roles an incident added to its board beyond the mandatory ones, held or not (docs/SYNC.md
// "incident.update": addedRoles), as a JSON array of keys.
const char *const Version9 = R"sql(
ALTER TABLE incident ADD COLUMN added_roles TEXT NOT NULL DEFAULT '[]';
)sql";

// The incident list reads the most recent incidents a page at a time (Store::incidents):
// newest first down this index, instead of sorting every incident of the cache (25 ms at
// 5,000 incidents, on each change to any of them).
const char *const Version10 = R"sql(
CREATE INDEX incident_by_recency ON incident(last_activity_at DESC, id);
)sql";

const char *const Steps[] = {Version1, Version2, Version3, Version4, Version5,
                             Version6, Version7, Version8, Version9, Version10};
static_assert(sizeof(Steps) / sizeof(Steps[0]) == CurrentVersion);

} // namespace

MigrationResult migrate(SqliteDb &db, int targetVersion)
{
    return Migrations::migrate(db, Steps, targetVersion, "cache");
}

} // namespace Sitrep::Schema
