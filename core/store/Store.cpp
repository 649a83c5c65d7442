#include "Store.h"

#include "LogCategories.h"
#include "Schema.h"
#include "Sqlite.h"
#include "StoreRows.h"
#include "TimelinePager.h"
#include "StoreMaintenance.h"

#include <QFileInfo>

namespace Sitrep {

Store::Store(QObject *parent)
    : QObject(parent)
{
}

Store::~Store() = default;

OpenResult Store::open(const QString &path, Housekeeping housekeeping)
{
    close();
    auto db = std::make_unique<SqliteDb>();
    if (!db->open(path, SqliteDb::Mode::ReadWrite))
        return {false, tr("Cannot open the cache %1: %2. Check that the folder exists and is writable.")
                           .arg(path, db->lastError())};

    // Everything up to the migration only reads, so a file we refuse stays untouched.
    QString error;
    const int version = Migrations::readVersion(*db, &error);
    if (version < 0)
        return {false, tr("The cache %1 is damaged or is not a Sitrep cache (%2). It was left untouched: "
                          "move it aside to start with a fresh cache, or open another profile with --profile.")
                           .arg(path, error)};
    if (version > Schema::CurrentVersion)
        return {false, tr("The cache %1 was written by a newer version of Sitrep (schema %2; this version "
                          "understands up to %3). It was left untouched: update Sitrep, or open another profile.")
                           .arg(path)
                           .arg(version)
                           .arg(Schema::CurrentVersion)};
    if (version == 0) {
        Statement tables = db->prepare("SELECT count(*) FROM sqlite_master");
        if (tables.next() && tables.integer(0) > 0)
            return {false, tr("The file %1 is an SQLite database but not a Sitrep cache. It was left untouched: "
                              "open another profile with --profile.")
                               .arg(path)};
    }

    // WAL lets worker threads read while the UI thread writes. synchronous=FULL makes a
    // commit durable before the command returns: a scribe's entry survives a power cut,
    // not only a crash (bench/ measures what it costs a single command).
    if (!db->exec(QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;")))
        return {false, tr("Cannot prepare the cache %1: %2").arg(path, db->lastError())};

    const Schema::MigrationResult migration = Schema::migrate(*db);
    if (!migration.ok)
        return {false, tr("Cannot upgrade the cache %1: %2. It was left as it was before the upgrade.")
                           .arg(path, migration.error)};

    // Checkpoints run on a worker connection, not inside a user's commit: an automatic
    // checkpoint in the unlucky command was the whole tail of command latency.
    db->exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
    if (housekeeping == Housekeeping::On)
        m_maintenance = std::make_unique<StoreMaintenance>(path);
    m_db = std::move(db);
    if (severityTaxonomy().levels().isEmpty())
        setSeverityTaxonomy(SeverityTaxonomy::defaults());
    return {true, {}};
}

OpenResult Store::openReadOnly(const QString &path)
{
    close();
    if (!QFileInfo::exists(path))
        return {false, tr("The cache %1 does not exist.").arg(path)};
    auto db = std::make_unique<SqliteDb>();
    if (!db->open(path, SqliteDb::Mode::ReadOnly))
        return {false, tr("Cannot open the cache %1: %2").arg(path, db->lastError())};
    QString error;
    const int version = Migrations::readVersion(*db, &error);
    if (version != Schema::CurrentVersion)
        return {false, tr("The cache %1 cannot be read here (schema %2, expected %3). %4")
                           .arg(path)
                           .arg(version)
                           .arg(Schema::CurrentVersion)
                           .arg(error)};
    m_db = std::move(db);
    return {true, {}};
}

void Store::close()
{
    m_maintenance.reset(); // before the connection: the last close folds the WAL in
    m_db.reset();
    m_opsInTransaction = 0;
}

bool Store::isOpen() const
{
    return m_db && m_db->isOpen();
}

QString Store::path() const
{
    return m_db ? m_db->path() : QString();
}

int Store::schemaVersion() const
{
    return m_db ? Migrations::readVersion(*m_db, nullptr) : 0;
}

CommandResult Store::fail(const QString &message) const
{
    m_opsInTransaction = 0; // the transaction, if there was one, was rolled back
    qCInfo(lcStore) << "command refused:" << message;
    return {false, message, {}};
}

} // namespace Sitrep
