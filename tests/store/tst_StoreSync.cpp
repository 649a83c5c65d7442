// The store's sync side without a network: settling pushed ops by the server's answers,
// and folding the change feed (our own ops coming back, other consoles' changes,
// conflicts) the way docs/SYNC.md "Client" says. The feed is made from the outbox of a
// second store, as the server would relay it.

#include "StoreFixture.h"

#include "store/Sqlite.h"

#include <QSignalSpy>

using namespace Sitrep;
using namespace Sitrep::Testing;

namespace {

QList<OpResult> appliedFrom(const QList<Op> &ops, qint64 firstSeq)
{
    QList<OpResult> results;
    for (const Op &op : ops)
        results.append(OpResult{op.opId, OpResult::Applied, firstSeq++, {}});
    return results;
}

int outboxRows(Store &store)
{
    Statement count = store.db().prepare("SELECT count(*) FROM outbox");
    return count.next() ? count.integer(0) : -1;
}

} // namespace

class tst_StoreSync : public QObject
{
    Q_OBJECT
private slots:
    void storedAnswersSettleOpsAndPendingMarks()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QUuid incident = f.declare();
        const QUuid entry = f.addEntry(incident, QStringLiteral("EU 5xx at 38%"));
        const QList<Op> ops = takeOps(f.store);
        QCOMPARE(ops.size(), 2);
        QVERIFY(f.store.isEntryPending(entry));
        QSignalSpy outbox(&f.store, &Store::outboxChanged);
        QSignalSpy entryChanged(&f.store, &Store::entryChanged);

        QVERIFY(f.store.acknowledge(appliedFrom(ops, 1)));
        QCOMPARE(f.store.pendingOpCount(), 0);
        QVERIFY(f.store.pendingOps(10).isEmpty());
        QVERIFY(!f.store.isEntryPending(entry));
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(outbox.first().first().toInt(), 0);
        QCOMPARE(entryChanged.size(), 1); // the timeline drops its "pending" mark
        // Kept (acknowledged) until the feed passes their seqs; then gone.
        QCOMPARE(outboxRows(f.store), 2);
        QVERIFY(f.store.applyChanges({}, 2).ok);
        QCOMPARE(outboxRows(f.store), 0);
        // The server's changes commit without waiting for the disk (they can be pulled
        // again); the connection is back to durable commits for the person's own writes.
        Statement synchronous = f.store.db().prepare("PRAGMA synchronous");
        QVERIFY(synchronous.next());
        QCOMPARE(synchronous.integer(0), 2); // FULL
        QCOMPARE(f.store.syncCursor(), 2);

        // A second answer for the same ops (two sitrepctl on one profile) changes nothing.
        QVERIFY(f.store.acknowledge(appliedFrom(ops, 1)));
        QCOMPARE(f.store.pendingOpCount(), 0);
    }

    void unavailableStaysAndRejectedIsKeptVisible()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QUuid incident = f.declare();
        const QUuid entry = f.addEntry(incident, QStringLiteral("a note the server refuses"));
        const QList<Op> ops = takeOps(f.store);
        QSignalSpy rejectedSignal(&f.store, &Store::rejectedOpsChanged);
        QVERIFY(f.store.acknowledge({OpResult{ops.at(0).opId, OpResult::Unavailable, 0, QStringLiteral("disk full")},
                                     OpResult{ops.at(1).opId, OpResult::Rejected, 0, QStringLiteral("forbidden: viewer")}}));
        QCOMPARE(f.store.pendingOpCount(), 1);
        QCOMPARE(f.store.pendingOps(10).size(), 1);
        QCOMPARE(f.store.pendingOps(10).first().op.opId, ops.at(0).opId);
        QCOMPARE(f.store.pendingOps(10).first().attempts, 1);
        const QList<RejectedOp> rejected = f.store.rejectedOps();
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().opId, ops.at(1).opId);
        QCOMPARE(rejected.first().error, QStringLiteral("forbidden: viewer"));
        QCOMPARE(rejectedSignal.size(), 1);
        // The entry stays on the local timeline, marked as refused, not as pending.
        QVERIFY(!f.store.isEntryPending(entry));
        const auto pager = f.store.timelinePager(incident);
        const QList<TimelineRow> rows = pager->page(0, pager->count());
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows.first().rejected);
        QVERIFY(!rows.first().pending);
    }

    void changesOfOthersAreApplied()
    {
        StoreFixture mine;
        StoreFixture theirs;
        QVERIFY(mine.open());
        QVERIFY(theirs.open());
        theirs.store.setActor(theirs.jo.id);
        const QUuid incident = theirs.declare(QStringLiteral("Search lag"), QStringLiteral("SEV3"));
        const QUuid entry = theirs.addEntry(incident, QStringLiteral("p99 at 4 s"));
        RoleAssignment ic;
        ic.incidentId = incident;
        ic.role = Roles::IncidentCommander;
        ic.personId = theirs.jo.id;
        QVERIFY(theirs.store.assignRole(ic));
        QVERIFY(theirs.store.setStatus(incident, IncidentStatus::Investigating));
        QVERIFY(theirs.store.editEntry(entry, EntryKind::Decision, QStringLiteral("p99 at 4 s: roll back")));
        QList<Change> feed;
        qint64 seq = 0;
        for (const Op &op : takeOps(theirs.store))
            feed.append(changeOf(op, ++seq));

        QSignalSpy added(&mine.store, &Store::entriesAdded);
        QSignalSpy roles(&mine.store, &Store::rolesChanged);
        const ApplyResult result = mine.store.applyChanges(feed);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.applied, feed.size());
        QCOMPARE(mine.store.syncCursor(), seq);
        QCOMPARE(mine.store.pendingOpCount(), 0); // nothing of it goes back to the server

        const Incident local = *mine.store.incident(incident);
        const Incident remote = *theirs.store.incident(incident);
        QCOMPARE(local.status, IncidentStatus::Investigating);
        QCOMPARE(local.transitions.size(), 2);
        QCOMPARE(local.acknowledgedAt, remote.acknowledgedAt);
        QCOMPARE(local.title, remote.title);
        QCOMPARE(mine.store.entryCount(incident), theirs.store.entryCount(incident));
        const TimelineEntry edited = *mine.store.entry(entry, true);
        QCOMPARE(edited.body, QStringLiteral("p99 at 4 s: roll back"));
        QCOMPARE(edited.kind, EntryKind::Decision);
        QCOMPARE(edited.revision, 2);
        QCOMPARE(edited.history.size(), 1);
        QCOMPARE(edited.history.first().body, QStringLiteral("p99 at 4 s"));
        QCOMPARE(mine.store.roles(incident).size(), 1);
        QCOMPARE(mine.store.roles(incident).first().personId, theirs.jo.id);
        QVERIFY(!mine.store.isEntryPending(entry));
        QCOMPARE(added.size(), 1); // one batch signal for the page, not a reset per row
        QCOMPARE(roles.size(), 1);
        QCOMPARE(mine.store.search(QStringLiteral("roll")).size(), 1);

        // Applying the page again (a pull overlapping the stream) changes nothing.
        QCOMPARE(mine.store.applyChanges(feed).applied, 0);
        QCOMPARE(mine.store.entryCount(incident), theirs.store.entryCount(incident));
    }

    void ownChangeComingBackSettlesALostAnswer()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QUuid incident = f.declare();
        f.addEntry(incident, QStringLiteral("typed while the answer got lost"));
        const QList<Op> ops = takeOps(f.store);
        // No acknowledgement: the response was lost. The feed brings the ops back.
        QList<Change> feed{changeOf(ops.at(0), 1), changeOf(ops.at(1), 2)};
        QVERIFY(f.store.applyChanges(feed).ok);
        QCOMPARE(f.store.pendingOpCount(), 0);
        QVERIFY(f.store.pendingOps(10).isEmpty()); // nothing is pushed a second time
        QCOMPARE(f.store.entryCount(incident), 1);
        QCOMPARE(outboxRows(f.store), 0);
    }

    void localChangeOrderedLaterKeepsItsValue()
    {
        StoreFixture mine;
        StoreFixture theirs;
        QVERIFY(mine.open());
        QVERIFY(theirs.open());
        const QUuid incident = mine.declare(QStringLiteral("Checkout errors"), QStringLiteral("SEV3"));
        const QList<Op> declared = takeOps(mine.store);
        QVERIFY(mine.store.acknowledge(appliedFrom(declared, 1)));
        QVERIFY(mine.store.applyChanges({changeOf(declared.first(), 1)}).ok);
        QVERIFY(theirs.store.applyChanges({changeOf(declared.first(), 1)}).ok);

        // Both raise the severity offline; theirs reaches the server first (seq 2).
        QVERIFY(mine.store.setSeverity(incident, QStringLiteral("SEV1")));
        QVERIFY(theirs.store.setSeverity(incident, QStringLiteral("SEV2")));
        const QList<Op> theirOps = takeOps(theirs.store);
        QVERIFY(mine.store.applyChanges({changeOf(theirOps.at(0), 2), changeOf(theirOps.at(1), 3)}).ok);
        // Our op is still pending: the server will order it after theirs, so ours stays.
        QCOMPARE(mine.store.incident(incident)->severity, QStringLiteral("SEV1"));

        // Ours is applied as seq 4 with a conflict: SEV2 lost. Acknowledged before its echo.
        const QList<Op> myOps = takeOps(mine.store);
        QCOMPARE(myOps.at(0).type, OpType::IncidentSeverity);
        QVERIFY(mine.store.acknowledge({OpResult{myOps.at(0).opId, OpResult::Conflict, 4, {}},
                                        OpResult{myOps.at(1).opId, OpResult::Applied, 5, {}}}));
        QSignalSpy conflictsSignal(&mine.store, &Store::conflictsChanged);
        const QList<ChangeConflict> lost{{QStringLiteral("severity"), QStringLiteral("SEV2"), QStringLiteral("SEV1")}};
        QVERIFY(mine.store.applyChanges({changeOf(myOps.at(0), 4, lost), changeOf(myOps.at(1), 5)}).ok);
        QCOMPARE(mine.store.incident(incident)->severity, QStringLiteral("SEV1"));
        const QList<ConflictRecord> conflicts = mine.store.conflicts(incident);
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().field, QStringLiteral("severity"));
        QCOMPARE(conflicts.first().losing.toString(), QStringLiteral("SEV2"));
        QCOMPARE(conflicts.first().winning.toString(), QStringLiteral("SEV1"));
        QCOMPARE(conflicts.first().seq, 4);
        QCOMPARE(mine.store.conflictCount(), 1);
        QCOMPARE(conflictsSignal.size(), 1);

        // The other console folds the same feed to the same value, and the same record.
        QVERIFY(theirs.store.acknowledge(appliedFrom(theirOps, 2)));
        QVERIFY(theirs.store.applyChanges({changeOf(theirOps.at(0), 2), changeOf(theirOps.at(1), 3),
                                           changeOf(myOps.at(0), 4, lost), changeOf(myOps.at(1), 5)})
                    .ok);
        QCOMPARE(theirs.store.incident(incident)->severity, QStringLiteral("SEV1"));
        const QList<ConflictRecord> theirConflicts = theirs.store.conflicts(incident);
        QCOMPARE(theirConflicts.size(), 1);
        QCOMPARE(theirConflicts.first().field, conflicts.first().field);
        QCOMPARE(theirConflicts.first().losing, conflicts.first().losing);
        QCOMPARE(theirConflicts.first().winning, conflicts.first().winning);
        QCOMPARE(theirConflicts.first().seq, conflicts.first().seq);
        QCOMPARE(theirs.store.entryCount(incident), mine.store.entryCount(incident));
    }

    void bridgeFieldsFromTheFeedAndTheirHold()
    {
        StoreFixture mine;
        StoreFixture theirs;
        QVERIFY(mine.open());
        QVERIFY(theirs.open());
        // Their console's next op as the server stores and relays it: acknowledged, echoed.
        qint64 seq = 0;
        const auto relay = [&] {
            const QList<Op> ops = takeOps(theirs.store);
            const Op op = ops.value(0);
            if (ops.size() != 1 || !theirs.store.acknowledge(appliedFrom(ops, ++seq))
                || !theirs.store.applyChanges({changeOf(op, seq)}).ok)
                qWarning() << "relay failed with" << ops.size() << "ops";
            return changeOf(op, seq);
        };
        const QUuid incident = theirs.declare(QStringLiteral("Payments down"), QStringLiteral("SEV1"));
        QVERIFY(mine.store.applyChanges({relay()}).ok);

        Incident changed = *theirs.store.incident(incident);
        changed.criticalPhase = true;
        changed.bridge = {QStringLiteral("tel:+442079460000"), QStringLiteral("PIN 4711#"), QStringLiteral("phone tree")};
        changed.raci = RaciMatrix::defaultFor(QStringLiteral("SEV1"));
        changed.addedRoles = {QStringLiteral("customer_liaison")};
        QVERIFY(theirs.store.updateIncident(changed));
        QSignalSpy incidentChanged(&mine.store, &Store::incidentChanged);
        QVERIFY(mine.store.applyChanges({relay()}).ok);
        const Incident local = *mine.store.incident(incident);
        QVERIFY(local.criticalPhase);
        QCOMPARE(local.bridge, changed.bridge);
        QCOMPARE(local.raci, changed.raci);
        QCOMPARE(local.addedRoles, changed.addedRoles);
        QCOMPARE(incidentChanged.size(), 1);
        QCOMPARE(mine.store.pendingOpCount(), 0);

        // A local edit of the matrix still waiting for the server keeps its value against
        // an earlier change of it from the feed; the other fields follow the feed.
        Incident ours = local;
        ours.raci.activities.removeLast();
        QVERIFY(mine.store.updateIncident(ours));
        Incident theirsNext = *theirs.store.incident(incident);
        theirsNext.raci.activities.first().name = QStringLiteral("Declare");
        theirsNext.criticalPhase = false;
        theirsNext.bridge = {};
        QVERIFY(theirs.store.updateIncident(theirsNext));
        QVERIFY(mine.store.applyChanges({relay()}).ok);
        const Incident held = *mine.store.incident(incident);
        QCOMPARE(held.raci, ours.raci);
        QVERIFY(!held.criticalPhase);
        QVERIFY(held.bridge.isEmpty());

        // Ours is stored after theirs with a conflict on the matrix: every console folds
        // it to the same value and keeps the losing one.
        const QList<Op> myOps = takeOps(mine.store);
        QCOMPARE(myOps.size(), 1);
        const QList<ChangeConflict> lost{{QStringLiteral("raci"), theirsNext.raci.toJson(), ours.raci.toJson()}};
        QVERIFY(theirs.store.applyChanges({changeOf(myOps.first(), ++seq, lost)}).ok);
        QCOMPARE(theirs.store.incident(incident)->raci, ours.raci);
        QCOMPARE(theirs.store.conflicts(incident).size(), 1);
        QCOMPARE(theirs.store.conflicts(incident).first().field, QStringLiteral("raci"));
        QCOMPARE(theirs.store.conflicts(incident).first().losing, QJsonValue(theirsNext.raci.toJson()));
    }

    void acknowledgedOpIsNotOverwrittenByAnEarlierChange()
    {
        StoreFixture mine;
        StoreFixture theirs;
        QVERIFY(mine.open());
        QVERIFY(theirs.open());
        const QUuid incident = mine.declare();
        const QList<Op> declared = takeOps(mine.store);
        QVERIFY(mine.store.acknowledge(appliedFrom(declared, 1)));
        QVERIFY(mine.store.applyChanges({changeOf(declared.first(), 1)}).ok);
        QVERIFY(theirs.store.applyChanges({changeOf(declared.first(), 1)}).ok);

        Incident renamed = *mine.store.incident(incident);
        renamed.title = QStringLiteral("Ours, seq 3");
        QVERIFY(mine.store.updateIncident(renamed));
        Incident theirsRenamed = *theirs.store.incident(incident);
        theirsRenamed.title = QStringLiteral("Theirs, seq 2");
        QVERIFY(theirs.store.updateIncident(theirsRenamed));
        // Ours was answered (seq 3) before the feed brought theirs (seq 2): ours stays.
        const QList<Op> myOps = takeOps(mine.store);
        QVERIFY(mine.store.acknowledge({OpResult{myOps.first().opId, OpResult::Conflict, 3, {}}}));
        QVERIFY(mine.store.applyChanges({changeOf(takeOps(theirs.store).first(), 2)}).ok);
        QCOMPARE(mine.store.incident(incident)->title, QStringLiteral("Ours, seq 3"));
        QCOMPARE(mine.store.search(QStringLiteral("Theirs")).size(), 0);
    }

    void backwardStatusFollowsTheServer()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QUuid incident = f.declare();
        QVERIFY(f.store.setStatus(incident, IncidentStatus::Investigating));
        // The server had moved to resolved meanwhile: our step back does not move it.
        const QList<Op> ops = takeOps(f.store);
        const Op &statusOp = ops.at(1);
        QCOMPARE(statusOp.type, OpType::IncidentStatus);
        Op resolved = statusOp;
        resolved.opId = newId();
        resolved.payload.insert(QStringLiteral("status"), QStringLiteral("resolved"));
        QVERIFY(f.store.applyChanges({changeOf(ops.at(0), 1), changeOf(resolved, 2)}).ok);
        QCOMPARE(f.store.incident(incident)->status, IncidentStatus::Investigating); // ours is later
        const QList<ChangeConflict> behind{{QStringLiteral("status"), QStringLiteral("investigating"),
                                            QStringLiteral("resolved")}};
        QVERIFY(f.store.applyChanges({changeOf(statusOp, 3, behind), changeOf(ops.at(2), 4)}).ok);
        QCOMPARE(f.store.incident(incident)->status, IncidentStatus::Resolved);
        QVERIFY(f.store.incident(incident)->resolvedAt.isValid());
        QCOMPARE(f.store.pendingOpCount(), 0);
    }

    void concurrentEditsKeepTheServersRevisionOrder()
    {
        StoreFixture mine;
        StoreFixture theirs;
        QVERIFY(mine.open());
        QVERIFY(theirs.open());
        const QUuid incident = mine.declare();
        const QUuid entry = mine.addEntry(incident, QStringLiteral("first words"));
        const QList<Op> base = takeOps(mine.store);
        QVERIFY(mine.store.acknowledge(appliedFrom(base, 1)));
        QList<Change> baseFeed{changeOf(base.at(0), 1), changeOf(base.at(1), 2)};
        QVERIFY(mine.store.applyChanges(baseFeed).ok);
        QVERIFY(theirs.store.applyChanges(baseFeed).ok);

        QVERIFY(mine.store.editEntry(entry, EntryKind::Note, QStringLiteral("mine")));
        QVERIFY(theirs.store.editEntry(entry, EntryKind::Note, QStringLiteral("theirs")));
        const Op theirEdit = takeOps(theirs.store).first();
        QVERIFY(mine.store.applyChanges({changeOf(theirEdit, 3)}).ok);
        // The server will number theirs 2 and ours 3: the local history says the same.
        TimelineEntry local = *mine.store.entry(entry, true);
        QCOMPARE(local.body, QStringLiteral("mine"));
        QCOMPARE(local.revision, 3);
        QCOMPARE(local.history.size(), 2);
        QCOMPARE(local.history.at(0).body, QStringLiteral("first words"));
        QCOMPARE(local.history.at(1).body, QStringLiteral("theirs"));
        QCOMPARE(local.history.at(1).revision, 2);

        const Op myEdit = takeOps(mine.store).first();
        QVERIFY(mine.store.applyChanges({changeOf(myEdit, 4)}).ok);
        QVERIFY(theirs.store.acknowledge({OpResult{theirEdit.opId, OpResult::Applied, 3, {}}}));
        QVERIFY(theirs.store.applyChanges({changeOf(theirEdit, 3), changeOf(myEdit, 4)}).ok);
        const TimelineEntry other = *theirs.store.entry(entry, true);
        local = *mine.store.entry(entry, true);
        QCOMPARE(other.body, local.body);
        QCOMPARE(other.revision, local.revision);
        QCOMPARE(other.history.size(), local.history.size());
        for (qsizetype i = 0; i < local.history.size(); ++i)
            QCOMPARE(other.history.at(i).body, local.history.at(i).body);
    }

    void unknownIncidentIsReportedNotGuessed()
    {
        StoreFixture mine;
        StoreFixture theirs;
        QVERIFY(mine.open());
        QVERIFY(theirs.open());
        const QUuid incident = theirs.declare();
        theirs.addEntry(incident, QStringLiteral("hello"));
        const QList<Op> ops = takeOps(theirs.store);
        // Only the entry: the declare is below our cursor (we were not a member then).
        const ApplyResult result = mine.store.applyChanges({changeOf(ops.at(1), 7)});
        QVERIFY(result.ok);
        QCOMPARE(result.unknownIncidents, QList<QUuid>{incident});
        QCOMPARE(mine.store.syncCursor(), 7);
        QVERIFY(mine.store.importIncident(*theirs.store.incident(incident), {*theirs.store.entry(ops.at(1).entityId)}));
        QCOMPARE(mine.store.entryCount(incident), 1);
        QCOMPARE(mine.store.pendingOpCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_StoreSync)
#include "tst_StoreSync.moc"
