#include "Search.h"

#include "Sqlite.h"
#include "StoreRows.h"

#include <QRegularExpression>

#include <algorithm>

namespace Sitrep {

using namespace Rows;

Search::Search(SqliteDb &db)
    : m_db(db)
{
}

QString Search::toMatchExpression(const QString &text)
{
    // Split on anything the unicode61 tokenizer would split on; quote each word so that
    // FTS5 operators typed by accident (AND, NEAR, -, :) are just words.
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}_]+"));
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    QStringList terms;
    for (const QString &word : words)
        terms.append(QLatin1Char('"') + word + QLatin1Char('"'));
    if (terms.isEmpty())
        return {};
    const bool typingLastWord = !text.isEmpty() && (text.back().isLetterOrNumber() || text.back() == QLatin1Char('_'));
    if (typingLastWord)
        terms.last().append(QLatin1Char('*'));
    return terms.join(QLatin1Char(' '));
}

QList<SearchHit> Search::run(const QString &text, int limit)
{
    const QString match = toMatchExpression(text);
    if (match.isEmpty() || limit <= 0)
        return {};
    QList<SearchHit> hits = incidentHits(match, limit);
    hits.append(entryHits(match, limit - int(hits.size())));
    return hits;
}

QList<SearchHit> Search::incidentHits(const QString &match, int limit)
{
    Statement query = m_db.prepare(
        "SELECT i.id, i.declared_at, bm25(incident_fts, 4.0, 1.0), "
        "snippet(incident_fts, -1, '\uE000', '\uE001', '…', 12), i.title, i.severity "
        "FROM incident_fts JOIN incident i ON i.row = incident_fts.rowid "
        "WHERE incident_fts MATCH ? ORDER BY rank LIMIT ?");
    query.bind(1, match).bind(2, std::min(limit, 10));
    QList<SearchHit> hits;
    while (query.next())
        hits.append({SearchHit::Kind::Incident, query.uuid(0), {}, query.text(3), timeAt(query, 1), query.real(2),
                     query.text(4), query.text(5)});
    return hits;
}

QList<SearchHit> Search::entryHits(const QString &match, int limit)
{
    if (limit <= 0)
        return {};
    struct Candidate {
        qint64 row;
        double score;
        QString snippet;
    };
    // One evaluation of the MATCH for everything: FTS5 materializes the whole doclist of
    // a prefix term ("error"*) each time a query starts, so a second query per hit cost
    // a full prefix merge per hit. Snippets of short bodies are cheap; the capped
    // candidates all get one, and the ranking picks among them.
    QList<Candidate> candidates;
    {
        Statement query = m_db.prepare(
            "SELECT rowid, sitrep_rank(timeline_fts), snippet(timeline_fts, 0, '\uE000', '\uE001', '…', 12) FROM timeline_fts "
            "WHERE timeline_fts MATCH ? ORDER BY rowid DESC LIMIT ?");
        query.bind(1, match).bind(2, CandidateCap);
        while (query.next())
            candidates.append({query.int64(0), query.real(1), query.text(2)});
    }
    // Scores are negative, lower is better (SearchRank.h); among equals the newer entry first.
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.score < b.score; });
    if (candidates.size() > limit)
        candidates.resize(limit);

    QList<SearchHit> hits;
    hits.reserve(candidates.size());
    for (const Candidate &candidate : std::as_const(candidates)) {
        Statement detail = m_db.prepare(
            "SELECT e.id, i.id, e.occurred_at, i.title, i.severity FROM timeline_entry e "
            "JOIN incident i ON i.row = e.incident_row "
            "WHERE e.row = ?");
        detail.bind(1, candidate.row);
        if (detail.next())
            hits.append({SearchHit::Kind::Entry, detail.uuid(1), detail.uuid(0), candidate.snippet, timeAt(detail, 2),
                         candidate.score, detail.text(3), detail.text(4)});
    }
    return hits;
}

} // namespace Sitrep
