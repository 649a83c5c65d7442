#pragma once

// A fresh PostgreSQL database for one test, when the suite runs against PostgreSQL
// (SITREP_TEST_DB=postgres; scripts/run-tests.sh starts a server and sets
// SITREP_TEST_POSTGRES to an administrative URL such as
// postgresql://sitrep@127.0.0.1:55432/postgres). Each test gets its own database
// (CREATE DATABASE sitrep_test_<random>), dropped again at the end, so tests running in
// parallel never see each other's rows.

#include <QList>
#include <QString>
#include <QStringList>

namespace Sitrep::Testing {

class TestDatabase
{
public:
    // True when this test run is the PostgreSQL variant.
    static bool postgresWanted();

    TestDatabase() = default;
    ~TestDatabase(); // drops the database
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    // Creates the database; false with a sentence in *error (no server, no
    // SITREP_TEST_POSTGRES) — a PostgreSQL run must fail then, not skip.
    bool create(QString *error);
    // postgresql://USER@HOST:PORT/sitrep_test_… (what --db and ServerStore take).
    QString url() const { return m_url; }

    // Direct access for tests that tamper with or inspect the stored rows.
    bool exec(const QString &sql, QString *error = nullptr);
    QStringList firstRow(const QString &sql, QString *error = nullptr);
    QList<QStringList> rows(const QString &sql, QString *error = nullptr);

private:
    QString m_adminUrl;
    QString m_name;
    QString m_url;
};

} // namespace Sitrep::Testing
