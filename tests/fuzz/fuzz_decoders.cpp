// libFuzzer target over everything sitrep-server decodes from a request body: the JSON
// body check (parseJsonBody), the op batch of POST /api/v1/ops (Op::fromJson + checkOp),
// every model codec, JsonReader's field readers, the router's path matching and the
// bearer token. Besides "no crash, leak, UB or hang" it checks properties a decoder must
// have: a failure names its reason, an accepted value survives toJson → text → fromJson
// unchanged (the server stores and re-serves what it accepted), and a checked op keeps
// the limits checkOp promises.
//
// Input: three header bytes, then the payload (the request body).
//   byte 0: the Content-Type the body arrives with (low three bits; 7: the payload's first
//           line is the header value and the rest is the body);
//   byte 1: a boundary value (see substitute()) put in place of one value of the decoded
//           body before the decoders see it: modulo 32, none from SubstitutionCount up;
//   byte 2: which value (depth-first, modulo their number).
// The decoders then see the body once more with a substitution chosen by a hash of the
// whole input, so that every mutant tries another one. Byte mutations rarely turn valid
// JSON into valid JSON with a boundary value in the right field; these substitutions
// reach such values within a bounded run. See README.md.

#include "api/RestBodies.h"
#include "http/HttpTypes.h"
#include "model/Account.h"
#include "model/BridgeParticipant.h"
#include "model/Directory.h"
#include "model/Ids.h"
#include "model/Incident.h"
#include "model/Op.h"
#include "model/RoleAssignment.h"
#include "model/Severity.h"
#include "model/TimelineEntry.h"
#include "model/Track.h"
#include "rules/Validation.h"
#include "storage/OpPayloads.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Sitrep;
using namespace Sitrep::Server;

namespace {

[[noreturn]] void violated(const char *what, const QString &detail, int line)
{
    std::fprintf(stderr, "fuzz_decoders: property violated at line %d: %s\n  %s\n", line, what,
                 detail.toUtf8().constData());
    std::abort();
}

#define FUZZ_CHECK(condition, detail)                                                                                 \
    do {                                                                                                              \
        if (!(condition))                                                                                             \
            violated(#condition, (detail), __LINE__);                                                                 \
    } while (false)

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

template<typename T> bool sameValue(const T &a, const T &b)
{
    return a == b;
}

// An op's payload is compared in Qt's canonical form (written and parsed once more): Qt's
// parser keeps a key that starts with U+FEFF as it came, the writer drops the U+FEFF, so
// the same key sorts and compares differently before and after a trip through text,
// though both read back as the same QString. A Qt quirk, not the decoders'.
QString canonical(const QJsonObject &object)
{
    return compact(QJsonDocument::fromJson(QJsonDocument(object).toJson(QJsonDocument::Compact)).object());
}

template<> bool sameValue(const Op &a, const Op &b)
{
    return a.opId == b.opId && a.type == b.type && a.incidentId == b.incidentId && a.entityId == b.entityId
        && a.actor == b.actor && a.createdAt == b.createdAt && canonical(a.payload) == canonical(b.payload);
}

// What the server does with an accepted value: serialize it, send it as text, and a
// client (or the server itself, from its store) decodes it again.
template<typename T> void checkRoundTrip(const T &value, const char *codec)
{
    const QJsonObject json = value.toJson();
    const QJsonObject reparsed = QJsonDocument::fromJson(QJsonDocument(json).toJson(QJsonDocument::Compact)).object();
    const Decoded<T> again = T::fromJson(reparsed);
    FUZZ_CHECK(again, QLatin1String(codec) + QStringLiteral(" does not decode its own output: ") + again.error
                          + QStringLiteral("\n  output: ") + compact(json));
    FUZZ_CHECK(sameValue(*again.value, value), QLatin1String(codec) + QStringLiteral(" changes in a round trip: ") + compact(json)
                                          + QStringLiteral(" -> ") + compact(again.value->toJson()));
}

template<typename T> std::optional<T> decode(const QJsonObject &object, const char *codec)
{
    const Decoded<T> decoded = T::fromJson(object);
    if (!decoded) {
        FUZZ_CHECK(!decoded.error.isEmpty(), QLatin1String(codec) + QStringLiteral(" failed without a reason"));
        return std::nullopt;
    }
    FUZZ_CHECK(decoded.error.isEmpty(), QLatin1String(codec) + QStringLiteral(" succeeded with an error: ") + decoded.error);
    checkRoundTrip(*decoded.value, codec);
    return decoded.value;
}

bool isRoleKey(const QString &key)
{
    if (key.isEmpty() || key.size() > 64 || !(key.at(0) >= QLatin1Char('a') && key.at(0) <= QLatin1Char('z')))
        return false;
    for (const QChar c : key) {
        if (!((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
              || c == QLatin1Char('_')))
            return false;
    }
    return true;
}

// The body check: what it accepts is exactly a JSON object in valid UTF-8 sent as
// application/json; what it refuses gets a 415 or 400 in the API's error shape.
void fuzzJsonBody(const HttpRequest &request, bool typeIsJson, bool typeIsOther)
{
    const JsonBody body = parseJsonBody(request);
    // Valid UTF-8 survives a round trip through QString, except for one leading byte order
    // mark, which QString::fromUtf8 drops (and which JSON parsers may ignore: RFC 8259 §8.1).
    const QByteArray bom("\xEF\xBB\xBF");
    const QByteArray withoutBom = request.body.startsWith(bom) ? request.body.mid(bom.size()) : request.body;
    const bool validUtf8 = QString::fromUtf8(request.body).toUtf8() == withoutBom;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    const bool isObject = parseError.error == QJsonParseError::NoError && document.isObject();
    if (body.object) {
        FUZZ_CHECK(!typeIsOther, QStringLiteral("accepted a body sent as another content type"));
        FUZZ_CHECK(validUtf8, QStringLiteral("accepted invalid UTF-8"));
        FUZZ_CHECK(isObject && *body.object == document.object(), QStringLiteral("accepted object differs from the body"));
        return;
    }
    FUZZ_CHECK(!(typeIsJson && validUtf8 && isObject), QStringLiteral("refused a valid JSON object body: ")
                                                           + QString::fromUtf8(body.problem.body));
    FUZZ_CHECK(body.problem.status == 415 || body.problem.status == 400,
               QStringLiteral("refusal status %1").arg(body.problem.status));
    FUZZ_CHECK(!typeIsOther || body.problem.status == 415, QStringLiteral("another content type is not a 415"));
    const QJsonObject error = QJsonDocument::fromJson(body.problem.body).object().value(QStringLiteral("error")).toObject();
    FUZZ_CHECK(error.value(QStringLiteral("code")).isString() && !error.value(QStringLiteral("message")).toString().isEmpty(),
               QStringLiteral("refusal is not an API error: ") + QString::fromUtf8(body.problem.body));
}

// The limits checkOp promises for the op types whose payload it decodes into members.
void checkCheckedOp(const CheckedOp &checked)
{
    const Op &op = checked.op;
    FUZZ_CHECK(!op.opId.isNull() && !op.incidentId.isNull() && !op.entityId.isNull(), QStringLiteral("null id accepted"));
    switch (op.type) {
    case OpType::IncidentDeclare:
        FUZZ_CHECK(checked.incident && checked.incident->id == op.incidentId && checked.incident->id == op.entityId
                       && checked.incident->title.size() <= Validation::MaxTitleLength
                       && checked.incident->severity.size() <= 32
                       && checked.incident->summary.size() <= Validation::MaxBodyLength,
                   QStringLiteral("incident.declare outside its limits"));
        break;
    case OpType::EntryAdd:
        FUZZ_CHECK(checked.entry && checked.entry->id == op.entityId && checked.entry->incidentId == op.incidentId
                       && checked.entry->body.size() <= Validation::MaxBodyLength,
                   QStringLiteral("entry.add outside its limits"));
        break;
    case OpType::RoleAssign:
        FUZZ_CHECK(checked.assignment && checked.assignment->id == op.entityId
                       && checked.assignment->incidentId == op.incidentId,
                   QStringLiteral("role.assign ids"));
        FUZZ_CHECK(isRoleKey(checked.assignment->role),
                   QStringLiteral("role.assign accepted the role key \"%1\"").arg(checked.assignment->role));
        break;
    case OpType::TrackUpsert:
        FUZZ_CHECK(checked.track && checked.track->id == op.entityId && checked.track->incidentId == op.incidentId,
                   QStringLiteral("track.upsert ids"));
        break;
    case OpType::ParticipantUpsert:
        FUZZ_CHECK(checked.participant && checked.participant->id == op.entityId
                       && checked.participant->incidentId == op.incidentId,
                   QStringLiteral("participant.upsert ids"));
        break;
    case OpType::IncidentSeverity:
        FUZZ_CHECK(!checked.severity.trimmed().isEmpty() && checked.severity.size() <= 32,
                   QStringLiteral("incident.severity \"%1\"").arg(checked.severity));
        break;
    case OpType::IncidentUpdate:
        FUZZ_CHECK(!checked.fields.isEmpty(), QStringLiteral("incident.update without fields"));
        for (auto it = checked.fields.constBegin(); it != checked.fields.constEnd(); ++it)
            FUZZ_CHECK(updatableIncidentFields().contains(it.key()) && checked.base.contains(it.key()),
                       QStringLiteral("incident.update field ") + it.key());
        break;
    case OpType::EntryEdit:
        FUZZ_CHECK(checked.revision.revision >= 2 && !checked.revision.body.trimmed().isEmpty()
                       && checked.revision.body.size() <= Validation::MaxBodyLength && checked.revision.recordedAt.isValid(),
                   QStringLiteral("entry.edit outside its limits"));
        break;
    case OpType::IncidentStatus:
    case OpType::RoleRelieve:
        FUZZ_CHECK(checked.at.isValid(), QStringLiteral("status/relieve without a valid time"));
        break;
    case OpType::EntryPin:
        break;
    }
}

void fuzzCheckOp(const Op &op)
{
    const Decoded<CheckedOp> checked = checkOp(op);
    if (!checked) {
        FUZZ_CHECK(!checked.error.isEmpty(), QStringLiteral("checkOp failed without a reason"));
        return;
    }
    checkCheckedOp(*checked.value);
}

// POST /api/v1/ops as SyncRoutes decodes it: {"ops": [op, …]}, each judged on its own.
void fuzzOpBatch(const QJsonObject &body)
{
    const QJsonArray items = body.value(QStringLiteral("ops")).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            (void)idFromString(items.at(i).toObject().value(QStringLiteral("opId")).toString());
            continue;
        }
        if (const std::optional<Op> op = decode<Op>(items.at(i).toObject(), "Op"))
            fuzzCheckOp(*op);
    }
}

// The object as the payload of every op type, with the op's ids taken from the payload
// so that the id agreement checks pass and the payload checks behind them are reached.
void fuzzPayloads(const QJsonObject &payload)
{
    QUuid entityId = idFromString(payload.value(QStringLiteral("id")).toString());
    QUuid incidentId = idFromString(payload.value(QStringLiteral("incidentId")).toString());
    const QUuid fallback = QUuid::fromString(QStringLiteral("0190f2a4-5c1e-7d3a-8b2c-3d4e5f607182"));
    if (entityId.isNull())
        entityId = fallback;
    if (incidentId.isNull())
        incidentId = entityId;
    for (int type = 0; type < enumCount<OpType>(); ++type) {
        Op op;
        op.opId = fallback;
        op.type = OpType(type);
        op.incidentId = op.type == OpType::IncidentDeclare ? entityId : incidentId;
        op.entityId = entityId;
        op.createdAt = QDateTime::fromMSecsSinceEpoch(1764477493123, Qt::UTC);
        op.payload = payload;
        fuzzCheckOp(op);
    }
}

// Every field reader on every key of the object (how the REST routes read their bodies),
// plus the pure validation rules the REST writes apply to what they read.
void fuzzReaders(const QJsonObject &object)
{
    int keys = 0;
    for (auto it = object.constBegin(); it != object.constEnd() && keys < 8; ++it, ++keys) {
        const QByteArray key = it.key().toUtf8();
        const char *name = key.constData();
        JsonReader reader(object, QStringLiteral("body"));
        (void)reader.string(name);
        (void)reader.nonEmptyString(name);
        (void)reader.id(name, Field::Optional);
        (void)reader.time(name, Field::Optional);
        (void)reader.boolean(name);
        (void)reader.integer(name, Field::Optional);
        (void)reader.strings(name);
        (void)reader.ids(name);
        (void)reader.array(name);
        (void)reader.object(name);
        (void)reader.enumValue(name, EntryKind::Note, Field::Optional);
        FUZZ_CHECK(reader.ok() == reader.error().isEmpty(), reader.error());
        FUZZ_CHECK(reader.ok() || reader.error().startsWith(QStringLiteral("body.")), reader.error());

        const QDateTime time = timeFromJson(it.value().toString());
        if (time.isValid()) {
            FUZZ_CHECK(timeFromJson(timeToJson(time)) == time,
                       QStringLiteral("time \"%1\" -> \"%2\" does not read back").arg(it.value().toString(), timeToJson(time)));
        }
        const QUuid id = idFromString(it.value().toString());
        if (!id.isNull())
            FUZZ_CHECK(idFromString(idToString(id)) == id, idToString(id));
    }

    // The bodies of POST /api/v1/incidents and POST /api/v1/incidents/{id}/timeline
    // (api/RestBodies), then the rules those routes apply.
    if (const Decoded<Incident> incident = decodeDeclareBody(object))
        (void)Validation::checkIncident(*incident.value, SeverityTaxonomy::defaults());
    else
        FUZZ_CHECK(!incident.error.isEmpty(), QStringLiteral("decodeDeclareBody failed without a reason"));
    const QUuid incidentId = QUuid::fromString(QStringLiteral("0190f2a4-5c1e-7d3a-8b2c-3d4e5f607182"));
    if (const Decoded<TimelineEntry> entry = decodeEntryBody(object, incidentId))
        (void)Validation::checkEntry(*entry.value);
    else
        FUZZ_CHECK(!entry.error.isEmpty(), QStringLiteral("decodeEntryBody failed without a reason"));
}

void fuzzModels(const QJsonObject &object)
{
    if (const auto incident = decode<Incident>(object, "Incident"))
        (void)Validation::checkIncident(*incident, SeverityTaxonomy::defaults());
    if (const auto entry = decode<TimelineEntry>(object, "TimelineEntry"))
        (void)Validation::checkEntry(*entry);
    if (const auto assignment = decode<RoleAssignment>(object, "RoleAssignment")) {
        FUZZ_CHECK(isRoleKey(assignment->role), QStringLiteral("RoleAssignment accepted the role key \"%1\"").arg(assignment->role));
        (void)Validation::checkRoleAssignment(*assignment);
    }
    if (const auto track = decode<Track>(object, "Track"))
        (void)Validation::checkTrack(*track);
    if (const auto participant = decode<BridgeParticipant>(object, "BridgeParticipant"))
        (void)Validation::checkParticipant(*participant);
    (void)decode<Team>(object, "Team");
    (void)decode<Person>(object, "Person");
    (void)decode<Service>(object, "Service");
    (void)decode<Account>(object, "Account");
    const Decoded<EntryRevision> revision = EntryRevision::fromJson(object, QStringLiteral("revision"));
    FUZZ_CHECK(revision || !revision.error.isEmpty(), QStringLiteral("EntryRevision failed without a reason"));
    if (const auto op = decode<Op>(object, "Op"))
        fuzzCheckOp(*op);
    if (object.value(QStringLiteral("levels")).isArray()) {
        const auto taxonomy = SeverityTaxonomy::fromJson(object.value(QStringLiteral("levels")).toArray());
        FUZZ_CHECK(taxonomy || !taxonomy.error.isEmpty(), QStringLiteral("SeverityTaxonomy failed without a reason"));
    }
}

// Path matching and the bearer token: the other parts of a request a client controls.
void fuzzRouting(const QByteArray &payload)
{
    static const Router router = [] {
        Router r;
        const Handler ok = [](const HttpRequest &, const PathParams &params) {
            return HttpResponse::json(200, QJsonObject{{QStringLiteral("params"), QJsonArray::fromStringList(params)}});
        };
        r.add("GET", QStringLiteral("/api/v1/incidents"), ok);
        r.add("GET", QStringLiteral("/api/v1/incidents/{id}"), ok);
        r.add("POST", QStringLiteral("/api/v1/incidents/{id}/timeline"), ok);
        r.add("GET", QStringLiteral("/api/v1/changes"), ok);
        return r;
    }();
    HttpRequest request;
    request.method = payload.size() % 2 ? "GET" : "POST";
    request.path = QString::fromUtf8(payload);
    request.headers.insert("authorization", payload);
    const HttpResponse response = router.dispatch(request);
    FUZZ_CHECK(response.status == 200 || response.status == 404 || response.status == 405,
               QStringLiteral("router answered %1").arg(response.status));
    const QByteArray token = request.bearerToken();
    FUZZ_CHECK(token.isEmpty() || payload.contains(token), QStringLiteral("token not from the header"));
}

// Boundary values of the decoders' rules: empty and blank text, a trailing newline (an
// anchored pattern's classic gap), numbers out of int and int64 range, lengths just over
// the limits, times whose UTC form leaves years 1..9999, odd id forms, a missing key.
constexpr int SubstitutionCount = 24;

QJsonValue substitute(int which, const QJsonValue &old, bool *remove)
{
    const QString text = old.toString();
    switch (which) {
    case 0: return QString();
    case 1: return QStringLiteral("   ");
    case 2: return QString(text + QLatin1Char('\n'));
    case 3: return QString(QLatin1Char(' ') + text);
    case 4: return QJsonValue(QJsonValue::Null);
    case 5: return true;
    case 6: return 0;
    case 7: return -1;
    case 8: return 1e300;
    case 9: return -1e300;
    case 10: return 2147483648.0;
    case 11: return 0.5;
    case 12: return QJsonObject();
    case 13: return QJsonArray();
    case 14: return QString(Validation::MaxBodyLength + 1, QLatin1Char('x'));
    case 15: return QString(Validation::MaxTitleLength + 1, QLatin1Char('x'));
    case 16: return QString(65, QLatin1Char('a'));
    case 17: return QStringLiteral("9999-12-31T23:59:59.999-14:00");
    case 18: return QStringLiteral("0001-01-01T00:00:00.000+14:00");
    case 19: return QStringLiteral("{0190f2a4-5c1e-7d3a-8b2c-3d4e5f607182}");
    case 20: return QStringLiteral("00000000-0000-0000-0000-000000000000");
    case 21: return text.toUpper();
    case 22: return QJsonArray{old, old};
    default: *remove = true; return {};
    }
}

// Replaces the value numbered *position (depth-first, the containers included) in value.
QJsonValue substituteAt(const QJsonValue &value, int which, int *position)
{
    if ((*position)-- == 0) {
        bool remove = false;
        const QJsonValue replaced = substitute(which, value, &remove);
        return remove ? QJsonValue(QJsonValue::Undefined) : replaced;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end() && *position >= 0;) {
            const QJsonValue replaced = substituteAt(it.value(), which, position);
            if (replaced.isUndefined()) {
                it = object.erase(it);
            } else {
                it.value() = replaced;
                ++it;
            }
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size() && *position >= 0; ++i) {
            const QJsonValue replaced = substituteAt(array.at(i), which, position);
            if (replaced.isUndefined())
                array.removeAt(i--);
            else
                array.replace(i, replaced);
        }
        return array;
    }
    return value;
}

int countValues(const QJsonValue &value)
{
    int count = 1;
    if (value.isObject()) {
        for (const QJsonValue &member : value.toObject())
            count += countValues(member);
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            count += countValues(item);
    }
    return count;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    const uint8_t selector = data[0];
    const int substitution = data[1];
    const int position = data[2];
    QByteArray payload(reinterpret_cast<const char *>(data + 3), qsizetype(size - 3));

    static const QByteArray contentTypes[] = {"application/json", "application/json; charset=utf-8",
                                              "Application/JSON ; charset=UTF-8", "  application/json  ", "",
                                              "text/plain", "application/json-patch+json"};
    HttpRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/ops");
    const int choice = selector & 7;
    bool typeIsJson = false;
    bool typeIsOther = false;
    if (choice < 7) {
        if (!contentTypes[choice].isEmpty())
            request.headers.insert("content-type", contentTypes[choice]);
        typeIsJson = choice < 4;
        typeIsOther = !typeIsJson;
        request.body = payload;
    } else {
        const qsizetype newline = payload.indexOf('\n');
        request.headers.insert("content-type", newline < 0 ? payload : payload.left(newline));
        request.body = newline < 0 ? QByteArray() : payload.mid(newline + 1);
    }
    fuzzJsonBody(request, typeIsJson, typeIsOther);

    // The decoders see the body whatever its content type, so that every input reaches them.
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (document.isObject()) {
        const QJsonObject object = document.object();
        const int values = countValues(object);
        auto decodeAll = [values, &object](int which, int position) {
            QJsonObject body = object;
            if (which < SubstitutionCount && values > 1) {
                int at = 1 + position % (values - 1); // the body itself stays an object
                body = substituteAt(object, which, &at).toObject();
            }
            fuzzOpBatch(body);
            fuzzModels(body);
            fuzzPayloads(body);
            fuzzReaders(body);
        };
        decodeAll(substitution % 32, position);
        const size_t hash = qHash(QByteArrayView(data, qsizetype(size)), 0);
        decodeAll(int(hash % SubstitutionCount), int((hash >> 8) % 0x7fffffff));
    } else if (document.isArray()) {
        const auto taxonomy = SeverityTaxonomy::fromJson(document.array());
        FUZZ_CHECK(taxonomy || !taxonomy.error.isEmpty(), QStringLiteral("SeverityTaxonomy failed without a reason"));
    }
    fuzzRouting(payload.left(512));
    return 0;
}
