#include "model/BridgeParticipant.h"
#include "model/Directory.h"
#include "model/Ids.h"
#include "model/Incident.h"
#include "model/Op.h"
#include "model/RoleAssignment.h"
#include "model/Severity.h"
#include "model/TimelineEntry.h"
#include "model/Track.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Sitrep;

namespace {

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

Incident fullIncident()
{
    Incident incident;
    incident.id = newId();
    incident.title = QStringLiteral("Checkout errors in EU — “5xx” spike");
    incident.summary = QStringLiteral("EU 5xx at 38%, US normal.\nRollback in progress.");
    incident.severity = QStringLiteral("SEV1");
    incident.status = IncidentStatus::Identified;
    incident.declaredAt = at("2026-11-30T04:00:00.123Z");
    incident.acknowledgedAt = at("2026-11-30T04:03:10.000Z");
    incident.transitions = {{IncidentStatus::Declared, incident.declaredAt, newId()},
                            {IncidentStatus::Investigating, incident.acknowledgedAt, newId()},
                            {IncidentStatus::Identified, at("2026-11-30T04:20:00.999Z"), {}}};
    incident.owningTeam = newId();
    incident.affectedServices = {newId(), newId()};
    incident.tags = {QStringLiteral("eu"), QStringLiteral("deploy")};
    incident.businessUnit = QStringLiteral("Commerce");
    incident.restricted = true;
    incident.declaredBy = newId();
    incident.criticalPhase = true;
    incident.bridge = {QStringLiteral("https://meet.example.com/sev1-checkout"), QStringLiteral("+44 20 7946 0000, PIN 4711#"),
                       QStringLiteral("SMS +44 7700 900123\nPhone tree: ops managers")};
    incident.raci = RaciMatrix::defaultFor(QStringLiteral("SEV1"));
    incident.raci.activities.append({QStringLiteral("Talk to the “regulator”"), {{Roles::CommsLead, Raci::Accountable}}});
    incident.addedRoles = {QStringLiteral("customer_liaison"), QStringLiteral("legal")};
    return incident;
}

TimelineEntry fullEntry()
{
    TimelineEntry entry;
    entry.id = newId();
    entry.incidentId = newId();
    entry.kind = EntryKind::Decision;
    entry.body = QStringLiteral("Roll back the 14:02 deploy");
    entry.author = newId();
    entry.occurredAt = at("2026-11-30T14:31:02.000Z");
    entry.recordedAt = at("2026-11-30T14:31:05.250Z");
    entry.trackId = newId();
    entry.pinned = true;
    entry.revision = 2;
    entry.history = {{1, EntryKind::Note, QStringLiteral("Roll back deploy?"), newId(), at("2026-11-30T14:31:02.500Z")}};
    return entry;
}

template<typename T> void checkRoundTrip(const T &value)
{
    const QJsonObject json = value.toJson();
    // Through text too: what goes over the wire is bytes.
    const QJsonObject reparsed = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    const Decoded<T> decoded = T::fromJson(reparsed);
    QVERIFY2(decoded, qPrintable(decoded.error));
    QVERIFY(*decoded.value == value);
    QCOMPARE(decoded.value->toJson(), json);
}

} // namespace

class tst_Codecs : public QObject
{
    Q_OBJECT
private slots:
    void roundTrips()
    {
        checkRoundTrip(fullIncident());
        Incident minimal;
        minimal.id = newId();
        minimal.title = QStringLiteral("t");
        minimal.severity = QStringLiteral("SEV4");
        minimal.declaredAt = at("2026-01-01T00:00:00.000Z");
        checkRoundTrip(minimal);
        // Empty bridge and matrix are left out; the flag is always written.
        QVERIFY(!minimal.toJson().contains(QStringLiteral("bridge")));
        QVERIFY(!minimal.toJson().contains(QStringLiteral("raci")));
        QVERIFY(!minimal.toJson().contains(QStringLiteral("addedRoles")));
        QCOMPARE(minimal.toJson().value(QStringLiteral("criticalPhase")), QJsonValue(false));
        Incident partial = minimal;
        partial.bridge.dialIn = QStringLiteral("+1 555 0100");
        partial.raci.roles = {Roles::Scribe}; // columns before any row: still a matrix
        checkRoundTrip(partial);
        QCOMPARE(partial.toJson().value(QStringLiteral("bridge")).toObject().keys(), QStringList{QStringLiteral("dialIn")});
        checkRoundTrip(fullIncident().bridge);
        checkRoundTrip(fullIncident().raci);

        checkRoundTrip(fullEntry());
        checkRoundTrip(RoleAssignment{newId(), newId(), Roles::IncidentCommander, newId(), RoleRank::Secondary,
                                      at("2026-11-30T04:00:00.000Z"), at("2026-11-30T06:00:00.000Z"), newId()});
        checkRoundTrip(BridgeParticipant{newId(), newId(), ParticipantKind::Phone, {}, QStringLiteral("Guest (phone)"),
                                         QStringLiteral("tel:+44 20 7946 0000"), at("2026-11-30T04:05:00.000Z"), {},
                                         true, true, false, true});
        checkRoundTrip(Track{newId(), newId(), QStringLiteral("network"), newId(), newId(),
                             QStringLiteral("LB health checks"), TrackStatus::Active,
                             {QStringLiteral("DNS"), QStringLiteral("DB failover")}, at("2026-11-30T04:10:00.000Z")});
        checkRoundTrip(Team{newId(), QStringLiteral("Payments"), QStringLiteral("Commerce")});
        checkRoundTrip(Person{newId(), QStringLiteral("Ana Rivera"), QStringLiteral("arivera"),
                              QStringLiteral("ana@example.org"), newId()});
        checkRoundTrip(Service{newId(), QStringLiteral("checkout-api"), newId(), 1});
        checkRoundTrip(Op{newId(), OpType::EntryAdd, newId(), newId(), newId(), at("2026-11-30T04:10:00.001Z"),
                          fullEntry().toJson()});
    }

    void everyEnumValueRoundTrips()
    {
        for (int i = 0; i < enumCount<EntryKind>(); ++i) {
            TimelineEntry entry = fullEntry();
            entry.kind = EntryKind(i);
            checkRoundTrip(entry);
        }
        for (int i = 0; i < enumCount<IncidentStatus>(); ++i) {
            Incident incident = fullIncident();
            incident.status = IncidentStatus(i);
            checkRoundTrip(incident);
        }
        for (int i = 0; i < enumCount<OpType>(); ++i)
            QCOMPARE(enumFromString<OpType>(enumToString(OpType(i))), std::optional<OpType>(OpType(i)));
        for (int i = 0; i < enumCount<TrackStatus>(); ++i)
            QCOMPARE(enumFromString<TrackStatus>(enumToString(TrackStatus(i))), std::optional<TrackStatus>(TrackStatus(i)));
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value"); // undefined = remove the field
        QTest::addColumn<QString>("expectedError");

        const QJsonValue removed = QJsonValue(QJsonValue::Undefined);
        QTest::newRow("incident unknown status") << "incident" << "status" << QJsonValue(QStringLiteral("panicking"))
                                                 << "incident.status: unknown value \"panicking\"";
        QTest::newRow("incident malformed id") << "incident" << "id" << QJsonValue(QStringLiteral("1234"))
                                               << "incident.id: malformed id \"1234\"";
        QTest::newRow("incident missing title") << "incident" << "title" << removed << "incident.title: missing required field";
        QTest::newRow("incident empty title") << "incident" << "title" << QJsonValue(QStringLiteral("  "))
                                              << "incident.title: must not be empty";
        QTest::newRow("incident missing severity") << "incident" << "severity" << removed
                                                   << "incident.severity: missing required field";
        QTest::newRow("incident title wrong type") << "incident" << "title" << QJsonValue(42)
                                                   << "incident.title: expected a string";
        QTest::newRow("incident bad time") << "incident" << "declaredAt" << QJsonValue(QStringLiteral("yesterday"))
                                           << "incident.declaredAt: malformed time";
        QTest::newRow("incident restricted not bool") << "incident" << "restricted" << QJsonValue(QStringLiteral("yes"))
                                                      << "incident.restricted: expected true or false";
        QTest::newRow("incident services not ids") << "incident" << "affectedServices" << QJsonValue(QJsonArray{1, 2})
                                                   << "incident.affectedServices: expected an array of ids";
        QTest::newRow("incident transition status")
            << "incident" << "transitions"
            << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("status"), QStringLiteral("bogus")},
                                                 {QStringLiteral("at"), QStringLiteral("2026-11-30T04:00:00.000Z")}}})
            << "incident.transitions[0].status: unknown value \"bogus\"";
        QTest::newRow("incident criticalPhase not bool") << "incident" << "criticalPhase" << QJsonValue(1)
                                                         << "incident.criticalPhase: expected true or false";
        QTest::newRow("incident bridge not object") << "incident" << "bridge" << QJsonValue(QStringLiteral("https://x"))
                                                    << "incident.bridge: expected an object";
        QTest::newRow("incident bridge link not string")
            << "incident" << "bridge" << QJsonValue(QJsonObject{{QStringLiteral("meetingLink"), 5}})
            << "incident.bridge.meetingLink: expected a string";
        QTest::newRow("incident bridge fallback NUL")
            << "incident" << "bridge" << QJsonValue(QJsonObject{{QStringLiteral("fallback"), QString(QStringLiteral("a") + QChar(0))}})
            << "incident.bridge.fallback: must not contain NUL";
        QTest::newRow("incident raci not object") << "incident" << "raci" << QJsonValue(QJsonArray{})
                                                  << "incident.raci: expected an object";
        const auto raci = [](QJsonArray roles, QJsonArray activities) {
            return QJsonValue(QJsonObject{{QStringLiteral("roles"), roles}, {QStringLiteral("activities"), activities}});
        };
        const auto row = [](const QString &name, QJsonObject cells) {
            return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("cells"), cells}};
        };
        QTest::newRow("raci bad role key") << "incident" << "raci" << raci({QStringLiteral("Scribe!")}, {})
                                           << "incident.raci.roles: invalid role key \"Scribe!\"";
        QTest::newRow("raci role twice") << "incident" << "raci" << raci({Roles::Scribe, Roles::Scribe}, {})
                                         << "incident.raci.roles: role \"scribe\" is listed twice";
        QTest::newRow("raci roles not strings") << "incident" << "raci" << raci({1}, {})
                                                << "incident.raci.roles: expected an array of strings";
        QTest::newRow("raci activity not object") << "incident" << "raci" << raci({Roles::Scribe}, {QStringLiteral("x")})
                                                  << "incident.raci.activities[0].name: expected an object";
        QTest::newRow("raci activity without name")
            << "incident" << "raci" << raci({Roles::Scribe}, {QJsonObject{}})
            << "incident.raci.activities[0].name: missing required field";
        QTest::newRow("raci activity twice")
            << "incident" << "raci"
            << raci({Roles::Scribe}, {row(QStringLiteral("Mitigate"), {}), row(QStringLiteral(" mitigate"), {})})
            << "incident.raci.activities[1].name: activity \" mitigate\" is listed twice";
        QTest::newRow("raci cell of unlisted role")
            << "incident" << "raci"
            << raci({Roles::Scribe}, {row(QStringLiteral("Mitigate"), {{Roles::CommsLead, QStringLiteral("A")}})})
            << "incident.raci.activities[0].cells: \"comms_lead\" is not one of the matrix's roles";
        QTest::newRow("raci unknown letter")
            << "incident" << "raci"
            << raci({Roles::Scribe}, {row(QStringLiteral("Mitigate"), {{Roles::Scribe, QStringLiteral("X")}})})
            << "incident.raci.activities[0].cells: scribe: expected \"R\", \"A\", \"C\" or \"I\"";
        QTest::newRow("raci letter not string")
            << "incident" << "raci"
            << raci({Roles::Scribe}, {row(QStringLiteral("Mitigate"), {{Roles::Scribe, 1}})})
            << "incident.raci.activities[0].cells: scribe: expected";
        QTest::newRow("raci cells not object")
            << "incident" << "raci"
            << raci({Roles::Scribe}, {QJsonObject{{QStringLiteral("name"), QStringLiteral("M")}, {QStringLiteral("cells"), 3}}})
            << "incident.raci.activities[0].cells: expected an object";
        QTest::newRow("entry unknown kind") << "entry" << "kind" << QJsonValue(QStringLiteral("gossip"))
                                            << "entry.kind: unknown value \"gossip\"";
        QTest::newRow("entry missing incident") << "entry" << "incidentId" << removed
                                                << "entry.incidentId: missing required field";
        QTest::newRow("entry malformed track") << "entry" << "trackId" << QJsonValue(QStringLiteral("zzz"))
                                               << "entry.trackId: malformed id \"zzz\"";
        QTest::newRow("entry revision zero") << "entry" << "revision" << QJsonValue(0) << "entry.revision: must be 1 or more";
        QTest::newRow("entry revision fraction") << "entry" << "revision" << QJsonValue(1.5)
                                                 << "entry.revision: expected an integer";
        QTest::newRow("entry history kind")
            << "entry" << "history"
            << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("revision"), 1},
                                                 {QStringLiteral("kind"), QStringLiteral("x")},
                                                 {QStringLiteral("body"), QStringLiteral("b")},
                                                 {QStringLiteral("recordedAt"), QStringLiteral("2026-11-30T04:00:00.000Z")}}})
            << "entry.history[0].kind: unknown value \"x\"";
        QTest::newRow("role unknown rank") << "role" << "rank" << QJsonValue(QStringLiteral("tertiary"))
                                           << "roleAssignment.rank: unknown value \"tertiary\"";
        QTest::newRow("role bad key") << "role" << "role" << QJsonValue(QStringLiteral("Incident Commander!"))
                                      << "roleAssignment.role: invalid role key";
        QTest::newRow("role missing person") << "role" << "personId" << removed
                                             << "roleAssignment.personId: missing required field";
        QTest::newRow("participant unknown kind") << "participant" << "kind" << QJsonValue(QStringLiteral("fax"))
                                                  << "participant.kind: unknown value \"fax\"";
        QTest::newRow("phone participant without channel") << "participant" << "channel" << removed
                                                           << "participant.channel: missing required field";
        QTest::newRow("track unknown status") << "track" << "status" << QJsonValue(QStringLiteral("maybe"))
                                              << "track.status: unknown value \"maybe\"";
        QTest::newRow("track ruled out not strings") << "track" << "ruledOut" << QJsonValue(QJsonArray{true})
                                                     << "track.ruledOut: expected an array of strings";
        QTest::newRow("op unknown type") << "op" << "type" << QJsonValue(QStringLiteral("entry.delete"))
                                         << "op.type: unknown value \"entry.delete\"";
        QTest::newRow("op missing payload") << "op" << "payload" << removed << "op.payload: missing required field";
        // Found by tests/fuzz (fuzz_decoders).
        QTest::newRow("entry revision beyond int64") << "entry" << "revision" << QJsonValue(1e300)
                                                     << "entry.revision: expected an integer"; // was UB
        QTest::newRow("role key with a final newline") << "role" << "role" << QJsonValue(QStringLiteral("scribe\n"))
                                                       << "roleAssignment.role: invalid role key";
        QTest::newRow("incident empty id") << "incident" << "id" << QJsonValue(QString())
                                           << "incident.id: must not be empty";
        QTest::newRow("incident empty status") << "incident" << "status" << QJsonValue(QString())
                                               << "incident.status: must not be empty";
        QTest::newRow("entry empty recordedAt") << "entry" << "recordedAt" << QJsonValue(QString())
                                                << "entry.recordedAt: must not be empty";
        QTest::newRow("op empty createdAt") << "op" << "createdAt" << QJsonValue(QString())
                                            << "op.createdAt: must not be empty";
        // PostgreSQL cannot store NUL in text: refused on every engine, with a reason.
        QTest::newRow("entry body with NUL") << "entry" << "body" << QJsonValue(QStringLiteral("before") + QChar(0) + QStringLiteral("after"))
                                             << "entry.body: must not contain NUL characters (U+0000)";
        QTest::newRow("incident time after year 9999 in UTC")
            << "incident" << "declaredAt" << QJsonValue(QStringLiteral("9999-12-31T23:59:59.999-14:00"))
            << "incident.declaredAt: malformed time";
        QTest::newRow("incident time before year 1 in UTC")
            << "incident" << "declaredAt" << QJsonValue(QStringLiteral("0001-01-01T00:00:00.000+14:00"))
            << "incident.declaredAt: malformed time";
    }

    void refusesBadInput()
    {
        QFETCH(QString, type);
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expectedError);

        auto edit = [&](QJsonObject json) {
            if (value.isUndefined())
                json.remove(field);
            else
                json.insert(field, value);
            return json;
        };
        QString error;
        if (type == QLatin1String("incident"))
            error = Incident::fromJson(edit(fullIncident().toJson())).error;
        else if (type == QLatin1String("entry"))
            error = TimelineEntry::fromJson(edit(fullEntry().toJson())).error;
        else if (type == QLatin1String("role"))
            error = RoleAssignment::fromJson(edit(RoleAssignment{newId(), newId(), Roles::Scribe, newId(), RoleRank::Primary,
                                                                 at("2026-11-30T04:00:00.000Z"), {}, {}}.toJson())).error;
        else if (type == QLatin1String("participant"))
            error = BridgeParticipant::fromJson(edit(BridgeParticipant{newId(), newId(), ParticipantKind::Phone, {},
                                                                       QStringLiteral("Guest"), QStringLiteral("tel:1"),
                                                                       at("2026-11-30T04:00:00.000Z")}.toJson())).error;
        else if (type == QLatin1String("track"))
            error = Track::fromJson(edit(Track{newId(), newId(), QStringLiteral("net"), {}, {}, {}, TrackStatus::Active, {},
                                               at("2026-11-30T04:00:00.000Z")}.toJson())).error;
        else if (type == QLatin1String("op"))
            error = Op::fromJson(edit(Op{newId(), OpType::EntryAdd, newId(), newId(), {}, at("2026-11-30T04:00:00.000Z"),
                                         QJsonObject{}}.toJson())).error;
        QVERIFY2(error.startsWith(expectedError), qPrintable(error));
    }

    void severityTaxonomy()
    {
        const SeverityTaxonomy defaults = SeverityTaxonomy::defaults();
        QCOMPARE(defaults.levels().size(), 4);
        QCOMPARE(defaults.rank(QStringLiteral("SEV1")), 0);
        QCOMPARE(defaults.rank(QStringLiteral("SEV9")), -1);
        QVERIFY(!defaults.level(QStringLiteral("SEV2"))->criteria.isEmpty());
        const auto decoded = SeverityTaxonomy::fromJson(defaults.toJson());
        QVERIFY(decoded);
        QVERIFY(*decoded.value == defaults);

        QJsonArray duplicate = defaults.toJson();
        duplicate.append(duplicate.first());
        QVERIFY(SeverityTaxonomy::fromJson(duplicate).error.contains(QStringLiteral("duplicate level \"SEV1\"")));
        QVERIFY(!SeverityTaxonomy::fromJson(QJsonArray{}));
    }

    void roleKeys()
    {
        // The key rule the server and every console share: [a-z][a-z0-9_]{0,63}, whole.
        for (const QString &key : Roles::mandatory())
            QVERIFY2(Roles::isValidKey(key), qPrintable(key));
        const QString longest = QStringLiteral("a") + QString(63, u'_');
        for (const QString &key : {QStringLiteral("a"), QStringLiteral("on_call_2"), longest})
            QVERIFY2(Roles::isValidKey(key), qPrintable(key));
        const QString refused[] = {QString(), QStringLiteral("2nd"), QStringLiteral("_lead"), QStringLiteral("Scribe"),
                                   QStringLiteral("comms lead"), QStringLiteral("scribe\n"), QStringLiteral("lead-2"),
                                   QStringLiteral("caf\u00e9"), longest + u'a'};
        for (const QString &key : refused)
            QVERIFY2(!Roles::isValidKey(key), qPrintable(key));
    }

    void timeTextMatchesQtsIsoFormat()
    {
        QRandomGenerator random(5);
        for (int i = 0; i < 20000; ++i) {
            // Years 1 to 9999, both sides of the epoch.
            const qint64 msecs = qint64((random.generateDouble() * (253402300799.0 + 62135596800.0) - 62135596800.0) * 1000.0);
            const QDateTime time = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
            QCOMPARE(timeToJson(time), time.toString(Qt::ISODateWithMs));
            QCOMPARE(timeFromJson(timeToJson(time)), time);
        }
        QVERIFY(timeToJson(QDateTime()).isEmpty());
        // The wire form is read by hand; anything malformed in its shape is refused as Qt does.
        for (const char *text : {"2026-02-30T00:00:00.000Z", "2026-11-30T04:60:13.123Z",
                                 "2026-11-30T04:38:13.12aZ", "0000-01-01T00:00:00.000Z", "2026-13-01T00:00:00.000Z",
                                 "+026-11-30T04:38:13.123Z", "2026-11-30T04:38:61.123Z"})
            QVERIFY2(!timeFromJson(QLatin1String(text)).isValid(), text);
    }

    void timesAreUtcWithMilliseconds()
    {
        const QDateTime local = QDateTime(QDate(2026, 11, 30), QTime(5, 38, 13, 123), Qt::OffsetFromUTC, 3600);
        QCOMPARE(timeToJson(local), QStringLiteral("2026-11-30T04:38:13.123Z"));
        QCOMPARE(timeFromJson(QStringLiteral("2026-11-30T05:38:13.123+01:00")), local);
        QVERIFY(!timeFromJson(QStringLiteral("30/11/2026")).isValid());
        // What is accepted can be written back: UTC years 1 to 9999 only.
        QVERIFY(!timeFromJson(QStringLiteral("9999-12-31T23:59:59.999-14:00")).isValid());
        QCOMPARE(timeToJson(timeFromJson(QStringLiteral("9999-12-31T23:59:59.999+14:00"))),
                 QStringLiteral("9999-12-31T09:59:59.999Z"));
    }
};

QTEST_GUILESS_MAIN(tst_Codecs)
#include "tst_Codecs.moc"
