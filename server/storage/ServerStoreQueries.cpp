// ServerStore: the read side (change feed, REST reads) and the need-to-know rule.

#include "ServerStore.h"
#include "ServerStoreRows.h"
#include "auth/Permissions.h"
#include "model/Ids.h"
#include "model/RoleAssignment.h"
#include "model/TimelineEntry.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Sitrep::Server {

using namespace Rows;

namespace {

// The need-to-know rule of auth/Permissions (mayView) in SQL, for reads that filter many
// incidents at once; `i` is the incident. Bound by bindViewer: ?1 admin, ?2 account id,
// ?3 the account's person id. A member declared the incident or holds a current role in it.
#define SITREP_VISIBLE_INCIDENT                                                                                        \
    "(?1 = 1 OR i.restricted = 0 OR i.created_by = ?2 OR EXISTS (SELECT 1 FROM role_assignment r "                    \
    "WHERE r.incident_id = i.id AND r.person_id = ?3 AND r.relieved_at IS NULL))"

void bindViewer(Statement &query, const Account &viewer)
{
    query.bind(1, viewer.role == AccountRole::Admin).bind(2, viewer.id).bind(3, viewer.personId);
}

} // namespace

std::optional<IncidentStanding> ServerStore::standingLocked(const QUuid &incidentId, const Account &account,
                                                            bool *restricted) const
{
    Statement query = m_db->prepare(
        "SELECT i.restricted, CASE WHEN i.created_by = ?2 THEN 1 ELSE 0 END, "
        "CASE WHEN EXISTS (SELECT 1 FROM role_assignment r WHERE r.incident_id = i.id AND r.relieved_at IS NULL "
        "AND r.role = ?4 AND r.person_id = ?3) THEN 1 ELSE 0 END, "
        "CASE WHEN EXISTS (SELECT 1 FROM role_assignment r WHERE r.incident_id = i.id AND r.relieved_at IS NULL "
        "AND r.role = ?4) THEN 1 ELSE 0 END, "
        "CASE WHEN EXISTS (SELECT 1 FROM role_assignment r WHERE r.incident_id = i.id AND r.relieved_at IS NULL "
        "AND r.person_id = ?3) THEN 1 ELSE 0 END, "
        "CASE WHEN EXISTS (SELECT 1 FROM role_assignment r WHERE r.incident_id = i.id AND r.relieved_at IS NULL "
        "AND r.role = ?5 AND r.person_id = ?3) THEN 1 ELSE 0 END "
        "FROM incident i WHERE i.id = ?1");
    query.bind(1, incidentId).bind(2, account.id).bind(3, account.personId).bind(4, Roles::IncidentCommander)
        .bind(5, Roles::Facilitator);
    if (!query.next())
        return std::nullopt;
    if (restricted)
        *restricted = query.int64(0) != 0;
    IncidentStanding standing;
    standing.declaredIt = query.int64(1) != 0;
    standing.commander = query.int64(2) != 0;
    standing.commanderAssigned = query.int64(3) != 0;
    standing.member = standing.declaredIt || query.int64(4) != 0;
    standing.facilitator = query.int64(5) != 0;
    return standing;
}

// Every read below applies it: an incident the viewer may not see does not exist for them.
bool ServerStore::mayViewLocked(const QUuid &incidentId, const Account &viewer) const
{
    bool restricted = false;
    const std::optional<IncidentStanding> standing = standingLocked(incidentId, viewer, &restricted);
    return standing && Sitrep::mayView(viewer, restricted, *standing);
}

bool ServerStore::mayView(const QUuid &incidentId, const Account &viewer) const
{
    std::lock_guard lock(m_mutex);
    return m_db && mayViewLocked(incidentId, viewer);
}

void ServerStore::notifyCommitted() const
{
    if (m_commitObserver)
        m_commitObserver();
}

namespace {

// Columns: seq, op_id, type, incident_id, actor, applied_at, op.
QJsonObject changeToJson(const Statement &row)
{
    return QJsonObject{{QStringLiteral("seq"), row.int64(0)},
                       {QStringLiteral("opId"), idToString(row.uuid(1))},
                       {QStringLiteral("type"), row.text(2)},
                       {QStringLiteral("incidentId"), idToString(row.uuid(3))},
                       {QStringLiteral("actor"), row.text(4)},
                       {QStringLiteral("appliedAt"), timeToJson(fromMs(row.int64(5)))},
                       {QStringLiteral("op"), objectFromText(row.text(6))}};
}

// The conflict records of the changes in (after, upTo], by seq: [{"field","losing","winning"}]
// in record order, the values as stored. One query for a whole page, not one per change:
// conflicts are rare and most changes have none. A record only ever rides on its own change
// (withConflicts), so it is served exactly where that change is.
QHash<qint64, QJsonArray> conflictsBySeq(ServerDb &db, qint64 after, qint64 upTo)
{
    QHash<qint64, QJsonArray> result;
    Statement query = db.prepare(
        "SELECT seq, field, losing_value, winning_value FROM conflict WHERE seq > ?1 AND seq <= ?2 ORDER BY id");
    query.bind(1, after).bind(2, upTo);
    while (query.next())
        result[query.int64(0)].append(QJsonObject{{QStringLiteral("field"), query.text(1)},
                                                  {QStringLiteral("losing"), valueFromText(query.text(2))},
                                                  {QStringLiteral("winning"), valueFromText(query.text(3))}});
    return result;
}

// A change's "conflicts", only when its op made any: a client folding the feed sets each
// field to its winning value (docs/SYNC.md, "Merge rules"); the key's absence means none.
void withConflicts(QJsonObject &change, const QHash<qint64, QJsonArray> &conflicts)
{
    const auto found = conflicts.constFind(change.value(QStringLiteral("seq")).toInteger());
    if (found != conflicts.constEnd())
        change.insert(QStringLiteral("conflicts"), found.value());
}

} // namespace

QList<FanOutChange> ServerStore::changesForFanOut(qint64 since, int limit, bool *more) const
{
    QList<FanOutChange> result;
    if (more)
        *more = false;
    limit = std::clamp(limit, 1, MaxChangesPerPage);
    std::lock_guard lock(m_mutex);
    if (!m_db)
        return result;
    since = std::max<qint64>(since, 0);
    {
        // Scoped: the page's statement is reset before the conflicts are read.
        Statement query =
            m_db->prepare("SELECT c.seq, c.op_id, c.type, c.incident_id, c.actor, c.applied_at, c.op, i.restricted "
                          "FROM change c JOIN incident i ON i.id = c.incident_id WHERE c.seq > ?1 ORDER BY c.seq LIMIT ?2");
        query.bind(1, since).bind(2, limit + 1);
        while (query.next()) {
            if (result.size() == limit) {
                if (more)
                    *more = true;
                break;
            }
            result.append(FanOutChange{changeToJson(query), query.uuid(3), query.int64(7) != 0});
        }
    }
    if (result.isEmpty())
        return result;
    const QHash<qint64, QJsonArray> conflicts =
        conflictsBySeq(*m_db, since, result.constLast().change.value(QStringLiteral("seq")).toInteger());
    for (FanOutChange &change : result)
        withConflicts(change.change, conflicts);
    return result;
}

// One feed page as stored, read under the store's lock; encoded after it is released.
struct ServerStore::StoredPage {
    struct Row {
        qint64 seq = 0;
        QUuid opId;
        QString type;
        QUuid incidentId;
        QString actor;
        qint64 appliedAt = 0;
        QString op; // the op's JSON text as stored
    };
    QList<Row> rows;
    QHash<qint64, QJsonArray> conflicts;
    qint64 cursor = 0;
    bool more = false;
};

ServerStore::StoredPage ServerStore::readChanges(qint64 since, int limit, const Account &viewer) const
{
    StoredPage page;
    since = std::max<qint64>(since, 0);
    page.cursor = since;
    limit = std::clamp(limit, 1, MaxChangesPerPage);
    std::lock_guard lock(m_mutex);
    if (!m_db)
        return page;
    // The restriction is today's: once an incident is restricted, none of its history is
    // served again. One row more than asked tells whether there is more.
    {
        // Scoped: the page's statement is reset before the conflicts are read.
        Statement query =
            m_db->prepare("SELECT c.seq, c.op_id, c.type, c.incident_id, c.actor, c.applied_at, c.op FROM change c "
                          "JOIN incident i ON i.id = c.incident_id "
                          "WHERE c.seq > ?4 AND " SITREP_VISIBLE_INCIDENT " ORDER BY c.seq LIMIT ?5");
        bindViewer(query, viewer);
        query.bind(4, since).bind(5, limit + 1);
        page.rows.reserve(limit);
        while (query.next()) {
            if (page.rows.size() == limit) {
                page.more = true;
                break;
            }
            page.rows.append({query.int64(0), query.uuid(1), query.text(2), query.uuid(3), query.text(4),
                              query.int64(5), query.text(6)});
            page.cursor = query.int64(0);
        }
    }
    // The range may hold changes the viewer may not see; their conflicts are read but, having
    // no change on this page to ride on, never served.
    if (!page.rows.isEmpty())
        page.conflicts = conflictsBySeq(*m_db, since, page.cursor);
    return page;
}

ChangesPage ServerStore::changes(qint64 since, int limit, const Account &viewer) const
{
    const StoredPage stored = readChanges(since, limit, viewer);
    ChangesPage page;
    page.cursor = stored.cursor;
    page.more = stored.more;
    for (const StoredPage::Row &row : stored.rows) {
        QJsonObject change{{QStringLiteral("seq"), row.seq},
                           {QStringLiteral("opId"), idToString(row.opId)},
                           {QStringLiteral("type"), row.type},
                           {QStringLiteral("incidentId"), idToString(row.incidentId)},
                           {QStringLiteral("actor"), row.actor},
                           {QStringLiteral("appliedAt"), timeToJson(fromMs(row.appliedAt))},
                           {QStringLiteral("op"), objectFromText(row.op)}};
        withConflicts(change, stored.conflicts);
        page.changes.append(change);
    }
    return page;
}

namespace {

QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

// The same objects as changes(), written as bytes: the stored op text goes out as it is.
// Parsing every op and serialising the page again was most of this route's CPU (a console
// catching up pulls a thousand changes per page), and the bytes are the same JSON.
QByteArray ServerStore::changesBody(qint64 since, int limit, const Account &viewer) const
{
    const StoredPage stored = readChanges(since, limit, viewer);
    QByteArray body;
    body.reserve(64 + stored.rows.size() * 700);
    body += "{\"changes\":[";
    for (qsizetype i = 0; i < stored.rows.size(); ++i) {
        const StoredPage::Row &row = stored.rows.at(i);
        if (i > 0)
            body += ',';
        body += "{\"seq\":" + QByteArray::number(row.seq) + ",\"opId\":\"" + idToString(row.opId).toLatin1()
            + "\",\"type\":" + jsonString(row.type) + ",\"incidentId\":\"" + idToString(row.incidentId).toLatin1()
            + "\",\"actor\":" + jsonString(row.actor) + ",\"appliedAt\":\"" + timeToJson(fromMs(row.appliedAt)).toLatin1()
            + "\",\"op\":" + row.op.toUtf8();
        const auto conflicts = stored.conflicts.constFind(row.seq);
        if (conflicts != stored.conflicts.constEnd())
            body += ",\"conflicts\":" + QJsonDocument(conflicts.value()).toJson(QJsonDocument::Compact);
        body += '}';
    }
    body += "],\"cursor\":" + QByteArray::number(stored.cursor) + ",\"more\":" + (stored.more ? "true" : "false") + '}';
    return body;
}

qint64 ServerStore::lastSeq() const
{
    std::lock_guard lock(m_mutex);
    if (!m_db)
        return 0;
    Statement query = m_db->prepare("SELECT coalesce(max(seq), 0) FROM change");
    return query.next() ? query.int64(0) : 0;
}

std::optional<QJsonObject> ServerStore::incident(const QUuid &id, const Account &viewer) const
{
    std::lock_guard lock(m_mutex);
    if (!m_db || !mayViewLocked(id, viewer))
        return std::nullopt;
    return incidentDocument(id);
}

QList<QJsonObject> ServerStore::incidents(const Account &viewer) const
{
    QList<QJsonObject> result;
    std::lock_guard lock(m_mutex);
    if (!m_db)
        return result;
    Statement query = m_db->prepare("SELECT i.document FROM incident i WHERE " SITREP_VISIBLE_INCIDENT
                                    " ORDER BY i.declared_at DESC, i.id DESC");
    bindViewer(query, viewer);
    while (query.next())
        result.append(objectFromText(query.text(0)));
    return result;
}

QList<QJsonObject> ServerStore::timeline(const QUuid &incidentId, const Account &viewer) const
{
    QList<QJsonObject> result;
    std::lock_guard lock(m_mutex);
    if (!m_db || !mayViewLocked(incidentId, viewer))
        return result;
    Statement query = m_db->prepare(
        "SELECT id, incident_id, kind, body, author, occurred_at, recorded_at, track_id, pinned, revision "
        "FROM timeline_entry WHERE incident_id = ?1 ORDER BY occurred_at, id");
    query.bind(1, incidentId);
    while (query.next()) {
        TimelineEntry entry;
        entry.id = query.uuid(0);
        entry.incidentId = query.uuid(1);
        entry.kind = enumFromString<EntryKind>(query.text(2)).value_or(EntryKind::Note);
        entry.body = query.text(3);
        entry.author = query.uuid(4);
        entry.occurredAt = timeAt(query, 5);
        entry.recordedAt = timeAt(query, 6);
        entry.trackId = query.uuid(7);
        entry.pinned = query.int64(8) != 0;
        entry.revision = query.integer(9);
        result.append(entry.toJson());
    }
    return result;
}

QList<ConflictRecord> ServerStore::conflicts(const QUuid &incidentId, const Account &viewer) const
{
    QList<ConflictRecord> result;
    std::lock_guard lock(m_mutex);
    if (!m_db || !mayViewLocked(incidentId, viewer))
        return result;
    Statement query = m_db->prepare(
        "SELECT field, losing_value, winning_value, seq FROM conflict WHERE incident_id = ?1 ORDER BY seq, id");
    query.bind(1, incidentId);
    while (query.next())
        result.append(ConflictRecord{incidentId, query.text(0), valueFromText(query.text(1)),
                                     valueFromText(query.text(2)), query.int64(3)});
    return result;
}

} // namespace Sitrep::Server
