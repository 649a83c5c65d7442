#include "ServerHarness.h"

#include <QUuid>

#include <QFileInfo>

#include <QCoreApplication>

#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>

#include <sys/resource.h>
#include <unistd.h>

namespace Sitrep::Bench {

namespace {

QString dataPath(const QTemporaryDir &dir)
{
    return dir.filePath(QStringLiteral("data"));
}

} // namespace

ServerHarness::~ServerHarness()
{
    stop();
}

bool ServerHarness::startForBench(const QString &serverBinaryOption, QString *password, QString *error)
{
    const QString binary = serverBinaryOption.isEmpty()
        ? QCoreApplication::applicationDirPath() + QStringLiteral("/sitrep-server")
        : serverBinaryOption;
    if (!QFileInfo(binary).isExecutable()) {
        *error = QStringLiteral("no server at %1 (build sitrep-server, or pass --server-bin)").arg(binary);
        return false;
    }
    *password = QStringLiteral("bench password %1").arg(QUuid::createUuid().toString(QUuid::Id128));
    return start(binary, QStringLiteral("bench"), QStringLiteral("manager"), *password, error);
}

bool ServerHarness::start(const QString &binary, const QString &user, const QString &role, const QString &password,
                          QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    QProcess admin;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SITREP_PASSWORD"), password);
    admin.setProcessEnvironment(environment);
    admin.setProcessChannelMode(QProcess::MergedChannels);
    admin.start(binary, {QStringLiteral("--data"), dataPath(m_dir), QStringLiteral("user"), QStringLiteral("add"), user,
                         QStringLiteral("--role"), role});
    if (!admin.waitForFinished(60000) || admin.exitStatus() != QProcess::NormalExit || admin.exitCode() != 0) {
        *error = QStringLiteral("%1 user add failed: %2 %3")
                     .arg(binary, admin.errorString(), QString::fromUtf8(admin.readAll()).trimmed());
        return false;
    }

    // The log goes to a file: a pipe nobody reads would block the server.
    m_process.setStandardErrorFile(m_dir.filePath(QStringLiteral("server.log")));
    m_process.start(binary, {QStringLiteral("--data"), dataPath(m_dir), QStringLiteral("--listen"),
                             QStringLiteral("127.0.0.1:0")});
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(binary, m_process.errorString());
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("listening on https://127\\.0\\.0\\.1:(\\d+)"));
    QByteArray output;
    const QDeadlineTimer deadline(30000);
    while (m_port == 0 && !deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(100);
        output += m_process.readAllStandardOutput();
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(output));
        if (match.hasMatch())
            m_port = quint16(match.captured(1).toUInt());
    }
    if (m_port == 0) {
        *error = QStringLiteral("the server did not say where it listens: %1 %2")
                     .arg(QString::fromUtf8(output).trimmed(), logTail());
        stop();
        return false;
    }
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromPath(dataPath(m_dir) + QStringLiteral("/tls/cert.pem"), QSsl::Pem);
    if (certificates.isEmpty()) {
        *error = QStringLiteral("no certificate in %1/tls/cert.pem").arg(dataPath(m_dir));
        stop();
        return false;
    }
    m_certificate = certificates.constFirst();
    return true;
}

void ServerHarness::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(15000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QUrl ServerHarness::baseUrl() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_port));
}

QString ServerHarness::logTail() const
{
    QFile log(m_dir.filePath(QStringLiteral("server.log")));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = log.readAll();
    return QString::fromUtf8(text.right(2000)).trimmed();
}

double residentMb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) // "VmRSS:     12345 kB"
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024;
    }
    return -1;
}

double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    // "pid (comm) state ppid …": the fields after the command's closing parenthesis;
    // utime and stime are the 14th and 15th of the whole line.
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / ticks;
}

qint64 raiseOpenFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &limit) != 0)
            getrlimit(RLIMIT_NOFILE, &limit);
    }
    return qint64(limit.rlim_cur);
}

} // namespace Sitrep::Bench
