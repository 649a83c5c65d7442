#include "PostgresUrl.h"

#include <QUrl>
#include <QUrlQuery>

namespace Sitrep::Server {

namespace {
// libpq options that make sense to pass through; anything else in the query is refused
// rather than silently ignored.
const char *const PassedOptions[] = {"sslmode", "sslrootcert", "sslcert", "sslkey", "connect_timeout"};
} // namespace

bool PostgresUrl::looksLikePostgres(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

std::optional<PostgresUrl> PostgresUrl::parse(const QString &text, QString *error)
{
    const QString usage = QStringLiteral("use postgresql://USER@HOST:PORT/DBNAME");
    if (!looksLikePostgres(text)) {
        *error = QStringLiteral("%1 is not a PostgreSQL URL: %2").arg(text, usage);
        return std::nullopt;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        *error = QStringLiteral("cannot read the PostgreSQL URL (%1): %2").arg(url.errorString(), usage);
        return std::nullopt;
    }
    PostgresUrl result;
    result.user = url.userName(QUrl::FullyDecoded);
    result.password = url.password(QUrl::FullyDecoded);
    result.host = url.host(QUrl::FullyDecoded);
    result.port = url.port(5432);
    result.database = url.path(QUrl::FullyDecoded).mid(1);
    if (result.host.isEmpty() || result.database.isEmpty() || result.database.contains(QLatin1Char('/'))) {
        *error = QStringLiteral("the PostgreSQL URL needs a host and a database name: %1").arg(usage);
        return std::nullopt;
    }
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        bool known = false;
        for (const char *option : PassedOptions)
            known = known || key == QLatin1String(option);
        if (!known || value.contains(QLatin1Char(' ')) || value.contains(QLatin1Char(';'))) {
            *error = QStringLiteral("unsupported PostgreSQL URL option %1 (known: sslmode, sslrootcert, sslcert, "
                                    "sslkey, connect_timeout)")
                         .arg(key);
            return std::nullopt;
        }
        result.options.append(key + QLatin1Char('=') + value);
    }
    return result;
}

QString PostgresUrl::toDisplayString() const
{
    const QString who = user.isEmpty() ? QString() : user + QLatin1Char('@');
    const QString shownHost = host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : host;
    return QStringLiteral("postgresql://%1%2:%3/%4").arg(who, shownHost).arg(port).arg(database);
}

} // namespace Sitrep::Server
