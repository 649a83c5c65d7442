#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Sitrep::Server {

// Where a PostgreSQL database is: postgresql://[USER[:PASSWORD]@]HOST[:PORT]/DBNAME
// (postgres:// too), with optional ?sslmode=…&sslrootcert=…&sslcert=…&sslkey=… passed on
// to libpq. A password is better given by PGPASSWORD or ~/.pgpass (libpq reads both)
// than in the URL, which other users of the machine see in the process list.
struct PostgresUrl {
    QString user;     // empty: libpq's default (the OS user)
    QString password; // empty: PGPASSWORD / ~/.pgpass
    QString host;
    int port = 5432;
    QString database;
    QStringList options; // libpq key=value options from the query

    // nullopt with a sentence in *error when the text is not such a URL.
    static std::optional<PostgresUrl> parse(const QString &text, QString *error);
    static bool looksLikePostgres(const QString &text); // starts with postgresql:// or postgres://

    // For messages and logs: never the password.
    QString toDisplayString() const;
};

} // namespace Sitrep::Server
