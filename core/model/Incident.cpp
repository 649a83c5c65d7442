#include "Incident.h"

namespace Sitrep {

QJsonObject Incident::toJson() const
{
    QJsonObject object;
    putId(object, "id", id);
    object.insert(QStringLiteral("title"), title);
    if (!summary.isEmpty())
        object.insert(QStringLiteral("summary"), summary);
    object.insert(QStringLiteral("severity"), severity);
    object.insert(QStringLiteral("status"), enumToString(status));
    QJsonArray steps;
    for (const StatusTransition &step : transitions) {
        QJsonObject item{{QStringLiteral("status"), enumToString(step.status)}};
        putTime(item, "at", step.at);
        putId(item, "by", step.by);
        steps.append(item);
    }
    object.insert(QStringLiteral("transitions"), steps);
    putTime(object, "declaredAt", declaredAt);
    putTime(object, "acknowledgedAt", acknowledgedAt);
    putTime(object, "mitigatedAt", mitigatedAt);
    putTime(object, "resolvedAt", resolvedAt);
    putTime(object, "closedAt", closedAt);
    putId(object, "owningTeam", owningTeam);
    if (!affectedServices.isEmpty())
        object.insert(QStringLiteral("affectedServices"), idsToJson(affectedServices));
    if (!tags.isEmpty())
        object.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
    if (!businessUnit.isEmpty())
        object.insert(QStringLiteral("businessUnit"), businessUnit);
    object.insert(QStringLiteral("restricted"), restricted);
    putId(object, "declaredBy", declaredBy);
    object.insert(QStringLiteral("criticalPhase"), criticalPhase);
    if (!bridge.isEmpty())
        object.insert(QStringLiteral("bridge"), bridge.toJson());
    if (!raci.isEmpty())
        object.insert(QStringLiteral("raci"), raci.toJson());
    if (!addedRoles.isEmpty())
        object.insert(QStringLiteral("addedRoles"), QJsonArray::fromStringList(addedRoles));
    return object;
}

Decoded<Incident> Incident::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, QStringLiteral("incident"));
    Incident incident;
    incident.id = reader.id("id");
    incident.title = reader.nonEmptyString("title");
    incident.summary = reader.string("summary", Field::Optional);
    incident.severity = reader.nonEmptyString("severity");
    incident.status = reader.enumValue("status", IncidentStatus::Declared);
    const QJsonArray steps = reader.array("transitions");
    for (qsizetype i = 0; i < steps.size() && reader.ok(); ++i) {
        JsonReader step(steps.at(i).toObject(), QStringLiteral("incident.transitions[%1]").arg(i));
        if (!steps.at(i).isObject())
            step.fail("status", QStringLiteral("expected an object"));
        StatusTransition transition;
        transition.status = step.enumValue("status", IncidentStatus::Declared);
        transition.at = step.time("at");
        transition.by = step.id("by", Field::Optional);
        reader.failNested(step.error());
        incident.transitions.append(transition);
    }
    incident.declaredAt = reader.time("declaredAt");
    incident.acknowledgedAt = reader.time("acknowledgedAt", Field::Optional);
    incident.mitigatedAt = reader.time("mitigatedAt", Field::Optional);
    incident.resolvedAt = reader.time("resolvedAt", Field::Optional);
    incident.closedAt = reader.time("closedAt", Field::Optional);
    incident.owningTeam = reader.id("owningTeam", Field::Optional);
    incident.affectedServices = reader.ids("affectedServices");
    incident.tags = reader.strings("tags");
    incident.businessUnit = reader.string("businessUnit", Field::Optional);
    incident.restricted = reader.boolean("restricted");
    incident.declaredBy = reader.id("declaredBy", Field::Optional);
    incident.criticalPhase = reader.boolean("criticalPhase");
    const QJsonObject bridge = reader.object("bridge");
    if (reader.ok()) {
        const Decoded<BridgeChannels> channels = BridgeChannels::fromJson(bridge, QStringLiteral("incident.bridge"));
        reader.failNested(channels.error);
        incident.bridge = channels.value.value_or(BridgeChannels());
    }
    const QJsonObject raci = reader.object("raci");
    if (reader.ok()) {
        const Decoded<RaciMatrix> matrix = RaciMatrix::fromJson(raci, QStringLiteral("incident.raci"));
        reader.failNested(matrix.error);
        incident.raci = matrix.value.value_or(RaciMatrix());
    }
    incident.addedRoles = reader.strings("addedRoles");
    if (!reader.ok())
        return Decoded<Incident>::failure(reader.error());
    return {incident, {}};
}

const QStringList &Incident::updatableFields()
{
    static const QStringList fields{
        QStringLiteral("title"),        QStringLiteral("summary"),       QStringLiteral("tags"),
        QStringLiteral("affectedServices"), QStringLiteral("owningTeam"), QStringLiteral("businessUnit"),
        QStringLiteral("restricted"),   QStringLiteral("criticalPhase"), QStringLiteral("bridge"),
        QStringLiteral("raci"),         QStringLiteral("addedRoles")};
    return fields;
}

} // namespace Sitrep
