#include "storage/ServerStore.h"
#include "storage/SetMerge.h"

#include "TestDatabase.h"
#include "storage/PostgresServerDb.h"

#include "auth/Tokens.h"
#include "model/Ids.h"
#include "model/Incident.h"
#include "model/RoleAssignment.h"
#include "model/TimelineEntry.h"
#include "store/Sqlite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <optional>
#include <thread>

using namespace Sitrep;
using namespace Sitrep::Server;
using Sitrep::Testing::TestDatabase;

namespace {

QDateTime start()
{
    return QDateTime(QDate(2026, 11, 30), QTime(4, 0), Qt::UTC);
}

Incident makeIncident(const QDateTime &at, bool restricted = false)
{
    Incident incident;
    incident.id = newId();
    incident.title = QStringLiteral("Checkout errors in EU");
    incident.severity = QStringLiteral("SEV2");
    incident.declaredAt = at;
    incident.transitions = {{IncidentStatus::Declared, at, {}}};
    incident.restricted = restricted;
    return incident;
}

Op makeOp(OpType type, const QUuid &incidentId, const QUuid &entityId, QJsonObject payload)
{
    return Op{newId(), type, incidentId, entityId, {}, start(), std::move(payload)};
}

Op declareOp(const Incident &incident)
{
    return makeOp(OpType::IncidentDeclare, incident.id, incident.id, incident.toJson());
}

TimelineEntry makeEntry(const QUuid &incidentId, const QString &body = QStringLiteral("Rolled back build 4711"))
{
    TimelineEntry entry;
    entry.id = newId();
    entry.incidentId = incidentId;
    entry.body = body;
    entry.occurredAt = start();
    entry.recordedAt = start();
    return entry;
}

Op entryOp(const TimelineEntry &entry)
{
    return makeOp(OpType::EntryAdd, entry.incidentId, entry.id, entry.toJson());
}

Op severityOp(const QUuid &incidentId, const QString &severity, const QString &base)
{
    return makeOp(OpType::IncidentSeverity, incidentId, incidentId,
                  {{QStringLiteral("severity"), severity}, {QStringLiteral("base"), base}});
}

Op statusOp(const QUuid &incidentId, const char *status, const char *base)
{
    return makeOp(OpType::IncidentStatus, incidentId, incidentId,
                  {{QStringLiteral("status"), QLatin1String(status)},
                   {QStringLiteral("base"), QLatin1String(base)},
                   {QStringLiteral("at"), timeToJson(start().addSecs(60))}});
}

} // namespace

class tst_ServerStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void accountJson();
    void addUser_data();
    void addUser();
    void duplicateName();
    void authenticate();
    void setRoleAndDisable();
    void sessions();
    void sessionExpires();
    void sessionOfDisabledAccount();
    void auditsAccountChanges();
    void auditsSignInAndSignOut();
    void noAuditNoChange();

    void opsGetIncreasingSeqs();
    void duplicateOp();
    void malformedOp_data();
    void malformedOp();
    void unknownIncident();
    void viewerForbidden();
    void batchKeepsNeighboursOfRejected();
    void severityConflict();
    void statusMovesForwardOnly();
    void updateMergesFieldByField();
    void bridgeAndRaciFields();
    void addedRolesMergeAsASet();
    void roleKeySetsMergeThreeWays_data();
    void roleKeySetsMergeThreeWays();
    void criticalPhasePermissions();
    void bridgeModerationPermissions();
    void entryRevisions();
    void changesPaging();
    void restrictedIncidents();
    void concurrentWriters();
    void groupCommit();
    void readerNeverSeesAGap();
    void concurrentFirstOpen();
    void reconnectsAfterLosingTheConnection();
    void postgresUrl_data();
    void postgresUrl();
    void postgresPlaceholders();
    void reopen();
    void refusesForeignFile();

private:
    Account admin() const { return *m_store->user(QStringLiteral("admin")); }
    Account responder() const { return *m_store->user(QStringLiteral("responder")); }
    QUuid declare(const Account &actor, bool restricted = false);
    // actor, address, action, subject, detail of every audit row, oldest first.
    QList<QStringList> auditRows() const;

    // This run's database: DIR/server.sqlite, or a fresh PostgreSQL database per test in
    // the _pg variant (SITREP_TEST_DB=postgres).
    StoreResult openStore(ServerStore &store) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<ServerStore> m_store;
};

void tst_ServerStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>(start());
    if (TestDatabase::postgresWanted()) {
        m_database = std::make_unique<TestDatabase>();
        QString error;
        QVERIFY2(m_database->create(&error), qPrintable(error));
    }
    m_store = std::make_unique<ServerStore>(*m_clock, PasswordHasher::Limits::minimum());
    const StoreResult opened = openStore(*m_store);
    QVERIFY2(opened.ok, qPrintable(opened.error));
    QVERIFY(m_store->addUser(QStringLiteral("admin"), AccountRole::Admin, QStringLiteral("admin-password")).account);
    QVERIFY(m_store->addUser(QStringLiteral("responder"), AccountRole::Responder, QStringLiteral("responder-password"))
                .account);
}

void tst_ServerStore::cleanup()
{
    m_store.reset();
    m_database.reset();
    m_dir.reset();
}

StoreResult tst_ServerStore::openStore(ServerStore &store) const
{
    if (!m_database)
        return store.open(m_dir->path());
    QString error;
    const std::optional<PostgresUrl> url = PostgresUrl::parse(m_database->url(), &error);
    if (!url)
        return {false, error};
    return store.open(*url);
}

QUuid tst_ServerStore::declare(const Account &actor, bool restricted)
{
    const Incident incident = makeIncident(m_clock->now(), restricted);
    const OpResult result = m_store->applyOp(declareOp(incident), actor);
    if (result.status != OpResult::Applied)
        qWarning() << "declare failed:" << result.error;
    return incident.id;
}

void tst_ServerStore::accountJson()
{
    const Account account{42, QStringLiteral("dana.k"), AccountRole::Manager, true, start()};
    const QJsonObject json = account.toJson();
    QCOMPARE(json.value(QStringLiteral("role")).toString(), QStringLiteral("manager"));
    QCOMPARE(json.value(QStringLiteral("createdAt")).toString(), QStringLiteral("2026-11-30T04:00:00.000Z"));
    const auto decoded = Account::fromJson(json);
    QVERIFY2(decoded, qPrintable(decoded.error));
    QCOMPARE(*decoded.value, account);
    QJsonObject bad = json;
    bad.insert(QStringLiteral("role"), QStringLiteral("root"));
    QCOMPARE(Account::fromJson(bad).error, QStringLiteral("account.role: unknown value \"root\""));
    bad = json;
    bad.insert(QStringLiteral("id"), 1.5);
    QVERIFY(Account::fromJson(bad).error.startsWith(QStringLiteral("account.id:")));
}

void tst_ServerStore::addUser_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("error"); // a fragment of it; empty when accepted

    QTest::newRow("ok") << QStringLiteral("dana.k_ops-1") << QStringLiteral("12345678") << QString();
    QTest::newRow("one char") << QStringLiteral("d") << QStringLiteral("12345678") << QString();
    QTest::newRow("64 chars") << QString(64, QLatin1Char('x')) << QStringLiteral("12345678") << QString();
    QTest::newRow("65 chars") << QString(65, QLatin1Char('x')) << QStringLiteral("12345678")
                              << QStringLiteral("1 to 64");
    QTest::newRow("empty") << QString() << QStringLiteral("12345678") << QStringLiteral("1 to 64");
    QTest::newRow("upper case") << QStringLiteral("Dana") << QStringLiteral("12345678")
                                << QStringLiteral("not a valid user name");
    QTest::newRow("space") << QStringLiteral("da na") << QStringLiteral("12345678")
                           << QStringLiteral("not a valid user name");
    QTest::newRow("sql") << QStringLiteral("x';drop table account;--") << QStringLiteral("12345678")
                         << QStringLiteral("not a valid user name");
    QTest::newRow("unicode") << QStringLiteral("dänä") << QStringLiteral("12345678")
                             << QStringLiteral("not a valid user name");
    QTest::newRow("short password") << QStringLiteral("dana") << QStringLiteral("1234567")
                                    << QStringLiteral("too short");
}

void tst_ServerStore::addUser()
{
    QFETCH(QString, name);
    QFETCH(QString, password);
    QFETCH(QString, error);
    const AddUserResult result = m_store->addUser(name, AccountRole::Responder, password);
    if (error.isEmpty()) {
        QVERIFY2(result.account, qPrintable(result.error));
        QVERIFY(result.account->id > 0);
        QCOMPARE(result.account->name, name);
        QCOMPARE(result.account->createdAt, start());
        QCOMPARE(m_store->user(name), result.account);
        QVERIFY(m_store->authenticate(name, password));
    } else {
        QVERIFY(!result.account);
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
        QCOMPARE(m_store->users().size(), 2);
    }
}

void tst_ServerStore::duplicateName()
{
    const AddUserResult again =
        m_store->addUser(QStringLiteral("admin"), AccountRole::Viewer, QStringLiteral("other-password"));
    QVERIFY(!again.account);
    QCOMPARE(again.error, QStringLiteral("A user named \"admin\" already exists."));
    QCOMPARE(m_store->user(QStringLiteral("admin"))->role, AccountRole::Admin);
    QVERIFY(m_store->authenticate(QStringLiteral("admin"), QStringLiteral("admin-password")));
}

void tst_ServerStore::authenticate()
{
    const auto ok = m_store->authenticate(QStringLiteral("responder"), QStringLiteral("responder-password"));
    QVERIFY(ok);
    QCOMPARE(ok->name, QStringLiteral("responder"));
    QCOMPARE(ok->role, AccountRole::Responder);
    QVERIFY(!m_store->authenticate(QStringLiteral("responder"), QStringLiteral("admin-password")));
    QVERIFY(!m_store->authenticate(QStringLiteral("nobody"), QStringLiteral("responder-password")));
    QVERIFY(!m_store->authenticate(QString(), QString()));
}

void tst_ServerStore::setRoleAndDisable()
{
    QVERIFY(m_store->setRole(QStringLiteral("responder"), AccountRole::Manager).ok);
    QCOMPARE(m_store->user(QStringLiteral("responder"))->role, AccountRole::Manager);
    QCOMPARE(m_store->authenticate(QStringLiteral("responder"), QStringLiteral("responder-password"))->role,
             AccountRole::Manager);

    QVERIFY(m_store->setDisabled(QStringLiteral("responder"), true).ok);
    QVERIFY(m_store->user(QStringLiteral("responder"))->disabled);
    QVERIFY(!m_store->authenticate(QStringLiteral("responder"), QStringLiteral("responder-password")));
    QVERIFY(m_store->setDisabled(QStringLiteral("responder"), false).ok);
    QVERIFY(m_store->authenticate(QStringLiteral("responder"), QStringLiteral("responder-password")));

    const StoreResult missing = m_store->setRole(QStringLiteral("ghost"), AccountRole::Admin);
    QVERIFY(!missing.ok);
    QVERIFY2(missing.error.contains(QStringLiteral("no user named \"ghost\"")), qPrintable(missing.error));
    QVERIFY(!m_store->setDisabled(QStringLiteral("ghost"), true).ok);

    const QList<Account> users = m_store->users();
    QCOMPARE(users.size(), 2);
    QCOMPARE(users.at(0).name, QStringLiteral("admin"));
    QCOMPARE(users.at(1).role, AccountRole::Manager);
}

void tst_ServerStore::sessions()
{
    const Session session = m_store->createSession(responder());
    QCOMPARE(session.token.size(), 43);
    QCOMPARE(session.expiresAt, start().addSecs(12 * 3600));
    QCOMPARE(m_store->accountForToken(session.token)->name, QStringLiteral("responder"));
    const Session other = m_store->createSession(admin());
    QVERIFY(other.token != session.token);
    QCOMPARE(m_store->accountForToken(other.token)->name, QStringLiteral("admin"));

    QVERIFY(!m_store->accountForToken(Tokens::generate()));
    QVERIFY(!m_store->accountForToken(QByteArray("' OR 1=1 --")));
    QVERIFY(!m_store->accountForToken(QByteArray()));

    QVERIFY(m_store->revokeToken(session.token));
    QVERIFY(!m_store->accountForToken(session.token));
    QVERIFY(!m_store->revokeToken(session.token));
    QVERIFY(m_store->accountForToken(other.token)); // only that one
}

void tst_ServerStore::sessionExpires()
{
    const Session session = m_store->createSession(responder(), {}, std::chrono::seconds(30));
    m_clock->advanceSeconds(29);
    QVERIFY(m_store->accountForToken(session.token));
    m_clock->advanceSeconds(1);
    QVERIFY(!m_store->accountForToken(session.token));
    QVERIFY(!m_store->revokeToken(session.token));
}

void tst_ServerStore::sessionOfDisabledAccount()
{
    const Session session = m_store->createSession(responder());
    QVERIFY(m_store->setDisabled(QStringLiteral("responder"), true).ok);
    QVERIFY(!m_store->accountForToken(session.token));
    QVERIFY(m_store->setDisabled(QStringLiteral("responder"), false).ok);
    QVERIFY(m_store->accountForToken(session.token));
}

QList<QStringList> tst_ServerStore::auditRows() const
{
    if (m_database)
        return m_database->rows(QStringLiteral("SELECT actor, address, action, subject, detail FROM audit ORDER BY seq"));
    SqliteDb db;
    if (!db.open(m_store->path(), SqliteDb::Mode::ReadOnly))
        return {};
    QList<QStringList> rows;
    Sitrep::Statement query = db.prepare("SELECT actor, address, action, subject, detail FROM audit ORDER BY seq");
    while (query.next())
        rows.append({query.text(0), query.text(1), query.text(2), query.text(3), query.text(4)});
    return rows;
}

void tst_ServerStore::auditsAccountChanges()
{
    const QString cli = AuditActor::commandLine().name;
    QVERIFY(!cli.isEmpty());
    const AuditActor lead{QStringLiteral("ops-lead"), QStringLiteral("local")};
    QVERIFY(m_store->setRole(QStringLiteral("responder"), AccountRole::Manager, lead).ok);
    QVERIFY(m_store->setDisabled(QStringLiteral("responder"), true).ok);
    QVERIFY(m_store->setDisabled(QStringLiteral("responder"), false).ok);
    // Refusals change nothing, so they leave no row.
    QVERIFY(!m_store->setRole(QStringLiteral("ghost"), AccountRole::Admin).ok);
    QVERIFY(!m_store->addUser(QStringLiteral("admin"), AccountRole::Viewer, QStringLiteral("other-password")).account);

    const QList<QStringList> expected{
        {cli, QStringLiteral("local"), QStringLiteral("user.add"), QStringLiteral("admin"), QStringLiteral("admin")},
        {cli, QStringLiteral("local"), QStringLiteral("user.add"), QStringLiteral("responder"), QStringLiteral("responder")},
        {QStringLiteral("ops-lead"), QStringLiteral("local"), QStringLiteral("user.set-role"), QStringLiteral("responder"),
         QStringLiteral("manager")},
        {cli, QStringLiteral("local"), QStringLiteral("user.disable"), QStringLiteral("responder"), QString()},
        {cli, QStringLiteral("local"), QStringLiteral("user.enable"), QStringLiteral("responder"), QString()},
    };
    QCOMPARE(auditRows(), expected);
    const AuditLog::Verification verification = m_store->verifyAudit();
    QVERIFY2(verification.ok, qPrintable(verification.error));
    QCOMPARE(verification.entries, 5);
}

void tst_ServerStore::auditsSignInAndSignOut()
{
    QVERIFY(!m_store->authenticate(QStringLiteral("responder"), QStringLiteral("wrong-password")));
    const qsizetype before = auditRows().size(); // a failed sign-in is not a mutation
    QCOMPARE(before, 2);

    const Session session = m_store->createSession(responder(), QStringLiteral("192.0.2.7"));
    QVERIFY(!session.token.isEmpty());
    const QString reference = QStringLiteral("session ") + QString::fromLatin1(Tokens::hash(session.token).left(16));
    QVERIFY(m_store->revokeToken(session.token, QStringLiteral("192.0.2.8")));
    QVERIFY(!m_store->revokeToken(session.token, QStringLiteral("192.0.2.8"))); // already gone: nothing to audit
    QVERIFY(!m_store->revokeToken(Tokens::generate(), QStringLiteral("192.0.2.9")));

    const QList<QStringList> rows = auditRows().mid(before);
    const QList<QStringList> expected{
        {QStringLiteral("responder"), QStringLiteral("192.0.2.7"), QStringLiteral("session.create"),
         QStringLiteral("responder"), reference},
        {QStringLiteral("responder"), QStringLiteral("192.0.2.8"), QStringLiteral("session.revoke"),
         QStringLiteral("responder"), reference},
    };
    QCOMPARE(rows, expected);
    for (const QStringList &row : rows)
        QVERIFY(!row.join(QLatin1Char(' ')).contains(QString::fromLatin1(session.token)));
    const AuditLog::Verification verification = m_store->verifyAudit();
    QVERIFY2(verification.ok, qPrintable(verification.error));
    QCOMPARE(verification.entries, 4);
}

// The audit row is written in the mutation's transaction: if it cannot be written, the
// mutation does not happen either.
void tst_ServerStore::noAuditNoChange()
{
    const Session live = m_store->createSession(responder(), QStringLiteral("192.0.2.7"));
    if (m_database) {
        QString error;
        QVERIFY2(m_database->exec(QStringLiteral("CREATE FUNCTION audit_refused() RETURNS trigger LANGUAGE plpgsql "
                                                 "AS $$ BEGIN RAISE EXCEPTION 'no audit'; END $$"),
                                  &error),
                 qPrintable(error));
        QVERIFY2(m_database->exec(QStringLiteral("CREATE TRIGGER audit_refused BEFORE INSERT ON audit FOR EACH ROW "
                                                 "EXECUTE FUNCTION audit_refused()"),
                                  &error),
                 qPrintable(error));
    } else {
        SqliteDb db;
        QVERIFY(db.open(m_store->path(), SqliteDb::Mode::ReadWrite));
        QVERIFY(db.exec(QStringLiteral(
            "CREATE TRIGGER audit_refused BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'no audit'); END")));
    }
    QVERIFY(!m_store->addUser(QStringLiteral("carol"), AccountRole::Viewer, QStringLiteral("carol-password")).account);
    QVERIFY(!m_store->user(QStringLiteral("carol")));
    QVERIFY(!m_store->setRole(QStringLiteral("responder"), AccountRole::Admin).ok);
    QCOMPARE(responder().role, AccountRole::Responder);
    QVERIFY(!m_store->setDisabled(QStringLiteral("responder"), true).ok);
    QVERIFY(!responder().disabled);
    const Session refused = m_store->createSession(responder(), QStringLiteral("192.0.2.7"));
    QVERIFY(refused.token.isEmpty());
    QVERIFY(!m_store->revokeToken(live.token, QStringLiteral("192.0.2.7")));
    QVERIFY(m_store->accountForToken(live.token)); // still signed in
    QCOMPARE(auditRows().size(), 3);
}

void tst_ServerStore::opsGetIncreasingSeqs()
{
    const Incident incident = makeIncident(start());
    const TimelineEntry first = makeEntry(incident.id);
    const TimelineEntry second = makeEntry(incident.id, QStringLiteral("Error rate back to 0.1%"));
    const QList<OpResult> results =
        m_store->applyOps({declareOp(incident), entryOp(first), entryOp(second)}, responder());
    QCOMPARE(results.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(results.at(i).status, OpResult::Applied);
        QCOMPARE(results.at(i).seq, qint64(i + 1));
        QVERIFY(results.at(i).error.isEmpty());
    }
    QCOMPARE(m_store->applyOp(severityOp(incident.id, QStringLiteral("SEV1"), QStringLiteral("SEV2")), responder()).seq,
             qint64(4));
    QCOMPARE(m_store->lastSeq(), qint64(4));

    const auto stored = m_store->incident(incident.id, responder());
    QVERIFY(stored);
    QCOMPARE(stored->value(QStringLiteral("severity")).toString(), QStringLiteral("SEV1"));
    QCOMPARE(stored->value(QStringLiteral("title")).toString(), incident.title);
    const QList<QJsonObject> timeline = m_store->timeline(incident.id, responder());
    QCOMPARE(timeline.size(), 2);
    QCOMPARE(TimelineEntry::fromJson(timeline.at(0)).value->body, first.body);

    const ChangesPage page = m_store->changes(0, 10, responder());
    QCOMPARE(page.changes.size(), 4);
    const QJsonObject change = page.changes.at(1);
    QCOMPARE(change.value(QStringLiteral("seq")).toInteger(), 2);
    QCOMPARE(change.value(QStringLiteral("opId")).toString(), idToString(results.at(1).opId));
    QCOMPARE(change.value(QStringLiteral("type")).toString(), QStringLiteral("entry.add"));
    QCOMPARE(change.value(QStringLiteral("incidentId")).toString(), idToString(incident.id));
    QCOMPARE(change.value(QStringLiteral("actor")).toString(), QStringLiteral("responder"));
    QCOMPARE(change.value(QStringLiteral("appliedAt")).toString(), timeToJson(start()));
    const auto op = Op::fromJson(change.value(QStringLiteral("op")).toObject());
    QVERIFY2(op, qPrintable(op.error));
    QCOMPARE(op.value->opId, results.at(1).opId);
    QCOMPARE(op.value->payload, first.toJson());
}

void tst_ServerStore::duplicateOp()
{
    const Incident incident = makeIncident(start());
    const Op declare = declareOp(incident);
    const Op entry = entryOp(makeEntry(incident.id));
    QCOMPARE(m_store->applyOp(declare, responder()).seq, qint64(1));
    QCOMPARE(m_store->applyOp(entry, responder()).seq, qint64(2));

    // A retry after a lost response, even in a batch, even from someone else.
    const QList<OpResult> again = m_store->applyOps({entry, declare, entry}, admin());
    for (const OpResult &result : again)
        QCOMPARE(result.status, OpResult::Duplicate);
    QCOMPARE(again.at(0).seq, qint64(2));
    QCOMPARE(again.at(1).seq, qint64(1));
    QCOMPARE(again.at(0).opId, entry.opId);
    QCOMPARE(m_store->lastSeq(), qint64(2));
    QCOMPARE(m_store->changes(0, 100, admin()).changes.size(), 2);
    QCOMPARE(m_store->timeline(incident.id, admin()).size(), 1);

    // Within one batch: the second copy is a duplicate of the first.
    const Op pin = makeOp(OpType::EntryPin, incident.id, entry.entityId, {{QStringLiteral("pinned"), true}});
    const QList<OpResult> batch = m_store->applyOps({pin, pin}, responder());
    QCOMPARE(batch.at(0).status, OpResult::Applied);
    QCOMPARE(batch.at(1).status, OpResult::Duplicate);
    QCOMPARE(batch.at(1).seq, batch.at(0).seq);
}

void tst_ServerStore::malformedOp_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<QString>("error"); // a fragment naming the field

    const QJsonObject entry = makeEntry(QUuid()).toJson();
    QJsonObject badKind = entry;
    badKind.insert(QStringLiteral("kind"), QStringLiteral("gossip"));
    QJsonObject noBody = entry;
    noBody.remove(QStringLiteral("body"));
    QJsonObject longBody = entry;
    longBody.insert(QStringLiteral("body"), QString(20001, QLatin1Char('x')));
    QJsonObject badTime = entry;
    badTime.insert(QStringLiteral("occurredAt"), QStringLiteral("yesterday"));

    QTest::newRow("entry: unknown kind") << int(OpType::EntryAdd) << badKind
                                         << QStringLiteral("entry.add: entry.kind: unknown value \"gossip\"");
    QTest::newRow("entry: no body") << int(OpType::EntryAdd) << noBody
                                    << QStringLiteral("entry.body: missing required field");
    QTest::newRow("entry: too long") << int(OpType::EntryAdd) << longBody << QStringLiteral("entry.body: too long");
    QTest::newRow("entry: bad time") << int(OpType::EntryAdd) << badTime
                                     << QStringLiteral("entry.occurredAt: malformed time");
    QTest::newRow("entry: wrong ids") << int(OpType::EntryAdd) << makeEntry(newId()).toJson()
                                      << QStringLiteral("entry.id: does not match");
    QTest::newRow("status: unknown") << int(OpType::IncidentStatus)
                                     << QJsonObject{{QStringLiteral("status"), QStringLiteral("done")},
                                                    {QStringLiteral("base"), QStringLiteral("declared")},
                                                    {QStringLiteral("at"), timeToJson(start())}}
                                     << QStringLiteral("incident.status: payload.status: unknown value \"done\"");
    QTest::newRow("status: no base") << int(OpType::IncidentStatus)
                                     << QJsonObject{{QStringLiteral("status"), QStringLiteral("resolved")},
                                                    {QStringLiteral("at"), timeToJson(start())}}
                                     << QStringLiteral("payload.base: missing required field");
    QTest::newRow("severity: number") << int(OpType::IncidentSeverity)
                                      << QJsonObject{{QStringLiteral("severity"), 1},
                                                     {QStringLiteral("base"), QStringLiteral("SEV2")}}
                                      << QStringLiteral("payload.severity: expected a string");
    QTest::newRow("update: unknown field")
        << int(OpType::IncidentUpdate)
        << QJsonObject{{QStringLiteral("fields"), QJsonObject{{QStringLiteral("status"), QStringLiteral("closed")}}},
                       {QStringLiteral("base"), QJsonObject{}}}
        << QStringLiteral("payload.fields.status: not a field");
    QTest::newRow("update: wrong type")
        << int(OpType::IncidentUpdate)
        << QJsonObject{{QStringLiteral("fields"), QJsonObject{{QStringLiteral("restricted"), QStringLiteral("yes")}}},
                       {QStringLiteral("base"), QJsonObject{{QStringLiteral("restricted"), false}}}}
        << QStringLiteral("payload.fields.restricted: expected true or false");
    QTest::newRow("update: no base") << int(OpType::IncidentUpdate)
                                     << QJsonObject{{QStringLiteral("fields"),
                                                     QJsonObject{{QStringLiteral("title"), QStringLiteral("New")}}},
                                                    {QStringLiteral("base"), QJsonObject{}}}
                                     << QStringLiteral("payload.base.title: missing required field");
    const auto update = [](const char *field, QJsonValue value) {
        return QJsonObject{{QStringLiteral("fields"), QJsonObject{{QLatin1String(field), value}}},
                           {QStringLiteral("base"), QJsonObject{{QLatin1String(field), QJsonValue::Null}}}};
    };
    RaciMatrix twoAccountable = RaciMatrix::defaultFor(QStringLiteral("SEV2"));
    twoAccountable.activities[3].cells.insert(Roles::Scribe, Raci::Accountable);
    RaciMatrix noAccountable = RaciMatrix::defaultFor(QStringLiteral("SEV2"));
    noAccountable.activities[0].cells.clear();
    QJsonObject badLetter = RaciMatrix::defaultFor(QStringLiteral("SEV2")).toJson();
    QJsonArray rows = badLetter.value(QStringLiteral("activities")).toArray();
    rows[1] = QJsonObject{{QStringLiteral("name"), QStringLiteral("x")},
                          {QStringLiteral("cells"), QJsonObject{{Roles::Scribe, QStringLiteral("Z")}}}};
    badLetter.insert(QStringLiteral("activities"), rows);
    QTest::newRow("update: critical phase not bool") << int(OpType::IncidentUpdate) << update("criticalPhase", 1)
                                                     << QStringLiteral("payload.fields.criticalPhase: expected true or false");
    QTest::newRow("update: bridge not object") << int(OpType::IncidentUpdate) << update("bridge", QStringLiteral("https://x"))
                                               << QStringLiteral("payload.fields.bridge: expected an object or null");
    QTest::newRow("update: bridge bad member")
        << int(OpType::IncidentUpdate) << update("bridge", QJsonObject{{QStringLiteral("dialIn"), 12}})
        << QStringLiteral("payload.fields.bridge.dialIn: expected a string");
    QTest::newRow("update: bridge bad link")
        << int(OpType::IncidentUpdate) << update("bridge", QJsonObject{{QStringLiteral("meetingLink"), QStringLiteral("javascript:x")}})
        << QStringLiteral("payload.fields.bridge: The meeting link must be");
    QTest::newRow("update: bridge long dial-in")
        << int(OpType::IncidentUpdate) << update("bridge", QJsonObject{{QStringLiteral("dialIn"), QString(201, QLatin1Char('1'))}})
        << QStringLiteral("payload.fields.bridge: The dial-in is too long");
    QTest::newRow("update: raci two accountable") << int(OpType::IncidentUpdate) << update("raci", twoAccountable.toJson())
                                                  << QStringLiteral("payload.fields.raci: “Mitigate” has 2 accountable roles");
    QTest::newRow("update: raci no accountable") << int(OpType::IncidentUpdate) << update("raci", noAccountable.toJson())
                                                 << QStringLiteral("payload.fields.raci: Nobody is accountable");
    QTest::newRow("update: raci bad letter") << int(OpType::IncidentUpdate) << update("raci", badLetter)
                                             << QStringLiteral("payload.fields.raci.activities[1].cells: scribe: expected");
    QTest::newRow("update: added roles not an array") << int(OpType::IncidentUpdate) << update("addedRoles", QStringLiteral("legal"))
                                                      << QStringLiteral("payload.fields.addedRoles: expected an array of role keys or null");
    QTest::newRow("update: added role not a key")
        << int(OpType::IncidentUpdate) << update("addedRoles", QJsonArray{QStringLiteral("Customer Liaison")})
        << QStringLiteral("payload.fields.addedRoles: \"Customer Liaison\" is not a role name");
    QTest::newRow("update: added role twice")
        << int(OpType::IncidentUpdate) << update("addedRoles", QJsonArray{QStringLiteral("legal"), QStringLiteral("legal")})
        << QStringLiteral("payload.fields.addedRoles: The role \"legal\" is added twice");
    QTest::newRow("pin: not bool") << int(OpType::EntryPin) << QJsonObject{{QStringLiteral("pinned"), 1}}
                                   << QStringLiteral("entry.pin: payload.pinned: expected true or false");
    QTest::newRow("relieve: no time") << int(OpType::RoleRelieve) << QJsonObject{}
                                      << QStringLiteral("role.relieve: payload.relievedAt: missing required field");
    QTest::newRow("edit: revision 1") << int(OpType::EntryEdit)
                                      << QJsonObject{{QStringLiteral("kind"), QStringLiteral("note")},
                                                     {QStringLiteral("body"), QStringLiteral("x")},
                                                     {QStringLiteral("revision"), 1},
                                                     {QStringLiteral("recordedAt"), timeToJson(start())}}
                                      << QStringLiteral("payload.revision");
    QTest::newRow("track: empty") << int(OpType::TrackUpsert) << QJsonObject{}
                                  << QStringLiteral("track.id: missing required field");
}

void tst_ServerStore::malformedOp()
{
    QFETCH(int, type);
    QFETCH(QJsonObject, payload);
    QFETCH(QString, error);
    const QUuid incidentId = declare(responder());
    // Entry payloads in the rows are made for "no incident": give them this one.
    QUuid entityId = incidentId;
    if (OpType(type) == OpType::EntryAdd && payload.contains(QStringLiteral("id"))) {
        entityId = idFromString(payload.value(QStringLiteral("id")).toString());
        if (!payload.contains(QStringLiteral("incidentId")))
            payload.insert(QStringLiteral("incidentId"), idToString(incidentId));
        else
            entityId = newId(); // the "wrong ids" row
    }
    const OpResult result = m_store->applyOp(makeOp(OpType(type), incidentId, entityId, payload), responder());
    QCOMPARE(result.status, OpResult::Rejected);
    QCOMPARE(result.seq, qint64(0));
    QVERIFY2(result.error.contains(error), qPrintable(result.error));
    QCOMPARE(m_store->lastSeq(), qint64(1));
}

void tst_ServerStore::unknownIncident()
{
    const TimelineEntry entry = makeEntry(newId());
    const OpResult result = m_store->applyOp(entryOp(entry), responder());
    QCOMPARE(result.status, OpResult::Rejected);
    QVERIFY2(result.error.contains(QStringLiteral("unknown incident ") + idToString(entry.incidentId)),
             qPrintable(result.error));

    const QUuid incidentId = declare(responder());
    const Op edit = makeOp(OpType::EntryEdit, incidentId, newId(),
                           {{QStringLiteral("kind"), QStringLiteral("note")},
                            {QStringLiteral("body"), QStringLiteral("x")},
                            {QStringLiteral("revision"), 2},
                            {QStringLiteral("recordedAt"), timeToJson(start())}});
    QVERIFY(m_store->applyOp(edit, responder()).error.contains(QStringLiteral("unknown entry")));

    // Declaring the same incident again under another op id is refused.
    const auto document = m_store->incident(incidentId, responder());
    const OpResult again =
        m_store->applyOp(makeOp(OpType::IncidentDeclare, incidentId, incidentId, *document), responder());
    QCOMPARE(again.status, OpResult::Rejected);
    QVERIFY(again.error.contains(QStringLiteral("already exists")));
    QCOMPARE(m_store->lastSeq(), qint64(1));
}

void tst_ServerStore::viewerForbidden()
{
    QVERIFY(m_store->addUser(QStringLiteral("watcher"), AccountRole::Viewer, QStringLiteral("watch-password")).account);
    const Account viewer = *m_store->user(QStringLiteral("watcher"));
    const Incident incident = makeIncident(start());
    const OpResult result = m_store->applyOp(declareOp(incident), viewer);
    QCOMPARE(result.status, OpResult::Rejected);
    QCOMPARE(result.error, QStringLiteral("forbidden: viewers cannot change incidents"));
    QCOMPARE(m_store->lastSeq(), qint64(0));
    QVERIFY(!m_store->incident(incident.id, admin()));
    // Reading is what viewers do.
    declare(responder());
    QCOMPARE(m_store->incidents(viewer).size(), 1);
    QCOMPARE(m_store->changes(0, 10, viewer).changes.size(), 1);
}

void tst_ServerStore::batchKeepsNeighboursOfRejected()
{
    const Incident incident = makeIncident(start());
    TimelineEntry bad = makeEntry(incident.id);
    bad.body = QStringLiteral("   ");
    const QList<OpResult> results =
        m_store->applyOps({declareOp(incident), entryOp(bad), entryOp(makeEntry(incident.id))}, responder());
    QCOMPARE(results.at(0).status, OpResult::Applied);
    QCOMPARE(results.at(1).status, OpResult::Rejected);
    QVERIFY2(results.at(1).error.contains(QStringLiteral("entry.body: must not be empty")),
             qPrintable(results.at(1).error));
    QCOMPARE(results.at(2).status, OpResult::Applied);
    QCOMPARE(results.at(2).seq, qint64(2)); // no gap for the rejected one
    QCOMPARE(m_store->timeline(incident.id, responder()).size(), 1);
}

void tst_ServerStore::severityConflict()
{
    const QUuid id = declare(responder());
    // Two consoles saw SEV2 and changed it concurrently: the later seq wins, the other
    // value is kept in a conflict record.
    const OpResult first =
        m_store->applyOp(severityOp(id, QStringLiteral("SEV1"), QStringLiteral("SEV2")), responder());
    const OpResult second = m_store->applyOp(severityOp(id, QStringLiteral("SEV3"), QStringLiteral("SEV2")), admin());
    QCOMPARE(first.status, OpResult::Applied);
    QCOMPARE(second.status, OpResult::Conflict);
    QCOMPARE(second.seq, qint64(3));
    QCOMPARE(m_store->incident(id, admin())->value(QStringLiteral("severity")).toString(), QStringLiteral("SEV3"));
    const QList<ConflictRecord> conflicts = m_store->conflicts(id, admin());
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.at(0).field, QStringLiteral("severity"));
    QCOMPARE(conflicts.at(0).losingValue, QJsonValue(QStringLiteral("SEV1")));
    QCOMPARE(conflicts.at(0).winningValue, QJsonValue(QStringLiteral("SEV3")));
    QCOMPARE(conflicts.at(0).seq, qint64(3));
    // A clean change on top of the winner is no conflict.
    QCOMPARE(m_store->applyOp(severityOp(id, QStringLiteral("SEV2"), QStringLiteral("SEV3")), admin()).status,
             OpResult::Applied);
    QCOMPARE(m_store->conflicts(id, admin()).size(), 1);
}

void tst_ServerStore::statusMovesForwardOnly()
{
    const QUuid id = declare(responder());
    QCOMPARE(m_store->applyOp(statusOp(id, "identified", "declared"), responder()).status, OpResult::Applied);
    auto document = m_store->incident(id, responder());
    QCOMPARE(document->value(QStringLiteral("status")).toString(), QStringLiteral("identified"));
    QCOMPARE(document->value(QStringLiteral("transitions")).toArray().size(), 2);
    QCOMPARE(document->value(QStringLiteral("acknowledgedAt")).toString(), timeToJson(start().addSecs(60)));
    QVERIFY(Incident::fromJson(*document)); // still the model's JSON

    // Concurrent, backwards: recorded (in the feed, with a conflict record), not applied.
    const OpResult back = m_store->applyOp(statusOp(id, "investigating", "declared"), responder());
    QCOMPARE(back.status, OpResult::Conflict);
    QCOMPARE(back.seq, qint64(3));
    QCOMPARE(m_store->incident(id, responder())->value(QStringLiteral("status")).toString(),
             QStringLiteral("identified"));
    QCOMPARE(m_store->changes(2, 10, responder()).changes.size(), 1);
    QCOMPARE(m_store->conflicts(id, responder()).constLast().losingValue, QJsonValue(QStringLiteral("investigating")));

    // Concurrent, forward: applied, the overtaken status recorded.
    const OpResult forward = m_store->applyOp(statusOp(id, "resolved", "investigating"), responder());
    QCOMPARE(forward.status, OpResult::Conflict);
    document = m_store->incident(id, responder());
    QCOMPARE(document->value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
    QVERIFY(document->contains(QStringLiteral("mitigatedAt")));
    QCOMPARE(m_store->conflicts(id, responder()).constLast().losingValue, QJsonValue(QStringLiteral("identified")));

    // The same status twice: both sides agree, nothing to record.
    QCOMPARE(m_store->applyOp(statusOp(id, "resolved", "identified"), responder()).status, OpResult::Applied);
    QCOMPARE(m_store->conflicts(id, responder()).size(), 2);
}

void tst_ServerStore::updateMergesFieldByField()
{
    const QUuid id = declare(responder());
    const auto update = [id](QJsonObject fields, QJsonObject base) {
        return makeOp(OpType::IncidentUpdate, id, id,
                      {{QStringLiteral("fields"), fields}, {QStringLiteral("base"), base}});
    };
    const QString title = m_store->incident(id, responder())->value(QStringLiteral("title")).toString();
    // Different fields from the same base merge without conflict.
    QCOMPARE(m_store
                 ->applyOp(update({{QStringLiteral("title"), QStringLiteral("EU checkout 5xx")}},
                                  {{QStringLiteral("title"), title}}),
                           responder())
                 .status,
             OpResult::Applied);
    QCOMPARE(m_store
                 ->applyOp(update({{QStringLiteral("tags"), QJsonArray{QStringLiteral("eu")}}},
                                  {{QStringLiteral("tags"), QJsonArray()}}),
                           responder())
                 .status,
             OpResult::Applied);
    // The same field from a stale base: applied, with a record of what it replaced.
    const OpResult stale =
        m_store->applyOp(update({{QStringLiteral("title"), QStringLiteral("Checkout down")},
                                 {QStringLiteral("summary"), QStringLiteral("EU only")}},
                                {{QStringLiteral("title"), title}, {QStringLiteral("summary"), QJsonValue::Null}}),
                         admin());
    QCOMPARE(stale.status, OpResult::Conflict);
    const QJsonObject document = *m_store->incident(id, responder());
    QCOMPARE(document.value(QStringLiteral("title")).toString(), QStringLiteral("Checkout down"));
    QCOMPARE(document.value(QStringLiteral("summary")).toString(), QStringLiteral("EU only"));
    QCOMPARE(document.value(QStringLiteral("tags")).toArray(), QJsonArray{QStringLiteral("eu")});
    const QList<ConflictRecord> conflicts = m_store->conflicts(id, responder());
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.at(0).field, QStringLiteral("title"));
    QCOMPARE(conflicts.at(0).losingValue, QJsonValue(QStringLiteral("EU checkout 5xx")));

    // Restricting is a field too: the projection follows it.
    QCOMPARE(m_store
                 ->applyOp(update({{QStringLiteral("restricted"), true}}, {{QStringLiteral("restricted"), false}}),
                           responder())
                 .status,
             OpResult::Applied);
    QVERIFY(m_store->incident(id, admin())->value(QStringLiteral("restricted")).toBool());
}

// Two boards add a role each from the same list: both stay, without a conflict, and the
// feed carries the merged list so every console folds to it. A stale removal takes away
// only what it removed.
void tst_ServerStore::addedRolesMergeAsASet()
{
    const QUuid id = declare(responder());
    const auto roles = [](std::initializer_list<const char *> keys) {
        QJsonArray array;
        for (const char *key : keys)
            array.append(QString::fromLatin1(key));
        return array;
    };
    const auto update = [id](const QJsonArray &wanted, const QJsonValue &base) {
        return makeOp(OpType::IncidentUpdate, id, id,
                      {{QStringLiteral("fields"), QJsonObject{{QStringLiteral("addedRoles"), wanted}}},
                       {QStringLiteral("base"), QJsonObject{{QStringLiteral("addedRoles"), base}}}});
    };
    const auto stored = [&] { return Incident::fromJson(*m_store->incident(id, admin())).value->addedRoles; };
    QCOMPARE(m_store->applyOp(update(roles({"liaison"}), QJsonValue::Null), responder()).status, OpResult::Applied);
    QCOMPARE(m_store->applyOp(update(roles({"liaison", "legal"}), roles({"liaison"})), responder()).status,
             OpResult::Applied);
    // From the same base as the one before: merged, not a conflict.
    const OpResult second = m_store->applyOp(update(roles({"liaison", "security_lead"}), roles({"liaison"})), admin());
    QCOMPARE(second.status, OpResult::Applied);
    QCOMPARE(stored(), (QStringList{QStringLiteral("liaison"), QStringLiteral("legal"), QStringLiteral("security_lead")}));
    QVERIFY(m_store->conflicts(id, responder()).isEmpty());
    const QList<QJsonObject> feed = m_store->changes(second.seq - 1, 1, responder()).changes;
    QCOMPARE(feed.size(), 1);
    const Op asStored = *Op::fromJson(feed.first().value(QStringLiteral("op")).toObject()).value;
    QCOMPARE(asStored.payload.value(QStringLiteral("fields")).toObject().value(QStringLiteral("addedRoles")).toArray(),
             roles({"liaison", "legal", "security_lead"}));

    // A stale removal of "liaison" keeps what others added since.
    QCOMPARE(m_store->applyOp(update(QJsonArray(), roles({"liaison"})), responder()).status, OpResult::Applied);
    QCOMPARE(stored(), (QStringList{QStringLiteral("legal"), QStringLiteral("security_lead")}));
    // An op from the current list is taken as it is (the feed keeps its own list).
    const OpResult reordered =
        m_store->applyOp(update(roles({"security_lead", "legal"}), roles({"legal", "security_lead"})), responder());
    QCOMPARE(reordered.status, OpResult::Applied);
    QCOMPARE(stored(), (QStringList{QStringLiteral("security_lead"), QStringLiteral("legal")}));
    const QJsonObject ownChange = m_store->changes(reordered.seq - 1, 1, responder()).changes.first();
    QCOMPARE(Op::fromJson(ownChange.value(QStringLiteral("op")).toObject())
                 .value->payload.value(QStringLiteral("fields")).toObject().value(QStringLiteral("addedRoles")).toArray(),
             roles({"security_lead", "legal"}));

    // A merge past the limit of 30 roles falls back to last-writer-wins, with a record.
    QJsonArray many;
    for (int i = 0; i < 29; ++i)
        many.append(QStringLiteral("role_%1").arg(i));
    QCOMPARE(m_store->applyOp(update(many, QJsonValue::Null), responder()).status, OpResult::Conflict);
    QCOMPARE(stored().size(), 29);
    QCOMPARE(m_store->conflicts(id, responder()).size(), 1);
}

void tst_ServerStore::roleKeySetsMergeThreeWays_data()
{
    QTest::addColumn<QStringList>("current");
    QTest::addColumn<QStringList>("wanted");
    QTest::addColumn<QStringList>("base");
    QTest::addColumn<QStringList>("merged");
    const auto list = [](const char *keys) { return QString::fromLatin1(keys).split(QLatin1Char(' '), Qt::SkipEmptyParts); };
    QTest::newRow("both add") << list("a b") << list("a c") << list("a") << list("a b c");
    QTest::newRow("the same added twice") << list("a b") << list("a b") << list("a") << list("a b");
    QTest::newRow("removed here, added there") << list("b") << list("a c") << list("a b") << list("c");
    QTest::newRow("removed by both") << list("b") << list("b") << list("a b") << list("b");
    QTest::newRow("removing what is gone") << list("") << list("") << list("a") << list("");
    QTest::newRow("from nothing") << list("x") << list("y") << list("") << list("x y");
    QTest::newRow("current order, additions in the op's") << list("c a") << list("z a y") << list("a") << list("c a z y");
}

void tst_ServerStore::roleKeySetsMergeThreeWays()
{
    QFETCH(QStringList, current);
    QFETCH(QStringList, wanted);
    QFETCH(QStringList, base);
    QFETCH(QStringList, merged);
    const auto json = [](const QStringList &keys) { return keys.isEmpty() ? QJsonValue() : QJsonValue(QJsonArray::fromStringList(keys)); };
    const std::optional<QJsonValue> result = mergeRoleKeySets(json(current), json(wanted), json(base));
    QVERIFY(result);
    QCOMPARE(*result, json(merged));
}

void tst_ServerStore::bridgeAndRaciFields()
{
    const QUuid id = declare(responder());
    const auto update = [id](QJsonObject fields, QJsonObject base) {
        return makeOp(OpType::IncidentUpdate, id, id, {{QStringLiteral("fields"), fields}, {QStringLiteral("base"), base}});
    };
    const BridgeChannels bridge{QStringLiteral("https://meet.example.com/sev2"), QStringLiteral("+44 20 7946 0000"),
                                QStringLiteral("SMS +44 7700 900123")};
    const RaciMatrix raci = RaciMatrix::defaultFor(QStringLiteral("SEV2"));
    // Bridge details and the matrix are everyday work: any writer.
    QCOMPARE(m_store
                 ->applyOp(update({{QStringLiteral("bridge"), bridge.toJson()}, {QStringLiteral("raci"), raci.toJson()}},
                                  {{QStringLiteral("bridge"), QJsonValue::Null}, {QStringLiteral("raci"), QJsonValue::Null}}),
                           responder())
                 .status,
             OpResult::Applied);
    Incident stored = *Incident::fromJson(*m_store->incident(id, admin())).value;
    QCOMPARE(stored.bridge, bridge);
    QCOMPARE(stored.raci, raci);
    QVERIFY(!stored.criticalPhase);
    // So are the roles the board adds.
    const QJsonArray added{QStringLiteral("customer_liaison")};
    QCOMPARE(m_store->applyOp(update({{QStringLiteral("addedRoles"), added}}, {{QStringLiteral("addedRoles"), QJsonValue::Null}}),
                              responder())
                 .status,
             OpResult::Applied);
    QCOMPARE(Incident::fromJson(*m_store->incident(id, admin())).value->addedRoles, QStringList{QStringLiteral("customer_liaison")});

    // The matrix merges as one field: a stale base is a conflict that keeps the loser.
    RaciMatrix mine = raci;
    mine.activities.removeLast();
    RaciMatrix theirs = raci;
    theirs.activities.first().name = QStringLiteral("Declare");
    QCOMPARE(m_store->applyOp(update({{QStringLiteral("raci"), mine.toJson()}}, {{QStringLiteral("raci"), raci.toJson()}}),
                              responder())
                 .status,
             OpResult::Applied);
    QCOMPARE(m_store->applyOp(update({{QStringLiteral("raci"), theirs.toJson()}}, {{QStringLiteral("raci"), raci.toJson()}}),
                              admin())
                 .status,
             OpResult::Conflict);
    QCOMPARE(Incident::fromJson(*m_store->incident(id, admin())).value->raci, theirs);
    const QList<ConflictRecord> conflicts = m_store->conflicts(id, admin());
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().field, QStringLiteral("raci"));
    QCOMPARE(conflicts.first().losingValue, QJsonValue(mine.toJson()));

    // Cleared with null ({} alike): left out of the document, as the model writes it.
    QCOMPARE(m_store->applyOp(update({{QStringLiteral("bridge"), QJsonValue::Null}}, {{QStringLiteral("bridge"), bridge.toJson()}}),
                              responder())
                 .status,
             OpResult::Applied);
    QVERIFY(!m_store->incident(id, admin())->contains(QStringLiteral("bridge")));
    QCOMPARE(m_store->applyOp(update({{QStringLiteral("bridge"), QJsonObject{}}}, {{QStringLiteral("bridge"), QJsonObject{}}}),
                              responder())
                 .status,
             OpResult::Applied);
    QCOMPARE(m_store->conflicts(id, admin()).size(), 1);

    // A document from before the flag has none: "false" as the base is no conflict.
    Incident old = makeIncident(start());
    QJsonObject payload = old.toJson();
    payload.remove(QStringLiteral("criticalPhase"));
    QCOMPARE(m_store->applyOp(makeOp(OpType::IncidentDeclare, old.id, old.id, payload), responder()).status, OpResult::Applied);
    QCOMPARE(m_store
                 ->applyOp(makeOp(OpType::IncidentUpdate, old.id, old.id,
                                  {{QStringLiteral("fields"), QJsonObject{{QStringLiteral("criticalPhase"), true}}},
                                   {QStringLiteral("base"), QJsonObject{{QStringLiteral("criticalPhase"), false}}}}),
                           responder())
                 .status,
             OpResult::Applied);
    QVERIFY(m_store->incident(old.id, admin())->value(QStringLiteral("criticalPhase")).toBool());

    // Declared with a matrix that breaks the rule: refused.
    Incident broken = makeIncident(start());
    broken.raci = raci;
    broken.raci.activities[1].cells.clear();
    const OpResult refused = m_store->applyOp(declareOp(broken), responder());
    QCOMPARE(refused.status, OpResult::Rejected);
    QVERIFY2(refused.error.contains(QStringLiteral("incident.raci: Nobody is accountable")), qPrintable(refused.error));
}

void tst_ServerStore::criticalPhasePermissions()
{
    QVERIFY(m_store->addUser(QStringLiteral("other"), AccountRole::Responder, QStringLiteral("other-password")).account);
    const Account other = *m_store->user(QStringLiteral("other"));
    const QUuid id = declare(responder());
    const auto phase = [id](bool on, bool restrict = false) {
        QJsonObject fields{{QStringLiteral("criticalPhase"), on}};
        QJsonObject base{{QStringLiteral("criticalPhase"), !on}};
        if (restrict) {
            fields.insert(QStringLiteral("restricted"), true);
            base.insert(QStringLiteral("restricted"), false);
        }
        return makeOp(OpType::IncidentUpdate, id, id, {{QStringLiteral("fields"), fields}, {QStringLiteral("base"), base}});
    };
    const auto assign = [&](const QString &role, const QUuid &person) {
        const RoleAssignment assignment{newId(), id, role, person, RoleRank::Primary, start(), {}, {}};
        return m_store->applyOp(makeOp(OpType::RoleAssign, id, assignment.id, assignment.toJson()), responder()).status;
    };
    // While nobody commands, the declarer may; another responder may not.
    QCOMPARE(m_store->applyOp(phase(true), responder()).status, OpResult::Applied);
    const OpResult outsider = m_store->applyOp(phase(false), other);
    QCOMPARE(outsider.status, OpResult::Rejected);
    QVERIFY2(outsider.error.contains(QStringLiteral("forbidden: only the incident commander, the facilitator")),
             qPrintable(outsider.error));
    // Once somebody else commands, the declarer is an outsider to the decision too.
    QCOMPARE(assign(Roles::IncidentCommander, admin().personId), OpResult::Applied);
    QCOMPARE(m_store->applyOp(phase(false), responder()).status, OpResult::Rejected);
    // The facilitator runs the bridge: it may, but not restrict the incident with it.
    QCOMPARE(assign(Roles::Facilitator, other.personId), OpResult::Applied);
    QCOMPARE(m_store->applyOp(phase(false), other).status, OpResult::Applied);
    QVERIFY(!m_store->incident(id, admin())->value(QStringLiteral("criticalPhase")).toBool());
    QCOMPARE(m_store->applyOp(phase(true, true), other).status, OpResult::Rejected);
    // Managers and admins always may.
    QCOMPARE(m_store->applyOp(phase(true), admin()).status, OpResult::Applied);
    QVERIFY(m_store->incident(id, admin())->value(QStringLiteral("criticalPhase")).toBool());
}

void tst_ServerStore::bridgeModerationPermissions()
{
    QVERIFY(m_store->addUser(QStringLiteral("other"), AccountRole::Responder, QStringLiteral("other-password")).account);
    const Account other = *m_store->user(QStringLiteral("other"));
    const QUuid id = declare(responder());
    const RoleAssignment commander{newId(), id, Roles::IncidentCommander, admin().personId, RoleRank::Primary, start(), {}, {}};
    QCOMPARE(m_store->applyOp(makeOp(OpType::RoleAssign, id, commander.id, commander.toJson()), admin()).status,
             OpResult::Applied);
    const auto upsert = [id](const BridgeParticipant &row) {
        return makeOp(OpType::ParticipantUpsert, id, row.id, row.toJson());
    };
    // Anyone on the incident adds a phone participant, to the lobby, and joins themselves.
    BridgeParticipant phone;
    phone.id = newId();
    phone.incidentId = id;
    phone.kind = ParticipantKind::Phone;
    phone.displayName = QStringLiteral("Vendor on call");
    phone.channel = QStringLiteral("tel:+44 20 7946 0000");
    phone.joinedAt = start();
    phone.inLobby = true;
    QCOMPARE(m_store->applyOp(upsert(phone), other).status, OpResult::Applied);
    BridgeParticipant self;
    self.id = newId();
    self.incidentId = id;
    self.personId = other.personId;
    self.displayName = QStringLiteral("Other");
    self.joinedAt = start();
    QCOMPARE(m_store->applyOp(upsert(self), other).status, OpResult::Applied);
    self.handRaised = true; // one's own business
    QCOMPARE(m_store->applyOp(upsert(self), other).status, OpResult::Applied);
    // Admitting, asking someone to mute, removing them: the commander's or facilitator's.
    BridgeParticipant admitted = phone;
    admitted.inLobby = false;
    const OpResult refused = m_store->applyOp(upsert(admitted), other);
    QCOMPARE(refused.status, OpResult::Rejected);
    QVERIFY2(refused.error.contains(QStringLiteral("forbidden: only the incident commander, the facilitator")),
             qPrintable(refused.error));
    QCOMPARE(m_store->applyOp(upsert(admitted), admin()).status, OpResult::Applied); // the commander
    BridgeParticipant muted = admitted;
    muted.muteRequested = true;
    QCOMPARE(m_store->applyOp(upsert(muted), other).status, OpResult::Rejected);
    const RoleAssignment facilitator{newId(), id, Roles::Facilitator, other.personId, RoleRank::Primary, start(), {}, {}};
    QCOMPARE(m_store->applyOp(makeOp(OpType::RoleAssign, id, facilitator.id, facilitator.toJson()), admin()).status,
             OpResult::Applied);
    QCOMPARE(m_store->applyOp(upsert(muted), other).status, OpResult::Applied);
    BridgeParticipant removed = muted;
    removed.leftAt = start().addSecs(60);
    QCOMPARE(m_store->applyOp(upsert(removed), responder()).status, OpResult::Rejected); // the declarer, not in command
    QCOMPARE(m_store->applyOp(upsert(removed), other).status, OpResult::Applied);
}

void tst_ServerStore::entryRevisions()
{
    const QUuid id = declare(responder());
    const TimelineEntry entry = makeEntry(id);
    QCOMPARE(m_store->applyOp(entryOp(entry), responder()).status, OpResult::Applied);
    const auto edit = [&](const QString &body) {
        return makeOp(OpType::EntryEdit, id, entry.id,
                      {{QStringLiteral("kind"), QStringLiteral("decision")},
                       {QStringLiteral("body"), body},
                       {QStringLiteral("revision"), 2},
                       {QStringLiteral("recordedAt"), timeToJson(start().addSecs(5))}});
    };
    // Two concurrent edits both claim revision 2: the server numbers them 2 and 3.
    QCOMPARE(m_store->applyOp(edit(QStringLiteral("Rolled back 4711 (confirmed)")), responder()).status,
             OpResult::Applied);
    QCOMPARE(m_store->applyOp(edit(QStringLiteral("Rolled back 4711 and 4712")), admin()).status, OpResult::Applied);
    const QList<QJsonObject> timeline = m_store->timeline(id, responder());
    QCOMPARE(timeline.size(), 1);
    const TimelineEntry current = *TimelineEntry::fromJson(timeline.at(0)).value;
    QCOMPARE(current.revision, 3);
    QCOMPARE(current.body, QStringLiteral("Rolled back 4711 and 4712"));
    QCOMPARE(current.kind, EntryKind::Decision);
    QVERIFY(m_store->conflicts(id, responder()).isEmpty());
}

void tst_ServerStore::changesPaging()
{
    const QUuid id = declare(responder());
    QList<Op> ops;
    for (int i = 0; i < 24; ++i)
        ops.append(entryOp(makeEntry(id, QStringLiteral("entry %1").arg(i))));
    m_store->applyOps(ops, responder());
    QCOMPARE(m_store->lastSeq(), qint64(25));

    QList<qint64> seen;
    qint64 cursor = 0;
    int pages = 0;
    for (bool more = true; more; ++pages) {
        const ChangesPage page = m_store->changes(cursor, 10, responder());
        for (const QJsonObject &change : page.changes)
            seen.append(change.value(QStringLiteral("seq")).toInteger());
        QVERIFY(page.cursor > cursor);
        cursor = page.cursor;
        more = page.more;
    }
    QCOMPARE(pages, 3);
    QCOMPARE(seen.size(), 25);
    for (int i = 0; i < seen.size(); ++i)
        QCOMPARE(seen.at(i), qint64(i + 1));

    const ChangesPage end = m_store->changes(25, 10, responder());
    QVERIFY(end.changes.isEmpty());
    QCOMPARE(end.cursor, qint64(25));
    QVERIFY(!end.more);
    const ChangesPage exact = m_store->changes(15, 10, responder());
    QCOMPARE(exact.changes.size(), 10);
    QVERIFY(!exact.more);
    // Limits are clamped.
    QCOMPARE(m_store->changes(0, 0, responder()).changes.size(), 1);
    QCOMPARE(m_store->changes(0, -5, responder()).changes.size(), 1);
    QCOMPARE(m_store->changes(0, 1000000, responder()).changes.size(), 25);
    QCOMPARE(m_store->changes(-7, 2, responder()).cursor, qint64(2));
}

void tst_ServerStore::restrictedIncidents()
{
    QVERIFY(m_store->addUser(QStringLiteral("other"), AccountRole::Manager, QStringLiteral("other-password")).account);
    const Account other = *m_store->user(QStringLiteral("other"));
    const QUuid open = declare(responder());
    const QUuid secret = declare(responder(), true);
    QVERIFY(m_store->applyOp(entryOp(makeEntry(secret)), responder()).status == OpResult::Applied);

    // The declaring account and admins see it; anyone else does not, anywhere.
    QCOMPARE(m_store->incidents(responder()).size(), 2);
    QCOMPARE(m_store->incidents(admin()).size(), 2);
    QCOMPARE(m_store->incidents(other).size(), 1);
    QVERIFY(m_store->incident(secret, admin()));
    QVERIFY(!m_store->incident(secret, other));
    QVERIFY(m_store->timeline(secret, other).isEmpty());
    const ChangesPage page = m_store->changes(0, 100, other);
    QCOMPARE(page.changes.size(), 1);
    QCOMPARE(page.changes.at(0).value(QStringLiteral("incidentId")).toString(), idToString(open));
    QCOMPARE(m_store->changes(0, 100, admin()).changes.size(), 3);
    // Writing to it is answered as for an incident that does not exist.
    const OpResult write = m_store->applyOp(entryOp(makeEntry(secret)), other);
    QCOMPARE(write.status, OpResult::Rejected);
    QVERIFY(write.error.contains(QStringLiteral("unknown incident")));
}

void tst_ServerStore::concurrentWriters()
{
    // Two stores on one file (as two server processes would be), each written from its own thread.
    ServerStore second(*m_clock, PasswordHasher::Limits::minimum());
    QVERIFY(openStore(second).ok);
    const QUuid id = declare(responder());
    const Account writer = responder();
    constexpr int perThread = 150;
    QList<OpResult> resultsA, resultsB;
    const auto run = [&](ServerStore *store, QList<OpResult> *results) {
        for (int i = 0; i < perThread; ++i) {
            // Mix single ops and small batches.
            if (i % 3 == 0) {
                results->append(store->applyOps({entryOp(makeEntry(id)), entryOp(makeEntry(id))}, writer));
                ++i;
            } else {
                results->append(store->applyOp(entryOp(makeEntry(id)), writer));
            }
        }
    };
    std::thread a(run, m_store.get(), &resultsA);
    std::thread b(run, &second, &resultsB);
    a.join();
    b.join();

    QSet<qint64> seqs;
    for (const OpResult &result : resultsA + resultsB) {
        QCOMPARE(result.status, OpResult::Applied);
        QVERIFY(!seqs.contains(result.seq));
        seqs.insert(result.seq);
    }
    QCOMPARE(seqs.size(), 2 * perThread);
    // Each writer sees its own seqs strictly increasing.
    for (const QList<OpResult> *results : {&resultsA, &resultsB}) {
        for (qsizetype i = 1; i < results->size(); ++i)
            QVERIFY(results->at(i).seq > results->at(i - 1).seq);
    }
    // The feed: 1..N with no gaps, read from either store.
    for (ServerStore *store : {m_store.get(), &second}) {
        const ChangesPage page = store->changes(0, 1000, writer);
        QCOMPARE(page.changes.size(), 2 * perThread + 1);
        for (qsizetype i = 0; i < page.changes.size(); ++i)
            QCOMPARE(page.changes.at(i).value(QStringLiteral("seq")).toInteger(), qint64(i + 1));
    }
    QCOMPARE(m_store->timeline(id, writer).size(), 2 * perThread);
}

// Group commit (ServerStore::applyOps): batches of callers that arrive while a commit is
// under way are applied together in one transaction. Whatever the grouping, each caller
// must get its own batch's results (in its order, matched by op id), every op must be
// applied exactly once with dense seqs, a batch's applied ops take consecutive seqs (a
// group applies batch after batch, never interleaved), and rejections and duplicates stay
// per op. On SQLite the grouping itself is forced and counted: while another connection
// holds the write lock the first caller waits inside its transaction, the others queue,
// and once the lock is released they are committed as one group.
// Every assertion reads results after join(): the threads share nothing but the store.
void tst_ServerStore::groupCommit()
{
    const QUuid id = declare(responder());
    const QUuid unknownIncident = newId();
    const Account writer = responder();
    std::atomic<int> commits{0};
    m_store->setCommitObserver([&commits] { ++commits; });

    constexpr int Threads = 8;
    constexpr int Rounds = 15;
    struct Call {
        QList<Op> ops;
        QList<OpResult> results;
    };
    // calls[t]: thread t's calls, in its order. Written by thread t only.
    std::vector<std::vector<Call>> calls(Threads);
    const auto callOnce = [&](int thread, int round) {
        Call call;
        const int size = 1 + (thread + round) % 4;
        for (int i = 0; i < size; ++i)
            call.ops.append(entryOp(makeEntry(id)));
        if ((thread + round) % 3 == 0) // a rejection in the middle of the batch
            call.ops.insert(1, entryOp(makeEntry(unknownIncident)));
        if (round > 0 && round % 4 == 0) // a retry of an op this thread got applied before
            call.ops.append(calls[std::size_t(thread)].front().ops.front());
        call.results = m_store->applyOps(call.ops, writer);
        calls[std::size_t(thread)].push_back(std::move(call));
    };

    // Round 0, forced into groups where the engine allows holding its lock from outside.
    std::optional<SqliteDb> blocker;
    if (!m_database) {
        blocker.emplace();
        QVERIFY(blocker->open(m_store->path(), SqliteDb::Mode::ReadWrite));
        QVERIFY(blocker->begin());
    }
    std::vector<std::thread> threads;
    for (int t = 0; t < Threads; ++t)
        threads.emplace_back(callOnce, t, 0);
    if (blocker) {
        // Well within the 5 s busy timeout the first caller waits with.
        QTest::qSleep(500);
        blocker->rollback();
    }
    for (std::thread &thread : threads)
        thread.join();
    threads.clear();
    const int firstRoundCommits = commits.load();
    if (blocker) {
        // The first leader's group (whoever had queued when it began) and one for the rest.
        QVERIFY2(firstRoundCommits <= 2, qPrintable(QString::number(firstRoundCommits)));
    }

    // Then free-running, for the orderings the forced round does not produce.
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back([&callOnce, t] {
            for (int round = 1; round < Rounds; ++round)
                callOnce(t, round);
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    m_store->setCommitObserver({});

    QHash<QUuid, qint64> appliedSeq; // op id → seq
    int callsThatStored = 0;
    for (int t = 0; t < Threads; ++t) {
        qint64 lastOfThread = 0;
        for (const Call &call : calls[std::size_t(t)]) {
            QCOMPARE(call.results.size(), call.ops.size());
            qint64 previous = 0;
            bool stored = false;
            for (qsizetype i = 0; i < call.ops.size(); ++i) {
                const Op &op = call.ops.at(i);
                const OpResult &result = call.results.at(i);
                QCOMPARE(result.opId, op.opId);
                if (op.incidentId == unknownIncident) {
                    QCOMPARE(result.status, OpResult::Rejected);
                    QCOMPARE(result.seq, qint64(0));
                } else if (appliedSeq.contains(op.opId)) {
                    QCOMPARE(result.status, OpResult::Duplicate);
                    QCOMPARE(result.seq, appliedSeq.value(op.opId));
                } else {
                    QCOMPARE(result.status, OpResult::Applied);
                    QVERIFY(result.seq > lastOfThread);
                    if (previous != 0)
                        QCOMPARE(result.seq, previous + 1);
                    previous = result.seq;
                    lastOfThread = result.seq;
                    appliedSeq.insert(op.opId, result.seq);
                    stored = true;
                }
            }
            callsThatStored += stored ? 1 : 0;
        }
    }
    // One observer call per commit that stored something, never more than one per caller.
    QVERIFY(commits.load() >= 1);
    QVERIFY(commits.load() <= callsThatStored);

    // The feed: 1 (the declaration) and then exactly the applied ops, dense, each once.
    const ChangesPage page = m_store->changes(0, ServerStore::MaxChangesPerPage, writer);
    QVERIFY(!page.more);
    QCOMPARE(page.changes.size(), appliedSeq.size() + 1);
    QSet<QUuid> seen;
    for (qsizetype i = 0; i < page.changes.size(); ++i) {
        const QJsonObject &change = page.changes.at(i);
        QCOMPARE(change.value(QStringLiteral("seq")).toInteger(), qint64(i + 1));
        if (i == 0)
            continue;
        const QUuid opId = idFromString(change.value(QStringLiteral("opId")).toString());
        QVERIFY(!seen.contains(opId));
        seen.insert(opId);
        QCOMPARE(appliedSeq.value(opId), qint64(i + 1));
    }
    QCOMPARE(m_store->timeline(id, writer).size(), appliedSeq.size());
    QCOMPARE(m_store->lastSeq(), qint64(appliedSeq.size() + 1));
}

void tst_ServerStore::reopen()
{
    const QUuid id = declare(responder());
    m_store->applyOp(entryOp(makeEntry(id)), responder());
    m_store->applyOp(severityOp(id, QStringLiteral("SEV1"), QStringLiteral("SEV2")), responder());
    m_store->applyOp(severityOp(id, QStringLiteral("SEV3"), QStringLiteral("SEV2")), responder());
    const Session session = m_store->createSession(responder());
    QVERIFY(m_store->revokeToken(m_store->createSession(admin()).token));
    const Account admin = this->admin();
    const ChangesPage before = m_store->changes(0, 100, admin);
    m_store->close();
    QVERIFY(!m_store->isOpen());
    QVERIFY(!m_store->authenticate(QStringLiteral("admin"), QStringLiteral("admin-password")));

    ServerStore reopened(*m_clock, PasswordHasher::Limits::minimum());
    const StoreResult opened = openStore(reopened);
    QVERIFY2(opened.ok, qPrintable(opened.error));
    QCOMPARE(reopened.users().size(), 2);
    QVERIFY(reopened.authenticate(QStringLiteral("admin"), QStringLiteral("admin-password")));
    QCOMPARE(reopened.accountForToken(session.token)->name, QStringLiteral("responder"));
    QCOMPARE(reopened.changes(0, 100, admin).changes, before.changes);
    QCOMPARE(reopened.incident(id, admin)->value(QStringLiteral("severity")).toString(), QStringLiteral("SEV3"));
    QCOMPARE(reopened.timeline(id, admin).size(), 1);
    QCOMPARE(reopened.conflicts(id, admin).size(), 1);
    // The sequence goes on from where it was.
    QCOMPARE(reopened.applyOp(entryOp(makeEntry(id)), admin).seq, qint64(5));
}

// Two writers on two connections (as two server processes would be) and a reader on a
// third that polls the feed all the while: seqs are dense, so every page must continue
// exactly where the last one ended. A seq seen before a smaller one has committed would
// show as a gap here (the smaller one filling it later), on either engine.
void tst_ServerStore::readerNeverSeesAGap()
{
    ServerStore second(*m_clock, PasswordHasher::Limits::minimum());
    ServerStore reader(*m_clock, PasswordHasher::Limits::minimum());
    QVERIFY(openStore(second).ok);
    QVERIFY(openStore(reader).ok);
    const QUuid id = declare(responder());
    const Account writer = responder();
    constexpr int perThread = 120;
    std::atomic<int> writersDone{0};
    std::atomic<int> failedWrites{0};
    const auto write = [&](ServerStore *store) {
        for (int i = 0; i < perThread; ++i) {
            if (store->applyOp(entryOp(makeEntry(id)), writer).status != OpResult::Applied)
                ++failedWrites;
        }
        ++writersDone;
    };
    QString violation;
    qint64 cursor = 0;
    int polls = 0;
    const auto read = [&] {
        const qint64 total = 2 * perThread + 1;
        while (cursor < total && violation.isEmpty()) {
            const bool finished = writersDone.load() == 2;
            const ChangesPage page = reader.changes(cursor, 1000, writer);
            ++polls;
            for (const QJsonObject &change : page.changes) {
                const qint64 seq = change.value(QStringLiteral("seq")).toInteger();
                if (seq != cursor + 1) {
                    violation = QStringLiteral("after seq %1 the reader saw %2").arg(cursor).arg(seq);
                    return;
                }
                cursor = seq;
            }
            if (finished && page.changes.isEmpty())
                break; // everything committed is read: no more will come
        }
    };
    std::thread a(write, m_store.get());
    std::thread b(write, &second);
    std::thread r(read);
    a.join();
    b.join();
    r.join();
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
    QCOMPARE(failedWrites.load(), 0);
    QCOMPARE(cursor, qint64(2 * perThread + 1));
    QVERIFY(polls > 1); // the reader really ran beside the writers
    QCOMPARE(reader.lastSeq(), cursor);
}

// Two servers starting at once on a new database (or data folder): one creates the
// schema, the other waits for it and finds it (PostgreSQL: the migration runs under the
// writer lock in one transaction).
// PostgreSQL restarted, or the backend was terminated: the write that meets the dead
// connection is not acknowledged (never half-stored), its retry and every later call work.
void tst_ServerStore::reconnectsAfterLosingTheConnection()
{
    if (!m_database)
        QSKIP("A SQLite file has no connection to lose: this case runs in tst_ServerStore_pg.");
    const Account responder = *m_store->user(QStringLiteral("responder"));
    const Account admin = *m_store->user(QStringLiteral("admin"));
    const QUuid incident = declare(responder);
    QString error;
    QVERIFY2(m_database->exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                             "WHERE datname = current_database() AND pid <> pg_backend_pid()"),
                              &error),
             qPrintable(error));

    const Op entry = entryOp(makeEntry(incident));
    const OpResult first = m_store->applyOp(entry, responder);
    QVERIFY2(first.status == OpResult::Unavailable || first.status == OpResult::Applied, qPrintable(first.error));
    const OpResult retry = m_store->applyOp(entry, responder);
    QVERIFY2(retry.status == OpResult::Applied || retry.status == OpResult::Duplicate, qPrintable(retry.error));
    QVERIFY(first.status == OpResult::Unavailable ? retry.status == OpResult::Applied : retry.status == OpResult::Duplicate);

    // Once, in order, and the reads work again.
    const ChangesPage page = m_store->changes(0, 100, admin);
    QCOMPARE(page.changes.size(), 2);
    QCOMPARE(page.changes.at(1).value(QStringLiteral("opId")).toString(), idToString(entry.opId));
    QCOMPARE(m_store->timeline(incident, admin).size(), 1);
    QVERIFY(m_store->authenticate(QStringLiteral("admin"), QStringLiteral("admin-password")));
}

void tst_ServerStore::concurrentFirstOpen()
{
    QTemporaryDir dir;
    TestDatabase database;
    std::optional<PostgresUrl> url;
    if (m_database) {
        QString error;
        QVERIFY2(database.create(&error), qPrintable(error));
        url = PostgresUrl::parse(database.url(), &error);
        QVERIFY2(url, qPrintable(error));
    }
    ServerStore first(*m_clock, PasswordHasher::Limits::minimum());
    ServerStore second(*m_clock, PasswordHasher::Limits::minimum());
    StoreResult firstOpened, secondOpened;
    const auto open = [&](ServerStore *store, StoreResult *result) {
        *result = url ? store->open(*url) : store->open(dir.path());
    };
    std::thread a(open, &first, &firstOpened);
    std::thread b(open, &second, &secondOpened);
    a.join();
    b.join();
    QVERIFY2(firstOpened.ok, qPrintable(firstOpened.error));
    QVERIFY2(secondOpened.ok, qPrintable(secondOpened.error));
    QVERIFY(first.addUser(QStringLiteral("first"), AccountRole::Admin, QStringLiteral("first-password")).account);
    QVERIFY(second.user(QStringLiteral("first")));
    first.close();
    second.close();
}

void tst_ServerStore::postgresUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("display"); // empty: refused
    QTest::addColumn<QString>("password");

    QTest::newRow("full") << QStringLiteral("postgresql://sitrep@db.example:5433/incidents")
                          << QStringLiteral("postgresql://sitrep@db.example:5433/incidents") << QString();
    QTest::newRow("default port") << QStringLiteral("postgres://sitrep@127.0.0.1/sitrep")
                                  << QStringLiteral("postgresql://sitrep@127.0.0.1:5432/sitrep") << QString();
    QTest::newRow("password not shown") << QStringLiteral("postgresql://sitrep:s%40cret@h:1/d")
                                        << QStringLiteral("postgresql://sitrep@h:1/d") << QStringLiteral("s@cret");
    QTest::newRow("ssl") << QStringLiteral("postgresql://u@h/d?sslmode=verify-full")
                         << QStringLiteral("postgresql://u@h:5432/d") << QString();
    QTest::newRow("no database") << QStringLiteral("postgresql://u@h:5432/") << QString() << QString();
    QTest::newRow("no host") << QStringLiteral("postgresql:///d") << QString() << QString();
    QTest::newRow("unknown option") << QStringLiteral("postgresql://u@h/d?options=-c%20x") << QString() << QString();
    QTest::newRow("other scheme") << QStringLiteral("mysql://u@h/d") << QString() << QString();
}

void tst_ServerStore::postgresUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, display);
    QFETCH(QString, password);
    QString error;
    const std::optional<PostgresUrl> parsed = PostgresUrl::parse(url, &error);
    if (display.isEmpty()) {
        QVERIFY(!parsed);
        QVERIFY(!error.isEmpty());
        return;
    }
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->toDisplayString(), display);
    QCOMPARE(parsed->password, password);
}

void tst_ServerStore::postgresPlaceholders()
{
    const PostgresServerDb::Placeholders mapped =
        PostgresServerDb::positional("UPDATE t SET a = ?2, b = '?1' WHERE c = ?1 AND d > ?2 AND e = ?");
    QCOMPARE(mapped.sql, QStringLiteral("UPDATE t SET a = ?, b = '?1' WHERE c = ? AND d > ? AND e = ?"));
    QCOMPARE(mapped.parameters, (QList<int>{2, 1, 2, 1}));
}

void tst_ServerStore::refusesForeignFile()
{
    if (m_database) {
        // The PostgreSQL form: a database with tables of something else is left alone.
        TestDatabase other;
        QString error;
        QVERIFY2(other.create(&error), qPrintable(error));
        QVERIFY2(other.exec(QStringLiteral("CREATE TABLE invoices (id integer)"), &error), qPrintable(error));
        ServerStore store(*m_clock, PasswordHasher::Limits::minimum());
        const StoreResult opened = store.open(*PostgresUrl::parse(other.url(), &error));
        QVERIFY(!opened.ok);
        QVERIFY2(opened.error.contains(QStringLiteral("left untouched")), qPrintable(opened.error));
        QVERIFY(!store.isOpen());
        QCOMPARE(other.firstRow(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE "
                                               "table_schema = current_schema()")),
                 QStringList{QStringLiteral("1")});
        return;
    }
    QTemporaryDir dir;
    QFile file(QDir(dir.path()).filePath(QStringLiteral("server.sqlite")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    ServerStore store(*m_clock, PasswordHasher::Limits::minimum());
    const StoreResult opened = store.open(dir.path());
    QVERIFY(!opened.ok);
    QVERIFY2(opened.error.contains(QStringLiteral("left untouched")), qPrintable(opened.error));
    QVERIFY(!store.isOpen());
    QCOMPARE(QFileInfo(file).size(), 4096);
}

QTEST_GUILESS_MAIN(tst_ServerStore)
#include "tst_ServerStore.moc"
