// API v1 end to end: the real sitrep-server over TLS, accounts made with its own
// admin commands, the same model codecs the console uses.

#include "ServerProcess.h"
#include "TestOps.h"
#include "StreamClient.h"

#include "model/Directory.h"
#include "model/Ids.h"
#include "model/Incident.h"
#include "model/Op.h"
#include "model/RoleAssignment.h"
#include "model/TimelineEntry.h"
#include "store/Sqlite.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Sitrep;
using namespace Sitrep::Testing;

namespace {

// The first `columns` columns of every row a statement returns, as text, read from the
// server's own database: DIR/server.sqlite, or the PostgreSQL database of a PostgreSQL run.
// For tests that inspect or tamper with what is stored.
QList<QStringList> storedRows(const ServerProcess &server, const QString &sql, int columns = 0)
{
    if (TestDatabase *database = server.database())
        return database->rows(sql);
    SqliteDb db;
    if (!db.open(server.dataDir() + QStringLiteral("/server.sqlite"), SqliteDb::Mode::ReadWrite))
        return {};
    const QByteArray utf8 = sql.toUtf8();
    Statement statement = db.prepare(utf8.constData());
    QList<QStringList> rows;
    while (statement.next()) {
        QStringList row;
        for (int i = 0; i < columns; ++i)
            row.append(statement.text(i));
        rows.append(row);
    }
    return rows;
}

bool storedExec(const ServerProcess &server, const QString &sql)
{
    if (TestDatabase *database = server.database())
        return database->exec(sql);
    SqliteDb db;
    return db.open(server.dataDir() + QStringLiteral("/server.sqlite"), SqliteDb::Mode::ReadWrite) && db.exec(sql);
}

// The entries `audit verify` counts, or -1 when it does not call the log intact.
qint64 auditEntries(const QString &dataDir)
{
    const AdminRun verified = runAdmin(dataDir, {QStringLiteral("audit"), QStringLiteral("verify")});
    if (verified.exitCode != 0 || !verified.output.startsWith(QStringLiteral("audit log intact: ")))
        return -1;
    return verified.output.section(QLatin1Char(' '), 3, 3).toLongLong();
}

// The demo's account table: "  NAME  ROLE  PASSWORD" lines, name → {role, password}.
QHash<QString, QStringList> demoAccounts(const QString &output)
{
    QHash<QString, QStringList> accounts;
    static const QRegularExpression line(QStringLiteral("^  (demo-[a-z]+) +([a-z]+) +(\\S+)$"),
                                         QRegularExpression::MultilineOption);
    for (const QRegularExpressionMatch &match : line.globalMatch(output))
        accounts.insert(match.captured(1), {match.captured(2), match.captured(3)});
    return accounts;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Any JSON value as compact text (keys sorted), for comparisons that print what differs.
QByteArray jsonText(const QJsonValue &value)
{
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
}

} // namespace

class tst_ServerApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<TestClient> m_client;

    QByteArray signIn(const QString &name, const QString &password)
    {
        const TestResponse response = m_client->post(
            QStringLiteral("/api/v1/session"),
            json({{QStringLiteral("username"), name}, {QStringLiteral("password"), password}}));
        return response.status == 201 ? response.json.value(QStringLiteral("token")).toString().toLatin1() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>();
        const QString data = m_server->dataDir();
        QCOMPARE(runAdmin(data, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("alice"),
                              QStringLiteral("--role"), QStringLiteral("responder")}, "correct horse").exitCode, 0);
        QCOMPARE(runAdmin(data, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("victor"),
                              QStringLiteral("--role"), QStringLiteral("viewer")}, "viewer pass").exitCode, 0);
        QVERIFY2(m_server->start(), qPrintable(m_server->output()));
        m_client = std::make_unique<TestClient>(m_server->baseUrl(), QList<QSslCertificate>{m_server->certificate()});
    }

    void adminCommands()
    {
        const QString data = m_server->dataDir();
        const AdminRun list = runAdmin(data, {QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.output.contains(QStringLiteral("alice\tresponder")), qPrintable(list.output));
        const AdminRun shortPassword = runAdmin(data, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bob"),
                                                 QStringLiteral("--role"), QStringLiteral("admin")}, "short");
        QCOMPARE(shortPassword.exitCode, 1);
        QVERIFY2(shortPassword.output.contains(QStringLiteral("8")), qPrintable(shortPassword.output));
        QCOMPARE(runAdmin(data, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bob"),
                              QStringLiteral("--role"), QStringLiteral("emperor")}, "long enough").exitCode, 2);
        QCOMPARE(runAdmin(data, {QStringLiteral("frobnicate")}).exitCode, 2);
    }

    void signInAndOut()
    {
        const TestResponse wrong = m_client->post(
            QStringLiteral("/api/v1/session"),
            json({{QStringLiteral("username"), QStringLiteral("alice")}, {QStringLiteral("password"), QStringLiteral("nope nope")}}));
        const TestResponse unknown = m_client->post(
            QStringLiteral("/api/v1/session"),
            json({{QStringLiteral("username"), QStringLiteral("mallory")}, {QStringLiteral("password"), QStringLiteral("nope nope")}}));
        QCOMPARE(wrong.status, 401);
        QCOMPARE(unknown.status, 401);
        QCOMPARE(wrong.body, unknown.body); // no hint which of the two was wrong

        const TestResponse ok = m_client->post(
            QStringLiteral("/api/v1/session"),
            json({{QStringLiteral("username"), QStringLiteral("alice")}, {QStringLiteral("password"), QStringLiteral("correct horse")}}));
        QCOMPARE(ok.status, 201);
        const QByteArray token = ok.json.value(QStringLiteral("token")).toString().toLatin1();
        QCOMPARE(token.size(), 43); // 256 bits, base64url
        QVERIFY(ok.json.value(QStringLiteral("expiresAt")).toString().endsWith(QLatin1Char('Z')));
        QCOMPARE(ok.json.value(QStringLiteral("user")).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("responder"));

        const TestResponse me = m_client->get(QStringLiteral("/api/v1/me"), token);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json.value(QStringLiteral("name")).toString(), QStringLiteral("alice"));
        QCOMPARE(m_client->del(QStringLiteral("/api/v1/session"), token).status, 204);
        const TestResponse after = m_client->get(QStringLiteral("/api/v1/me"), token);
        QCOMPARE(after.status, 401);
        QCOMPARE(after.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("unauthorized"));
        QCOMPARE(m_client->get(QStringLiteral("/api/v1/me")).status, 401);
        QCOMPARE(m_client->get(QStringLiteral("/api/v1/me"), "forged-token").status, 401);
    }

    void badSignInBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::newRow("malformed json") << QByteArray("{\"username\": ") << QByteArray("application/json") << 400;
        QTest::newRow("not an object") << QByteArray("[1,2]") << QByteArray("application/json") << 400;
        QTest::newRow("wrong types") << QByteArray("{\"username\": 5, \"password\": true}") << QByteArray("application/json") << 400;
        QTest::newRow("invalid utf-8") << QByteArray("{\"username\": \"\xff\xfe\", \"password\": \"x\"}") << QByteArray("application/json") << 400;
        QTest::newRow("form post") << QByteArray("username=a&password=b") << QByteArray("application/x-www-form-urlencoded") << 415;
        QTest::newRow("sql metacharacters") << QByteArray("{\"username\": \"alice' OR '1'='1\", \"password\": \"' OR 1=1 --\"}")
                                            << QByteArray("application/json") << 401;
    }
    void badSignInBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        const TestResponse response = m_client->post(QStringLiteral("/api/v1/session"), body, contentType);
        QCOMPARE(response.status, status);
        QVERIFY2(!response.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().isEmpty(),
                 response.body.constData());
    }

    void opsApplyOnceInOrderAndFeedTheChanges()
    {
        const QByteArray token = signIn(QStringLiteral("alice"), QStringLiteral("correct horse"));
        QVERIFY(!token.isEmpty());
        const Op declare = declareOp(QStringLiteral("Checkout errors in EU"));
        const Op entry = entryOp(declare.incidentId, QStringLiteral("EU 5xx at 38%"));
        const QByteArray body = opsRequestBody({declare, entry});

        const TestResponse first = m_client->post(QStringLiteral("/api/v1/ops"), body, "application/json", token);
        QCOMPARE(first.status, 200);
        const QJsonArray results = first.json.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        const qint64 seq1 = results.at(0).toObject().value(QStringLiteral("seq")).toInteger();
        const qint64 seq2 = results.at(1).toObject().value(QStringLiteral("seq")).toInteger();
        QVERIFY(seq1 > 0);
        QCOMPARE(seq2, seq1 + 1);

        // A retry after a lost response: the same ops, the same seqs, no second copy.
        const TestResponse retry = m_client->post(QStringLiteral("/api/v1/ops"), body, "application/json", token);
        QCOMPARE(retry.status, 200);
        const QJsonArray again = retry.json.value(QStringLiteral("results")).toArray();
        QCOMPARE(again.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("duplicate"));
        QCOMPARE(again.at(1).toObject().value(QStringLiteral("seq")).toInteger(), seq2);

        const TestResponse feed = m_client->get(QStringLiteral("/api/v1/changes?since=%1").arg(seq1 - 1), token);
        QCOMPARE(feed.status, 200);
        const QJsonArray changes = feed.json.value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).toObject().value(QStringLiteral("seq")).toInteger(), seq1);
        QCOMPARE(changes.at(1).toObject().value(QStringLiteral("opId")).toString(), idToString(entry.opId));
        QCOMPARE(feed.json.value(QStringLiteral("cursor")).toInteger(), seq2);
        QCOMPARE(feed.json.value(QStringLiteral("more")).toBool(), false);
        const TestResponse paged = m_client->get(QStringLiteral("/api/v1/changes?since=%1&limit=1").arg(seq1 - 1), token);
        QCOMPARE(paged.json.value(QStringLiteral("changes")).toArray().size(), 1);
        QCOMPARE(paged.json.value(QStringLiteral("more")).toBool(), true);
    }

    void badOpsAreRejectedOneByOne()
    {
        const QByteArray token = signIn(QStringLiteral("alice"), QStringLiteral("correct horse"));
        Op good = declareOp(QStringLiteral("Search latency"));
        QJsonObject unknownType = good.toJson();
        unknownType.insert(QStringLiteral("type"), QStringLiteral("incident.explode"));
        unknownType.insert(QStringLiteral("opId"), idToString(newId()));
        Op badPayload = entryOp(good.incidentId, QStringLiteral("x"));
        badPayload.payload.insert(QStringLiteral("kind"), QStringLiteral("gossip"));
        const QJsonArray ops{unknownType, good.toJson(), badPayload.toJson(), 42};
        const TestResponse response = m_client->post(QStringLiteral("/api/v1/ops"),
                                                     json({{QStringLiteral("ops"), ops}}), "application/json", token);
        QCOMPARE(response.status, 200);
        const QJsonArray results = response.json.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 4);
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QVERIFY(results.at(0).toObject().value(QStringLiteral("error")).toString().contains(QStringLiteral("op.type")));
        QCOMPARE(results.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        QCOMPARE(results.at(2).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QVERIFY2(results.at(2).toObject().value(QStringLiteral("error")).toString().contains(QStringLiteral("kind")),
                 qPrintable(results.at(2).toObject().value(QStringLiteral("error")).toString()));
        QCOMPARE(results.at(3).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));

        QCOMPARE(m_client->post(QStringLiteral("/api/v1/ops"), "{\"ops\": 5}", "application/json", token).status, 400);
        QCOMPARE(m_client->post(QStringLiteral("/api/v1/ops"), opsRequestBody({good}), "application/json").status, 401);
        QCOMPARE(m_client->get(QStringLiteral("/api/v1/changes?since=-1"), token).status, 400);
        QCOMPARE(m_client->get(QStringLiteral("/api/v1/changes?limit=0"), token).status, 400);
        QCOMPARE(m_client->get(QStringLiteral("/api/v1/changes?since=abc"), token).status, 400);
    }

    void viewersCannotWrite()
    {
        const QByteArray token = signIn(QStringLiteral("victor"), QStringLiteral("viewer pass"));
        QVERIFY(!token.isEmpty());
        const TestResponse response = m_client->post(QStringLiteral("/api/v1/ops"),
                                                     opsRequestBody({declareOp(QStringLiteral("Not allowed"))}),
                                                     "application/json", token);
        QCOMPARE(response.status, 200);
        const QJsonObject result = response.json.value(QStringLiteral("results")).toArray().first().toObject();
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QVERIFY(result.value(QStringLiteral("error")).toString().contains(QStringLiteral("forbidden")));
        QCOMPARE(m_client->get(QStringLiteral("/api/v1/changes"), token).status, 200); // viewers read
    }

    void restDeclaresThroughTheOpPath()
    {
        const QByteArray token = signIn(QStringLiteral("alice"), QStringLiteral("correct horse"));
        const qint64 cursor = m_client->get(QStringLiteral("/api/v1/changes?limit=1000"), token)
                                  .json.value(QStringLiteral("cursor")).toInteger();
        const QString id = idToString(newId());
        const QByteArray body = json({{QStringLiteral("id"), id},
                                      {QStringLiteral("title"), QStringLiteral("Alertmanager: checkout 5xx > 5%")},
                                      {QStringLiteral("severity"), QStringLiteral("SEV2")}});
        const TestResponse created = m_client->post(QStringLiteral("/api/v1/incidents"), body, "application/json", token);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(created.json.value(QStringLiteral("status")).toString(), QStringLiteral("declared"));
        // It starts with its severity's RACI matrix, as one declared in the console does.
        const Decoded<RaciMatrix> raci = RaciMatrix::fromJson(created.json.value(QStringLiteral("raci")).toObject());
        QVERIFY2(raci, qPrintable(raci.error));
        QCOMPARE(*raci.value, RaciMatrix::defaultFor(QStringLiteral("SEV2")));
        // The monitoring system retries: the same incident, not a second one.
        const TestResponse retried = m_client->post(QStringLiteral("/api/v1/incidents"), body, "application/json", token);
        QCOMPARE(retried.status, 200);
        QCOMPARE(retried.json.value(QStringLiteral("id")).toString(), id);

        const TestResponse entry = m_client->post(
            QStringLiteral("/api/v1/incidents/%1/timeline").arg(id),
            json({{QStringLiteral("kind"), QStringLiteral("decision")}, {QStringLiteral("body"), QStringLiteral("Roll back")}}),
            "application/json", token);
        QCOMPARE(entry.status, 201);
        QCOMPARE(entry.json.value(QStringLiteral("kind")).toString(), QStringLiteral("decision"));
        const TestResponse timeline = m_client->get(QStringLiteral("/api/v1/incidents/%1/timeline").arg(id), token);
        QCOMPARE(timeline.json.value(QStringLiteral("items")).toArray().size(), 1);
        QCOMPARE(m_client->get(QStringLiteral("/api/v1/incidents/%1").arg(id), token).status, 200);
        bool listed = false;
        for (const QJsonValue &item : m_client->get(QStringLiteral("/api/v1/incidents"), token).json.value(QStringLiteral("items")).toArray())
            listed = listed || item.toObject().value(QStringLiteral("id")).toString() == id;
        QVERIFY(listed);

        // Both writes reached the change feed, as a console's would.
        const QJsonArray changes = m_client->get(QStringLiteral("/api/v1/changes?since=%1").arg(cursor), token)
                                       .json.value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("incident.declare"));
        QCOMPARE(changes.at(1).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("entry.add"));
    }

    // The feed tells clients what each merge lost (docs/SYNC.md "Merge rules"): a change
    // whose op made conflict records carries them as "conflicts", exactly as recorded, and
    // folding the feed with "field := winning" gives the server's state. The live stream
    // carries the same objects, and conflicts of a restricted incident reach no one who may
    // not see it.
    void changesCarryTheirConflicts()
    {
        const QByteArray alice = signIn(QStringLiteral("alice"), QStringLiteral("correct horse"));
        const QByteArray victor = signIn(QStringLiteral("victor"), QStringLiteral("viewer pass"));
        QVERIFY(!alice.isEmpty() && !victor.isEmpty());
        // This test's changes start after the hello's seq (nothing else writes meanwhile).
        StreamClient aliceStream(*m_server, alice);
        StreamClient victorStream(*m_server, victor);
        const qint64 cursor = aliceStream.waitForHello();
        QVERIFY(cursor >= 0);
        QCOMPARE(victorStream.waitForHello(), cursor);
        const auto push = [this, &alice](const Op &op) {
            return m_client->post(QStringLiteral("/api/v1/ops"), opsRequestBody({op}), "application/json", alice)
                .json.value(QStringLiteral("results")).toArray().first().toObject().value(QStringLiteral("status")).toString();
        };
        const auto op = [](OpType type, const QUuid &incidentId, const QJsonObject &payload) {
            return Op{newId(), type, incidentId, incidentId, {}, QDateTime::currentDateTimeUtc(), payload};
        };
        const auto update = [&op](const QUuid &incidentId, const QJsonObject &fields, const QJsonObject &base) {
            return op(OpType::IncidentUpdate, incidentId, {{QStringLiteral("fields"), fields}, {QStringLiteral("base"), base}});
        };
        const auto severity = [&op](const QUuid &incidentId, const QString &to, const QString &from) {
            return op(OpType::IncidentSeverity, incidentId, {{QStringLiteral("severity"), to}, {QStringLiteral("base"), from}});
        };
        const auto status = [&op](const QUuid &incidentId, const QString &to, const QString &from) {
            return op(OpType::IncidentStatus, incidentId,
                      {{QStringLiteral("status"), to}, {QStringLiteral("base"), from},
                       {QStringLiteral("at"), timeToJson(QDateTime::currentDateTimeUtc())}});
        };
        const auto conflict = [](const char *field, const QJsonValue &losing, const QJsonValue &winning) {
            return QJsonObject{{QStringLiteral("field"), QLatin1String(field)},
                               {QStringLiteral("losing"), losing},
                               {QStringLiteral("winning"), winning}};
        };

        const Op declare = declareOp(QStringLiteral("Checkout errors"));
        const QUuid id = declare.incidentId;
        Op hidden = declareOp(QStringLiteral("Vault original"));
        hidden.payload.insert(QStringLiteral("restricted"), true);
        QCOMPARE(push(declare), QStringLiteral("applied"));
        QCOMPARE(push(hidden), QStringLiteral("applied"));
        QCOMPARE(push(severity(id, QStringLiteral("SEV1"), QStringLiteral("SEV2"))), QStringLiteral("applied"));
        // Another console still saw SEV2: its SEV3 wins, SEV1 lost.
        QCOMPARE(push(severity(id, QStringLiteral("SEV3"), QStringLiteral("SEV2"))), QStringLiteral("conflict"));
        QCOMPARE(push(update(id, {{QStringLiteral("tags"), QJsonArray{QStringLiteral("db")}}},
                             {{QStringLiteral("tags"), QJsonArray{}}})),
                 QStringLiteral("applied"));
        // Between two visible changes, so that the viewer's page spans its seq.
        QCOMPARE(push(update(hidden.incidentId, {{QStringLiteral("title"), QStringLiteral("Vault renamed")}},
                             {{QStringLiteral("title"), QStringLiteral("Vault stale")}})),
                 QStringLiteral("conflict"));
        // Both fields moved since this base; records come in field order (tags, title).
        QCOMPARE(push(update(id, {{QStringLiteral("title"), QStringLiteral("Checkout down")},
                                  {QStringLiteral("tags"), QJsonArray{QStringLiteral("cache")}}},
                             {{QStringLiteral("title"), QStringLiteral("Checkout slow")}, {QStringLiteral("tags"), QJsonArray{}}})),
                 QStringLiteral("conflict"));
        QCOMPARE(push(status(id, QStringLiteral("resolved"), QStringLiteral("declared"))), QStringLiteral("applied"));
        // Behind the current status: stored, the incident does not move.
        QCOMPARE(push(status(id, QStringLiteral("investigating"), QStringLiteral("declared"))), QStringLiteral("conflict"));
        // Forward from a stale base: applies, the overtaken status lost.
        QCOMPARE(push(status(id, QStringLiteral("closed"), QStringLiteral("mitigated"))), QStringLiteral("conflict"));

        const TestResponse feed = m_client->get(QStringLiteral("/api/v1/changes?since=%1").arg(cursor), alice);
        QCOMPARE(feed.status, 200);
        const QJsonArray changes = feed.json.value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), 10);
        const QList<QJsonValue> expected{ // null: no "conflicts" key
            QJsonValue(), // declare
            QJsonValue(), // the restricted declare
            QJsonValue(), // SEV1
            QJsonArray{conflict("severity", QStringLiteral("SEV1"), QStringLiteral("SEV3"))},
            QJsonValue(), // tags
            QJsonArray{conflict("title", QStringLiteral("Vault original"), QStringLiteral("Vault renamed"))},
            QJsonArray{conflict("tags", QJsonArray{QStringLiteral("db")}, QJsonArray{QStringLiteral("cache")}),
                       conflict("title", QStringLiteral("Checkout errors"), QStringLiteral("Checkout down"))},
            QJsonValue(), // resolved
            QJsonArray{conflict("status", QStringLiteral("investigating"), QStringLiteral("resolved"))},
            QJsonArray{conflict("status", QStringLiteral("resolved"), QStringLiteral("closed"))},
        };
        for (qsizetype i = 0; i < changes.size(); ++i) {
            const QJsonObject change = changes.at(i).toObject();
            if (expected.at(i).isNull())
                QVERIFY2(!change.contains(QStringLiteral("conflicts")), json(change).constData());
            else
                QCOMPARE(jsonText(change.value(QStringLiteral("conflicts"))), jsonText(expected.at(i)));
        }

        // Folding the feed (winning over the op's value) gives the server's incident.
        QJsonObject folded = changes.at(0).toObject().value(QStringLiteral("op")).toObject().value(QStringLiteral("payload")).toObject();
        for (const QJsonValue &value : changes) {
            const QJsonObject change = value.toObject();
            if (idFromString(change.value(QStringLiteral("incidentId")).toString()) != id)
                continue;
            const QJsonObject payload = change.value(QStringLiteral("op")).toObject().value(QStringLiteral("payload")).toObject();
            const QString type = change.value(QStringLiteral("type")).toString();
            if (type == QLatin1String("incident.update")) {
                const QJsonObject fields = payload.value(QStringLiteral("fields")).toObject();
                for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
                    folded.insert(it.key(), it.value());
            } else if (type == QLatin1String("incident.severity") || type == QLatin1String("incident.status")) {
                const QString field = type.section(QLatin1Char('.'), 1);
                folded.insert(field, payload.value(field));
            }
            for (const QJsonValue &lost : change.value(QStringLiteral("conflicts")).toArray())
                folded.insert(lost.toObject().value(QStringLiteral("field")).toString(), lost.toObject().value(QStringLiteral("winning")));
        }
        const QJsonObject server = m_client->get(QStringLiteral("/api/v1/incidents/%1").arg(idToString(id)), alice).json;
        for (const char *field : {"severity", "title", "tags", "status"})
            QCOMPARE(jsonText(folded.value(QLatin1String(field))), jsonText(server.value(QLatin1String(field))));
        QCOMPARE(server.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));

        // Page by page, each change keeps its conflicts.
        QJsonArray paged;
        qint64 since = cursor;
        for (bool more = true; more;) {
            const TestResponse page = m_client->get(QStringLiteral("/api/v1/changes?since=%1&limit=3").arg(since), alice);
            for (const QJsonValue &change : page.json.value(QStringLiteral("changes")).toArray())
                paged.append(change);
            since = page.json.value(QStringLiteral("cursor")).toInteger();
            more = page.json.value(QStringLiteral("more")).toBool();
        }
        QCOMPARE(jsonText(paged), jsonText(changes));

        // The viewer's page spans the restricted incident's seqs and shows nothing of them.
        const TestResponse viewed = m_client->get(QStringLiteral("/api/v1/changes?since=%1").arg(cursor), victor);
        QCOMPARE(viewed.status, 200);
        QVERIFY(!viewed.body.contains("Vault"));
        QJsonArray visible;
        for (const QJsonValue &change : changes) {
            if (idFromString(change.toObject().value(QStringLiteral("incidentId")).toString()) == id)
                visible.append(change);
        }
        QCOMPARE(jsonText(viewed.json.value(QStringLiteral("changes"))), jsonText(visible));

        // The stream's changes are the feed's objects, conflicts included, for each account.
        QVERIFY(aliceStream.waitForChanges(changes.size()));
        QVERIFY(victorStream.waitForChanges(visible.size()));
        const auto streamed = [](const StreamClient &stream) {
            QJsonArray array;
            for (const QJsonObject &change : stream.changes())
                array.append(change);
            return array;
        };
        QCOMPARE(jsonText(streamed(aliceStream)), jsonText(changes));
        QCOMPARE(jsonText(streamed(victorStream)), jsonText(visible));
    }

    void restRefusesClearly_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown severity") << QByteArray("POST") << "/api/v1/incidents"
                                          << QByteArray(R"({"title":"x","severity":"SEV9"})") << 422 << "SEV9";
        QTest::newRow("missing title") << QByteArray("POST") << "/api/v1/incidents"
                                       << QByteArray(R"({"severity":"SEV1"})") << 422 << "incident.title";
        QTest::newRow("title too long") << QByteArray("POST") << "/api/v1/incidents"
                                        << (QByteArray(R"({"severity":"SEV1","title":")") + QByteArray(300, 'x') + "\"}") << 422 << "too long";
        QTest::newRow("malformed id") << QByteArray("POST") << "/api/v1/incidents"
                                      << QByteArray(R"({"id":"123","title":"x","severity":"SEV1"})") << 422 << "incident.id";
        QTest::newRow("unknown incident") << QByteArray("GET") << "/api/v1/incidents/0190b2c4-7d2e-7a3b-9c1d-2e3f4a5b6c7d"
                                          << QByteArray() << 404 << "No such incident";
        QTest::newRow("malformed incident id") << QByteArray("GET") << "/api/v1/incidents/'; DROP TABLE incident; --"
                                               << QByteArray() << 404 << "No such incident";
        QTest::newRow("entry to unknown incident") << QByteArray("POST") << "/api/v1/incidents/0190b2c4-7d2e-7a3b-9c1d-2e3f4a5b6c7d/timeline"
                                                   << QByteArray(R"({"body":"x"})") << 404 << "No such incident";
    }
    void restRefusesClearly()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, message);
        const QByteArray token = signIn(QStringLiteral("alice"), QStringLiteral("correct horse"));
        const TestResponse response = m_client->send(method, path, body, body.isEmpty() ? QByteArray() : QByteArray("application/json"), token);
        QCOMPARE(response.status, status);
        const QString text = response.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
        QVERIFY2(text.contains(message), qPrintable(text));
    }

    void restrictedIncidentsDoNotExistForOthers()
    {
        const QByteArray alice = signIn(QStringLiteral("alice"), QStringLiteral("correct horse"));
        const QByteArray victor = signIn(QStringLiteral("victor"), QStringLiteral("viewer pass"));
        const TestResponse created = m_client->post(
            QStringLiteral("/api/v1/incidents"),
            json({{QStringLiteral("title"), QStringLiteral("Suspected breach")}, {QStringLiteral("severity"), QStringLiteral("SEV1")},
                  {QStringLiteral("restricted"), true}}),
            "application/json", alice);
        QCOMPARE(created.status, 201);
        const QString id = created.json.value(QStringLiteral("id")).toString();
        QCOMPARE(m_client->get(QStringLiteral("/api/v1/incidents/%1").arg(id), alice).status, 200);
        QCOMPARE(m_client->get(QStringLiteral("/api/v1/incidents/%1").arg(id), victor).status, 404);
        QCOMPARE(m_client->get(QStringLiteral("/api/v1/incidents/%1/timeline").arg(id), victor).status, 404);
        const QByteArray everything = m_client->get(QStringLiteral("/api/v1/incidents"), victor).body
            + m_client->get(QStringLiteral("/api/v1/changes?limit=1000"), victor).body;
        QVERIFY(!everything.contains(id.toLatin1()));
        QVERIFY(!everything.contains("Suspected breach"));
        // A viewer cannot write through REST either.
        QCOMPARE(m_client->post(QStringLiteral("/api/v1/incidents"),
                                json({{QStringLiteral("title"), QStringLiteral("x")}, {QStringLiteral("severity"), QStringLiteral("SEV4")}}),
                                "application/json", victor).status, 403);
    }

    // The permission matrix of docs/ARCHITECTURE.md end to end: command decisions belong to
    // the incident's commander (or its declarer while nobody commands) and to managers;
    // a restricted incident exists only for admins and its members, who come and go with
    // their role assignments.
    void commandDecisionsAndMembership()
    {
        const QString data = m_server->dataDir();
        QCOMPARE(runAdmin(data, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bob"), QStringLiteral("--role"),
                              QStringLiteral("responder")}, "bob password").exitCode, 0);
        QCOMPARE(runAdmin(data, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("mia"), QStringLiteral("--role"),
                              QStringLiteral("manager")}, "mia password").exitCode, 0);
        const QByteArray alice = signIn(QStringLiteral("alice"), QStringLiteral("correct horse"));
        const QByteArray bob = signIn(QStringLiteral("bob"), QStringLiteral("bob password"));
        const QByteArray mia = signIn(QStringLiteral("mia"), QStringLiteral("mia password"));
        const QByteArray victor = signIn(QStringLiteral("victor"), QStringLiteral("viewer pass"));
        const QUuid bobPerson = idFromString(m_client->get(QStringLiteral("/api/v1/me"), bob).json.value(QStringLiteral("personId")).toString());
        QVERIFY(!bobPerson.isNull());

        // One op, its result: "applied" or the error.
        const auto push = [this](const QByteArray &token, const Op &op) {
            const QJsonObject result = m_client->post(QStringLiteral("/api/v1/ops"), opsRequestBody({op}), "application/json", token)
                                           .json.value(QStringLiteral("results")).toArray().first().toObject();
            return result.value(QStringLiteral("status")).toString() == QLatin1String("applied")
                ? QStringLiteral("applied")
                : result.value(QStringLiteral("error")).toString();
        };
        const auto op = [](OpType type, const QUuid &incidentId, const QUuid &entityId, const QJsonObject &payload) {
            return Op{newId(), type, incidentId, entityId, {}, QDateTime::currentDateTimeUtc(), payload};
        };
        const auto severity = [&op](const QUuid &incidentId, const QString &to, const QString &from) {
            return op(OpType::IncidentSeverity, incidentId, incidentId,
                      {{QStringLiteral("severity"), to}, {QStringLiteral("base"), from}});
        };
        const auto status = [&op](const QUuid &incidentId, const QString &to, const QString &from) {
            return op(OpType::IncidentStatus, incidentId, incidentId,
                      {{QStringLiteral("status"), to}, {QStringLiteral("base"), from},
                       {QStringLiteral("at"), timeToJson(QDateTime::currentDateTimeUtc())}});
        };
        const auto visibleTo = [this](const QUuid &incidentId, const QByteArray &token) {
            return m_client->get(QStringLiteral("/api/v1/incidents/%1").arg(idToString(incidentId)), token).status == 200;
        };

        Op declare = declareOp(QStringLiteral("Payroll data exposure"));
        declare.payload.insert(QStringLiteral("restricted"), true);
        const QUuid id = declare.incidentId;
        QCOMPARE(push(alice, declare), QStringLiteral("applied"));
        QVERIFY(visibleTo(id, alice));
        QVERIFY(!visibleTo(id, bob));
        QVERIFY(!visibleTo(id, mia)); // managers are not admins: need-to-know holds for them too
        QVERIFY(push(bob, entryOp(id, QStringLiteral("peeking"))).contains(QStringLiteral("unknown incident")));

        // Nobody commands yet: the declarer decides.
        QCOMPARE(push(alice, severity(id, QStringLiteral("SEV1"), QStringLiteral("SEV2"))), QStringLiteral("applied"));

        // Bob becomes the commander, and a member.
        RoleAssignment assignment;
        assignment.id = newId();
        assignment.incidentId = id;
        assignment.role = Roles::IncidentCommander;
        assignment.personId = bobPerson;
        assignment.assignedAt = QDateTime::currentDateTimeUtc();
        QCOMPARE(push(alice, op(OpType::RoleAssign, id, assignment.id, assignment.toJson())), QStringLiteral("applied"));
        QVERIFY(visibleTo(id, bob));
        QVERIFY(m_client->get(QStringLiteral("/api/v1/changes?limit=1000"), bob).body.contains(idToString(id).toLatin1()));

        // Now the decisions are his; the everyday work stays everybody's.
        QVERIFY(push(alice, severity(id, QStringLiteral("SEV2"), QStringLiteral("SEV1"))).contains(QStringLiteral("commander")));
        QCOMPARE(push(bob, severity(id, QStringLiteral("SEV2"), QStringLiteral("SEV1"))), QStringLiteral("applied"));
        QCOMPARE(push(alice, status(id, QStringLiteral("resolved"), QStringLiteral("declared"))), QStringLiteral("applied"));
        QVERIFY(push(alice, status(id, QStringLiteral("closed"), QStringLiteral("resolved"))).contains(QStringLiteral("commander")));
        QVERIFY(push(victor, entryOp(id, QStringLiteral("viewer"))).contains(QStringLiteral("forbidden: viewers")));
        QCOMPARE(push(bob, status(id, QStringLiteral("closed"), QStringLiteral("resolved"))), QStringLiteral("applied"));

        // Relieved, he is no longer a member.
        QCOMPARE(push(alice, op(OpType::RoleRelieve, id, assignment.id,
                                {{QStringLiteral("relievedAt"), timeToJson(QDateTime::currentDateTimeUtc())}})),
                 QStringLiteral("applied"));
        QVERIFY(!visibleTo(id, bob));
        QVERIFY(!m_client->get(QStringLiteral("/api/v1/changes?limit=1000"), bob).body.contains(idToString(id).toLatin1()));

        // On an open incident a manager decides without being a member; another responder cannot.
        const Op open = declareOp(QStringLiteral("Login latency"));
        QCOMPARE(push(alice, open), QStringLiteral("applied"));
        QVERIFY(push(bob, severity(open.incidentId, QStringLiteral("SEV3"), QStringLiteral("SEV2"))).contains(QStringLiteral("commander")));
        QCOMPARE(push(bob, entryOp(open.incidentId, QStringLiteral("looking"))), QStringLiteral("applied"));
        QCOMPARE(push(mia, severity(open.incidentId, QStringLiteral("SEV3"), QStringLiteral("SEV2"))), QStringLiteral("applied"));
    }

    void metricsCountWithoutNamingAnything()
    {
        const TestResponse metrics = m_client->get(QStringLiteral("/metrics"));
        QCOMPARE(metrics.status, 200);
        QVERIFY(metrics.headers.value("content-type").startsWith("text/plain"));
        const QByteArray text = metrics.body;
        QVERIFY2(text.contains("sitrep_http_requests_total{route=\"/api/v1/session\",status=\"201\"}"), text.constData());
        QVERIFY(text.contains("sitrep_http_requests_total{route=\"/api/v1/incidents/{id}\",status=\"404\"}"));
        QVERIFY(text.contains("sitrep_ops_total{status=\"applied\"}"));
        QVERIFY(text.contains("sitrep_ops_total{status=\"rejected\"}"));
        QVERIFY(text.contains("sitrep_http_request_duration_seconds_count"));
        QVERIFY(text.contains("sitrep_http_connections 1"));
        const QByteArray failures = text.mid(text.indexOf("\nsitrep_login_failures_total ") + 1);
        QVERIFY2(failures.split('\n').first().split(' ').last().toInt() >= 2, failures.constData());
        QVERIFY(!text.contains("Suspected breach"));
        QVERIFY(!text.contains("alice"));
    }

    void signInAndOutAreAudited()
    {
        const QString data = m_server->dataDir();
        const qint64 before = auditEntries(data);
        QVERIFY(before > 0);
        QCOMPARE(m_client->post(QStringLiteral("/api/v1/session"),
                                json({{QStringLiteral("username"), QStringLiteral("alice")},
                                      {QStringLiteral("password"), QStringLiteral("wrong wrong")}})).status, 401);
        const QByteArray token = signIn(QStringLiteral("alice"), QStringLiteral("correct horse"));
        QVERIFY(!token.isEmpty());
        QCOMPARE(m_client->del(QStringLiteral("/api/v1/session"), token).status, 204);
        // The failed sign-in is not a mutation: two entries, the sign-in and the sign-out.
        QCOMPARE(auditEntries(data), before + 2);
        QStringList rows;
        for (const QStringList &row :
             storedRows(*m_server, QStringLiteral("SELECT actor, address, action, subject FROM audit ORDER BY seq DESC LIMIT 2"), 4))
            rows.append(row.join(QLatin1Char(' ')));
        QCOMPARE(rows, (QStringList{QStringLiteral("alice 127.0.0.1 session.revoke alice"),
                                    QStringLiteral("alice 127.0.0.1 session.create alice")}));
    }

    void auditLogChainsEveryMutationAndShowsTampering()
    {
        const QString data = m_server->dataDir();
        const AdminRun intact = runAdmin(data, {QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(intact.exitCode, 0);
        QVERIFY2(intact.output.startsWith(QStringLiteral("audit log intact: ")), qPrintable(intact.output));
        // Two users added, then every applied op of the tests before this one.
        QVERIFY(intact.output.section(QLatin1Char(' '), 3, 3).toInt() >= 8);
        const QList<QStringList> op = storedRows(
            *m_server, QStringLiteral("SELECT actor, address, action FROM audit WHERE action = 'entry.add' LIMIT 1"), 3);
        QCOMPARE(op.size(), 1);
        QCOMPARE(op.first().value(0), QStringLiteral("alice"));
        QCOMPARE(op.first().value(1), QStringLiteral("127.0.0.1"));
        QVERIFY(storedExec(*m_server, QStringLiteral("UPDATE audit SET subject = 'someone-else' WHERE seq = 2")));
        const AdminRun tampered = runAdmin(data, {QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(tampered.exitCode, 1);
        QVERIFY2(tampered.output.contains(QStringLiteral("entry 2 was changed")), qPrintable(tampered.output));
        QVERIFY(storedExec(*m_server, QStringLiteral("UPDATE audit SET subject = 'victor' WHERE seq = 2")));
        QVERIFY(storedExec(*m_server, QStringLiteral("DELETE FROM audit WHERE seq = 3")));
        const AdminRun removed = runAdmin(data, {QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(removed.exitCode, 1);
        QVERIFY2(removed.output.contains(QStringLiteral("entry 3 is missing")), qPrintable(removed.output));
    }

    void acceptedOpsAndSessionsSurviveARestart()
    {
        const QByteArray token = signIn(QStringLiteral("alice"), QStringLiteral("correct horse"));
        const qint64 before = m_client->get(QStringLiteral("/api/v1/changes?limit=1000"), token)
                                  .json.value(QStringLiteral("cursor")).toInteger();
        QVERIFY(before > 0);
        QVERIFY(m_server->stop());
        QCOMPARE(m_server->exitCode(), 0);
        QVERIFY2(m_server->start(), qPrintable(m_server->output()));
        m_client = std::make_unique<TestClient>(m_server->baseUrl(), QList<QSslCertificate>{m_server->certificate()});
        const TestResponse after = m_client->get(QStringLiteral("/api/v1/changes?limit=1000"), token);
        QCOMPARE(after.status, 200);
        QCOMPARE(after.json.value(QStringLiteral("cursor")).toInteger(), before);
    }

    // `demo` on a server of its own: the demo history goes through applyOps as a console's
    // push would, and the printed passwords are the only copy.
    void demoSeedsAnEmptyServerOnce()
    {
        ServerProcess server;
        const QString data = server.dataDir();
        const QStringList demo{QStringLiteral("demo"), QStringLiteral("--incidents"), QStringLiteral("12")};
        const AdminRun seeded = runAdmin(data, demo);
        QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.output));
        static const QRegularExpression summary(QStringLiteral("Demo data: (\\d+) incidents, (\\d+) changes"));
        const QRegularExpressionMatch counts = summary.match(seeded.output);
        QVERIFY2(counts.hasMatch(), qPrintable(seeded.output));
        QCOMPARE(counts.captured(1).toInt(), 12);
        const qint64 ops = counts.captured(2).toLongLong();
        QVERIFY(ops > 12 * 15); // at least the minimum timeline of each incident
        const QHash<QString, QStringList> accounts = demoAccounts(seeded.output);
        QCOMPARE(accounts.size(), 4);
        for (const char *role : {"admin", "manager", "responder", "viewer"})
            QCOMPARE(accounts.value(QStringLiteral("demo-") + QLatin1String(role)).value(0), QString::fromLatin1(role));
        QVERIFY(seeded.output.contains(QStringLiteral("stored nowhere")));
        if (!server.database()) { // on PostgreSQL the rows are in the cluster's files, not in DIR
            QFile file(data + QStringLiteral("/server.sqlite"));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            for (const QStringList &account : accounts)
                QVERIFY(!bytes.contains(account.at(1).toLatin1()));
        }
        // Four accounts added, the directory stored, then one audit entry per op.
        QCOMPARE(auditEntries(data), ops + 5);

        QVERIFY2(server.start(), qPrintable(server.output()));
        TestClient client(server.baseUrl(), {server.certificate()});
        QHash<QString, QByteArray> tokens;
        for (auto it = accounts.cbegin(); it != accounts.cend(); ++it) {
            const TestResponse response = client.post(
                QStringLiteral("/api/v1/session"),
                json({{QStringLiteral("username"), it.key()}, {QStringLiteral("password"), it.value().at(1)}}));
            QVERIFY2(response.status == 201, qPrintable(it.key()));
            tokens.insert(it.key(), response.json.value(QStringLiteral("token")).toString().toLatin1());
        }
        const QByteArray adminToken = tokens.value(QStringLiteral("demo-admin"));
        const QByteArray viewerToken = tokens.value(QStringLiteral("demo-viewer"));
        const TestResponse incidents = client.get(QStringLiteral("/api/v1/incidents"), adminToken);
        QCOMPARE(incidents.status, 200);
        QCOMPARE(incidents.json.value(QStringLiteral("items")).toArray().size(), 12);

        // Everything is in the change feed, in order, as demo-manager's.
        qint64 cursor = 0;
        qint64 fed = 0;
        for (bool more = true; more;) {
            const TestResponse page = client.get(QStringLiteral("/api/v1/changes?since=%1&limit=1000").arg(cursor), adminToken);
            QCOMPARE(page.status, 200);
            const QJsonArray changes = page.json.value(QStringLiteral("changes")).toArray();
            if (cursor == 0)
                QCOMPARE(changes.first().toObject().value(QStringLiteral("type")).toString(), QStringLiteral("incident.declare"));
            for (const QJsonValue &change : changes)
                QCOMPARE(change.toObject().value(QStringLiteral("actor")).toString(), QStringLiteral("demo-manager"));
            fed += changes.size();
            cursor = page.json.value(QStringLiteral("cursor")).toInteger();
            more = page.json.value(QStringLiteral("more")).toBool();
        }
        QCOMPARE(fed, ops);
        QCOMPARE(cursor, ops);

        // The directory: the demo's organisation for every signed-in account, and each demo
        // account is one of its people.
        QCOMPARE(client.get(QStringLiteral("/api/v1/directory")).status, 401);
        const TestResponse directory = client.get(QStringLiteral("/api/v1/directory"), viewerToken);
        QCOMPARE(directory.status, 200);
        const Decoded<Directory> decoded = Directory::fromJson(directory.json);
        QVERIFY2(decoded, qPrintable(decoded.error));
        QCOMPARE(decoded.value->people.size(), 40);
        QCOMPARE(decoded.value->services.size(), 20);
        const QUuid managerPerson =
            idFromString(client.get(QStringLiteral("/api/v1/me"), tokens.value(QStringLiteral("demo-manager")))
                             .json.value(QStringLiteral("personId")).toString());
        QVERIFY(std::any_of(decoded.value->people.cbegin(), decoded.value->people.cend(),
                            [&](const Person &person) { return person.id == managerPerson; }));

        // The viewer reads, and cannot write.
        const TestResponse viewed = client.get(QStringLiteral("/api/v1/incidents"), viewerToken);
        QCOMPARE(viewed.status, 200);
        QVERIFY(!viewed.json.value(QStringLiteral("items")).toArray().isEmpty());
        const TestResponse pushed = client.post(QStringLiteral("/api/v1/ops"), opsRequestBody({declareOp(QStringLiteral("Viewer"))}),
                                                "application/json", viewerToken);
        QCOMPARE(pushed.status, 200);
        const QJsonObject result = pushed.json.value(QStringLiteral("results")).toArray().first().toObject();
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QVERIFY(result.value(QStringLiteral("error")).toString().contains(QStringLiteral("forbidden")));
        QCOMPARE(client.post(QStringLiteral("/api/v1/incidents"),
                             json({{QStringLiteral("title"), QStringLiteral("x")}, {QStringLiteral("severity"), QStringLiteral("SEV4")}}),
                             "application/json", viewerToken).status, 403);
        QVERIFY(server.stop());

        // A second run is refused and changes nothing.
        const qint64 entries = auditEntries(data);
        const AdminRun users = runAdmin(data, {QStringLiteral("user"), QStringLiteral("list")});
        const AdminRun again = runAdmin(data, demo);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.output.contains(QStringLiteral("already holds incidents")), qPrintable(again.output));
        QVERIFY(demoAccounts(again.output).isEmpty());
        QCOMPARE(auditEntries(data), entries);
        QCOMPARE(runAdmin(data, {QStringLiteral("user"), QStringLiteral("list")}).output, users.output);
        const QList<QStringList> changes = storedRows(server, QStringLiteral("SELECT count(*), max(seq) FROM change"), 2);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().value(0).toLongLong(), ops);
        QCOMPARE(changes.first().value(1).toLongLong(), ops);
    }

    void demoRefusesADemoUserName()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QCOMPARE(runAdmin(dir.path(), {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("demo-viewer"),
                                    QStringLiteral("--role"), QStringLiteral("viewer")}, "someone's real password").exitCode, 0);
        const AdminRun refused = runAdmin(dir.path(), {QStringLiteral("demo"), QStringLiteral("--incidents"), QStringLiteral("2")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.output.contains(QStringLiteral("\"demo-viewer\" already exists")), qPrintable(refused.output));
        QCOMPARE(auditEntries(dir.path()), 1); // only the user add
        QCOMPARE(runAdmin(dir.path(), {QStringLiteral("demo"), QStringLiteral("--incidents"), QStringLiteral("0")}).exitCode, 2);
    }

    // Last: it locks alice's name out for a minute.
    void repeatedFailuresAreThrottled()
    {
        const QByteArray wrong = json({{QStringLiteral("username"), QStringLiteral("alice")},
                                       {QStringLiteral("password"), QStringLiteral("guess guess")}});
        for (int i = 0; i < 10; ++i)
            QCOMPARE(m_client->post(QStringLiteral("/api/v1/session"), wrong).status, 401);
        const TestResponse refused = m_client->post(QStringLiteral("/api/v1/session"), wrong);
        QCOMPARE(refused.status, 429);
        QVERIFY(refused.headers.value("retry-after").toInt() > 0);
        // Even the right password waits: the attacker must not learn it was right.
        QCOMPARE(signIn(QStringLiteral("alice"), QStringLiteral("correct horse")), QByteArray());
    }

    void cleanupTestCase()
    {
        if (m_server)
            QVERIFY(m_server->stop());
    }
};

QTEST_GUILESS_MAIN(tst_ServerApi)
#include "tst_ServerApi.moc"
