#include "OpPayloads.h"

#include "model/Ids.h"
#include "rules/Validation.h"

namespace Sitrep::Server {

namespace {

constexpr qsizetype MaxSeverityLength = 32;
constexpr qsizetype MaxShortText = 200; // business unit, role keys, names

QString tooLong(qsizetype limit)
{
    return QStringLiteral("too long (at most %1 characters)").arg(limit);
}

QString idMismatch(const char *what)
{
    return QStringLiteral("does not match the op's %1").arg(QLatin1String(what));
}

// A model object whose own id must be the op's entityId and whose incidentId the op's.
template<typename T> QString checkIds(const T &value, const Op &op, const char *context)
{
    const QString prefix = QLatin1String(context);
    if (value.id != op.entityId)
        return prefix + QStringLiteral(".id: ") + idMismatch("entityId");
    if (value.incidentId != op.incidentId)
        return prefix + QStringLiteral(".incidentId: ") + idMismatch("incidentId");
    return {};
}

QString checkIncident(const Incident &incident, const Op &op)
{
    if (incident.id != op.incidentId)
        return QStringLiteral("incident.id: ") + idMismatch("incidentId");
    if (incident.id != op.entityId)
        return QStringLiteral("incident.id: ") + idMismatch("entityId");
    if (incident.title.size() > Validation::MaxTitleLength)
        return QStringLiteral("incident.title: ") + tooLong(Validation::MaxTitleLength);
    if (incident.severity.size() > MaxSeverityLength)
        return QStringLiteral("incident.severity: ") + tooLong(MaxSeverityLength);
    if (incident.summary.size() > Validation::MaxBodyLength)
        return QStringLiteral("incident.summary: ") + tooLong(Validation::MaxBodyLength);
    if (const QString problem = Validation::checkBridge(incident.bridge); !problem.isEmpty())
        return QStringLiteral("incident.bridge: ") + problem;
    if (const QString problem = Validation::checkRaci(incident.raci); !problem.isEmpty())
        return QStringLiteral("incident.raci: ") + problem;
    if (const QString problem = Validation::checkAddedRoles(incident.addedRoles); !problem.isEmpty())
        return QStringLiteral("incident.addedRoles: ") + problem;
    return {};
}

// An object field of incident.update (null clears it): the model's codec, then its rule.
template<typename T>
QString checkObjectField(const QString &where, const QJsonValue &value, QString (*rule)(const T &))
{
    if (value.isNull())
        return {};
    if (!value.isObject())
        return where + QStringLiteral("expected an object or null");
    const Decoded<T> decoded = T::fromJson(value.toObject(), where.chopped(2));
    if (!decoded)
        return decoded.error;
    if (const QString problem = rule(*decoded.value); !problem.isEmpty())
        return where + problem;
    return {};
}

QString checkEntryText(const QString &body, const char *context)
{
    if (body.size() > Validation::MaxBodyLength)
        return QLatin1String(context) + QStringLiteral(".body: ") + tooLong(Validation::MaxBodyLength);
    return {};
}

// One value of incident.update's "fields", by the type the incident's codec gives it.
QString checkUpdateField(const QString &name, const QJsonValue &value)
{
    const QString where = QStringLiteral("payload.fields.") + name + QStringLiteral(": ");
    if (name == QLatin1String("title")) {
        if (!value.isString() || value.toString().trimmed().isEmpty())
            return where + QStringLiteral("expected a non-empty string");
        if (value.toString().size() > Validation::MaxTitleLength)
            return where + tooLong(Validation::MaxTitleLength);
    } else if (name == QLatin1String("summary") || name == QLatin1String("businessUnit")) {
        if (!value.isString() && !value.isNull())
            return where + QStringLiteral("expected a string");
        const qsizetype limit = name == QLatin1String("summary") ? Validation::MaxBodyLength : MaxShortText;
        if (value.toString().size() > limit)
            return where + tooLong(limit);
    } else if (name == QLatin1String("restricted") || name == QLatin1String("criticalPhase")) {
        if (!value.isBool())
            return where + QStringLiteral("expected true or false");
    } else if (name == QLatin1String("bridge")) {
        return checkObjectField<BridgeChannels>(where, value, &Validation::checkBridge);
    } else if (name == QLatin1String("raci")) {
        return checkObjectField<RaciMatrix>(where, value, &Validation::checkRaci);
    } else if (name == QLatin1String("addedRoles")) {
        if (value.isNull())
            return {};
        if (!value.isArray())
            return where + QStringLiteral("expected an array of role keys or null");
        QStringList roles;
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString())
                return where + QStringLiteral("expected an array of role keys");
            roles.append(item.toString());
        }
        if (const QString problem = Validation::checkAddedRoles(roles); !problem.isEmpty())
            return where + problem;
    } else if (name == QLatin1String("owningTeam")) {
        if (!value.isNull()
            && !(value.isString() && (value.toString().isEmpty() || !idFromString(value.toString()).isNull())))
            return where + QStringLiteral("expected an id or null");
    } else if (name == QLatin1String("tags") || name == QLatin1String("affectedServices")) {
        if (!value.isArray())
            return where + QStringLiteral("expected an array");
        const bool ids = name == QLatin1String("affectedServices");
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString())
                return where + QStringLiteral("expected an array of strings");
            if (ids && idFromString(item.toString()).isNull())
                return where + QStringLiteral("expected an array of ids");
            if (!ids && (item.toString().trimmed().isEmpty() || item.toString().size() > 64))
                return where + QStringLiteral("tags must be 1 to 64 characters long");
        }
    }
    return {};
}

QString checkUpdate(CheckedOp &checked)
{
    JsonReader reader(checked.op.payload, QStringLiteral("payload"));
    checked.fields = reader.object("fields", Field::Required);
    checked.base = reader.object("base", Field::Required);
    if (!reader.ok())
        return reader.error();
    if (checked.fields.isEmpty())
        return QStringLiteral("payload.fields: must name at least one field");
    for (auto it = checked.fields.constBegin(); it != checked.fields.constEnd(); ++it) {
        if (!updatableIncidentFields().contains(it.key()))
            return QStringLiteral("payload.fields.%1: not a field incident.update can change (one of %2)")
                .arg(it.key().left(64), updatableIncidentFields().join(QStringLiteral(", ")));
        if (const QString error = checkUpdateField(it.key(), it.value()); !error.isEmpty())
            return error;
        // Without the value the client saw, a concurrent edit could not be told apart.
        if (!checked.base.contains(it.key()))
            return QStringLiteral("payload.base.%1: missing required field").arg(it.key());
    }
    return {};
}

} // namespace

const QStringList &updatableIncidentFields()
{
    return Incident::updatableFields();
}

Decoded<CheckedOp> checkOp(const Op &op)
{
    if (op.opId.isNull())
        return Decoded<CheckedOp>::failure(QStringLiteral("op.opId: missing required field"));
    if (op.incidentId.isNull())
        return Decoded<CheckedOp>::failure(QStringLiteral("op.incidentId: missing required field"));
    if (op.entityId.isNull())
        return Decoded<CheckedOp>::failure(QStringLiteral("op.entityId: missing required field"));

    CheckedOp checked;
    checked.op = op;
    QString error;
    // Decodes with the model's codec, keeping its error ("entry.kind: unknown value …").
    auto decode = [&error](auto decoded, auto &into) {
        if (decoded)
            into = std::move(*decoded.value);
        else
            error = decoded.error;
        return bool(decoded);
    };
    JsonReader reader(op.payload, QStringLiteral("payload"));
    switch (op.type) {
    case OpType::IncidentDeclare:
        if (decode(Incident::fromJson(op.payload), checked.incident))
            error = checkIncident(*checked.incident, op);
        break;
    case OpType::EntryAdd:
        if (decode(TimelineEntry::fromJson(op.payload), checked.entry)) {
            error = checkIds(*checked.entry, op, "entry");
            if (error.isEmpty())
                error = checkEntryText(checked.entry->body, "entry");
        }
        break;
    case OpType::RoleAssign:
        if (decode(RoleAssignment::fromJson(op.payload), checked.assignment)) {
            error = checkIds(*checked.assignment, op, "roleAssignment");
            if (error.isEmpty() && !Roles::isValidKey(checked.assignment->role))
                error = QStringLiteral("roleAssignment.role: not a role key (lower-case letters, digits and _, 1–64)");
        }
        break;
    case OpType::TrackUpsert:
        if (decode(Track::fromJson(op.payload), checked.track))
            error = checkIds(*checked.track, op, "track");
        break;
    case OpType::ParticipantUpsert:
        if (decode(BridgeParticipant::fromJson(op.payload), checked.participant))
            error = checkIds(*checked.participant, op, "participant");
        break;
    case OpType::IncidentStatus:
        checked.status = reader.enumValue("status", IncidentStatus::Declared);
        checked.statusBase = reader.enumValue("base", IncidentStatus::Declared);
        checked.at = reader.time("at");
        error = reader.error();
        break;
    case OpType::IncidentSeverity:
        checked.severity = reader.nonEmptyString("severity");
        checked.severityBase = reader.nonEmptyString("base");
        error = reader.error();
        if (error.isEmpty() && checked.severity.size() > MaxSeverityLength)
            error = QStringLiteral("payload.severity: ") + tooLong(MaxSeverityLength);
        break;
    case OpType::IncidentUpdate:
        error = checkUpdate(checked);
        break;
    case OpType::EntryEdit:
        checked.revision.kind = reader.enumValue("kind", EntryKind::Note);
        checked.revision.body = reader.nonEmptyString("body");
        checked.revision.revision = reader.integer("revision", Field::Required, 0);
        checked.revision.recordedAt = reader.time("recordedAt");
        error = reader.error();
        if (error.isEmpty() && checked.revision.revision < 2)
            error = QStringLiteral("payload.revision: an edit is revision 2 or later");
        if (error.isEmpty())
            error = checkEntryText(checked.revision.body, "payload");
        break;
    case OpType::EntryPin: {
        const QJsonValue pinned = op.payload.value(QStringLiteral("pinned"));
        if (!pinned.isBool())
            error = pinned.isUndefined() ? QStringLiteral("payload.pinned: missing required field")
                                         : QStringLiteral("payload.pinned: expected true or false");
        checked.pinned = pinned.toBool();
        break;
    }
    case OpType::RoleRelieve:
        checked.at = reader.time("relievedAt");
        error = reader.error();
        break;
    }
    if (!error.isEmpty())
        return Decoded<CheckedOp>::failure(error);
    return {std::move(checked), {}};
}

} // namespace Sitrep::Server
