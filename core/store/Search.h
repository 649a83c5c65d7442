#pragma once

#include "Store.h"

namespace Sitrep {

class SqliteDb;

// Full-text search over incidents and timeline entries (FTS5).
//
// Ranking every match of a common term is what makes naive FTS slow (ORDER BY rank over
// a million matches). Here ranking looks only at a capped set of candidates — the newest
// CandidateCap matches, read in descending rowid order, which FTS5 can stop early — by
// `sitrep_rank` (SearchRank.h: FTS5's bm25() would read every phrase's whole list of rows
// a second time), each with its snippet, in one evaluation of the MATCH. Rare terms,
// common terms and several terms all cost about the same.
class Search
{
public:
    static constexpr int CandidateCap = 400;
    // Snippets wrap each match in these private-use characters (not brackets: a body may
    // contain brackets, and a highlighter must not mistake them for matches).
    static constexpr QChar MatchStart{0xE000};
    static constexpr QChar MatchEnd{0xE001};

    explicit Search(SqliteDb &db);

    // Words typed by a person, not FTS5 syntax: each word must match (AND), the last one
    // as a prefix so results follow the typing. Snippets mark matches (MatchStart, MatchEnd).
    QList<SearchHit> run(const QString &text, int limit);

    // The FTS5 MATCH expression for what a person typed; empty when there is nothing to find.
    static QString toMatchExpression(const QString &text);

private:
    QList<SearchHit> incidentHits(const QString &match, int limit);
    QList<SearchHit> entryHits(const QString &match, int limit);

    SqliteDb &m_db;
};

} // namespace Sitrep
