#include "RemotePresence.h"

#include "model/Ids.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Sitrep::Server {

namespace {

const QString ViewingKey = QStringLiteral("viewing");
const QString BridgeKey = QStringLiteral("bridge");
const QString ViewingPeopleKey = QStringLiteral("viewingPeople");
const QString BridgePeopleKey = QStringLiteral("bridgePeople");
const QString InstanceKey = QStringLiteral("instance");
const QString IncidentKey = QStringLiteral("incidentId");
const QString TtlKey = QStringLiteral("ttlMs");
const QString ResyncKey = QStringLiteral("resync");

// However long a sender says, an entry outlives a silent instance by at most this much
// (three heartbeats of 20 minutes; the default is 15 s).
constexpr std::chrono::milliseconds MaxTtl = std::chrono::hours(1);

QStringList strings(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &item : value.toArray()) {
        if (item.isString())
            result.append(item.toString());
    }
    return result;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

bool PresenceLists::isEmpty() const
{
    return viewing.isEmpty() && bridge.isEmpty() && viewingPeople.isEmpty() && bridgePeople.isEmpty();
}

void PresenceLists::add(const PresenceLists &other)
{
    viewing += other.viewing;
    bridge += other.bridge;
    viewingPeople += other.viewingPeople;
    bridgePeople += other.bridgePeople;
}

void PresenceLists::normalise()
{
    for (QStringList *names : {&viewing, &bridge, &viewingPeople, &bridgePeople}) {
        names->removeAll(QString());
        names->sort();
        names->removeDuplicates();
    }
}

void PresenceLists::writeTo(QJsonObject &message) const
{
    message.insert(ViewingKey, QJsonArray::fromStringList(viewing));
    message.insert(BridgeKey, QJsonArray::fromStringList(bridge));
    message.insert(ViewingPeopleKey, QJsonArray::fromStringList(viewingPeople));
    message.insert(BridgePeopleKey, QJsonArray::fromStringList(bridgePeople));
}

PresenceLists PresenceLists::fromJson(const QJsonObject &object)
{
    return PresenceLists{strings(object.value(ViewingKey)), strings(object.value(BridgeKey)),
                         strings(object.value(ViewingPeopleKey)), strings(object.value(BridgePeopleKey))};
}

QByteArray RemotePresence::announcement(const QUuid &instance, const QUuid &incidentId, const PresenceLists &lists,
                                        std::chrono::milliseconds ttl)
{
    QJsonObject object{{InstanceKey, idToString(instance)},
                       {IncidentKey, idToString(incidentId)},
                       {TtlKey, qint64(ttl.count())}};
    lists.writeTo(object);
    return compact(object);
}

QByteArray RemotePresence::resyncRequest(const QUuid &instance)
{
    return compact({{InstanceKey, idToString(instance)}, {ResyncKey, true}});
}

RemotePresence::Heard RemotePresence::hear(const QByteArray &payload, const QUuid &ownInstance, Clock::time_point now)
{
    const QJsonObject object = QJsonDocument::fromJson(payload).object();
    const QUuid instance = idFromString(object.value(InstanceKey).toString());
    if (instance.isNull() || instance == ownInstance)
        return {};
    if (object.value(ResyncKey).toBool())
        return {Heard::Kind::Resync, {}};
    const QUuid incidentId = idFromString(object.value(IncidentKey).toString());
    const qint64 ttlMs = object.value(TtlKey).toInteger();
    if (incidentId.isNull() || ttlMs <= 0)
        return {};
    const PresenceLists lists = PresenceLists::fromJson(object);
    if (lists.isEmpty()) {
        auto found = m_byIncident.find(incidentId);
        if (found != m_byIncident.end()) {
            found->remove(instance);
            if (found->isEmpty())
                m_byIncident.erase(found);
        }
    } else {
        const auto ttl = std::min<std::chrono::milliseconds>(std::chrono::milliseconds(ttlMs), MaxTtl);
        Entry &entry = m_byIncident[incidentId][instance];
        const bool same = entry.lists == lists;
        entry = Entry{lists, now + ttl};
        if (same)
            return {};
    }
    return {Heard::Kind::Update, incidentId};
}

PresenceLists RemotePresence::at(const QUuid &incidentId) const
{
    PresenceLists result;
    for (const Entry &entry : m_byIncident.value(incidentId))
        result.add(entry.lists);
    return result;
}

QList<QUuid> RemotePresence::incidents() const
{
    return m_byIncident.keys();
}

QList<QUuid> RemotePresence::expire(Clock::time_point now)
{
    QList<QUuid> changed;
    for (auto incident = m_byIncident.begin(); incident != m_byIncident.end();) {
        const qsizetype before = incident->size();
        incident->removeIf([now](const auto &instance) { return instance.value().expires <= now; });
        if (incident->size() != before)
            changed.append(incident.key());
        incident = incident->isEmpty() ? m_byIncident.erase(incident) : std::next(incident);
    }
    return changed;
}

} // namespace Sitrep::Server
