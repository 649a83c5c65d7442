#include "Change.h"

#include "Ids.h"

namespace Sitrep {

namespace {

constexpr std::array<const char *, 5> StatusNames{"applied", "duplicate", "conflict", "rejected", "unavailable"};

// seq is a JSON number; doubles hold integers exactly up to 2^53, far beyond any feed.
qint64 readSeq(JsonReader &reader, const QJsonObject &object, const char *key, bool required)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull()) {
        if (required)
            reader.fail(key, QStringLiteral("missing required field"));
        return 0;
    }
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number > 9007199254740992.0 || number != qint64(number)) {
        reader.fail(key, QStringLiteral("expected a non-negative integer"));
        return 0;
    }
    return qint64(number);
}

} // namespace

QJsonObject Change::toJson() const
{
    QJsonObject object{{QStringLiteral("seq"), seq},
                       {QStringLiteral("opId"), idToString(op.opId)},
                       {QStringLiteral("type"), enumToString(op.type)},
                       {QStringLiteral("incidentId"), idToString(op.incidentId)},
                       {QStringLiteral("actor"), actorName},
                       {QStringLiteral("appliedAt"), timeToJson(appliedAt)},
                       {QStringLiteral("op"), op.toJson()}};
    if (!conflicts.isEmpty()) {
        QJsonArray list;
        for (const ChangeConflict &conflict : conflicts)
            list.append(QJsonObject{{QStringLiteral("field"), conflict.field},
                                    {QStringLiteral("losing"), conflict.losing},
                                    {QStringLiteral("winning"), conflict.winning}});
        object.insert(QStringLiteral("conflicts"), list);
    }
    return object;
}

Decoded<Change> Change::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, QStringLiteral("change"));
    Change change;
    change.seq = readSeq(reader, object, "seq", true);
    change.actorName = reader.string("actor", Field::Optional);
    change.appliedAt = reader.time("appliedAt", Field::Optional);
    const QJsonObject opObject = reader.object("op", Field::Required);
    if (reader.ok()) {
        const Decoded<Op> op = Op::fromJson(opObject);
        if (!op)
            reader.failNested(op.error);
        else
            change.op = *op.value;
    }
    const QJsonArray conflicts = reader.array("conflicts");
    for (qsizetype i = 0; reader.ok() && i < conflicts.size(); ++i) {
        const QJsonObject item = conflicts.at(i).toObject();
        const QString field = item.value(QStringLiteral("field")).toString();
        if (field.isEmpty()) {
            reader.fail("conflicts", QStringLiteral("element %1 has no field").arg(i));
            break;
        }
        change.conflicts.append(ChangeConflict{field, item.value(QStringLiteral("losing")),
                                               item.value(QStringLiteral("winning"))});
    }
    if (!reader.ok())
        return Decoded<Change>::failure(reader.error());
    return {change, {}};
}

QString OpResult::statusName(Status status)
{
    return QLatin1String(StatusNames.at(size_t(status)));
}

QJsonObject OpResult::toJson() const
{
    QJsonObject object{{QStringLiteral("opId"), opId.isNull() ? QString() : idToString(opId)},
                       {QStringLiteral("status"), statusName(status)}};
    if (seq > 0)
        object.insert(QStringLiteral("seq"), seq);
    if (!error.isEmpty())
        object.insert(QStringLiteral("error"), error);
    return object;
}

Decoded<OpResult> OpResult::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, QStringLiteral("result"));
    OpResult result;
    result.opId = reader.id("opId", Field::Optional);
    const QString status = reader.string("status");
    result.seq = readSeq(reader, object, "seq", false);
    result.error = reader.string("error", Field::Optional);
    const auto found = std::find_if(StatusNames.cbegin(), StatusNames.cend(),
                                    [&](const char *name) { return status == QLatin1String(name); });
    if (reader.ok() && found == StatusNames.cend())
        reader.fail("status", QStringLiteral("unknown value \"%1\"").arg(status));
    if (!reader.ok())
        return Decoded<OpResult>::failure(reader.error());
    result.status = Status(found - StatusNames.cbegin());
    if (result.isStored() && result.seq <= 0)
        return Decoded<OpResult>::failure(QStringLiteral("result.seq: missing for a stored op"));
    return {result, {}};
}

} // namespace Sitrep
