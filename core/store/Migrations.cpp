#include "Migrations.h"

#include "LogCategories.h"
#include "Sqlite.h"

namespace Sitrep::Migrations {

int readVersion(SqliteDb &db, QString *error)
{
    Statement check = db.prepare("SELECT count(*) FROM sqlite_master");
    if (!check.next()) {
        if (error)
            *error = db.lastError();
        return -1;
    }
    check.reset();
    Statement version = db.prepare("PRAGMA user_version");
    if (!version.next()) {
        if (error)
            *error = db.lastError();
        return -1;
    }
    return version.integer(0);
}

Result migrate(SqliteDb &db, std::span<const char *const> steps, int targetVersion, const char *what)
{
    Result result;
    QString error;
    result.fromVersion = readVersion(db, &error);
    if (result.fromVersion < 0) {
        result.error = error;
        return result;
    }
    for (int version = result.fromVersion + 1; version <= targetVersion && version <= int(steps.size()); ++version) {
        Transaction transaction(db);
        const int current = transaction.isActive() ? readVersion(db, &error) : -1;
        if (current >= version)
            continue;
        if (current != version - 1 || !db.exec(QString::fromUtf8(steps[version - 1]))
            || !db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)) || !transaction.commit()) {
            result.error = QStringLiteral("migration to schema %1 failed: %2").arg(version).arg(db.lastError());
            return result;
        }
        qCInfo(lcStore) << "migrated" << what << db.path() << "to schema" << version;
    }
    result.ok = true;
    return result;
}

} // namespace Sitrep::Migrations
