#include "KindLook.h"
#include "Theme.h"
#include "TimelineModel.h"
#include "UiTestStore.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QRandomGenerator>
#include <QSignalSpy>

#include <algorithm>
#include <cmath>

using namespace Sitrep;

namespace {
constexpr int EntryCount = 5000;
constexpr int SecondsApart = 10;
} // namespace

class tst_TimelineModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void rowsInTimeOrder();
    void appendedEntryIsOneInsertAtEnd();
    void backdatedEntryIsOneInsertInTheMiddle();
    void otherIncidentsEntriesAreIgnored();
    void pinIsOneDataChanged();
    void smallBatchInsertsLargeBatchResets();
    void cacheStaysBounded();
    void columnsAndRoles();
    void kindsHaveASignAndAColourThatReads();
    void switchingIncidentResets();
    void filterShowsOnlyMatchingEntries();
    void largeBatchUnderAFilterLandsInOrder();

private:
    struct Spies {
        explicit Spies(QAbstractItemModel *model)
            : inserted(model, &QAbstractItemModel::rowsInserted)
            , removed(model, &QAbstractItemModel::rowsRemoved)
            , changed(model, &QAbstractItemModel::dataChanged)
            , reset(model, &QAbstractItemModel::modelReset)
            , layout(model, &QAbstractItemModel::layoutChanged)
        { }
        QSignalSpy inserted, removed, changed, reset, layout;
    };

    QString bodyAt(int row) const
    {
        return m_model->index(row, TimelineModel::BodyColumn).data(TimelineModel::BodyRole).toString();
    }
    QDateTime timeOf(int i) const { return m_base.addSecs(qint64(i) * SecondsApart); }
    // Reads rows across the timeline so that inserts must invalidate cached pages.
    void warmCache();

    QTemporaryDir m_dir;
    std::unique_ptr<UiTest::Fixture> m_fixture;
    std::unique_ptr<TimelineModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QUuid m_incident;
    QUuid m_other;
    QDateTime m_base;
};

void tst_TimelineModel::initTestCase()
{
    // Seeding 5,000 entries takes a moment; seed once and copy the file for each test.
    UiTest::Fixture seed;
    QVERIFY(seed.open());
    m_incident = seed.declare(QStringLiteral("Checkout errors in EU"), 24 * 60);
    m_other = seed.declare(QStringLiteral("Search lag"), 24 * 60);
    m_base = QDateTime::currentDateTimeUtc().addDays(-1).addSecs(60);
    m_base.setTime(QTime(m_base.time().hour(), m_base.time().minute(), m_base.time().second()));

    // Inserted in shuffled order: the timeline must come out ordered by occurred-at.
    QList<TimelineEntry> entries;
    for (int i = 0; i < EntryCount; ++i) {
        TimelineEntry entry;
        entry.incidentId = m_incident;
        entry.body = QStringLiteral("entry %1").arg(i);
        entry.occurredAt = timeOf(i);
        entry.author = i % 2 ? seed.jo.id : seed.alice.id;
        entries.append(entry);
    }
    std::shuffle(entries.begin(), entries.end(), *QRandomGenerator::global());
    QVERIFY(seed.store->addEntries(entries));
    seed.store.reset();
    QVERIFY(
        QFile::copy(seed.dir.filePath(QStringLiteral("cache.sqlite")), m_dir.filePath(QStringLiteral("seed.sqlite"))));
}

void tst_TimelineModel::init()
{
    m_fixture = std::make_unique<UiTest::Fixture>();
    QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("seed.sqlite")),
                        m_fixture->dir.filePath(QStringLiteral("cache.sqlite"))));
    m_fixture->store = std::make_unique<Store>();
    QVERIFY(m_fixture->store->open(m_fixture->dir.filePath(QStringLiteral("cache.sqlite"))).ok);
    // The people of the seed, as loaded (their ids were made in initTestCase).
    const QList<Person> people = m_fixture->store->people();
    QCOMPARE(people.size(), 2);
    m_model = std::make_unique<TimelineModel>(m_fixture->store.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setIncident(m_incident);
}

void tst_TimelineModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_fixture.reset();
}

void tst_TimelineModel::warmCache()
{
    for (int row = 0; row < m_model->rowCount(); row += TimelineModel::PageSize)
        QVERIFY(!bodyAt(row).isEmpty());
    QVERIFY(!bodyAt(m_model->rowCount() - 1).isEmpty());
}

void tst_TimelineModel::rowsInTimeOrder()
{
    QCOMPARE(m_model->rowCount(), EntryCount);
    QCOMPARE(m_model->columnCount(), int(TimelineModel::ColumnCount));
    for (int row : {0, 1, 199, 200, 2500, 4999}) {
        QCOMPARE(bodyAt(row), QStringLiteral("entry %1").arg(row));
        QCOMPARE(m_model->index(row, 0).data(TimelineModel::OccurredAtRole).toDateTime(), timeOf(row));
    }
    // Out of range is empty, not a crash.
    QVERIFY(!m_model->index(EntryCount, 0).isValid());
}

void tst_TimelineModel::appendedEntryIsOneInsertAtEnd()
{
    warmCache();
    Spies spies(m_model.get());
    TimelineEntry entry;
    entry.incidentId = m_incident;
    entry.body = QStringLiteral("Roll back 14:02 deploy");
    entry.kind = EntryKind::Decision;
    const CommandResult added = m_fixture->store->addEntry(entry);
    QVERIFY2(added, qPrintable(added.error));

    QCOMPARE(spies.inserted.count(), 1);
    QCOMPARE(spies.inserted.at(0).at(1).toInt(), EntryCount);
    QCOMPARE(spies.inserted.at(0).at(2).toInt(), EntryCount);
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(spies.layout.count(), 0);
    QCOMPARE(spies.removed.count(), 0);
    QCOMPARE(m_model->rowCount(), EntryCount + 1);
    const QModelIndex last = m_model->index(EntryCount, TimelineModel::BodyColumn);
    QCOMPARE(last.data(TimelineModel::EntryIdRole).toUuid(), added.id);
    QCOMPARE(last.data(TimelineModel::KindRole).toInt(), int(EntryKind::Decision));
    QCOMPARE(last.data(TimelineModel::PendingRole).toBool(), true);
    QVERIFY(
        m_model->index(EntryCount, TimelineModel::StateColumn).data().toString().contains(QStringLiteral("pending")));
    QCOMPARE(bodyAt(EntryCount - 1), QStringLiteral("entry %1").arg(EntryCount - 1));
}

void tst_TimelineModel::backdatedEntryIsOneInsertInTheMiddle()
{
    warmCache();
    Spies spies(m_model.get());
    TimelineEntry entry;
    entry.incidentId = m_incident;
    entry.body = QStringLiteral("back-dated: first customer report");
    entry.occurredAt = timeOf(2500).addSecs(SecondsApart / 2);
    const CommandResult added = m_fixture->store->addEntry(entry);
    QVERIFY2(added, qPrintable(added.error));

    QCOMPARE(spies.inserted.count(), 1);
    QCOMPARE(spies.inserted.at(0).at(1).toInt(), 2501);
    QCOMPARE(spies.inserted.at(0).at(2).toInt(), 2501);
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(spies.layout.count(), 0);
    QCOMPARE(m_model->rowCount(), EntryCount + 1);
    QCOMPARE(bodyAt(2500), QStringLiteral("entry 2500"));
    QCOMPARE(bodyAt(2501), entry.body);
    QCOMPARE(bodyAt(2502), QStringLiteral("entry 2501"));
    QCOMPARE(bodyAt(EntryCount), QStringLiteral("entry %1").arg(EntryCount - 1));
    QCOMPARE(m_model->rowOf(added.id), 2501);
    QCOMPARE(m_model->index(2501, 0).data(TimelineModel::PendingRole).toBool(), true);

    // And one before everything.
    spies.inserted.clear();
    entry.body = QStringLiteral("back-dated: deploy started");
    entry.occurredAt = timeOf(-1);
    QVERIFY(m_fixture->store->addEntry(entry));
    QCOMPARE(spies.inserted.count(), 1);
    QCOMPARE(spies.inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(bodyAt(0), entry.body);
    QCOMPARE(bodyAt(1), QStringLiteral("entry 0"));
    QCOMPARE(bodyAt(2502), QStringLiteral("back-dated: first customer report"));
    QCOMPARE(spies.reset.count(), 0);
}

void tst_TimelineModel::otherIncidentsEntriesAreIgnored()
{
    Spies spies(m_model.get());
    TimelineEntry entry;
    entry.incidentId = m_other;
    entry.body = QStringLiteral("not on this timeline");
    QVERIFY(m_fixture->store->addEntry(entry));
    QCOMPARE(spies.inserted.count(), 0);
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(m_model->rowCount(), EntryCount);
}

void tst_TimelineModel::pinIsOneDataChanged()
{
    warmCache();
    const QUuid id = m_model->index(1234, 0).data(TimelineModel::EntryIdRole).toUuid();
    QCOMPARE(m_model->index(1234, 0).data(TimelineModel::PinnedRole).toBool(), false);
    Spies spies(m_model.get());
    QVERIFY(m_fixture->store->setEntryPinned(id, true));
    QCOMPARE(spies.changed.count(), 1);
    QCOMPARE(spies.changed.at(0).at(0).toModelIndex().row(), 1234);
    QCOMPARE(spies.changed.at(0).at(1).toModelIndex().row(), 1234);
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(m_model->index(1234, 0).data(TimelineModel::PinnedRole).toBool(), true);

    spies.changed.clear();
    QVERIFY(m_fixture->store->editEntry(id, EntryKind::Action, QStringLiteral("entry 1234, corrected")));
    QCOMPARE(spies.changed.count(), 1);
    QCOMPARE(bodyAt(1234), QStringLiteral("entry 1234, corrected"));
    QCOMPARE(m_model->index(1234, 0).data(TimelineModel::RevisionRole).toInt(), 2);
}

void tst_TimelineModel::smallBatchInsertsLargeBatchResets()
{
    // A burst of the live stream: inserted in place, one rowsInserted per run of
    // adjacent rows (each costs the view a pass over all its rows).
    Spies spies(m_model.get());
    QSignalSpy batchReset(m_model.get(), &TimelineModel::batchReset);
    const auto batchOf = [this](int count, int firstSecond, const QString &label) {
        QList<TimelineEntry> batch;
        for (int i = 0; i < count; ++i) {
            TimelineEntry entry;
            entry.incidentId = m_incident;
            entry.body = QStringLiteral("%1 %2").arg(label).arg(i);
            entry.occurredAt = timeOf(firstSecond + i);
            batch.append(entry);
        }
        return batch;
    };
    warmCache();
    QVERIFY(m_fixture->store->addEntries(batchOf(3, -10, QStringLiteral("burst"))
                                         + batchOf(2, EntryCount + 10, QStringLiteral("live"))
                                         + batchOf(1, -20, QStringLiteral("earliest"))));
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(spies.inserted.count(), 2); // rows 0-3, then the two at the end
    QCOMPARE(spies.inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(spies.inserted.at(0).at(2).toInt(), 3);
    QCOMPARE(spies.inserted.at(1).at(1).toInt(), EntryCount + 4);
    QCOMPARE(spies.inserted.at(1).at(2).toInt(), EntryCount + 5);
    QCOMPARE(batchReset.count(), 0);
    QCOMPARE(m_model->rowCount(), EntryCount + 6);
    QCOMPARE(bodyAt(0), QStringLiteral("earliest 0"));
    QCOMPARE(bodyAt(1), QStringLiteral("burst 0"));
    QCOMPARE(bodyAt(3), QStringLiteral("burst 2"));
    QCOMPARE(bodyAt(4), QStringLiteral("entry 0"));
    QCOMPARE(bodyAt(EntryCount + 5), QStringLiteral("live 1"));

    // An import or a page of the feed: one reset, and the view is told how many came.
    const int large = TimelineModel::MaxIncrementalBatch + 1;
    QVERIFY(m_fixture->store->addEntries(batchOf(large, -1000, QStringLiteral("imported"))));
    QCOMPARE(spies.reset.count(), 1);
    QCOMPARE(spies.inserted.count(), 2);
    QCOMPARE(batchReset.count(), 1);
    QCOMPARE(batchReset.first().at(0).toInt(), large);
    QCOMPARE(m_model->rowCount(), EntryCount + 6 + large);
    QCOMPARE(bodyAt(0), QStringLiteral("imported 0"));
    QCOMPARE(bodyAt(large), QStringLiteral("earliest 0"));
}

void tst_TimelineModel::cacheStaysBounded()
{
    for (int row = 0; row < m_model->rowCount(); row += 50)
        QVERIFY(!bodyAt(row).isEmpty());
    QVERIFY(m_model->cachedPageCount() <= TimelineModel::MaxCachedPages);
    QVERIFY(m_model->cachedPageCount() > 0);
    // The last pages read are the ones kept: reading them again still works.
    QCOMPARE(bodyAt(EntryCount - 1), QStringLiteral("entry %1").arg(EntryCount - 1));
    QCOMPARE(bodyAt(0), QStringLiteral("entry 0"));
}

void tst_TimelineModel::columnsAndRoles()
{
    const QModelIndex time = m_model->index(1, TimelineModel::TimeColumn);
    QCOMPARE(time.data().toString(), timeOf(1).toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    QVERIFY(time.data(Qt::ToolTipRole).toString().contains(QStringLiteral("UTC")));
    QVERIFY(time.data(Qt::ToolTipRole).toString().contains(timeOf(1).toString(Qt::ISODate)));
    QCOMPARE(m_model->index(1, TimelineModel::KindColumn).data().toString(), QStringLiteral("✎ NOTE"));
    QVERIFY(!m_model->index(1, TimelineModel::KindColumn).data(Qt::ForegroundRole).isValid()); // a note: the text's colour
    // Entry 1 is Jo's (odd rows), entry 0 Alice's: names come from the directory.
    QCOMPARE(m_model->index(1, TimelineModel::AuthorColumn).data().toString(), QStringLiteral("Jo Okafor"));
    QCOMPARE(m_model->index(0, TimelineModel::AuthorColumn).data().toString(), QStringLiteral("Alice Rivera"));
    // A narrow timeline cuts the author and kind: their tooltips have the whole word.
    QCOMPARE(m_model->index(0, TimelineModel::AuthorColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("Alice Rivera"));
    QCOMPARE(m_model->index(1, TimelineModel::KindColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("✎ NOTE"));
    QCOMPARE(m_model->index(1, TimelineModel::BodyColumn).data().toString(), QStringLiteral("entry 1"));
    QVERIFY(m_model->index(1, 0).data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("Jo Okafor")));
    QCOMPARE(m_model->headerData(TimelineModel::BodyColumn, Qt::Horizontal).toString(), QStringLiteral("Entry"));

    // A renamed person shows up without reloading the timeline.
    QList<Person> people = m_fixture->store->people();
    for (Person &person : people) {
        if (person.name == QStringLiteral("Jo Okafor"))
            person.name = QStringLiteral("Jo O.");
    }
    QVERIFY(m_fixture->store->replaceDirectory({}, people, m_fixture->store->services()));
    QCOMPARE(m_model->index(1, TimelineModel::AuthorColumn).data().toString(), QStringLiteral("Jo O."));
}

namespace {
// WCAG 2 contrast ratio of two colours.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return std::max(la, lb) / std::min(la, lb);
}
} // namespace

// Kinds with signs and colours: each kind its own sign (so never colour alone), and a
// colour that reads on the light and on the dark palette (WCAG AA, 4.5:1).
void tst_TimelineModel::kindsHaveASignAndAColourThatReads()
{
    QSet<QString> signs;
    for (EntryKind kind : KindLook::allKinds()) {
        const QString sign = KindLook::symbol(kind);
        QVERIFY(!sign.isEmpty());
        signs.insert(sign);
        QVERIFY(KindLook::columnText(kind).startsWith(sign + QLatin1Char(' ')));
        for (const QPalette &palette : {Theme::lightPalette(), Theme::darkPalette()}) {
            const QColor base = palette.color(QPalette::Base);
            const QColor color = KindLook::color(kind, base);
            if (kind == EntryKind::Note) {
                QVERIFY(!color.isValid());
                continue;
            }
            QVERIFY2(contrast(color, base) >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3")
                                                                  .arg(color.name(), base.name())
                                                                  .arg(contrast(color, base))));
            QVERIFY2(contrast(color, palette.color(QPalette::AlternateBase)) >= 4.5, qPrintable(color.name()));
            // The entry box shows it on the window's background.
            QVERIFY2(contrast(KindLook::color(kind, palette.color(QPalette::Window)), palette.color(QPalette::Window)) >= 4.5,
                     qPrintable(color.name()));
        }
    }
    QCOMPARE(signs.size(), KindLook::allKinds().size());
    QCOMPARE(KindLook::allKinds().size(), qsizetype(enumCount<EntryKind>()));

    // In the model: the decision's column in its colour for the palette in use.
    TimelineEntry decision;
    decision.incidentId = m_incident;
    decision.kind = EntryKind::Decision;
    decision.body = QStringLiteral("Roll back checkout-api");
    const CommandResult added = m_fixture->store->addEntry(decision);
    QVERIFY2(added, qPrintable(added.error));
    const QModelIndex kind = m_model->index(m_model->rowCount() - 1, TimelineModel::KindColumn);
    QCOMPARE(kind.data().toString(), QStringLiteral("◆ DECISION"));
    QCOMPARE(kind.data(Qt::ForegroundRole).value<QBrush>().color(),
             KindLook::color(EntryKind::Decision, QColor(Qt::white))); // no GUI here: the light palette's
}

void tst_TimelineModel::switchingIncidentResets()
{
    Spies spies(m_model.get());
    m_model->setIncident(m_other);
    QCOMPARE(spies.reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setIncident({});
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setIncident(m_incident);
    QCOMPARE(m_model->rowCount(), EntryCount);
}

void tst_TimelineModel::filterShowsOnlyMatchingEntries()
{
    const QUuid jo = m_fixture->store->people().at(0).name == QStringLiteral("Jo Okafor")
                         ? m_fixture->store->people().at(0).id
                         : m_fixture->store->people().at(1).id;
    Spies spies(m_model.get());
    TimelineFilter filter;
    filter.kinds = {EntryKind::Note};
    filter.author = jo;
    m_model->setFilter(filter);
    QCOMPARE(spies.reset.count(), 1);
    QCOMPARE(m_model->rowCount(), EntryCount / 2);
    QCOMPARE(bodyAt(0), QStringLiteral("entry 1"));
    QCOMPARE(bodyAt(1), QStringLiteral("entry 3"));
    QCOMPARE(bodyAt(EntryCount / 2 - 1), QStringLiteral("entry %1").arg(EntryCount - 1));
    m_model->setFilter(filter); // the same filter again: nothing happens
    QCOMPARE(spies.reset.count(), 1);

    // A live entry that passes is one insert; one that does not is nothing.
    TimelineEntry entry;
    entry.incidentId = m_incident;
    entry.body = QStringLiteral("Jo's note");
    entry.author = jo;
    QVERIFY(m_fixture->store->addEntry(entry));
    entry.author = newId();
    entry.body = QStringLiteral("someone else's");
    QVERIFY(m_fixture->store->addEntry(entry));
    QCOMPARE(spies.inserted.count(), 1);
    QCOMPARE(spies.inserted.at(0).at(1).toInt(), EntryCount / 2);
    QCOMPARE(m_model->rowCount(), EntryCount / 2 + 1);

    // Jo makes the first of them a decision: it leaves the timeline, then comes back.
    m_fixture->store->setActor(jo);
    const QUuid first = m_model->index(0, 0).data(TimelineModel::EntryIdRole).toUuid();
    QVERIFY(m_fixture->store->editEntry(first, EntryKind::Decision, QStringLiteral("entry 1 decided")));
    QCOMPARE(spies.removed.count(), 1);
    QCOMPARE(spies.removed.at(0).at(1).toInt(), 0);
    QCOMPARE(bodyAt(0), QStringLiteral("entry 3"));
    QVERIFY(m_fixture->store->editEntry(first, EntryKind::Note, QStringLiteral("entry 1 noted")));
    QCOMPARE(spies.inserted.count(), 2);
    QCOMPARE(spies.inserted.at(1).at(1).toInt(), 0);
    QCOMPARE(bodyAt(0), QStringLiteral("entry 1 noted"));
    QCOMPARE(spies.reset.count(), 1);

    m_model->setFilter({});
    QCOMPARE(m_model->rowCount(), EntryCount + 2);

    // Another incident (or the same, reopened) starts unfiltered.
    m_model->setFilter(filter);
    m_model->setIncident(m_incident);
    QVERIFY(m_model->filter().isEmpty());
    QCOMPARE(m_model->rowCount(), EntryCount + 2);
}

// A page of the feed under a filter: one reset, and the pager takes the batch in without
// reading the incident again; what passes lands in time order, wherever it belongs.
void tst_TimelineModel::largeBatchUnderAFilterLandsInOrder()
{
    const QList<Person> people = m_fixture->store->people();
    TimelineFilter filter;
    filter.author = people.at(0).id;
    m_model->setFilter(filter);
    warmCache();
    Spies spies(m_model.get());
    QList<TimelineEntry> batch;
    for (int i = 0; i < TimelineModel::MaxIncrementalBatch + 1; ++i) {
        TimelineEntry entry;
        entry.incidentId = m_incident;
        entry.author = people.at(i % 2).id;
        entry.body = QStringLiteral("synced %1").arg(i);
        // Before, between and after the seeded entries.
        entry.occurredAt = timeOf(i % 3 == 0 ? -1000 + i : i % 3 == 1 ? i * 7 : EntryCount + i).addMSecs(500);
        batch.append(entry);
    }
    const int before = m_model->rowCount();
    QVERIFY(m_fixture->store->addEntries(batch));
    QCOMPARE(spies.reset.count(), 1);
    QCOMPARE(spies.inserted.count(), 0);

    // The reference: the store's whole timeline, filtered the obvious way.
    const std::unique_ptr<TimelinePager> all = m_fixture->store->timelinePager(m_incident);
    QStringList expected;
    for (const TimelineRow &row : all->page(0, all->count())) {
        if (row.entry.author == filter.author)
            expected.append(row.entry.body);
    }
    QCOMPARE(m_model->rowCount(), expected.size());
    QCOMPARE(m_model->rowCount(), before + (TimelineModel::MaxIncrementalBatch + 2) / 2);
    QStringList shown;
    for (int row = 0; row < m_model->rowCount(); ++row)
        shown.append(bodyAt(row));
    QCOMPARE(shown, expected);
}

QTEST_GUILESS_MAIN(tst_TimelineModel)
#include "tst_TimelineModel.moc"
