#include "TestDatabase.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QVariant>

#include <atomic>
#include <functional>

namespace Sitrep::Testing {

namespace {

// Runs `work` on a short-lived connection to the database of `url`.
bool withConnection(const QString &url, const std::function<bool(QSqlDatabase &, QString *)> &work, QString *error)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("sitrep-test-db-%1").arg(++counter);
    bool ok = false;
    {
        const QUrl parsed(url, QUrl::StrictMode);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (!db.isValid()) {
            *error = QStringLiteral("Qt's QPSQL driver is missing (install libqt6sql6-psql)");
        } else {
            db.setHostName(parsed.host());
            db.setPort(parsed.port(5432));
            db.setUserName(parsed.userName());
            db.setPassword(parsed.password());
            db.setDatabaseName(parsed.path().mid(1));
            db.setConnectOptions(QStringLiteral("connect_timeout=5"));
            if (!db.open())
                *error = QStringLiteral("cannot connect to %1: %2").arg(url, db.lastError().text());
            else
                ok = work(db, error);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Runs one statement; collects up to maxRows rows as text.
bool run(QSqlDatabase &db, const QString &sql, QString *error, QList<QStringList> *rows = nullptr,
         int maxRows = 1 << 30)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        *error = QStringLiteral("%1: %2").arg(sql, query.lastError().text());
        return false;
    }
    while (rows && rows->size() < maxRows && query.next()) {
        QStringList row;
        for (int i = 0; i < query.record().count(); ++i)
            row.append(query.value(i).toString());
        rows->append(row);
    }
    return true;
}

} // namespace

bool TestDatabase::postgresWanted()
{
    return qEnvironmentVariable("SITREP_TEST_DB") == QLatin1String("postgres");
}

bool TestDatabase::create(QString *error)
{
    m_adminUrl = qEnvironmentVariable("SITREP_TEST_POSTGRES");
    if (m_adminUrl.isEmpty()) {
        *error = QStringLiteral("SITREP_TEST_DB=postgres but SITREP_TEST_POSTGRES is not set: run the suite with "
                                "scripts/run-tests.sh (as root, with postgresql-15 installed)");
        return false;
    }
    const QString name = QStringLiteral("sitrep_test_%1").arg(QRandomGenerator::system()->generate64(), 16, 16,
                                                             QLatin1Char('0'));
    if (!withConnection(m_adminUrl,
                        [&](QSqlDatabase &db, QString *problem) {
                            return run(db, QStringLiteral("CREATE DATABASE %1").arg(name), problem);
                        },
                        error))
        return false;
    m_name = name;
    QUrl url(m_adminUrl, QUrl::StrictMode);
    url.setPath(QLatin1Char('/') + name);
    m_url = url.toString();
    return true;
}

TestDatabase::~TestDatabase()
{
    if (m_name.isEmpty())
        return;
    QString error;
    // FORCE: a server the test killed may not have closed its connection yet.
    if (!withConnection(m_adminUrl,
                        [&](QSqlDatabase &db, QString *problem) {
                            return run(db, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name),
                                       problem);
                        },
                        &error))
        qWarning("TestDatabase: %s", qPrintable(error));
}

bool TestDatabase::exec(const QString &sql, QString *error)
{
    QString ignored;
    return withConnection(m_url, [&](QSqlDatabase &db, QString *problem) { return run(db, sql, problem); },
                          error ? error : &ignored);
}

QStringList TestDatabase::firstRow(const QString &sql, QString *error)
{
    QString ignored;
    QList<QStringList> rows;
    withConnection(m_url, [&](QSqlDatabase &db, QString *problem) { return run(db, sql, problem, &rows, 1); },
                   error ? error : &ignored);
    return rows.value(0);
}

QList<QStringList> TestDatabase::rows(const QString &sql, QString *error)
{
    QString ignored;
    QList<QStringList> rows;
    withConnection(m_url, [&](QSqlDatabase &db, QString *problem) { return run(db, sql, problem, &rows); },
                   error ? error : &ignored);
    return rows;
}

} // namespace Sitrep::Testing
