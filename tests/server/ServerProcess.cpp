#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

#include <mutex>

namespace Sitrep::Testing {

namespace {

// Data folder → database URL of every live ServerProcess of a PostgreSQL run.
std::mutex registryMutex;
QHash<QString, QString> &databaseRegistry()
{
    static QHash<QString, QString> registry;
    return registry;
}

} // namespace

ServerProcess::ServerProcess(const QString &dataDir)
{
    if (dataDir.isEmpty()) {
        m_ownDir = std::make_unique<QTemporaryDir>();
        m_dataDir = m_ownDir->filePath(QStringLiteral("data"));
    } else {
        m_dataDir = dataDir;
    }
    prepareDatabase();
}

ServerProcess::~ServerProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    if (m_database) {
        std::lock_guard lock(registryMutex);
        databaseRegistry().remove(m_dataDir);
    }
}

QStringList ServerProcess::databaseArgs() const
{
    return m_database ? QStringList{QStringLiteral("--db"), m_database->url()} : QStringList();
}

QStringList ServerProcess::databaseArgsFor(const QString &dataDir)
{
    std::lock_guard lock(registryMutex);
    const QString url = databaseRegistry().value(dataDir);
    return url.isEmpty() ? QStringList() : QStringList{QStringLiteral("--db"), url};
}

bool ServerProcess::prepareDatabase()
{
    if (!TestDatabase::postgresWanted() || m_database)
        return true;
    auto database = std::make_unique<TestDatabase>();
    QString error;
    if (!database->create(&error)) {
        m_stdout += "test setup: " + error.toUtf8() + '\n';
        return false;
    }
    m_database = std::move(database);
    std::lock_guard lock(registryMutex);
    databaseRegistry().insert(m_dataDir, m_database->url());
    return true;
}

bool ServerProcess::start(const QStringList &extraArgs, int timeoutMs)
{
    m_port = 0;
    m_fingerprint.clear();
    m_stdout.clear();
    if (!prepareDatabase())
        return false;
    const qsizetype certIndex = extraArgs.indexOf(QStringLiteral("--tls-cert"));
    m_certFile = certIndex >= 0 && certIndex + 1 < extraArgs.size() ? extraArgs.at(certIndex + 1) : QString();

    m_process.setProgram(QStringLiteral(SITREP_SERVER_BIN));
    m_process.setArguments(QStringList{QStringLiteral("--data"), m_dataDir, QStringLiteral("--listen"),
                                       QStringLiteral("127.0.0.1:0")}
                           + databaseArgs() + extraArgs);
    // The log goes to a file, not a pipe that nobody reads while a test blocks elsewhere.
    m_process.setStandardErrorFile(m_logDir.filePath(QStringLiteral("server.log")), QIODevice::Append);
    m_process.start();
    if (!m_process.waitForStarted(timeoutMs))
        return false;

    static const QRegularExpression listening(QStringLiteral("listening on https://[^\\s]+:(\\d+)"));
    static const QRegularExpression fingerprint(QStringLiteral("fingerprint ([0-9A-F:]+)"));
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        m_stdout += m_process.readAllStandardOutput();
        const QString text = QString::fromUtf8(m_stdout);
        const QRegularExpressionMatch match = listening.match(text);
        if (match.hasMatch()) {
            m_port = static_cast<quint16>(match.captured(1).toUInt());
            m_fingerprint = fingerprint.match(text).captured(1);
            return true;
        }
        if (m_process.state() == QProcess::NotRunning)
            return false;
        m_process.waitForReadyRead(static_cast<int>(qMin<qint64>(100, qMax<qint64>(1, deadline.remainingTime()))));
    }
    return false;
}

bool ServerProcess::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return true;
    m_process.terminate(); // SIGTERM
    if (m_process.waitForFinished(timeoutMs))
        return true;
    m_process.kill();
    m_process.waitForFinished(5000);
    return false;
}

bool ServerProcess::waitForExit(int timeoutMs)
{
    return m_process.state() == QProcess::NotRunning || m_process.waitForFinished(timeoutMs);
}

bool ServerProcess::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

int ServerProcess::exitCode() const
{
    return m_process.exitCode();
}

QProcess::ExitStatus ServerProcess::exitStatus() const
{
    return m_process.exitStatus();
}

QUrl ServerProcess::baseUrl() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_port));
}

QString ServerProcess::certificateFile() const
{
    return m_certFile.isEmpty() ? m_dataDir + QStringLiteral("/tls/cert.pem") : m_certFile;
}

QSslCertificate ServerProcess::certificate() const
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certificateFile(), QSsl::Pem);
    return certificates.isEmpty() ? QSslCertificate() : certificates.constFirst();
}

QString ServerProcess::output()
{
    m_stdout += m_process.readAllStandardOutput();
    QFile log(m_logDir.filePath(QStringLiteral("server.log")));
    const QByteArray errors = log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
    return QString::fromUtf8(m_stdout + errors);
}

TestClient::TestClient(const QUrl &baseUrl, const QList<QSslCertificate> &trusted)
    : m_baseUrl(baseUrl)
    , m_tls(QSslConfiguration::defaultConfiguration())
{
    m_tls.setCaCertificates(trusted);
}

TestResponse TestClient::get(const QString &path, const QByteArray &token)
{
    return send("GET", path, {}, {}, token);
}

TestResponse TestClient::post(const QString &path, const QByteArray &body, const QByteArray &contentType,
                              const QByteArray &token)
{
    return send("POST", path, body, contentType, token);
}

TestResponse TestClient::del(const QString &path, const QByteArray &token)
{
    return send("DELETE", path, {}, {}, token);
}

TestResponse TestClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                              const QByteArray &contentType, const QByteArray &token)
{
    QNetworkRequest request(m_baseUrl.resolved(QUrl(path)));
    request.setSslConfiguration(m_tls);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);

    TestResponse response;
    QNetworkReply *reply = m_manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::connect(reply, &QNetworkReply::sslErrors, &loop,
                    [&response](const QList<QSslError> &errors) { response.sslErrors = errors; });
    QTimer::singleShot(m_timeoutMs, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished()) {
        reply->abort();
        response.error = QNetworkReply::TimeoutError;
        response.errorString = QStringLiteral("no response within %1 ms").arg(m_timeoutMs);
        reply->deleteLater();
        return response;
    }
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.json = QJsonDocument::fromJson(response.body).object();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        response.headers.insert(name.toLower(), value);
    if (response.error == QNetworkReply::NoError)
        response.error = reply->error();
    if (response.errorString.isEmpty() && reply->error() != QNetworkReply::NoError)
        response.errorString = reply->errorString();
    reply->deleteLater();
    return response;
}

bool RawTlsConnection::connectTo(quint16 port, const QSslCertificate &trusted, int timeoutMs)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates({trusted});
    m_socket.setSslConfiguration(configuration);
    m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    return m_socket.waitForEncrypted(timeoutMs);
}

bool RawTlsConnection::write(const QByteArray &bytes, int timeoutMs)
{
    if (m_socket.write(bytes) != bytes.size())
        return false;
    QDeadlineTimer deadline(timeoutMs);
    while (m_socket.bytesToWrite() > 0 || m_socket.encryptedBytesToWrite() > 0) {
        if (deadline.hasExpired() || m_socket.state() != QAbstractSocket::ConnectedState)
            return false;
        m_socket.waitForBytesWritten(static_cast<int>(qMax<qint64>(1, deadline.remainingTime())));
        m_pending += m_socket.readAll();
    }
    return true;
}

namespace {

// The length of one complete response at the start of data, or -1.
qsizetype completeResponseLength(const QByteArray &data)
{
    const qsizetype headEnd = data.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return -1;
    static const QRegularExpression contentLength(QStringLiteral("(?i)\\r\\ncontent-length:\\s*(\\d+)"));
    const QRegularExpressionMatch match = contentLength.match(QString::fromLatin1(data.left(headEnd)));
    const qsizetype total = headEnd + 4 + (match.hasMatch() ? match.captured(1).toLongLong() : 0);
    return data.size() >= total ? total : -1;
}

} // namespace

QByteArray RawTlsConnection::readResponse(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        m_pending += m_socket.readAll();
        const qsizetype length = completeResponseLength(m_pending);
        if (length >= 0) {
            const QByteArray response = m_pending.left(length);
            m_pending.remove(0, length);
            return response;
        }
        if (deadline.hasExpired() || m_socket.state() != QAbstractSocket::ConnectedState)
            break;
        m_socket.waitForReadyRead(static_cast<int>(qMin<qint64>(100, qMax<qint64>(1, deadline.remainingTime()))));
    }
    m_pending += m_socket.readAll();
    return std::exchange(m_pending, {});
}

bool RawTlsConnection::waitForClose(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_socket.state() != QAbstractSocket::UnconnectedState) {
        if (deadline.hasExpired())
            return false;
        m_socket.waitForReadyRead(static_cast<int>(qMin<qint64>(100, qMax<qint64>(1, deadline.remainingTime()))));
        m_pending += m_socket.readAll();
    }
    return true;
}

bool RawTlsConnection::isConnected() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

AdminRun runAdmin(const QString &dataDir, const QStringList &args, const QByteArray &password)
{
    return runAdmin(dataDir, ServerProcess::databaseArgsFor(dataDir), args, password);
}

AdminRun runAdmin(const QString &dataDir, const QStringList &databaseArgs, const QStringList &args,
                  const QByteArray &password)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (password.isEmpty())
        env.remove(QStringLiteral("SITREP_PASSWORD"));
    else
        env.insert(QStringLiteral("SITREP_PASSWORD"), QString::fromUtf8(password));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(SITREP_SERVER_BIN), QStringList{QStringLiteral("--data"), dataDir} + databaseArgs + args);
    if (!process.waitForFinished(30000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAll())};
}

QByteArray rawTls(quint16 port, const QSslCertificate &trusted, const QByteArray &request, int timeoutMs)
{
    RawTlsConnection connection;
    if (!connection.connectTo(port, trusted, timeoutMs))
        return {};
    connection.write(request, timeoutMs);
    return connection.readResponse(timeoutMs);
}

ParsedResponse parseResponse(const QByteArray &raw)
{
    ParsedResponse parsed;
    const qsizetype headEnd = raw.indexOf("\r\n\r\n");
    parsed.head = headEnd < 0 ? raw : raw.left(headEnd);
    parsed.body = headEnd < 0 ? QByteArray() : raw.mid(headEnd + 4);
    const QList<QByteArray> statusLine = parsed.head.left(parsed.head.indexOf("\r\n")).split(' ');
    if (statusLine.size() >= 2 && statusLine.at(0).startsWith("HTTP/1."))
        parsed.status = statusLine.at(1).toInt();
    parsed.json = QJsonDocument::fromJson(parsed.body).object();
    return parsed;
}

} // namespace Sitrep::Testing
