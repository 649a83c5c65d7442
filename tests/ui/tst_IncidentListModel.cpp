#include "IncidentListModel.h"
#include "UiTestStore.h"
#include "rules/Labels.h"
#include "store/Sqlite.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QThread>

using namespace Sitrep;

namespace {

// The model's rows as its signals tell them: a copy kept by the insert, remove, move and
// reset signals alone, which must equal the model's own rows after every change. It checks
// the item-model contract on the paging paths, where a QAbstractItemModelTester cannot go
// (it calls fetchMore, so it reads every page).
class SignalledRows : public QObject
{
public:
    explicit SignalledRows(IncidentListModel *model)
        : m_model(model)
        , m_ids(modelIds())
    {
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
                [this](const QModelIndex &parent, int first) {
                    expect(!parent.isValid() && first >= 0 && first <= m_ids.size(), "insert outside the rows");
                    expect(m_ids == modelIds(), "rows changed before the insert was announced");
                });
        connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
            for (int row = first; row <= last; ++row)
                m_ids.insert(row, m_model->idAt(row));
        });
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                [this](const QModelIndex &parent, int first, int last) {
                    expect(!parent.isValid() && first >= 0 && last < m_ids.size(), "remove outside the rows");
                    expect(m_ids == modelIds(), "rows changed before the removal was announced");
                });
        connect(model, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &, int first, int last) {
            m_ids.remove(first, last - first + 1);
        });
        connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, [this] {
            expect(m_ids == modelIds(), "rows changed before the move was announced");
        });
        connect(model, &QAbstractItemModel::rowsMoved, this,
                [this](const QModelIndex &, int first, int last, const QModelIndex &, int destination) {
                    const QList<QUuid> moving = m_ids.mid(first, last - first + 1);
                    m_ids.remove(first, moving.size());
                    const int at = destination > first ? destination - int(moving.size()) : destination;
                    for (int i = 0; i < moving.size(); ++i)
                        m_ids.insert(at + i, moving.at(i));
                });
        connect(model, &QAbstractItemModel::modelReset, this, [this] { m_ids = modelIds(); });
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    expect(topLeft.isValid() && bottomRight.isValid() && topLeft.row() <= bottomRight.row()
                               && bottomRight.row() < m_ids.size(),
                           "dataChanged outside the rows");
                });
    }

    // Empty when the signals told every change; else the first thing that went wrong.
    QString problem() const
    {
        if (!m_problem.isEmpty())
            return m_problem;
        return m_ids == modelIds() ? QString() : QStringLiteral("the signals do not add up to the model's rows");
    }

private:
    QList<QUuid> modelIds() const
    {
        QList<QUuid> ids;
        for (int row = 0; row < m_model->rowCount(); ++row)
            ids.append(m_model->idAt(row));
        return ids;
    }
    void expect(bool held, const char *what)
    {
        if (!held && m_problem.isEmpty())
            m_problem = QString::fromLatin1(what);
    }

    IncidentListModel *m_model;
    QList<QUuid> m_ids;
    QString m_problem;
};

} // namespace

class tst_IncidentListModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void listsActiveByLatestActivity();
    void declareInsertsOneRow();
    void statusChangeOfTopRowIsDataChanged();
    void activityMovesRowUp();
    void backdatedEntryUpdatesCountInPlace();
    void resolvedIncidentLeavesActiveFilter();
    void setFilterResets();
    void roles();
    void myRoleAndUnread();
    void burstsRefreshAtMostOncePerWindow();
    void aLongListIsReadAPageAtATime();
    void anIncidentFromFurtherDownAddsARow();
    void fetchUntilFindsAnIncidentFarDown();
    void fetchUntilReadsNothingForAnIncidentTheFilterLeavesOut();
    void aListedIncidentLeavingAFullListLeavesMoreToRead();
    void aListedIncidentSortingFarDownStaysListed();
    void readingMoreTakesTheHeldBackBurstsFirst();
    void fetchUntilTakesTheHeldBackBurstsFirst();

private:
    struct Spies {
        explicit Spies(QAbstractItemModel *model)
            : inserted(model, &QAbstractItemModel::rowsInserted)
            , removed(model, &QAbstractItemModel::rowsRemoved)
            , moved(model, &QAbstractItemModel::rowsMoved)
            , changed(model, &QAbstractItemModel::dataChanged)
            , reset(model, &QAbstractItemModel::modelReset)
            , layout(model, &QAbstractItemModel::layoutChanged)
        { }
        QSignalSpy inserted, removed, moved, changed, reset, layout;
    };

    QStringList titles() const;
    // Declares incidents until the cache holds `total`, each a minute older than the
    // last, and makes a new model over them, watched by SignalledRows instead of a tester
    // (which reads every page); checkInStepWithTheStore checks both.
    void remakeModelOver(int total);
    // The model's rows are the store's first ones, in its order.
    void checkInStepWithTheStore() const;
    // An entry on an incident's timeline, now.
    void addEntryTo(const QUuid &incidentId, const QString &body);
    // Lets the clock pass the last entry's millisecond without running the event loop (the
    // burst window must not end): the next entry's incident then sorts above, not by id.
    static void laterThanTheLastActivity() { QThread::msleep(2); }

    std::unique_ptr<UiTest::Fixture> m_fixture;
    std::unique_ptr<IncidentListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<SignalledRows> m_signalled; // instead of the tester, over long lists
    QUuid m_old;    // declared 60 minutes ago
    QUuid m_recent; // declared 10 minutes ago
};

void tst_IncidentListModel::init()
{
    m_fixture = std::make_unique<UiTest::Fixture>();
    QVERIFY(m_fixture->open());
    m_old = m_fixture->declare(QStringLiteral("Cert expiry"), 60);
    m_recent = m_fixture->declare(QStringLiteral("Search lag"), 10);
    QVERIFY(!m_old.isNull() && !m_recent.isNull());
    m_model = std::make_unique<IncidentListModel>(m_fixture->store.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_IncidentListModel::addEntryTo(const QUuid &incidentId, const QString &body)
{
    TimelineEntry entry;
    entry.incidentId = incidentId;
    entry.body = body;
    QVERIFY(m_fixture->store->addEntry(entry));
}

void tst_IncidentListModel::remakeModelOver(int total)
{
    for (int i = int(m_fixture->store->incidents().size()); i < total; ++i)
        QVERIFY(!m_fixture->declare(QStringLiteral("Old incident %1").arg(i), 120 + i).isNull());
    m_tester.reset();
    m_signalled.reset();
    m_model.reset();
    m_model = std::make_unique<IncidentListModel>(m_fixture->store.get());
    m_signalled = std::make_unique<SignalledRows>(m_model.get());
}

void tst_IncidentListModel::checkInStepWithTheStore() const
{
    IncidentFilter first = m_model->filter();
    first.limit = m_model->rowCount();
    const QList<IncidentSummary> store = m_fixture->store->incidents(first);
    QCOMPARE(store.size(), m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->idAt(row), store.at(row).id);
    if (m_signalled)
        QVERIFY2(m_signalled->problem().isEmpty(), qPrintable(m_signalled->problem()));
}

void tst_IncidentListModel::cleanup()
{
    m_tester.reset();
    m_signalled.reset();
    m_model.reset();
    m_fixture.reset();
}

// The live stream's bursts: the first is shown at once, the rest of a window together
// when it ends (each refresh reads every listed incident).
void tst_IncidentListModel::burstsRefreshAtMostOncePerWindow()
{
    Spies spies(m_model.get());
    const auto burst = [this](const QUuid &incident, int count) {
        QList<TimelineEntry> entries;
        for (int i = 0; i < count; ++i) {
            TimelineEntry entry;
            entry.incidentId = incident;
            entry.author = m_fixture->jo.id;
            entry.body = QStringLiteral("live %1").arg(i);
            entries.append(entry);
        }
        QVERIFY(m_fixture->store->addEntries(entries));
    };
    const auto countOf = [this](const QUuid &incident) {
        return m_model->index(m_model->rowOf(incident)).data(IncidentListModel::EntryCountRole).toInt();
    };
    burst(m_old, 3);
    QCOMPARE(countOf(m_old), 3); // at once, and moved up
    QCOMPARE(m_model->idAt(0), m_old);
    const qsizetype signalsOfTheFirst = spies.moved.size() + spies.changed.size();
    // Bursts into three incidents (a third declared in between), while the window runs.
    const QUuid third = m_fixture->declare(QStringLiteral("Payments latency"), 30);
    for (int i = 0; i < 9; ++i)
        burst(i % 3 == 0 ? m_old : i % 3 == 1 ? m_recent : third, 2);
    // No event loop ran since the first burst: the window cannot have ended. (The declared
    // incident is an incident change: its own row, taken at once, with what was held.)
    QVERIFY(m_model->rowOf(third) >= 0);
    const qsizetype afterDeclare = spies.moved.size() + spies.changed.size();
    QTRY_COMPARE(countOf(m_old), 9);
    QCOMPARE(countOf(m_recent), 6);
    QCOMPARE(countOf(third), 6);
    QVERIFY(spies.moved.size() + spies.changed.size() > afterDeclare);
    QVERIFY(afterDeclare >= signalsOfTheFirst);
    QCOMPARE(spies.reset.size(), 0); // several incidents moved together: still one move each
    // The list's order is the store's.
    const QList<IncidentSummary> stored = m_fixture->store->incidents(m_model->filter());
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->idAt(row), stored.at(row).id);

    // A single entry (the console's own) is taken at once, and with it a burst held back
    // (the window of the refresh above runs, or this burst starts one).
    burst(m_recent, 2);
    burst(m_old, 2);
    TimelineEntry entry;
    entry.incidentId = third;
    entry.body = QStringLiteral("mine");
    QVERIFY(m_fixture->store->addEntry(entry));
    QCOMPARE(countOf(third), 7);
    QCOMPARE(countOf(m_old), 11);
    QCOMPARE(countOf(m_recent), 8);
    QCOMPARE(spies.reset.size(), 0);
}

QStringList tst_IncidentListModel::titles() const
{
    QStringList result;
    for (int row = 0; row < m_model->rowCount(); ++row)
        result.append(m_model->index(row).data().toString());
    return result;
}

void tst_IncidentListModel::listsActiveByLatestActivity()
{
    QCOMPARE(titles(), (QStringList{QStringLiteral("Search lag"), QStringLiteral("Cert expiry")}));
    QCOMPARE(m_model->rowOf(m_old), 1);
    QCOMPARE(m_model->idAt(0), m_recent);
}

void tst_IncidentListModel::declareInsertsOneRow()
{
    Spies spies(m_model.get());
    const QUuid id = m_fixture->declare(QStringLiteral("Checkout errors in EU"), 0, QStringLiteral("SEV1"));
    QVERIFY(!id.isNull());
    QCOMPARE(spies.inserted.count(), 1);
    QCOMPARE(spies.inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(spies.inserted.at(0).at(2).toInt(), 0);
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(spies.layout.count(), 0);
    QCOMPARE(spies.removed.count(), 0);
    QCOMPARE(spies.moved.count(), 0);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->idAt(0), id);

    // One declared in the past lands at its sorted place, not at the top.
    spies.inserted.clear();
    const QUuid middle = m_fixture->declare(QStringLiteral("Disk pressure"), 30);
    QCOMPARE(spies.inserted.count(), 1);
    QCOMPARE(spies.inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(m_model->rowOf(middle), 2);
    QCOMPARE(spies.reset.count(), 0);
}

void tst_IncidentListModel::statusChangeOfTopRowIsDataChanged()
{
    Spies spies(m_model.get());
    QVERIFY(m_fixture->store->setStatus(m_recent, IncidentStatus::Investigating));
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(spies.inserted.count(), 0);
    QCOMPARE(spies.removed.count(), 0);
    QCOMPARE(spies.moved.count(), 0);
    QVERIFY(spies.changed.count() >= 1);
    // Every dataChanged is about the changed row only.
    for (const QList<QVariant> &args : std::as_const(spies.changed)) {
        QCOMPARE(args.at(0).toModelIndex().row(), 0);
        QCOMPARE(args.at(1).toModelIndex().row(), 0);
    }
    QCOMPARE(m_model->index(0).data(IncidentListModel::StatusRole).toInt(), int(IncidentStatus::Investigating));
}

void tst_IncidentListModel::activityMovesRowUp()
{
    Spies spies(m_model.get());
    // A status change writes a timeline entry now: the old incident becomes the latest.
    QVERIFY(m_fixture->store->setStatus(m_old, IncidentStatus::Identified));
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(spies.inserted.count(), 0);
    QCOMPARE(spies.removed.count(), 0);
    QCOMPARE(spies.moved.count(), 1);
    QCOMPARE(spies.moved.at(0).at(1).toInt(), 1); // source start
    QCOMPARE(spies.moved.at(0).at(4).toInt(), 0); // destination
    QCOMPARE(m_model->idAt(0), m_old);
    QCOMPARE(m_model->index(0).data(IncidentListModel::StatusRole).toInt(), int(IncidentStatus::Identified));
    QCOMPARE(m_model->index(0).data(IncidentListModel::EntryCountRole).toInt(), 1);

    // And down again when the other one gets an entry.
    spies.moved.clear();
    laterThanTheLastActivity();
    addEntryTo(m_recent, QStringLiteral("index rebuild started"));
    QCOMPARE(spies.moved.count(), 1);
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(titles(), (QStringList{QStringLiteral("Search lag"), QStringLiteral("Cert expiry")}));
}

void tst_IncidentListModel::backdatedEntryUpdatesCountInPlace()
{
    Spies spies(m_model.get());
    TimelineEntry entry;
    entry.incidentId = m_old;
    entry.body = QStringLiteral("first alert fired");
    entry.occurredAt = QDateTime::currentDateTimeUtc().addSecs(-90 * 60);
    QVERIFY(m_fixture->store->addEntry(entry));
    QCOMPARE(spies.moved.count(), 0);
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(spies.changed.count(), 1);
    QCOMPARE(spies.changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(m_model->index(1).data(IncidentListModel::EntryCountRole).toInt(), 1);
}

void tst_IncidentListModel::resolvedIncidentLeavesActiveFilter()
{
    IncidentFilter filter;
    filter.activeOnly = true;
    m_model->setFilter(filter);
    QCOMPARE(m_model->rowCount(), 2);
    Spies spies(m_model.get());
    QVERIFY(m_fixture->store->setStatus(m_old, IncidentStatus::Resolved));
    QCOMPARE(spies.removed.count(), 1);
    QCOMPARE(spies.removed.at(0).at(1).toInt(), 1);
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(m_model->rowCount(), 1);

    // Without the filter, a resolved incident sorts after every active one.
    m_model->setFilter({});
    const QUuid fresh = m_fixture->declare(QStringLiteral("Queue backlog"), 120);
    QCOMPARE(m_model->rowOf(fresh), 1);
    QCOMPARE(m_model->rowOf(m_old), 2);
}

void tst_IncidentListModel::setFilterResets()
{
    Spies spies(m_model.get());
    IncidentFilter filter;
    filter.titleContains = QStringLiteral("cert");
    m_model->setFilter(filter);
    QCOMPARE(spies.reset.count(), 1);
    QCOMPARE(titles(), QStringList{QStringLiteral("Cert expiry")});

    // A new incident that does not match the filter does not appear.
    spies.inserted.clear();
    m_fixture->declare(QStringLiteral("Something else"));
    QCOMPARE(spies.inserted.count(), 0);
    QCOMPARE(m_model->rowCount(), 1);
}

void tst_IncidentListModel::roles()
{
    const QModelIndex first = m_model->index(0);
    QCOMPARE(first.data(IncidentListModel::IdRole).toUuid(), m_recent);
    QCOMPARE(first.data(IncidentListModel::SeverityRole).toString(), QStringLiteral("SEV2"));
    QCOMPARE(first.data(IncidentListModel::SeverityRankRole).toInt(), 1);
    QCOMPARE(first.data(IncidentListModel::StatusRole).toInt(), int(IncidentStatus::Declared));
    QVERIFY(first.data(IncidentListModel::DeclaredAtRole).toDateTime().isValid());
    QVERIFY(first.data(IncidentListModel::LastActivityAtRole).toDateTime().isValid());
    QCOMPARE(first.data(IncidentListModel::EntryCountRole).toInt(), 0);
    QCOMPARE(first.data(IncidentListModel::RestrictedRole).toBool(), false);
    const QString accessible = first.data(Qt::AccessibleTextRole).toString();
    QVERIFY2(accessible.contains(QStringLiteral("Search lag")) && accessible.contains(QStringLiteral("SEV2")),
             qPrintable(accessible));
    QVERIFY(m_model->roleNames().contains(IncidentListModel::SeverityRole));
}

void tst_IncidentListModel::myRoleAndUnread()
{
    Store &store = *m_fixture->store;
    auto row = [this](const QUuid &id) { return m_model->index(m_model->rowOf(id)); };
    // New to this console until opened.
    QVERIFY(row(m_old).data(IncidentListModel::NeverOpenedRole).toBool());
    QVERIFY(store.markRead(m_old));
    QVERIFY(!row(m_old).data(IncidentListModel::NeverOpenedRole).toBool());
    QCOMPARE(row(m_old).data(IncidentListModel::UnreadRole).toInt(), 0);

    // Entries while it is not open are unread; a single change is a single row update.
    Spies spies(m_model.get());
    for (int i = 0; i < 3; ++i) {
        TimelineEntry entry;
        entry.incidentId = m_old;
        entry.author = m_fixture->jo.id;
        entry.body = QStringLiteral("from Jo %1").arg(i);
        QVERIFY(store.addEntry(entry));
    }
    QCOMPARE(row(m_old).data(IncidentListModel::UnreadRole).toInt(), 3);
    QVERIFY(row(m_old).data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("3 unread")));
    QVERIFY(store.markRead(m_old));
    QCOMPARE(row(m_old).data(IncidentListModel::UnreadRole).toInt(), 0);
    QCOMPARE(spies.reset.size(), 0);
    // Marking what is already read changes and notifies nothing; a read marker is not a
    // change of the incident (its header, timeline and panes do not reload for it).
    QSignalSpy touched(&store, &Store::readMarkerChanged);
    QSignalSpy incidentChanged(&store, &Store::incidentChanged);
    QVERIFY(store.markRead(m_old));
    QCOMPARE(touched.size(), 0);
    for (int i = 0; i < 2; ++i) {
        TimelineEntry entry;
        entry.incidentId = m_old;
        entry.author = m_fixture->jo.id;
        entry.body = QStringLiteral("later from Jo %1").arg(i);
        QVERIFY(store.addEntry(entry));
    }
    incidentChanged.clear();
    {
        // Another connection writing (the housekeeping's merge): the marker does not wait
        // for it on the UI thread; it says so, and the console tries again.
        SqliteDb other;
        QVERIFY(other.open(store.path(), SqliteDb::Mode::ReadWrite));
        QVERIFY(other.begin());
        QVERIFY(!store.markRead(m_old));
        QCOMPARE(touched.size(), 0);
        QCOMPARE(row(m_old).data(IncidentListModel::UnreadRole).toInt(), 2);
    }
    QVERIFY(store.markRead(m_old));
    QCOMPARE(touched.size(), 1);
    QCOMPARE(incidentChanged.size(), 0);
    QCOMPARE(row(m_old).data(IncidentListModel::UnreadRole).toInt(), 0);

    // My role: the actor's (Alice's) current role, primary first; others' roles are not mine.
    RoleAssignment jo{{}, m_old, Roles::TechnicalLead, m_fixture->jo.id, RoleRank::Primary, {}, {}, {}};
    QVERIFY(store.assignRole(jo));
    QCOMPARE(row(m_old).data(IncidentListModel::MyRoleRole).toString(), QString());
    RoleAssignment mine{{}, m_old, Roles::Scribe, m_fixture->alice.id, RoleRank::Primary, {}, {}, {}};
    QVERIFY(store.assignRole(mine));
    QCOMPARE(row(m_old).data(IncidentListModel::MyRoleRole).toString(), Labels::role(Roles::Scribe));
    QVERIFY(row(m_old).data(Qt::AccessibleTextRole).toString().contains(Labels::role(Roles::Scribe)));
    for (const RoleAssignment &current : store.roles(m_old))
        if (current.personId == m_fixture->alice.id)
            QVERIFY(store.relieveRole(current.id));
    QCOMPARE(row(m_old).data(IncidentListModel::MyRoleRole).toString(), QString());
}

// Years of incidents in a team's cache: the list reads a page, and a page more when the
// view reaches its end.
void tst_IncidentListModel::aLongListIsReadAPageAtATime()
{
    remakeModelOver(IncidentListModel::PageRows + 50);
    QCOMPARE(m_model->rowCount(), IncidentListModel::PageRows);
    checkInStepWithTheStore();
    QVERIFY(m_model->canFetchMore({}));
    Spies spies(m_model.get());
    m_model->fetchMore({});
    QCOMPARE(m_model->rowCount(), IncidentListModel::PageRows + 50);
    QCOMPARE(spies.inserted.count(), 1);
    QCOMPARE(spies.reset.count(), 0);
    QVERIFY(!m_model->canFetchMore({}));
    checkInStepWithTheStore();
}

// An incident further down than the list reads gets an entry: it comes in at the top as
// a new row, and none of the listed ones is pushed out (the one being read stays).
void tst_IncidentListModel::anIncidentFromFurtherDownAddsARow()
{
    remakeModelOver(IncidentListModel::PageRows + 50);
    const QUuid lastListed = m_model->idAt(IncidentListModel::PageRows - 1);
    const QUuid oldest = m_fixture->store->incidents().constLast().id;
    QCOMPARE(m_model->rowOf(oldest), -1);
    Spies spies(m_model.get());
    addEntryTo(oldest, QStringLiteral("still seeing errors"));
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(spies.removed.count(), 0);
    QCOMPARE(spies.inserted.count(), 1);
    QCOMPARE(m_model->idAt(0), oldest);
    QCOMPARE(m_model->rowCount(), IncidentListModel::PageRows + 1);
    QCOMPARE(m_model->rowOf(lastListed), IncidentListModel::PageRows);
    checkInStepWithTheStore();
    // Listed ones moving about keep the count.
    laterThanTheLastActivity();
    addEntryTo(lastListed, QStringLiteral("error rate falling"));
    QCOMPARE(m_model->idAt(0), lastListed);
    QCOMPARE(m_model->rowCount(), IncidentListModel::PageRows + 1);
    QCOMPARE(spies.reset.count(), 0);
    checkInStepWithTheStore();
}

// A search hit or a link from the metrics far down the list: read until it is listed.
void tst_IncidentListModel::fetchUntilFindsAnIncidentFarDown()
{
    remakeModelOver(3 * IncidentListModel::PageRows + 10);
    const QUuid oldest = m_fixture->store->incidents().constLast().id;
    QCOMPARE(m_model->fetchUntil(oldest), 3 * IncidentListModel::PageRows + 9);
    checkInStepWithTheStore();
    QCOMPARE(m_model->fetchUntil(QUuid::createUuid()), -1);
    QCOMPARE(m_model->rowCount(), 3 * IncidentListModel::PageRows + 10);
}

// An incident the filter leaves out (a search hit while the list is filtered by title):
// not found, and nothing read looking for it.
void tst_IncidentListModel::fetchUntilReadsNothingForAnIncidentTheFilterLeavesOut()
{
    remakeModelOver(IncidentListModel::PageRows + 50);
    IncidentFilter old;
    old.titleContains = QStringLiteral("Old incident");
    m_model->setFilter(old);
    QCOMPARE(m_model->rowCount(), IncidentListModel::PageRows);
    Spies spies(m_model.get());
    QCOMPARE(m_model->fetchUntil(m_recent), -1); // "Search lag"
    QCOMPARE(m_model->rowCount(), IncidentListModel::PageRows);
    QCOMPARE(spies.inserted.count(), 0);
    QVERIFY(m_model->canFetchMore({}));
    // One that matches, further down: one read to a page past it.
    const QUuid lastMatching = m_fixture->store->incidents(old).constLast().id;
    QCOMPARE(m_model->fetchUntil(lastMatching), IncidentListModel::PageRows + 47);
    QCOMPARE(spies.inserted.count(), 1);
    checkInStepWithTheStore();
}

// Resolved under "active only", a listed incident leaves a full list: the list stays the
// store's first rows, and reads no further than it did (the store says the incident no
// longer matches, so it is not looked for down to the end).
void tst_IncidentListModel::aListedIncidentLeavingAFullListLeavesMoreToRead()
{
    remakeModelOver(IncidentListModel::PageRows + 50);
    IncidentFilter active;
    active.activeOnly = true;
    m_model->setFilter(active);
    QCOMPARE(m_model->rowCount(), IncidentListModel::PageRows);
    const QUuid listed = m_model->idAt(10);
    Spies spies(m_model.get());
    QVERIFY(m_fixture->store->setStatus(listed, IncidentStatus::Resolved));
    QCOMPARE(m_model->rowOf(listed), -1);
    QCOMPARE(spies.reset.count(), 0);
    checkInStepWithTheStore();
    QCOMPARE(m_model->rowCount(), IncidentListModel::PageRows - 1);
    QVERIFY(m_model->canFetchMore({}));
    while (m_model->canFetchMore({}))
        m_model->fetchMore({});
    QCOMPARE(m_model->rowCount(), IncidentListModel::PageRows + 49);
    QVERIFY(!m_model->canFetchMore({}));
    checkInStepWithTheStore();
}

// A listed incident whose change sorts it below what the list reads (resolved among more
// active incidents than a page) stays listed: the one being read never leaves.
void tst_IncidentListModel::aListedIncidentSortingFarDownStaysListed()
{
    remakeModelOver(IncidentListModel::PageRows + 50);
    const QUuid lastListed = m_model->idAt(IncidentListModel::PageRows - 1);
    Spies spies(m_model.get());
    QVERIFY(m_fixture->store->setStatus(lastListed, IncidentStatus::Resolved));
    QCOMPARE(spies.removed.count(), 0);
    QCOMPARE(spies.reset.count(), 0);
    QVERIFY(m_model->rowOf(lastListed) >= IncidentListModel::PageRows - 1);
    checkInStepWithTheStore();
    QVERIFY(!m_model->canFetchMore({})); // read down to it: nothing further
}

// Reading further while bursts of the live stream are held back takes them first, so
// the list does not reset (and the view does not jump back to the current incident).
void tst_IncidentListModel::readingMoreTakesTheHeldBackBurstsFirst()
{
    remakeModelOver(IncidentListModel::PageRows + 50);
    QVERIFY(m_fixture->addBatch(m_model->idAt(5), 3, QStringLiteral("live"))); // taken at once; a window opens
    const QUuid held = m_model->idAt(150);
    laterThanTheLastActivity();
    QVERIFY(m_fixture->addBatch(held, 3, QStringLiteral("live")));
    QVERIFY(m_model->idAt(0) != held); // held back
    Spies spies(m_model.get());
    m_model->fetchMore({});
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(m_model->idAt(0), held);
    QCOMPARE(m_model->rowCount(), IncidentListModel::PageRows + 50);
    checkInStepWithTheStore();
}

// A search hit opened while bursts are held back: they are taken first, so the list
// grows by the incidents they brought in and does not reset (a listed one would drop out).
void tst_IncidentListModel::fetchUntilTakesTheHeldBackBurstsFirst()
{
    remakeModelOver(IncidentListModel::PageRows + 50);
    QVERIFY(m_fixture->addBatch(m_model->idAt(5), 3, QStringLiteral("live"))); // taken at once; a window opens
    const QList<IncidentSummary> all = m_fixture->store->incidents();
    const QUuid further = all.at(IncidentListModel::PageRows + 20).id;
    const QUuid furthest = all.at(IncidentListModel::PageRows + 30).id;
    laterThanTheLastActivity();
    QVERIFY(m_fixture->addBatch(further, 2, QStringLiteral("live")));
    laterThanTheLastActivity();
    QVERIFY(m_fixture->addBatch(furthest, 2, QStringLiteral("live")));
    QCOMPARE(m_model->rowOf(furthest), -1); // held back
    const QUuid lastListed = m_model->idAt(IncidentListModel::PageRows - 1);
    Spies spies(m_model.get());
    QCOMPARE(m_model->fetchUntil(furthest), 0);
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(m_model->rowCount(), IncidentListModel::PageRows + 2);
    QVERIFY(m_model->rowOf(lastListed) >= 0);
    checkInStepWithTheStore();
}

QTEST_GUILESS_MAIN(tst_IncidentListModel)
#include "tst_IncidentListModel.moc"
