#pragma once

// The real sitrep-server as a child process for `sitrep-bench server`: a temporary data
// folder (default SQLite, durable), one account made with the server's own admin
// command, `--listen 127.0.0.1:0`, and the port read from its "listening on" line.

#include <QProcess>
#include <QSslCertificate>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace Sitrep::Bench {

class ServerHarness
{
public:
    ServerHarness() = default;
    ~ServerHarness(); // stops the server if it still runs
    ServerHarness(const ServerHarness &) = delete;
    ServerHarness &operator=(const ServerHarness &) = delete;

    // Adds the account (`sitrep-server --data D user add NAME --role ROLE`, password from
    // SITREP_PASSWORD), then starts the server and waits (bounded) for its port.
    bool start(const QString &binary, const QString &user, const QString &role, const QString &password,
               QString *error);
    // What both server-backed suites start: the binary given with --server-bin, else the
    // sitrep-server beside sitrep-bench, with one manager account "bench" and a random
    // password (returned in *password for the clients to sign in with).
    bool startForBench(const QString &serverBinaryOption, QString *password, QString *error);
    void stop();

    bool isRunning() const { return m_process.state() == QProcess::Running; }
    qint64 pid() const { return m_process.processId(); }
    QUrl baseUrl() const;
    // The certificate the server made in DIR/tls/cert.pem: the only one the clients trust.
    QSslCertificate certificate() const { return m_certificate; }
    // The last lines the server logged (stderr), for an error message.
    QString logTail() const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QSslCertificate m_certificate;
};

// From /proc: resident memory (VmRSS) in MB and CPU time (user + system) in seconds of a
// process; -1 when it cannot be read.
double residentMb(qint64 pid);
double cpuSeconds(qint64 pid);

// Raises the soft limit of open files to the hard limit (a thousand sockets here, and in
// the server, which inherits it). Returns the new soft limit.
qint64 raiseOpenFileLimit();

} // namespace Sitrep::Bench
