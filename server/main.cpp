// sitrep-server: the team server. Serves API v1 over HTTPS, or runs one administration
// command given as positional arguments.

#include "AdminCommands.h"
#include "Api.h"
#include "api/LiveHub.h"
#include "api/Metrics.h"
#include "auth/LoginThrottle.h"
#include "storage/PostgresChangeListener.h"
#include "storage/ServerStore.h"
#include "ServerLog.h"
#include "http/HttpServer.h"
#include "tls/TlsIdentity.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTextStream>

#include <optional>

using namespace Sitrep::Server;

namespace {

constexpr int ExitFailure = 1;
constexpr int ExitUsage = 2;

int fail(int code, const QString &message)
{
    QTextStream(stderr) << "sitrep-server: " << message << Qt::endl;
    return code;
}

struct ListenAddress {
    QString host;
    quint16 port = 0;
};

// HOST:PORT, with [v6-address]:PORT for IPv6.
std::optional<ListenAddress> parseListen(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535 || host.isEmpty())
        return std::nullopt;
    return ListenAddress{host, static_cast<quint16>(port)};
}

std::optional<std::chrono::seconds> parseSeconds(const QString &text)
{
    bool ok = false;
    const int seconds = text.toInt(&ok);
    if (!ok || seconds <= 0)
        return std::nullopt;
    return std::chrono::seconds(seconds);
}

QCommandLineOption hidden(QCommandLineOption option)
{
    option.setFlags(QCommandLineOption::HiddenFromHelp);
    return option;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sitrep-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SITREP_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sitrep team server: API v1 over HTTPS, or one administration command."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataOption(QStringLiteral("data"), QStringLiteral("Data folder (database, TLS identity)."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption listenOption(QStringLiteral("listen"),
                                          QStringLiteral("Address to serve HTTPS on; port 0 picks a free one."),
                                          QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8443"));
    const QCommandLineOption certOption(QStringLiteral("tls-cert"), QStringLiteral("PEM certificate (chain) to serve."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption keyOption(QStringLiteral("tls-key"), QStringLiteral("PEM private key of --tls-cert."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("Database URL: sqlite (default, in DIR) or postgresql://USER@HOST:PORT/DBNAME."),
                                      QStringLiteral("URL"));
    // For tests that must see slow clients cut off within seconds.
    const QCommandLineOption readTimeoutOption =
        hidden(QCommandLineOption(QStringLiteral("read-timeout-seconds"), QString(), QStringLiteral("SECONDS")));
    const QCommandLineOption idleTimeoutOption =
        hidden(QCommandLineOption(QStringLiteral("idle-timeout-seconds"), QString(), QStringLiteral("SECONDS")));
    // For tests of the live stream's heartbeat and its re-check of the token.
    const QCommandLineOption heartbeatOption =
        hidden(QCommandLineOption(QStringLiteral("heartbeat-seconds"), QString(), QStringLiteral("SECONDS")));
    const QCommandLineOption workersOption(QStringLiteral("worker-threads"),
                                           QStringLiteral("Threads running requests and database work (default 16)."),
                                           QStringLiteral("N"));
    const QCommandLineOption ioThreadsOption(QStringLiteral("io-threads"),
                                             QStringLiteral("Threads running network I/O and TLS (default 1)."),
                                             QStringLiteral("N"));
    for (const QCommandLineOption &option : {dataOption, listenOption, certOption, keyOption, dbOption, workersOption,
                                             ioThreadsOption, readTimeoutOption, idleTimeoutOption, heartbeatOption})
        parser.addOption(option);
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral("Administration: user add|list|disable|enable|set-role|set-person, directory import FILE, demo, "
                       "audit verify.\n"
                       "demo: seeds an empty server with the demo data (two years of incidents with timelines, "
                       "roles and tracks, applied as demo-manager) and adds demo-admin, demo-manager, "
                       "demo-responder and demo-viewer with random passwords, printed once. Refused if the "
                       "database holds incidents or one of those users."),
        QStringLiteral("[command…]"));
    // `user add NAME --role admin`: options after the command belong to the command.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.process(app);

    const QString dataDir = parser.isSet(dataOption)
        ? QDir(parser.value(dataOption)).absolutePath()
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dataDir.isEmpty() || !QDir().mkpath(dataDir))
        return fail(ExitFailure, QStringLiteral("cannot create the data folder %1").arg(dataDir));

    // The database: DIR/server.sqlite unless --db names a PostgreSQL database. The TLS
    // identity stays in DIR either way.
    StoreLocation location{dataDir, std::nullopt};
    if (parser.isSet(dbOption)) {
        const QString url = parser.value(dbOption);
        if (PostgresUrl::looksLikePostgres(url)) {
            QString error;
            location.postgres = PostgresUrl::parse(url, &error);
            if (!location.postgres)
                return fail(ExitUsage, QStringLiteral("--db: %1").arg(error));
        } else if (url != QLatin1String("sqlite") && !url.startsWith(QLatin1String("sqlite:"))) {
            return fail(ExitUsage, QStringLiteral("unsupported --db URL %1: use sqlite (the default, in --data) or "
                                                  "postgresql://USER@HOST:PORT/DBNAME")
                                       .arg(url));
        }
    }

    const QStringList command = parser.positionalArguments();
    if (!command.isEmpty())
        return runAdminCommand(command, location);

    HttpServer::Options options;
    const std::optional<ListenAddress> listen = parseListen(parser.value(listenOption));
    if (!listen)
        return fail(ExitUsage, QStringLiteral("--listen takes HOST:PORT, not %1").arg(parser.value(listenOption)));
    options.host = listen->host;
    options.port = listen->port;
    for (const auto &[option, target] : {std::pair{&readTimeoutOption, &options.readTimeout},
                                         std::pair{&idleTimeoutOption, &options.idleTimeout},
                                         std::pair{&heartbeatOption, &options.heartbeatInterval}}) {
        if (!parser.isSet(*option))
            continue;
        const std::optional<std::chrono::seconds> seconds = parseSeconds(parser.value(*option));
        if (!seconds)
            return fail(ExitUsage, QStringLiteral("--%1 takes a positive number of seconds").arg(option->names().constFirst()));
        *target = *seconds;
    }
    for (const auto &[option, target] : {std::pair{&workersOption, &options.workerThreads},
                                         std::pair{&ioThreadsOption, &options.ioThreads}}) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        const int threads = parser.value(*option).toInt(&ok);
        if (!ok || threads < 1 || threads > 256)
            return fail(ExitUsage, QStringLiteral("--%1 takes a number of threads (1-256)").arg(option->names().constFirst()));
        *target = threads;
    }

    if (parser.isSet(certOption) != parser.isSet(keyOption))
        return fail(ExitUsage, QStringLiteral("--tls-cert and --tls-key go together"));
    QString error;
    TlsIdentity identity;
    if (parser.isSet(certOption)) {
        identity = {QDir(parser.value(certOption)).absolutePath(), QDir(parser.value(keyOption)).absolutePath()};
        if (!validateIdentity(identity, &error))
            return fail(ExitFailure, error);
    } else {
        identity = ensureSelfSigned(dataDir, &error);
        if (identity.isNull())
            return fail(ExitFailure, error);
    }
    options.certFile = identity.certFile;
    options.keyFile = identity.keyFile;

    ServerStore store;
    const StoreResult opened = store.open(location);
    if (!opened.ok)
        return fail(ExitFailure, opened.error);
    LoginThrottle throttle(Sitrep::Clock::system());
    Metrics metrics;
    Router router;
    router.setObserver([&metrics](const QString &route, int status, double seconds) {
        metrics.recordRequest(route, status, seconds);
    });
    LiveHub hub(store, options.heartbeatInterval);
    store.setCommitObserver([&hub] { hub.fanOut(); });
    // Several processes on one PostgreSQL database: the commits of the others reach this
    // one's streams through LISTEN/NOTIFY (docs/SYNC.md "Live stream").
    std::optional<PostgresChangeListener> changeListener;
    if (location.postgres) {
        changeListener.emplace(*location.postgres, [&store] { store.notifyCommitted(); });
        // Presence too: the consoles on one bridge may be spread over the instances.
        changeListener->listenForPresence([&hub](const QByteArray &payload) { hub.hearPresence(payload); },
                                          [&hub] { hub.resyncPresence(); });
        hub.relayPresence([&changeListener](const QByteArray &payload) { changeListener->publishPresence(payload); },
                          options.heartbeatInterval);
        if (!changeListener->start())
            qCWarning(lcServer) << "not listening for other server processes' changes yet; retrying";
    }
    // Whichever way this function returns, the hub's fan-out thread (which publishes
    // presence through the listener) ends before the listener goes.
    struct StopHubFirst {
        LiveHub &hub;
        ~StopHubFirst() { hub.stop(); }
    } stopHubFirst{hub};
    metrics.setStreamsGauge([&hub] { return hub.streamCount(); });
    registerRoutes(router, ApiContext{dataDir, &store, &throttle, &metrics, &hub});
    HttpServer server(options, router);
    metrics.setConnectionsGauge([&server] { return server.activeConnections(); });
    if (!server.start(&error))
        return fail(ExitFailure, error);
    server.stopOnSignals();

    const QString host = options.host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(options.host) : options.host;
    QTextStream out(stdout);
    out << "sitrep-server: certificate SHA-256 fingerprint " << sha256Fingerprint(identity.certFile) << Qt::endl;
    out << "sitrep-server: listening on https://" << host << ':' << server.port() << Qt::endl;
    qCInfo(lcServer) << "serving data folder" << dataDir << "with the database" << store.path();

    server.run();
    // Before the server (and the streams' io_context) goes: nothing is fanned out after this.
    if (changeListener)
        changeListener->stop();
    hub.stop();
    qCInfo(lcServer) << "stopped";
    return 0;
}
