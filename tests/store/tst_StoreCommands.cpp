#include "StoreFixture.h"

#include "store/Sqlite.h"

#include <QSignalSpy>

using namespace Sitrep;
using namespace Sitrep::Testing;

namespace {

int rowCount(Store &store, const char *sql)
{
    Statement statement = store.db().prepare(sql);
    return statement.next() ? statement.integer(0) : -1;
}

} // namespace

class tst_StoreCommands : public QObject
{
    Q_OBJECT
private slots:
    void declareWritesIncidentAndOutboxOpTogether()
    {
        StoreFixture f;
        QVERIFY(f.open());
        QSignalSpy changed(&f.store, &Store::incidentChanged);
        QSignalSpy outbox(&f.store, &Store::outboxChanged);
        Incident incident;
        incident.title = QStringLiteral("  Checkout errors in EU  ");
        incident.severity = QStringLiteral("SEV1");
        incident.affectedServices = {f.checkout.id};
        incident.tags = {QStringLiteral("eu")};
        const CommandResult result = f.store.declareIncident(incident);
        QVERIFY2(result, qPrintable(result.error));
        QCOMPARE(int(idTimestamp(result.id) > 0), 1);

        const Incident stored = *f.store.incident(result.id);
        QCOMPARE(stored.title, QStringLiteral("Checkout errors in EU"));
        QCOMPARE(stored.status, IncidentStatus::Declared);
        QCOMPARE(stored.declaredBy, f.ana.id);
        QCOMPARE(stored.affectedServices, QList<QUuid>{f.checkout.id});
        QCOMPARE(stored.transitions.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(outbox.first().first().toInt(), 1);

        const QList<OutboxItem> ops = f.store.pendingOps(10);
        QCOMPARE(ops.size(), 1);
        QCOMPARE(ops.first().op.type, OpType::IncidentDeclare);
        QCOMPARE(ops.first().op.actor, f.ana.id);
        // The op carries the incident exactly as the model encodes it: the server decodes it.
        const auto decoded = Incident::fromJson(ops.first().op.payload);
        QVERIFY2(decoded, qPrintable(decoded.error));
        QVERIFY(*decoded.value == stored);
    }

    void refusedCommandWritesNothing_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("severity");
        QTest::addColumn<QString>("error");
        QTest::newRow("no title") << "   " << "SEV1" << "needs a title";
        QTest::newRow("unknown severity") << "Search down" << "SEV9" << "Unknown severity \"SEV9\"";
        QTest::newRow("long title") << QString(300, QLatin1Char('x')) << "SEV1" << "too long";
    }
    void refusedCommandWritesNothing()
    {
        QFETCH(QString, title);
        QFETCH(QString, severity);
        QFETCH(QString, error);
        StoreFixture f;
        QVERIFY(f.open());
        QSignalSpy changed(&f.store, &Store::incidentChanged);
        Incident incident;
        incident.title = title;
        incident.severity = severity;
        const CommandResult result = f.store.declareIncident(incident);
        QVERIFY(!result);
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
        QCOMPARE(f.store.incidents().size(), 0);
        QCOMPARE(f.store.pendingOpCount(), 0);
        QCOMPARE(changed.size(), 0);
    }

    void addEntryWritesRowOutboxAndSearchIndex()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QUuid incident = f.declare();
        QSignalSpy added(&f.store, &Store::entryAdded);
        const QUuid entry = f.addEntry(incident, QStringLiteral("EU 5xx at 38%, US normal"));
        QVERIFY(!entry.isNull());
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().at(1).value<QUuid>(), entry);
        QCOMPARE(f.store.entryCount(incident), 1);
        QVERIFY(f.store.isEntryPending(entry));
        QCOMPARE(f.store.pendingOpCount(), 2);
        QCOMPARE(f.store.pendingOps(10).last().op.type, OpType::EntryAdd);
        QCOMPARE(f.store.search(QStringLiteral("normal")).size(), 1);
        const TimelineEntry stored = *f.store.entry(entry);
        QCOMPARE(stored.author, f.ana.id);
        QCOMPARE(stored.occurredAt, stored.recordedAt);
    }

    // A full disk refuses the new entry with a message a person can act on and keeps
    // everything already accepted. SQLite's page limit produces the same SQLITE_FULL a
    // full file system does.
    void fullDiskKeepsWhatWasAccepted()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QUuid incident = f.declare();
        const QUuid kept = f.addEntry(incident, QStringLiteral("accepted before the disk filled"));
        const int opsBefore = f.store.pendingOpCount();
        QVERIFY(f.store.db().exec(QStringLiteral("PRAGMA max_page_count = ") + QString::number(rowCount(f.store, "PRAGMA page_count"))));
        TimelineEntry big;
        big.incidentId = incident;
        big.body = QString(19000, QLatin1Char('x'));
        const CommandResult result = f.store.addEntry(big);
        QVERIFY(!result);
        QVERIFY2(result.error.contains(QStringLiteral("disk is full")), qPrintable(result.error));
        QCOMPARE(f.store.entryCount(incident), 1);
        QCOMPARE(f.store.entry(kept)->body, QStringLiteral("accepted before the disk filled"));
        QCOMPARE(f.store.pendingOpCount(), opsBefore);
    }

    void entryForUnknownIncidentIsRefused()
    {
        StoreFixture f;
        QVERIFY(f.open());
        TimelineEntry entry;
        entry.incidentId = newId();
        entry.body = QStringLiteral("orphan");
        const CommandResult result = f.store.addEntry(entry);
        QVERIFY(!result);
        QVERIFY(result.error.contains(QStringLiteral("not in the cache")));
        QCOMPARE(f.store.pendingOpCount(), 0);
    }

    void sameEntryTwiceIsRefusedNotDuplicated()
    {
        StoreFixture f;
        QVERIFY(f.open());
        TimelineEntry entry;
        entry.id = newId();
        entry.incidentId = f.declare();
        entry.body = QStringLiteral("once");
        QVERIFY(f.store.addEntry(entry));
        const int opsBefore = f.store.pendingOpCount();
        const CommandResult again = f.store.addEntry(entry);
        QVERIFY(!again);
        QVERIFY2(again.error.contains(QStringLiteral("already on the timeline")), qPrintable(again.error));
        QCOMPARE(f.store.entryCount(entry.incidentId), 1);
        QCOMPARE(f.store.pendingOpCount(), opsBefore);
        QCOMPARE(rowCount(f.store, "SELECT count(*) FROM timeline_entry"), 1);
    }

    void batchIsAllOrNothing()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QUuid incident = f.declare();
        QList<TimelineEntry> batch(3);
        for (TimelineEntry &entry : batch) {
            entry.incidentId = incident;
            entry.body = QStringLiteral("fine");
        }
        batch[2].body.clear();
        QVERIFY(!f.store.addEntries(batch));
        QCOMPARE(f.store.entryCount(incident), 0);
        batch[2].body = QStringLiteral("fixed");
        batch[1].id = newId();
        batch[2].id = batch[1].id; // a duplicate id fails inside the transaction
        QVERIFY(!f.store.addEntries(batch));
        QCOMPARE(rowCount(f.store, "SELECT count(*) FROM timeline_entry"), 0);
        QCOMPARE(rowCount(f.store, "SELECT count(*) FROM outbox WHERE type = 'entry.add'"), 0);
        batch[2].id = QUuid();
        QSignalSpy batchAdded(&f.store, &Store::entriesAdded);
        QVERIFY(f.store.addEntries(batch));
        QCOMPARE(f.store.entryCount(incident), 3);
        QCOMPARE(batchAdded.size(), 1);
        const auto added = batchAdded.first().at(1).value<QList<QUuid>>();
        QCOMPARE(added.size(), 3); // the ids the store gave them, in order
        for (int i = 0; i < 3; ++i)
            QCOMPARE(f.store.entry(added.at(i))->body, batch.at(i).body);
    }

    void editKeepsEveryRevision()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QUuid incident = f.declare();
        const QUuid entry = f.addEntry(incident, QStringLiteral("Roll back deploy?"));
        f.store.setActor(f.jo.id);
        QSignalSpy changed(&f.store, &Store::entryChanged);
        QVERIFY(f.store.editEntry(entry, EntryKind::Decision, QStringLiteral("Roll back the 14:02 deploy")));
        QVERIFY(f.store.editEntry(entry, EntryKind::Decision, QStringLiteral("Roll back the 14:02 deploy now")));
        QCOMPARE(changed.size(), 2);
        const TimelineEntry stored = *f.store.entry(entry, true);
        QCOMPARE(stored.revision, 3);
        QCOMPARE(stored.kind, EntryKind::Decision);
        QCOMPARE(stored.author, f.jo.id);
        QCOMPARE(stored.history.size(), 2);
        QCOMPARE(stored.history.at(0).body, QStringLiteral("Roll back deploy?"));
        QCOMPARE(stored.history.at(0).kind, EntryKind::Note);
        QCOMPARE(stored.history.at(0).editedBy, f.ana.id);
        QCOMPARE(stored.history.at(1).revision, 2);
        // Search follows the current text only.
        QCOMPARE(f.store.search(QStringLiteral("now")).size(), 1);
        QCOMPARE(f.store.search(QStringLiteral("deploy?")).size(), 1);
        QCOMPARE(f.store.pendingOps(10).last().op.type, OpType::EntryEdit);
        QCOMPARE(f.store.pendingOps(10).last().op.payload.value(QStringLiteral("revision")).toInt(), 3);
    }

    // entry.add ops carry no copy of the entry: the outbox derives it from the row when it
    // is pushed, as revision 1 even when the entry was edited since.
    void entryAddOpIsTheOriginalRevision()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QUuid incident = f.declare();
        const QUuid entry = f.addEntry(incident, QStringLiteral("first words"));
        const TimelineEntry original = *f.store.entry(entry);
        f.store.setActor(f.jo.id);
        QVERIFY(f.store.editEntry(entry, EntryKind::Decision, QStringLiteral("second words")));
        const QList<OutboxItem> ops = f.store.pendingOps(10);
        QCOMPARE(ops.size(), 3);
        QCOMPARE(ops.at(1).op.type, OpType::EntryAdd);
        const auto sent = TimelineEntry::fromJson(ops.at(1).op.payload);
        QVERIFY2(sent, qPrintable(sent.error));
        QVERIFY(*sent.value == original);
        QCOMPARE(ops.at(2).op.type, OpType::EntryEdit);
        QCOMPARE(ops.at(2).op.payload.value(QStringLiteral("body")).toString(), QStringLiteral("second words"));
    }

    void outboxCounterFollowsEveryCommand()
    {
        StoreFixture f;
        QVERIFY(f.open());
        QSignalSpy outbox(&f.store, &Store::outboxChanged);
        const QUuid incident = f.declare();
        f.addEntry(incident, QStringLiteral("one"));
        QVERIFY(!f.store.setStatus(incident, IncidentStatus::Declared)); // refused: counts nothing
        QVERIFY(f.store.setStatus(incident, IncidentStatus::Investigating)); // two ops
        QList<TimelineEntry> batch(4);
        for (TimelineEntry &entry : batch) {
            entry.incidentId = incident;
            entry.body = QStringLiteral("batch");
        }
        QVERIFY(f.store.addEntries(batch));
        batch.first().id = f.store.pendingOps(100).last().op.entityId; // a duplicate: rolled back
        QVERIFY(!f.store.addEntries(batch));
        QCOMPARE(f.store.pendingOpCount(), rowCount(f.store, "SELECT count(*) FROM outbox"));
        QCOMPARE(f.store.pendingOpCount(), 1 + 1 + 2 + 4);
        QCOMPARE(outbox.last().first().toInt(), 8);
        // Another process on the same profile sees the same count.
        Store other;
        QVERIFY(other.open(f.path()).ok);
        QCOMPARE(other.pendingOpCount(), 8);
    }

    void pinning()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QUuid incident = f.declare();
        const QUuid entry = f.addEntry(incident, QStringLiteral("Bridge: https://meet.example/abc"));
        f.addEntry(incident, QStringLiteral("other"));
        const QUuid unpinned = f.addEntry(incident, QStringLiteral("other"));
        QVERIFY(f.store.setEntryPinned(entry, true));
        QCOMPARE(f.store.pinnedEntries(incident, 10).size(), 1);
        QCOMPARE(f.store.pinnedEntries(incident, 10).first().id, entry);
        QCOMPARE(f.store.pinnedCount(incident), 1);
        QVERIFY(f.store.anyPinned({unpinned, entry}));
        QVERIFY(!f.store.anyPinned({unpinned, newId()}));

        // Many pins: the newest, in display order, and the count of all.
        const QDateTime base = QDateTime::currentDateTimeUtc().addSecs(-3600);
        QList<QUuid> pins;
        for (int i = 0; i < 30; ++i) {
            pins.append(f.addEntry(incident, QStringLiteral("pin %1").arg(i), base.addSecs(i)));
            QVERIFY(f.store.setEntryPinned(pins.last(), true));
        }
        QCOMPARE(f.store.pinnedCount(incident), 31);
        const QList<TimelineEntry> newest = f.store.pinnedEntries(incident, 5);
        QCOMPARE(newest.size(), 5);
        QCOMPARE(newest.first().id, pins.at(26)); // the first-pinned entry is now: newest of all
        QCOMPARE(newest.at(3).id, pins.at(29));
        QCOMPARE(newest.last().id, entry);
        QCOMPARE(f.store.pinnedCount(f.declare(QStringLiteral("other incident"))), 0);
    }

    void statusMovesForwardAndStampsMilestones()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QUuid incident = f.declare();
        QSignalSpy added(&f.store, &Store::entryAdded);
        QVERIFY(f.store.setStatus(incident, IncidentStatus::Investigating));
        Incident stored = *f.store.incident(incident);
        QVERIFY(stored.acknowledgedAt.isValid());
        QVERIFY(!stored.mitigatedAt.isValid());
        QCOMPARE(added.size(), 1); // the change is on the timeline
        QCOMPARE(f.store.entry(added.first().at(1).value<QUuid>())->kind, EntryKind::StatusChange);

        const CommandResult backwards = f.store.setStatus(incident, IncidentStatus::Declared);
        QVERIFY(!backwards);
        QVERIFY(backwards.error.contains(QStringLiteral("only moves forward")));

        QVERIFY(f.store.setStatus(incident, IncidentStatus::Resolved)); // skipping steps is allowed
        stored = *f.store.incident(incident);
        QCOMPARE(stored.status, IncidentStatus::Resolved);
        QVERIFY(stored.mitigatedAt.isValid());
        QVERIFY(stored.resolvedAt.isValid());
        QCOMPARE(stored.transitions.size(), 3);
        QCOMPARE(stored.transitions.last().status, IncidentStatus::Resolved);
        QCOMPARE(stored.transitions.last().by, f.ana.id);
        QVERIFY(f.store.setStatus(incident, IncidentStatus::Closed));
        QVERIFY(!f.store.setStatus(incident, IncidentStatus::Closed));
        QCOMPARE(f.store.incidents({.activeOnly = true}).size(), 0);
        QCOMPARE(f.store.incidents().size(), 1);
    }

    void commandsStampTimeFromTheStoresClock()
    {
        StoreFixture f;
        QVERIFY(f.open());
        ManualClock clock(QDateTime(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC));
        f.store.setClock(&clock);
        const QUuid incident = f.declare();
        clock.advanceSeconds(240);
        QVERIFY(f.store.setStatus(incident, IncidentStatus::Investigating));
        clock.advanceSeconds(3600);
        QVERIFY(f.store.setStatus(incident, IncidentStatus::Mitigated));
        const Incident stored = *f.store.incident(incident);
        QCOMPARE(stored.declaredAt, QDateTime(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC));
        QCOMPARE(stored.acknowledgedAt, QDateTime(QDate(2025, 3, 1), QTime(9, 4), Qt::UTC));
        QCOMPARE(stored.mitigatedAt, QDateTime(QDate(2025, 3, 1), QTime(10, 4), Qt::UTC));
        QCOMPARE(f.store.pendingOps(10).last().op.createdAt, clock.now());
        f.store.setClock(nullptr);
        QVERIFY(f.store.setStatus(incident, IncidentStatus::Resolved));
        QVERIFY(f.store.incident(incident)->resolvedAt.date().year() >= 2026);
    }

    void severityChangeIsRecorded()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QUuid incident = f.declare(QStringLiteral("Search lag"), QStringLiteral("SEV3"));
        QVERIFY(f.store.setSeverity(incident, QStringLiteral("SEV1")));
        QCOMPARE(f.store.incident(incident)->severity, QStringLiteral("SEV1"));
        QVERIFY(!f.store.setSeverity(incident, QStringLiteral("SEV7")));
        const auto pager = f.store.timelinePager(incident);
        QCOMPARE(pager->page(0, 1).first().entry.kind, EntryKind::Escalation);
        const QJsonObject payload = f.store.pendingOps(10).at(1).op.payload;
        QCOMPARE(payload.value(QStringLiteral("base")).toString(), QStringLiteral("SEV3"));
    }

    void latestEntryAtFindsTheNewestOfAKind()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QUuid incident = f.declare();
        const QUuid other = f.declare(QStringLiteral("Search lag"));
        const QDateTime base(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC);
        QVERIFY(!f.store.latestEntryAt(incident, EntryKind::Checkpoint).isValid());
        for (int minutes : {15, 45, 30}) {
            TimelineEntry checkpoint;
            checkpoint.incidentId = incident;
            checkpoint.kind = EntryKind::Checkpoint;
            checkpoint.body = QStringLiteral("Checkpoint: continue");
            checkpoint.occurredAt = base.addSecs(60 * minutes);
            QVERIFY(f.store.addEntry(checkpoint));
        }
        // Newer entries of other kinds and other incidents do not count.
        f.addEntry(incident, QStringLiteral("note"), base.addSecs(3600));
        TimelineEntry elsewhere;
        elsewhere.incidentId = other;
        elsewhere.kind = EntryKind::Checkpoint;
        elsewhere.body = QStringLiteral("Checkpoint: pivot");
        elsewhere.occurredAt = base.addSecs(7200);
        QVERIFY(f.store.addEntry(elsewhere));

        QCOMPARE(f.store.latestEntryAt(incident, EntryKind::Checkpoint), base.addSecs(45 * 60));
        QCOMPARE(f.store.latestEntryAt(incident, EntryKind::Checkpoint, base.addSecs(45 * 60)), base.addSecs(45 * 60));
        QVERIFY(!f.store.latestEntryAt(incident, EntryKind::Checkpoint, base.addSecs(46 * 60)).isValid());
        QCOMPARE(f.store.latestEntryAt(incident, EntryKind::Note), base.addSecs(3600));
        QVERIFY(!f.store.latestEntryAt(newId(), EntryKind::Checkpoint).isValid());
    }

    void updateSendsOnlyChangedFieldsWithTheirBase()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QUuid id = f.declare();
        Incident changed = *f.store.incident(id);
        changed.summary = QStringLiteral("EU only");
        changed.restricted = true;
        changed.affectedServices = {f.checkout.id};
        QVERIFY(f.store.updateIncident(changed));
        const Incident stored = *f.store.incident(id);
        QCOMPARE(stored.summary, QStringLiteral("EU only"));
        QVERIFY(stored.restricted);
        const QJsonObject payload = f.store.pendingOps(10).last().op.payload;
        const QJsonObject fields = payload.value(QStringLiteral("fields")).toObject();
        QCOMPARE(fields.keys(), (QStringList{QStringLiteral("affectedServices"), QStringLiteral("restricted"),
                                             QStringLiteral("summary")}));
        QCOMPARE(payload.value(QStringLiteral("base")).toObject().value(QStringLiteral("restricted")).toBool(), false);
        QCOMPARE(f.store.incidents({.serviceId = f.checkout.id}).size(), 1);
        QCOMPARE(f.store.search(QStringLiteral("only")).size(), 1);
        const int ops = f.store.pendingOpCount();
        QVERIFY(f.store.updateIncident(stored)); // nothing changed: no op
        QCOMPARE(f.store.pendingOpCount(), ops);
    }

    void editIncidentChangesOnlyWhatTheEditTouches()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QUuid id = f.declare();
        const Incident seen = *f.store.incident(id); // what a view read
        Incident renamed = seen;
        renamed.title = QStringLiteral("Checkout down in EU"); // another change since
        QVERIFY(f.store.updateIncident(renamed));

        const RaciMatrix matrix = RaciMatrix::defaultFor(seen.severity);
        const CommandResult edited = f.store.editIncident(id, [&matrix](Incident &incident) {
            incident.raci = matrix;
            incident.status = IncidentStatus::Closed; // not an updatable field: ignored
        });
        QVERIFY2(edited, qPrintable(edited.error));
        const Incident stored = *f.store.incident(id);
        QCOMPARE(stored.title, QStringLiteral("Checkout down in EU"));
        QCOMPARE(stored.raci, matrix);
        QCOMPARE(stored.status, seen.status);
        const QJsonObject payload = f.store.pendingOps(10).last().op.payload;
        QCOMPARE(payload.value(QStringLiteral("fields")).toObject().keys(), QStringList{QStringLiteral("raci")});

        // The whole copy the view read would have sent the old title as an edit.
        Incident stale = seen;
        stale.raci = matrix;
        QVERIFY(f.store.updateIncident(stale));
        QCOMPARE(f.store.incident(id)->title, seen.title);

        QVERIFY(!f.store.editIncident(newId(), [](Incident &) {}));
    }

    void bridgeCriticalPhaseAndRaciTravelAsIncidentUpdate()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QUuid id = f.declare();
        Incident changed = *f.store.incident(id);
        QVERIFY(!changed.criticalPhase);
        QVERIFY(changed.bridge.isEmpty() && changed.raci.isEmpty());
        changed.criticalPhase = true;
        changed.bridge = {QStringLiteral("https://meet.example.com/sev2"), QStringLiteral("+44 20 7946 0000 PIN 4711#"),
                          QStringLiteral("SMS the on-call lead")};
        changed.raci = RaciMatrix::defaultFor(changed.severity);
        const CommandResult updated = f.store.updateIncident(changed);
        QVERIFY2(updated, qPrintable(updated.error));
        const Incident stored = *f.store.incident(id);
        QVERIFY(stored.criticalPhase);
        QCOMPARE(stored.bridge, changed.bridge);
        QCOMPARE(stored.raci, changed.raci);

        const QJsonObject payload = f.store.pendingOps(10).last().op.payload;
        const QJsonObject fields = payload.value(QStringLiteral("fields")).toObject();
        const QJsonObject base = payload.value(QStringLiteral("base")).toObject();
        QCOMPARE(fields.keys(), (QStringList{QStringLiteral("bridge"), QStringLiteral("criticalPhase"), QStringLiteral("raci")}));
        QCOMPARE(fields.value(QStringLiteral("criticalPhase")), QJsonValue(true));
        QCOMPARE(base.value(QStringLiteral("criticalPhase")), QJsonValue(false));
        QVERIFY(base.value(QStringLiteral("bridge")).isNull());
        QVERIFY(base.value(QStringLiteral("raci")).isNull());
        QCOMPARE(*RaciMatrix::fromJson(fields.value(QStringLiteral("raci")).toObject()).value, changed.raci);
        QCOMPARE(fields.value(QStringLiteral("bridge")).toObject().value(QStringLiteral("dialIn")).toString(),
                 changed.bridge.dialIn);

        // Two accountable roles for one activity: refused, nothing written.
        const int ops = f.store.pendingOpCount();
        Incident twoAccountable = stored;
        twoAccountable.raci.activities[2].cells.insert(Roles::Scribe, Raci::Accountable);
        const CommandResult refused = f.store.updateIncident(twoAccountable);
        QVERIFY(!refused);
        QVERIFY2(refused.error.contains(QStringLiteral("accountable")), qPrintable(refused.error));
        Incident noAccountable = stored;
        noAccountable.raci.activities[0].cells.remove(Roles::IncidentCommander);
        QVERIFY(!f.store.updateIncident(noAccountable));
        Incident badLink = stored;
        badLink.bridge.meetingLink = QStringLiteral("javascript:alert(1)");
        QVERIFY(!f.store.updateIncident(badLink));
        QCOMPARE(f.store.pendingOpCount(), ops);
        QCOMPARE(f.store.incident(id)->raci, stored.raci);

        // Clearing the bridge sends null with the old value as its base; the flag goes back.
        Incident cleared = stored;
        cleared.bridge = {};
        cleared.criticalPhase = false;
        QVERIFY(f.store.updateIncident(cleared));
        const QJsonObject clearing = f.store.pendingOps(10).last().op.payload;
        QVERIFY(clearing.value(QStringLiteral("fields")).toObject().value(QStringLiteral("bridge")).isNull());
        QCOMPARE(clearing.value(QStringLiteral("base")).toObject().value(QStringLiteral("bridge")).toObject(),
                 stored.bridge.toJson());
        QVERIFY(f.store.incident(id)->bridge.isEmpty());
        QVERIFY(!f.store.incident(id)->criticalPhase);
        QCOMPARE(f.store.incident(id)->raci, stored.raci);
    }

    void criticalPhaseMovesTheNonEssentialToTheLobby()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QUuid incident = f.declare();
        BridgeParticipant essential{{}, incident, ParticipantKind::Console, f.ana.id, f.ana.name};
        essential.essential = true;
        BridgeParticipant guest{{}, incident, ParticipantKind::Phone, {}, QStringLiteral("Vendor"), QStringLiteral("tel:1")};
        BridgeParticipant gone{{}, incident, ParticipantKind::Console, f.jo.id, f.jo.name};
        gone.leftAt = QDateTime::currentDateTimeUtc().addSecs(60);
        for (BridgeParticipant *participant : {&essential, &guest, &gone})
            participant->id = f.store.upsertParticipant(*participant).id;
        const int before = f.store.pendingOpCount();
        QSignalSpy participantsChanged(&f.store, &Store::participantsChanged);
        QSignalSpy incidentChanged(&f.store, &Store::incidentChanged);

        QVERIFY(f.store.setCriticalPhase(incident, true));
        QVERIFY(f.store.incident(incident)->criticalPhase);
        const QList<BridgeParticipant> roster = f.store.participants(incident);
        for (const BridgeParticipant &participant : roster)
            QCOMPARE(participant.inLobby, participant.id == guest.id); // only the present, non-essential one
        QCOMPARE(participantsChanged.size(), 1);
        QCOMPARE(incidentChanged.size(), 1);
        // One command: the guest's move and the flag, in one transaction.
        const QList<OutboxItem> ops = f.store.pendingOps(100);
        QCOMPARE(f.store.pendingOpCount(), before + 2);
        QCOMPARE(ops.at(ops.size() - 2).op.type, OpType::ParticipantUpsert);
        QCOMPARE(ops.at(ops.size() - 2).op.entityId, guest.id);
        QVERIFY(BridgeParticipant::fromJson(ops.at(ops.size() - 2).op.payload).value->inLobby);
        QCOMPARE(ops.last().op.type, OpType::IncidentUpdate);
        QCOMPARE(ops.last().op.payload.value(QStringLiteral("fields")).toObject(),
                 (QJsonObject{{QStringLiteral("criticalPhase"), true}}));

        // Switching it off lets nobody in by itself: admitting stays the commander's call.
        QVERIFY(f.store.setCriticalPhase(incident, false));
        QVERIFY(!f.store.incident(incident)->criticalPhase);
        QCOMPARE(f.store.pendingOpCount(), before + 3);
        // A participant of another incident cannot ride along.
        BridgeParticipant stranger = guest;
        stranger.incidentId = newId();
        QVERIFY(!f.store.updateIncident(*f.store.incident(incident), {stranger}));
        QCOMPARE(f.store.pendingOpCount(), before + 3);
    }

    // Roles added to the board travel as incident.update of addedRoles, are kept, and bad
    // keys or a role added twice are refused.
    void addedRolesTravelAsIncidentUpdate()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QUuid id = f.declare();
        Incident changed = *f.store.incident(id);
        QVERIFY(changed.addedRoles.isEmpty());
        changed.addedRoles = {QStringLiteral("customer_liaison"), QStringLiteral("legal")};
        QVERIFY(f.store.updateIncident(changed));
        QCOMPARE(f.store.incident(id)->addedRoles, changed.addedRoles);
        const QJsonObject payload = f.store.pendingOps(10).last().op.payload;
        QCOMPARE(payload.value(QStringLiteral("fields")).toObject().value(QStringLiteral("addedRoles")).toArray(),
                 QJsonArray::fromStringList(changed.addedRoles));
        QVERIFY(payload.value(QStringLiteral("base")).toObject().value(QStringLiteral("addedRoles")).isNull());

        const int ops = f.store.pendingOpCount();
        for (const QStringList &bad : {QStringList{QStringLiteral("Customer Liaison")},
                                       QStringList{QStringLiteral("legal"), QStringLiteral("legal")}}) {
            Incident refused = changed;
            refused.addedRoles = bad;
            QVERIFY(!f.store.updateIncident(refused));
        }
        QCOMPARE(f.store.pendingOpCount(), ops);
        QCOMPARE(f.store.incident(id)->addedRoles, changed.addedRoles);
    }

    void declareKeepsBridgeAndRaci()
    {
        StoreFixture f;
        QVERIFY(f.open());
        Incident incident;
        incident.title = QStringLiteral("Payments down");
        incident.severity = QStringLiteral("SEV1");
        incident.bridge.meetingLink = QStringLiteral("https://meet.example.com/pay");
        incident.raci = RaciMatrix::defaultFor(incident.severity);
        const CommandResult declared = f.store.declareIncident(incident);
        QVERIFY2(declared, qPrintable(declared.error));
        QCOMPARE(f.store.incident(declared.id)->bridge, incident.bridge);
        QCOMPARE(f.store.incident(declared.id)->raci, incident.raci);
        incident.raci.activities.first().cells.clear();
        QVERIFY(!f.store.declareIncident(incident));
    }

    void assigningAHeldRoleIsAHandover()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QUuid incident = f.declare();
        QSignalSpy roles(&f.store, &Store::rolesChanged);
        RoleAssignment first{{}, incident, Roles::IncidentCommander, f.ana.id};
        QVERIFY(f.store.assignRole(first));
        RoleAssignment second{{}, incident, Roles::IncidentCommander, f.jo.id};
        QVERIFY(f.store.assignRole(second));
        QVERIFY(!f.store.assignRole(second)); // already holds it
        QCOMPARE(roles.size(), 2);
        const QList<RoleAssignment> current = f.store.roles(incident);
        QCOMPARE(current.size(), 1);
        QCOMPARE(current.first().personId, f.jo.id);
        const QList<RoleAssignment> all = f.store.roles(incident, false);
        QCOMPARE(all.size(), 2);
        QVERIFY(all.first().relievedAt.isValid());
        const auto pager = f.store.timelinePager(incident);
        const QList<TimelineRow> rows = pager->page(0, 10);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.last().entry.kind, EntryKind::RoleChange);
        QVERIFY2(rows.last().entry.body.contains(QStringLiteral("Ana Rivera → Jo Okafor")), qPrintable(rows.last().entry.body));

        RoleAssignment secondary{{}, incident, Roles::IncidentCommander, f.ana.id, RoleRank::Secondary};
        QVERIFY(f.store.assignRole(secondary));
        QCOMPARE(f.store.roles(incident).size(), 2);
        const int entriesBefore = f.store.entryCount(incident);
        QVERIFY(f.store.relieveRole(f.store.roles(incident).last().id));
        QCOMPARE(f.store.roles(incident).size(), 1);
        // Stepping down is on the timeline too, and reaches the server with the relief.
        QCOMPARE(f.store.entryCount(incident), entriesBefore + 1);
        const auto after = f.store.timelinePager(incident);
        const TimelineEntry stepDown = after->page(after->count() - 1, 1).first().entry;
        QCOMPARE(stepDown.kind, EntryKind::RoleChange);
        QVERIFY2(stepDown.body.contains(QStringLiteral("Ana Rivera steps down")), qPrintable(stepDown.body));
        const QList<OutboxItem> ops = f.store.pendingOps(100);
        QCOMPARE(ops.last().op.type, OpType::EntryAdd);
        QCOMPARE(ops.at(ops.size() - 2).op.type, OpType::RoleRelieve);
        QVERIFY(!f.store.assignRole(RoleAssignment{{}, incident, QStringLiteral("Bad Role"), f.ana.id}));
    }

    void tracksAndParticipants()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QUuid incident = f.declare();
        Track track{{}, incident, QStringLiteral("network"), {}, f.jo.id, QStringLiteral("LB health checks")};
        const CommandResult made = f.store.upsertTrack(track);
        QVERIFY(made);
        track.id = made.id;
        track.ruledOut = {QStringLiteral("DNS")};
        track.status = TrackStatus::RuledOut;
        QVERIFY(f.store.upsertTrack(track));
        QCOMPARE(f.store.tracks(incident).size(), 1);
        QCOMPARE(f.store.tracks(incident).first().ruledOut, QStringList{QStringLiteral("DNS")});
        QCOMPARE(f.store.tracks(incident).first().status, TrackStatus::RuledOut);

        BridgeParticipant phone{{}, incident, ParticipantKind::Phone, {}, QStringLiteral("Vendor (phone)")};
        const CommandResult refused = f.store.upsertParticipant(phone);
        QVERIFY(!refused);
        QVERIFY(refused.error.contains(QStringLiteral("contact channel")));
        phone.channel = QStringLiteral("tel:+1 555 0100");
        phone.handRaised = true;
        QVERIFY(f.store.upsertParticipant(phone));
        BridgeParticipant console{{}, incident, ParticipantKind::Console, f.ana.id, f.ana.name};
        console.essential = true;
        QVERIFY(f.store.upsertParticipant(console));
        const QList<BridgeParticipant> roster = f.store.participants(incident);
        QCOMPARE(roster.size(), 2);
        QVERIFY(roster.first().handRaised);
        QVERIFY(roster.last().essential);
    }

    void incidentListFiltersAndOrdersActiveFirst()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QUuid old = f.declare(QStringLiteral("Cert expiry"), QStringLiteral("SEV3"));
        QVERIFY(f.store.setStatus(old, IncidentStatus::Resolved));
        const QUuid active = f.declare(QStringLiteral("Checkout errors"), QStringLiteral("SEV1"));
        QTest::qWait(2);
        f.addEntry(old, QStringLiteral("late note on a resolved incident"));
        const QList<IncidentSummary> all = f.store.incidents();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first().id, active); // active first even though the other moved later
        QCOMPARE(f.store.incidents({.severity = QStringLiteral("SEV3")}).first().id, old);
        QCOMPARE(f.store.incidents({.titleContains = QStringLiteral("CHECKOUT")}).size(), 1);
        QCOMPARE(all.last().entryCount, 2);
    }

    // Store::incidentPosition is the row incidents(filter) lists the incident at, for
    // every incident and filter: active and resolved ones, equal activity times (the id
    // decides), filters that leave some out (-1).
    void incidentPositionIsTheRowInTheList()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QStringList severities{QStringLiteral("SEV1"), QStringLiteral("SEV2"), QStringLiteral("SEV3")};
        QList<QUuid> ids;
        for (int i = 0; i < 36; ++i) {
            const QUuid id = f.declare(QStringLiteral("%1 incident %2").arg(i % 2 ? QStringLiteral("Checkout")
                                                                                    : QStringLiteral("Search"))
                                           .arg(i),
                                       severities.at(i % 3));
            QVERIFY(!id.isNull());
            if (i % 4 == 0)
                QVERIFY(f.store.setStatus(id, IncidentStatus::Resolved));
            if (i % 5 == 0)
                f.addEntry(id, QStringLiteral("later activity"));
            ids.append(id);
        }
        { // a third of them, active and resolved, share one activity time: the id decides
            SqliteDb db;
            QVERIFY(db.open(f.store.path(), SqliteDb::Mode::ReadWrite));
            QVERIFY(db.exec(QStringLiteral("UPDATE incident SET last_activity_at = "
                                           "(SELECT max(last_activity_at) FROM incident) WHERE row % 3 = 0")));
        }
        QList<IncidentFilter> filters{{}, {.activeOnly = true}, {.severity = QStringLiteral("SEV2")},
                                      {.titleContains = QStringLiteral("checkout")},
                                      {.activeOnly = true, .severity = QStringLiteral("SEV1")}};
        for (const IncidentFilter &filter : filters) {
            const QList<IncidentSummary> listed = f.store.incidents(filter);
            QVERIFY(!listed.isEmpty());
            for (const QUuid &id : ids) {
                int expected = -1;
                for (int row = 0; row < listed.size(); ++row)
                    if (listed.at(row).id == id)
                        expected = row;
                QCOMPARE(f.store.incidentPosition(filter, id), expected);
            }
            QCOMPARE(f.store.incidentPosition(filter, QUuid::createUuid()), -1);
        }
    }
};

QTEST_GUILESS_MAIN(tst_StoreCommands)
#include "tst_StoreCommands.moc"
