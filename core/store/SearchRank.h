#pragma once

struct sqlite3;

namespace Sitrep {

// The FTS5 ranking function `sitrep_rank(<fts table>)` the search ranks its candidates by:
// BM25 (k1 1.2, b 0.75, lower is better like FTS5's bm25()) with every phrase weighted the
// same. FTS5's own bm25() weighs each phrase by the share of all rows that hold it, and to
// know that it reads each phrase's whole list of rows again at the start of every query:
// for a common word or a typed prefix ("che*": the lists of every word it begins) that
// second pass cost as much as finding the matches. The search ranks only the newest few
// hundred matches, each of which holds every phrase (the words are ANDed), so the weights
// move few of them; term frequency and entry length still order them.
//
// Installed on every connection when it opens (SqliteDb::open). False if FTS5 is missing
// or refused the function.
bool installSearchRank(sqlite3 *db);

} // namespace Sitrep
