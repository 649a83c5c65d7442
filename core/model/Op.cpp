#include "Op.h"

#include "Ids.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Sitrep {

QJsonObject Op::toJson() const
{
    QJsonObject object;
    putId(object, "opId", opId);
    object.insert(QStringLiteral("type"), enumToString(type));
    putId(object, "incidentId", incidentId);
    putId(object, "entityId", entityId);
    putId(object, "actor", actor);
    putTime(object, "createdAt", createdAt);
    object.insert(QStringLiteral("payload"), payload);
    return object;
}

Decoded<Op> Op::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, QStringLiteral("op"));
    Op op;
    op.opId = reader.id("opId");
    op.type = reader.enumValue("type", OpType::EntryAdd);
    op.incidentId = reader.id("incidentId");
    op.entityId = reader.id("entityId");
    op.actor = reader.id("actor", Field::Optional);
    op.createdAt = reader.time("createdAt");
    op.payload = reader.object("payload", Field::Required);
    if (!reader.ok())
        return Decoded<Op>::failure(reader.error());
    return {op, {}};
}

Op Op::entryAdd(const TimelineEntry &entry)
{
    return Op{newId(), OpType::EntryAdd, entry.incidentId, entry.id, {}, entry.recordedAt, entry.toJson()};
}

Op Op::incidentDeclare(const Incident &incident)
{
    return Op{newId(), OpType::IncidentDeclare, incident.id, incident.id, incident.declaredBy, incident.declaredAt,
              incident.toJson()};
}

QByteArray opsRequestBody(const QList<Op> &ops)
{
    QJsonArray array;
    for (const Op &op : ops)
        array.append(op.toJson());
    return QJsonDocument(QJsonObject{{QStringLiteral("ops"), array}}).toJson(QJsonDocument::Compact);
}

} // namespace Sitrep
