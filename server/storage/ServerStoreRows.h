#pragma once

// Helpers shared by the ServerStore*.cpp files: how values map to columns.

#include "model/Account.h"
#include "ServerDb.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Sitrep::Server::Rows {

inline qint64 toMs(const QDateTime &time)
{
    return time.toMSecsSinceEpoch();
}

inline QDateTime fromMs(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

inline void bindTime(Statement &statement, int index, const QDateTime &time)
{
    if (time.isValid())
        statement.bind(index, toMs(time));
    else
        statement.bindNull(index);
}

inline QDateTime timeAt(const Statement &statement, int column)
{
    return statement.isNull(column) ? QDateTime() : fromMs(statement.int64(column));
}

inline QByteArray toText(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

inline QJsonObject objectFromText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// A single JSON value as text (QJsonDocument only writes objects and arrays).
inline QByteArray valueToText(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

inline QJsonValue valueFromText(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"));
    return document.array().isEmpty() ? QJsonValue() : document.array().first();
}

// Columns: id, name, role, disabled, created_at, person_id (in this order from `first`).
inline Account accountAt(const Statement &statement, int first = 0)
{
    Account account;
    account.id = statement.int64(first);
    account.name = statement.text(first + 1);
    account.role = enumFromString<AccountRole>(statement.text(first + 2)).value_or(AccountRole::Viewer);
    account.disabled = statement.int64(first + 3) != 0;
    account.createdAt = timeAt(statement, first + 4);
    account.personId = statement.uuid(first + 5);
    return account;
}

} // namespace Sitrep::Server::Rows
