#include "SearchRank.h"

#include <QVarLengthArray>

#include <sqlite3.h>

#include <new>

namespace Sitrep {

namespace {

constexpr double K1 = 1.2;
constexpr double B = 0.75;

// Tokens per row over the whole table: read once per query (FTS5 keeps the totals in one
// record), kept as the query's auxiliary data.
const double *averageLength(const Fts5ExtensionApi *api, Fts5Context *fts)
{
    if (const auto *kept = static_cast<const double *>(api->xGetAuxdata(fts, 0)))
        return kept;
    sqlite3_int64 rows = 0;
    sqlite3_int64 tokens = 0;
    if (api->xRowCount(fts, &rows) != SQLITE_OK || api->xColumnTotalSize(fts, -1, &tokens) != SQLITE_OK)
        return nullptr;
    auto *average = new (std::nothrow) double(rows > 0 && tokens > 0 ? double(tokens) / double(rows) : 1.0);
    if (!average || api->xSetAuxdata(fts, average, [](void *data) { delete static_cast<double *>(data); }) != SQLITE_OK)
        return nullptr; // FTS5 has deleted it
    return average;
}

void rankRow(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context)
{
    const double *average = averageLength(api, fts);
    int length = 0;
    int instances = 0;
    if (!average || api->xColumnSize(fts, -1, &length) != SQLITE_OK || api->xInstCount(fts, &instances) != SQLITE_OK) {
        sqlite3_result_error(context, "sitrep_rank: cannot read the row's statistics", -1);
        return;
    }
    QVarLengthArray<int, 8> frequency(api->xPhraseCount(fts), 0);
    for (int i = 0; i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        if (api->xInst(fts, i, &phrase, &column, &offset) == SQLITE_OK && phrase >= 0 && phrase < frequency.size())
            ++frequency[phrase];
    }
    const double lengthNorm = K1 * (1 - B + B * double(length) / *average);
    double score = 0;
    for (const int count : frequency)
        score += count * (K1 + 1) / (count + lengthNorm);
    sqlite3_result_double(context, -score);
}

void rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int, sqlite3_value **)
{
    try { // nothing may unwind through SQLite's C frames
        rankRow(api, fts, context);
    } catch (const std::bad_alloc &) {
        sqlite3_result_error_nomem(context);
    }
}

} // namespace

bool installSearchRank(sqlite3 *db)
{
    // The documented way to reach FTS5's API: it hands a pointer out through a bound value.
    fts5_api *fts5 = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return false;
    sqlite3_bind_pointer(statement, 1, static_cast<void *>(&fts5), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return fts5 && fts5->iVersion >= 2
        && fts5->xCreateFunction(fts5, "sitrep_rank", nullptr, &rank, nullptr) == SQLITE_OK;
}

} // namespace Sitrep
