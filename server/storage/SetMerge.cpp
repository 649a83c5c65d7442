#include "SetMerge.h"

#include "rules/Validation.h"

#include <QJsonArray>
#include <QStringList>

namespace Sitrep::Server {

namespace {

QStringList keysOf(const QJsonValue &value)
{
    QStringList keys;
    for (const QJsonValue &item : value.toArray())
        keys.append(item.toString());
    return keys;
}

} // namespace

std::optional<QJsonValue> mergeRoleKeySets(const QJsonValue &current, const QJsonValue &wanted, const QJsonValue &base)
{
    const QStringList before = keysOf(base);
    const QStringList mine = keysOf(wanted);
    QStringList merged;
    for (const QString &key : keysOf(current)) {
        const bool takenAway = before.contains(key) && !mine.contains(key);
        if (!takenAway)
            merged.append(key);
    }
    for (const QString &key : mine) {
        if (!before.contains(key) && !merged.contains(key))
            merged.append(key);
    }
    if (!Validation::checkAddedRoles(merged).isEmpty())
        return std::nullopt;
    return merged.isEmpty() ? QJsonValue() : QJsonValue(QJsonArray::fromStringList(merged));
}

} // namespace Sitrep::Server
