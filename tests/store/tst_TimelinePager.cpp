#include "StoreFixture.h"

#include <QRandomGenerator>

#include <algorithm>

using namespace Sitrep;
using namespace Sitrep::Testing;

namespace {

// The reference order, computed the slow obvious way.
QList<QUuid> expectedOrder(QList<TimelineEntry> entries)
{
    std::sort(entries.begin(), entries.end(), [](const TimelineEntry &a, const TimelineEntry &b) {
        if (a.occurredAt != b.occurredAt)
            return a.occurredAt < b.occurredAt;
        return a.id.toRfc4122() < b.id.toRfc4122();
    });
    QList<QUuid> ids;
    for (const TimelineEntry &entry : entries)
        ids.append(entry.id);
    return ids;
}

// An entry of the incident with its id chosen here: the tests compare orders by id.
TimelineEntry entryAt(const QUuid &incident, const QDateTime &occurredAt, const QString &body,
                      EntryKind kind = EntryKind::Note)
{
    TimelineEntry entry;
    entry.id = newId();
    entry.incidentId = incident;
    entry.body = body;
    entry.kind = kind;
    entry.occurredAt = occurredAt;
    return entry;
}

QList<QUuid> pagedOrder(TimelinePager &pager, int pageSize)
{
    QList<QUuid> ids;
    for (int position = 0; position < pager.count(); position += pageSize) {
        for (const TimelineRow &row : pager.page(position, pageSize))
            ids.append(row.entry.id);
    }
    return ids;
}

} // namespace

class tst_TimelinePager : public QObject
{
    Q_OBJECT
private slots:
    void pagesMatchTheFullOrderEverywhere_data()
    {
        QTest::addColumn<int>("entries");
        QTest::addColumn<int>("pageSize");
        QTest::newRow("empty") << 0 << 10;
        QTest::newRow("one") << 1 << 10;
        QTest::newRow("exactly one stride") << TimelinePager::Stride << 7;
        QTest::newRow("many strides, odd pages") << TimelinePager::Stride * 9 + 13 << 97;
        // Pages near the end read backwards from the newest; further back from anchors.
        QTest::newRow("beyond the tail window") << TimelinePager::TailWindow + TimelinePager::Stride * 3 + 13 << 97;
    }
    void pagesMatchTheFullOrderEverywhere()
    {
        QFETCH(int, entries);
        QFETCH(int, pageSize);
        StoreFixture f;
        QVERIFY(f.open());
        const QUuid incident = f.declare();
        QRandomGenerator random(7);
        const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-1);
        QList<TimelineEntry> batch;
        for (int i = 0; i < entries; ++i) {
            // Many ties on occurred-at: the id must break them the same way everywhere.
            batch.append(entryAt(incident, base.addSecs(random.bounded(entries / 3 + 1)), QStringLiteral("entry %1").arg(i)));
        }
        QVERIFY(f.store.addEntries(batch));
        const auto pager = f.store.timelinePager(incident);
        QCOMPARE(pager->count(), entries);
        if (entries > 0) { // the newest page first, as an incident opens: no anchors needed
            const QList<TimelineRow> newest = pager->page(std::max(0, entries - pageSize), pageSize);
            QCOMPARE(newest.constLast().entry.id, expectedOrder(batch).constLast());
            QCOMPARE(pager->anchorCount(), 0);
        }
        QCOMPARE(pagedOrder(*pager, pageSize), expectedOrder(batch));
        if (entries > 0) {
            QCOMPARE(pager->page(entries - 1, 50).size(), 1);
            QCOMPARE(pager->page(entries / 2, 1).first().entry.id, expectedOrder(batch).at(entries / 2));
        }
        QVERIFY(pager->page(entries, 10).isEmpty());
        QVERIFY(pager->page(-5, 0).isEmpty());
    }

    // The pager follows inserts anywhere (live entries, back-dated notes) without a
    // rebuild, and its answers stay those of a full re-sort.
    void followsInsertsAnywhere()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QUuid incident = f.declare();
        QRandomGenerator random(11);
        const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-1);
        QList<TimelineEntry> all;
        QList<TimelineEntry> batch;
        for (int i = 0; i < TimelinePager::Stride * 4; ++i) {
            TimelineEntry entry;
            entry.id = newId();
            entry.incidentId = incident;
            entry.body = QStringLiteral("seed %1").arg(i);
            entry.occurredAt = base.addSecs(i * 10);
            batch.append(entry);
        }
        QVERIFY(f.store.addEntries(batch));
        all = batch;
        const auto pager = f.store.timelinePager(incident);
        const qsizetype anchorsAtStart = pager->anchorCount();

        for (int i = 0; i < 1500; ++i) {
            TimelineEntry entry;
            entry.id = newId();
            entry.incidentId = incident;
            entry.body = QStringLiteral("live %1").arg(i);
            const int where = random.bounded(10);
            // 60% at the end (live typing), the rest back-dated anywhere, some before the start.
            entry.occurredAt = where < 6 ? base.addSecs(100000 + i) : base.addSecs(random.bounded(-50, all.size() * 10));
            QVERIFY(f.store.addEntry(entry));
            all.append(entry);
            const int position = pager->entryInserted(entry.id);
            const QList<QUuid> order = expectedOrder(all);
            QCOMPARE(position, int(order.indexOf(entry.id)));
            QCOMPARE(pager->count(), all.size());
            if (i % 250 == 0)
                QCOMPARE(pagedOrder(*pager, 61), order);
        }
        QCOMPARE(pagedOrder(*pager, 100), expectedOrder(all));
        QVERIFY(pager->anchorCount() > anchorsAtStart); // gaps were split, not left to grow
        for (const TimelineEntry &entry : std::as_const(all).mid(0, 50))
            QCOMPARE(pager->positionOf(entry.id), int(expectedOrder(all).indexOf(entry.id)));
        QCOMPARE(pager->positionOf(newId()), -1);
    }

    // A burst stored together, in any order (the live stream's bursts): the positions
    // come back ascending, each where the entry is in the end, and each is also where it
    // lands when the ones before it were added first.
    void takesABatchInDisplayOrder_data()
    {
        QTest::addColumn<bool>("filtered");
        QTest::newRow("whole timeline") << false;
        QTest::newRow("decisions only") << true;
    }
    void takesABatchInDisplayOrder()
    {
        QFETCH(bool, filtered);
        StoreFixture f;
        QVERIFY(f.open());
        const QUuid incident = f.declare();
        const QUuid other = f.declare(QStringLiteral("other"));
        QRandomGenerator random(3);
        const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-1);
        const auto makeEntry = [&](const QUuid &in, int second, const QString &body) {
            TimelineEntry entry;
            entry.id = newId();
            entry.incidentId = in;
            entry.body = body;
            entry.kind = random.bounded(2) ? EntryKind::Decision : EntryKind::Note;
            entry.occurredAt = base.addSecs(second);
            return entry;
        };
        QList<TimelineEntry> all;
        for (int i = 0; i < TimelinePager::Stride * 3; ++i)
            all.append(makeEntry(incident, i * 10, QStringLiteral("seed %1").arg(i)));
        QVERIFY(f.store.addEntries(all));
        TimelineFilter filter;
        if (filtered)
            filter.kinds = {EntryKind::Decision};
        const auto shown = [&](const QList<TimelineEntry> &entries) {
            QList<TimelineEntry> kept;
            for (const TimelineEntry &entry : entries) {
                if (!filtered || entry.kind == EntryKind::Decision)
                    kept.append(entry);
            }
            return expectedOrder(kept);
        };
        const auto pager = f.store.timelinePager(incident, filter);

        for (int round = 0; round < 5; ++round) {
            QList<TimelineEntry> burst;
            for (int i = 0; i < 40; ++i) {
                // Most at the end, some back-dated anywhere, in no particular order.
                const int second = random.bounded(3) ? 100000 + round * 100 + random.bounded(100)
                                                     : random.bounded(-50, TimelinePager::Stride * 30);
                burst.append(makeEntry(incident, second, QStringLiteral("burst %1.%2").arg(round).arg(i)));
            }
            burst.append(makeEntry(other, 5, QStringLiteral("elsewhere"))); // never counted
            const QList<QUuid> before = shown(all);
            QVERIFY(f.store.addEntries(burst));
            burst.removeLast();
            all += burst;
            QList<QUuid> ids;
            for (const TimelineEntry &entry : std::as_const(burst))
                ids.append(entry.id);
            ids.append(newId()); // not in the store at all

            const QList<int> positions = pager->entriesInserted(ids);
            const QList<QUuid> after = shown(all);
            const QList<QUuid> burstShown = shown(burst);
            QCOMPARE(positions.size(), burstShown.size());
            QList<QUuid> replay = before;
            for (int i = 0; i < positions.size(); ++i) {
                QCOMPARE(positions.at(i), int(after.indexOf(burstShown.at(i))));
                replay.insert(positions.at(i), burstShown.at(i)); // as a view is told, run by run
            }
            QCOMPARE(replay, after);
            QCOMPARE(pager->count(), after.size());
            QCOMPARE(pagedOrder(*pager, 53), after);
        }
    }

    // Entries added together that are too many to tell a view row by row (a page of the
    // feed, an import): taken in as a burst, or read again where that is cheaper; either
    // way the pager pages exactly the store's order. A burst that widens a gap between
    // anchors past 2 * Stride gets the gap split.
    void takesABigBatchAsABurstOrByReadingAgain_data()
    {
        QTest::addColumn<bool>("filtered");
        QTest::addColumn<bool>("backdated");
        QTest::addColumn<int>("size");
        QTest::newRow("after the newest") << false << false << 600;
        QTest::newRow("back-dated into one gap") << false << true << 600;
        QTest::newRow("more than in place") << false << true << TimelinePager::MaxBatchInPlace + 1;
        QTest::newRow("filtered, after the newest") << true << false << 600;
        QTest::newRow("filtered, back-dated") << true << true << 600;
    }
    void takesABigBatchAsABurstOrByReadingAgain()
    {
        QFETCH(bool, filtered);
        QFETCH(bool, backdated);
        QFETCH(int, size);
        StoreFixture f;
        QVERIFY(f.open());
        const QUuid incident = f.declare();
        const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-1);
        QList<TimelineEntry> all;
        // More than the tail window: a page at the start builds the anchors.
        for (int i = 0; i < TimelinePager::TailWindow + TimelinePager::Stride * 2; ++i)
            all.append(entryAt(incident, base.addSecs(i * 10), QStringLiteral("seed %1").arg(i),
                               i % 2 ? EntryKind::Decision : EntryKind::Note));
        QVERIFY(f.store.addEntries(all));
        TimelineFilter filter;
        if (filtered)
            filter.kinds = {EntryKind::Decision};
        const auto pager = f.store.timelinePager(incident, filter);
        QVERIFY(!pager->page(0, 10).isEmpty()); // a reader at the start
        const qsizetype anchorsBefore = pager->anchorCount();
        QVERIFY(filtered || anchorsBefore > 0);

        QList<TimelineEntry> batch;
        QList<QUuid> ids;
        for (int i = 0; i < size; ++i) {
            // Back-dated: all between two seeded entries (one gap between anchors).
            const QDateTime at = backdated ? base.addSecs(TimelinePager::Stride * 20 + 5).addMSecs(i % 1000)
                                           : base.addSecs(100000 + i);
            batch.append(entryAt(incident, at, QStringLiteral("batch %1").arg(i),
                                 i % 2 ? EntryKind::Decision : EntryKind::Note));
            ids.append(batch.constLast().id);
        }
        QVERIFY(f.store.addEntries(batch));
        pager->takeBatch(ids);
        all += batch;
        QList<TimelineEntry> shown;
        for (const TimelineEntry &entry : std::as_const(all)) {
            if (!filtered || entry.kind == EntryKind::Decision)
                shown.append(entry);
        }
        const QList<QUuid> expected = expectedOrder(shown);
        QCOMPARE(pager->count(), expected.size());
        QCOMPARE(pagedOrder(*pager, 97), expected);
        if (!filtered && backdated && size <= TimelinePager::MaxBatchInPlace)
            QVERIFY(pager->anchorCount() > anchorsBefore); // the widened gap was split
    }

    void entriesOfOtherIncidentsAreNotCounted()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QUuid one = f.declare(QStringLiteral("one"));
        const QUuid two = f.declare(QStringLiteral("two"));
        f.addEntry(one, QStringLiteral("a"));
        const QUuid other = f.addEntry(two, QStringLiteral("b"));
        const auto pager = f.store.timelinePager(one);
        QCOMPARE(pager->count(), 1);
        QCOMPARE(pager->entryInserted(other), -1);
        QCOMPARE(pager->count(), 1);
        QVERIFY(pager->page(0, 10).first().pending);
    }

    // A filtered pager shows exactly the entries a full scan would keep, in the same
    // order, and follows inserts and kind-changing edits.
    void filtersByKindAuthorAndTrack()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QUuid incident = f.declare();
        const QUuid network = newId();
        QRandomGenerator random(5);
        const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-1);
        const EntryKind kinds[] = {EntryKind::Note, EntryKind::Decision, EntryKind::Action, EntryKind::Comms};
        QList<TimelineEntry> all;
        for (int i = 0; i < 2000; ++i) {
            TimelineEntry entry;
            entry.id = newId();
            entry.incidentId = incident;
            entry.body = QStringLiteral("entry %1").arg(i);
            entry.kind = kinds[random.bounded(4)];
            entry.author = random.bounded(3) == 0 ? f.jo.id : f.ana.id;
            entry.trackId = random.bounded(5) == 0 ? network : QUuid();
            entry.occurredAt = base.addSecs(random.bounded(700));
            all.append(entry);
        }
        QVERIFY(f.store.addEntries(all));

        TimelineFilter filter;
        filter.kinds = {EntryKind::Decision, EntryKind::Action};
        filter.author = f.jo.id;
        const auto expected = [&](const TimelineFilter &wanted) {
            QList<TimelineEntry> kept;
            for (const TimelineEntry &entry : std::as_const(all)) {
                if ((wanted.kinds.isEmpty() || wanted.kinds.contains(entry.kind))
                    && (wanted.author.isNull() || entry.author == wanted.author)
                    && (wanted.track.isNull() || entry.trackId == wanted.track))
                    kept.append(entry);
            }
            return expectedOrder(kept);
        };
        auto pager = f.store.timelinePager(incident, filter);
        QVERIFY(pager->count() > 0 && pager->count() < all.size());
        QCOMPARE(pagedOrder(*pager, 37), expected(filter));
        const QList<QUuid> order = expected(filter);
        QCOMPARE(pager->positionOf(order.at(order.size() / 2)), int(order.size() / 2));

        TimelineFilter byTrack;
        byTrack.track = network;
        QCOMPARE(pagedOrder(*f.store.timelinePager(incident, byTrack), 50), expected(byTrack));

        // Live inserts: a matching one lands in order, another is not counted.
        for (int i = 0; i < 60; ++i) {
            TimelineEntry entry;
            entry.id = newId();
            entry.incidentId = incident;
            entry.body = QStringLiteral("live %1").arg(i);
            entry.kind = kinds[random.bounded(4)];
            entry.author = i % 2 ? f.jo.id : f.ana.id;
            entry.occurredAt = base.addSecs(random.bounded(-10, 800));
            QVERIFY(f.store.addEntry(entry));
            all.append(entry);
            const int position = pager->entryInserted(entry.id);
            QCOMPARE(position, int(expected(filter).indexOf(entry.id)));
        }
        QCOMPARE(pager->count(), expected(filter).size());
        QCOMPARE(pagedOrder(*pager, 100), expected(filter));

        // An edit that changes the kind moves the entry off, and back onto, the timeline.
        // (An edit makes its editor the author of the new revision: Jo edits here.)
        f.store.setActor(f.jo.id);
        const QUuid edited = expected(filter).at(3);
        QVERIFY(f.store.editEntry(edited, EntryKind::Note, QStringLiteral("now a note")));
        for (TimelineEntry &entry : all) {
            if (entry.id == edited)
                entry.kind = EntryKind::Note;
        }
        const TimelinePager::Change off = pager->entryChanged(edited);
        QCOMPARE(off.removedAt, 3);
        QCOMPARE(off.insertedAt, -1);
        QCOMPARE(pagedOrder(*pager, 100), expected(filter));
        QVERIFY(f.store.editEntry(edited, EntryKind::Decision, QStringLiteral("a decision again")));
        for (TimelineEntry &entry : all) {
            if (entry.id == edited)
                entry.kind = EntryKind::Decision;
        }
        QCOMPARE(pager->entryChanged(edited).insertedAt, 3);
        QCOMPARE(pagedOrder(*pager, 100), expected(filter));
        QCOMPARE(pager->positionOf(all.first().kind == EntryKind::Note ? all.first().id : newId()), -1);

        // Other incidents' entries never pass.
        const QUuid other = f.declare(QStringLiteral("other"));
        TimelineEntry foreign;
        foreign.incidentId = other;
        foreign.kind = EntryKind::Decision;
        foreign.author = f.jo.id;
        foreign.body = QStringLiteral("elsewhere");
        const CommandResult added = f.store.addEntry(foreign);
        QVERIFY(added);
        QCOMPARE(pager->entryInserted(added.id), -1);
    }
};

QTEST_GUILESS_MAIN(tst_TimelinePager)
#include "tst_TimelinePager.moc"
