#pragma once

// Private to core/store: how model values map to columns. One place, so every query
// reads a row the same way.

#include "Sqlite.h"
#include "Store.h"

#include <QJsonDocument>

namespace Sitrep::Rows {

inline void bindTime(Statement &statement, int index, const QDateTime &time)
{
    if (time.isValid())
        statement.bind(index, time.toMSecsSinceEpoch());
    else
        statement.bindNull(index);
}

inline QDateTime timeAt(const Statement &statement, int column)
{
    if (statement.isNull(column))
        return {};
    return QDateTime::fromMSecsSinceEpoch(statement.int64(column), Qt::UTC);
}

inline QString toJsonText(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

inline QStringList stringListFromJson(const QString &text)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array)
        list.append(value.toString());
    return list;
}

// Objects kept as JSON text (the incident's bridge and RACI matrix): '{}' for none.
inline QString objectText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

inline QJsonObject objectFromText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// Columns of timeline_entry in the order entryColumns lists them.
#define SITREP_ENTRY_COLUMNS \
    "e.row, e.id, i.id, e.kind, e.body, e.author, e.occurred_at, e.recorded_at, e.track_id, e.pinned, e.revision, e.pending"

inline TimelineEntry readEntry(const Statement &s)
{
    TimelineEntry entry;
    entry.id = s.uuid(1);
    entry.incidentId = s.uuid(2);
    entry.kind = EntryKind(s.integer(3));
    entry.body = s.text(4);
    entry.author = s.uuid(5);
    entry.occurredAt = timeAt(s, 6);
    entry.recordedAt = timeAt(s, 7);
    entry.trackId = s.uuid(8);
    entry.pinned = s.integer(9) != 0;
    entry.revision = s.integer(10);
    return entry;
}

inline constexpr int EntryPendingColumn = 11;

} // namespace Sitrep::Rows
