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
            TimelineEntry entry;
            entry.id = newId();
            entry.incidentId = incident;
            entry.body = QStringLiteral("entry %1").arg(i);
            // Many ties on occurred-at: the id must break them the same way everywhere.
            entry.occurredAt = base.addSecs(random.bounded(entries / 3 + 1));
            batch.append(entry);
        }
        QVERIFY(f.store.addEntries(batch));
        const auto pager = f.store.timelinePager(incident);
        QCOMPARE(pager->count(), entries);
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
};

QTEST_GUILESS_MAIN(tst_TimelinePager)
#include "tst_TimelinePager.moc"
