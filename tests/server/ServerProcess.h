#pragma once

// The real sitrep-server as a child process on a free loopback port with a temporary
// data folder, and small synchronous clients to talk to it over real TLS. Every wait is
// bounded; a test that hangs is a defect.

#include "TestDatabase.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslSocket>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace Sitrep::Testing {

class ServerProcess
{
public:
    // dataDir empty: a temporary folder owned by this object.
    explicit ServerProcess(const QString &dataDir = {});
    ~ServerProcess(); // kills the server if still running
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    // Starts with --data and --listen 127.0.0.1:0 plus extraArgs, and waits (bounded) for
    // "listening on". False if the server exited or did not get there; see output().
    // In a PostgreSQL run (TestDatabase::postgresWanted) the first start creates a fresh
    // database, kept across restarts of this object and dropped with it, and passes --db.
    bool start(const QStringList &extraArgs = {}, int timeoutMs = 15000);
    // SIGTERM, then waits; false if it did not exit in time (it is killed then).
    bool stop(int timeoutMs = 15000);
    // Waits for an exit the server makes on its own (e.g. after a start error).
    bool waitForExit(int timeoutMs = 15000);

    bool isRunning() const;
    int exitCode() const;
    QProcess::ExitStatus exitStatus() const;

    quint16 port() const { return m_port; }
    QUrl baseUrl() const;
    QString fingerprint() const { return m_fingerprint; }
    QString dataDir() const { return m_dataDir; }
    // What an admin command needs besides --data to reach this server's database:
    // {"--db", URL} in a PostgreSQL run, else nothing.
    QStringList databaseArgs() const;
    // The same, for the live ServerProcess whose data folder is dataDir (nothing for a
    // folder no ServerProcess owns): admin-command helpers that only know the folder.
    static QStringList databaseArgsFor(const QString &dataDir);
    // Creates the PostgreSQL database (done by the constructor in a PostgreSQL run, so
    // admin commands can run before the first start); true when there is nothing to
    // create. The error is in output().
    bool prepareDatabase();
    // The PostgreSQL database of a PostgreSQL run, else nullptr.
    TestDatabase *database() const { return m_database.get(); }
    QString certificateFile() const;
    // The certificate the server presents: --tls-cert if given, else DIR/tls/cert.pem.
    QSslCertificate certificate() const;
    // Everything the server wrote so far, stdout and stderr.
    QString output();

private:
    std::unique_ptr<QTemporaryDir> m_ownDir;
    std::unique_ptr<TestDatabase> m_database; // dropped after the process is gone (~ServerProcess)
    QTemporaryDir m_logDir; // the server's stderr
    QString m_dataDir;
    QString m_certFile;
    QProcess m_process;
    QByteArray m_stdout;
    quint16 m_port = 0;
    QString m_fingerprint;
};

struct TestResponse {
    int status = 0; // 0 when no HTTP response arrived
    QByteArray body;
    QJsonObject json; // the body, if it is a JSON object
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QList<QSslError> sslErrors;
};

// QNetworkAccessManager driven by a local event loop with a timeout: acceptable in a test.
// It trusts exactly the given certificates (real verification, never ignoreSslErrors).
class TestClient
{
public:
    TestClient(const QUrl &baseUrl, const QList<QSslCertificate> &trusted);

    TestResponse get(const QString &path, const QByteArray &token = {});
    TestResponse post(const QString &path, const QByteArray &body,
                      const QByteArray &contentType = "application/json", const QByteArray &token = {});
    TestResponse del(const QString &path, const QByteArray &token = {});
    TestResponse send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                      const QByteArray &contentType = {}, const QByteArray &token = {});

    QSslConfiguration &tlsConfiguration() { return m_tls; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

private:
    QNetworkAccessManager m_manager;
    QUrl m_baseUrl;
    QSslConfiguration m_tls;
    int m_timeoutMs = 10000;
};

// One raw TLS connection for crafting HTTP bytes by hand (limits, slow clients).
class RawTlsConnection
{
public:
    bool connectTo(quint16 port, const QSslCertificate &trusted, int timeoutMs = 5000);
    bool write(const QByteArray &bytes, int timeoutMs = 5000);
    // Reads until one complete response (header and Content-Length body) or until the
    // server closes or the timeout passes; returns what arrived.
    QByteArray readResponse(int timeoutMs = 5000);
    // Reads until the server closes (true) or the timeout passes (false).
    bool waitForClose(int timeoutMs);
    bool isConnected() const;
    QSslSocket &socket() { return m_socket; }

private:
    QSslSocket m_socket;
    QByteArray m_pending;
};

// One administration command of the real binary (`sitrep-server --data DIR … ARGS`), the
// password in SITREP_PASSWORD when given. databaseArgs: the --db the command needs; by
// default that of the ServerProcess owning dataDir. exitCode is -1 when it did not finish.
struct AdminRun {
    int exitCode = -1;
    QString output; // stdout and stderr
};
AdminRun runAdmin(const QString &dataDir, const QStringList &args, const QByteArray &password = {});
AdminRun runAdmin(const QString &dataDir, const QStringList &databaseArgs, const QStringList &args,
                  const QByteArray &password);

// Sends one raw request on a fresh TLS connection and returns the response bytes.
QByteArray rawTls(quint16 port, const QSslCertificate &trusted, const QByteArray &request, int timeoutMs = 5000);

// Splits raw response bytes: status code (0 if unparsable) and the body as JSON.
struct ParsedResponse {
    int status = 0;
    QByteArray head;
    QByteArray body;
    QJsonObject json;
};
ParsedResponse parseResponse(const QByteArray &raw);

} // namespace Sitrep::Testing
