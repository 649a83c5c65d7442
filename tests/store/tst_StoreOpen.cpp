#include "StoreFixture.h"

#include "store/Schema.h"
#include "store/Sqlite.h"

#include <QCryptographicHash>
#include <QFile>

using namespace Sitrep;
using namespace Sitrep::Testing;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString pragma(Store &store, const char *sql)
{
    Statement statement = store.db().prepare(sql);
    return statement.next() ? statement.text(0) : QString();
}

} // namespace

class tst_StoreOpen : public QObject
{
    Q_OBJECT
private slots:
    void createsWalCacheWithForeignKeys()
    {
        StoreFixture f;
        QVERIFY(f.open());
        QCOMPARE(f.store.schemaVersion(), Schema::CurrentVersion);
        QCOMPARE(pragma(f.store, "PRAGMA journal_mode"), QStringLiteral("wal"));
        QCOMPARE(pragma(f.store, "PRAGMA foreign_keys"), QStringLiteral("1"));
        QCOMPARE(f.store.severityTaxonomy(), SeverityTaxonomy::defaults());
    }

    // Every commit adds a full-text segment. Merging them is the maintenance thread's job,
    // never a commit's (FTS5 automerge cost a live commit up to 100 ms).
    void fullTextSegmentsAreMergedOffTheCommitPath()
    {
        StoreFixture f;
        QVERIFY(f.open());
        QCOMPARE(pragma(f.store, "SELECT v FROM timeline_fts_config WHERE k = 'automerge'"), QStringLiteral("0"));
        QCOMPARE(pragma(f.store, "SELECT v FROM incident_fts_config WHERE k = 'automerge'"), QStringLiteral("0"));
        const QUuid incident = f.declare();
        const auto dataRows = [&] { return pragma(f.store, "SELECT count(*) FROM timeline_fts_data").toInt(); };
        const int before = dataRows();
        for (int i = 0; i < 40; ++i)
            f.addEntry(incident, QStringLiteral("entry %1 about checkout").arg(i));
        // Merged within a few maintenance intervals: far fewer index rows than segments.
        QTRY_VERIFY2_WITH_TIMEOUT(dataRows() < before + 10, qPrintable(QString::number(dataRows())), 10000);
        QCOMPARE(f.store.search(QStringLiteral("checkout")).size(), 40 + 1); // and the incident title
    }

    void reopensWhatItWrote()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QUuid incident = f.declare();
        f.addEntry(incident, QStringLiteral("EU 5xx at 38%"));
        f.store.close();
        Store again;
        QVERIFY(again.open(f.path()).ok);
        QCOMPARE(again.entryCount(incident), 1);
        QCOMPARE(again.incident(incident)->title, QStringLiteral("Checkout errors in EU"));
    }

    void refusesNewerSchemaAndLeavesItUntouched()
    {
        StoreFixture f;
        QVERIFY(f.open());
        f.declare();
        QVERIFY(f.store.db().exec(QStringLiteral("PRAGMA user_version = %1").arg(Schema::CurrentVersion + 1)));
        f.store.close();
        const QByteArray before = fileHash(f.path());

        Store store;
        const OpenResult result = store.open(f.path());
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("newer version of Sitrep")), qPrintable(result.error));
        QVERIFY(result.error.contains(QStringLiteral("left untouched")));
        QCOMPARE(fileHash(f.path()), before);
    }

    void refusesCorruptFileAndLeavesItUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text file") << QByteArray("this is not a database\n").repeated(200);
        QByteArray header("SQLite format 3");
        header.append('\0');
        header.append(QByteArray(4080, '\x5a'));
        QTest::newRow("damaged header") << header;
    }
    void refusesCorruptFileAndLeavesItUntouched()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();

        Store store;
        const OpenResult result = store.open(path);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("damaged or is not a Sitrep cache")), qPrintable(result.error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesForeignSqliteDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            SqliteDb db;
            QVERIFY(db.open(path, SqliteDb::Mode::ReadWrite));
            QVERIFY(db.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
        }
        const QByteArray before = fileHash(path);
        Store store;
        const OpenResult result = store.open(path);
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(QStringLiteral("not a Sitrep cache")));
        QCOMPARE(fileHash(path), before);
    }

    void reportsUnwritableFolder()
    {
        Store store;
        const OpenResult result = store.open(QStringLiteral("/nonexistent-folder/for/sure/cache.sqlite"));
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(QStringLiteral("Cannot open the cache")));
    }

    // Every earlier schema, with data in it, migrates to the current one and keeps it.
    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("fromVersion");
        for (int version = 1; version < Schema::CurrentVersion; ++version)
            QTest::addRow("v%d", version) << version;
    }
    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, fromVersion);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        const QUuid incidentId = newId();
        const QUuid entryId = newId();
        {
            SqliteDb db;
            QVERIFY(db.open(path, SqliteDb::Mode::ReadWrite));
            const Schema::MigrationResult built = Schema::migrate(db, fromVersion);
            QVERIFY2(built.ok, qPrintable(built.error));
            // Rows as that version's Sitrep wrote them (version 1 columns exist in all versions).
            Statement incident = db.prepare(
                "INSERT INTO incident (id, title, severity, status, declared_at, last_activity_at, entry_count) "
                "VALUES (?, 'Search latency p99 above 2s', 'SEV2', 1, 1700000000000, 1700000000000, 1)");
            QVERIFY(incident.bind(1, incidentId).exec());
            Statement entry = db.prepare(
                "INSERT INTO timeline_entry (id, incident_row, kind, body, occurred_at, recorded_at) "
                "VALUES (?, 1, 0, 'indexer queue backlog growing', 1700000001000, 1700000001000)");
            QVERIFY(entry.bind(1, entryId).exec());
            // An op still waiting for the server when that version was closed.
            Statement op = db.prepare(
                "INSERT INTO outbox (op_id, type, incident_id, entity_id, created_at, payload) "
                "VALUES (?1, 'entry.add', ?2, ?3, 1700000001000, '')");
            QVERIFY(op.bind(1, newId()).bind(2, incidentId).bind(3, entryId).exec());
            QVERIFY(db.exec(QStringLiteral("UPDATE outbox_size SET pending = 1")));
        }
        Store store;
        const OpenResult opened = store.open(path);
        QVERIFY2(opened.ok, qPrintable(opened.error));
        QCOMPARE(store.schemaVersion(), Schema::CurrentVersion);
        QCOMPARE(store.incident(incidentId)->title, QStringLiteral("Search latency p99 above 2s"));
        QCOMPARE(store.entry(entryId)->body, QStringLiteral("indexer queue backlog growing"));
        // Version 3 (sync) keeps it waiting: it is pushed like any other.
        QCOMPARE(store.pendingOpCount(), 1);
        QCOMPARE(store.pendingOps(10).size(), 1);
        QCOMPARE(store.pendingOps(10).first().op.entityId, entryId);
        // Version 2 built the search index from the rows already there. (From version 2 on,
        // Sitrep indexes rows as it writes them; the raw inserts above do not.)
        if (fromVersion >= 2)
            return;
        const QList<SearchHit> hits = store.search(QStringLiteral("backlog"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().entryId, entryId);
        QCOMPARE(store.search(QStringLiteral("latency")).first().incidentId, incidentId);
    }

    void readOnlyConnectionSeesCommittedWrites()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QUuid incident = f.declare();
        Store reader;
        QVERIFY(reader.openReadOnly(f.path()).ok);
        QCOMPARE(reader.incidents().size(), 1);
        f.addEntry(incident, QStringLiteral("second console sees this"));
        QCOMPARE(reader.entryCount(incident), 1);
    }

    void aReadSnapshotReadsOneStateOfTheCache()
    {
        // What a burst's lookups rely on: the pager counts positions over several
        // statements, and another connection may commit between two of them.
        StoreFixture f;
        QVERIFY(f.open());
        const QUuid incident = f.declare();
        f.addEntry(incident, QStringLiteral("before"));
        Store reader;
        QVERIFY(reader.openReadOnly(f.path()).ok);
        {
            const ReadSnapshot snapshot(reader.db());
            QVERIFY(reader.db().inTransaction());
            QCOMPARE(reader.entryCount(incident), 1);
            f.addEntry(incident, QStringLiteral("while the snapshot lasts"));
            QCOMPARE(reader.entryCount(incident), 1);
            {
                const ReadSnapshot nested(reader.db()); // inside a transaction: nothing
                QCOMPARE(reader.entryCount(incident), 1);
            }
            QVERIFY(reader.db().inTransaction());
        }
        QVERIFY(!reader.db().inTransaction());
        QCOMPARE(reader.entryCount(incident), 2);
    }
};

QTEST_GUILESS_MAIN(tst_StoreOpen)
#include "tst_StoreOpen.moc"
