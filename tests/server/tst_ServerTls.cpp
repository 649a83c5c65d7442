// The real sitrep-server over real TLS: its identity, trust, protocol versions, and that
// nothing is served in plaintext.

#include "ServerProcess.h"

#include <QFileInfo>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Sitrep::Testing;

namespace {

// Runs openssl with bounded time; returns stdout+stderr, and the exit code in *exitCode.
QByteArray runOpenssl(const QStringList &args, int *exitCode = nullptr, const QByteArray &input = {})
{
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"), args);
    if (!openssl.waitForStarted(5000))
        return {};
    openssl.write(input);
    openssl.closeWriteChannel();
    if (!openssl.waitForFinished(15000))
        openssl.kill();
    if (exitCode)
        *exitCode = openssl.exitStatus() == QProcess::NormalExit ? openssl.exitCode() : -1;
    return openssl.readAll();
}

// A fresh self-signed P-256 pair made the way the guide's recipe makes it.
bool makeCertificate(const QString &certFile, const QString &keyFile)
{
    int exitCode = -1;
    runOpenssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"),
                QStringLiteral("-keyout"), keyFile, QStringLiteral("-out"), certFile},
               &exitCode);
    return exitCode == 0;
}

QString opensslFingerprint(const QString &certFile)
{
    const QByteArray output = runOpenssl({QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
                                          QStringLiteral("-sha256"), QStringLiteral("-in"), certFile});
    const QByteArray prefix = "sha256 Fingerprint=";
    const qsizetype at = output.indexOf(prefix);
    return at < 0 ? QString() : QString::fromLatin1(output.mid(at + prefix.size()).trimmed());
}

} // namespace

class tst_ServerTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void healthzOverTls();
    void fingerprintMatchesOpenssl();
    void keyFileIsPrivate();
    void secondStartReusesCertificate();
    void untrustedClientFails();
    void tls12Works();
    void tls11Refused();
    void noPlaintextListener();
    void givenCertificate();
    void mismatchedKeyRefused();

private:
    std::unique_ptr<ServerProcess> m_server;
};

void tst_ServerTls::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(), qPrintable(m_server->output()));
    QVERIFY(m_server->port() != 0);
    QVERIFY(!m_server->certificate().isNull());
}

void tst_ServerTls::cleanupTestCase()
{
    QVERIFY(m_server->stop());
    QCOMPARE(m_server->exitCode(), 0);
}

void tst_ServerTls::healthzOverTls()
{
    TestClient client(m_server->baseUrl(), {m_server->certificate()});
    const TestResponse response = client.get(QStringLiteral("/healthz"));
    QVERIFY2(response.error == QNetworkReply::NoError, qPrintable(response.errorString));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(response.json.value(QStringLiteral("version")).toString(), QStringLiteral(SITREP_VERSION));
    QCOMPARE(response.headers.value("server"), QByteArray("sitrep"));
    QCOMPARE(response.headers.value("content-type"), QByteArray("application/json"));
}

void tst_ServerTls::fingerprintMatchesOpenssl()
{
    const QString expected = opensslFingerprint(m_server->certificateFile());
    QVERIFY(!expected.isEmpty());
    QCOMPARE(m_server->fingerprint(), expected);
    // And what a console computes from the certificate it is shown.
    QCOMPARE(QString::fromLatin1(m_server->certificate().digest(QCryptographicHash::Sha256).toHex(':').toUpper()),
             expected);
}

void tst_ServerTls::keyFileIsPrivate()
{
    const QFileInfo key(m_server->dataDir() + QStringLiteral("/tls/key.pem"));
    QVERIFY(key.exists());
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(key.permissions() & others, QFileDevice::Permissions());
}

void tst_ServerTls::secondStartReusesCertificate()
{
    QTemporaryDir dir;
    QString first;
    {
        ServerProcess server(dir.path());
        QVERIFY2(server.start(), qPrintable(server.output()));
        first = server.fingerprint();
        QVERIFY(server.stop());
    }
    ServerProcess again(dir.path());
    QVERIFY2(again.start(), qPrintable(again.output()));
    QVERIFY(!first.isEmpty());
    QCOMPARE(again.fingerprint(), first);
    QVERIFY(again.fingerprint() != m_server->fingerprint()); // and each folder has its own
}

void tst_ServerTls::untrustedClientFails()
{
    TestClient client(m_server->baseUrl(), {});
    const TestResponse response = client.get(QStringLiteral("/healthz"));
    QCOMPARE(response.status, 0);
    QCOMPARE(response.error, QNetworkReply::SslHandshakeFailedError);
    QVERIFY(!response.sslErrors.isEmpty());
}

void tst_ServerTls::tls12Works()
{
    TestClient client(m_server->baseUrl(), {m_server->certificate()});
    client.tlsConfiguration().setProtocol(QSsl::TlsV1_2);
    const TestResponse response = client.get(QStringLiteral("/healthz"));
    QVERIFY2(response.error == QNetworkReply::NoError, qPrintable(response.errorString));
    QCOMPARE(response.status, 200);
}

// Qt 6.4 built without deprecated API has no TlsV1_1, and OpenSSL 3 refuses to offer it at
// its default security level: openssl s_client at level 0 offers only TLS 1.1 instead.
void tst_ServerTls::tls11Refused()
{
    int exitCode = -1;
    const QByteArray output =
        runOpenssl({QStringLiteral("s_client"), QStringLiteral("-connect"),
                    QStringLiteral("127.0.0.1:%1").arg(m_server->port()), QStringLiteral("-tls1_1"),
                    QStringLiteral("-cipher"), QStringLiteral("DEFAULT@SECLEVEL=0")},
                   &exitCode, "Q\n");
    QVERIFY2(exitCode != 0, output.constData());
    QVERIFY2(output.contains("alert protocol version"), output.constData());
    QVERIFY2(output.contains("Cipher is (NONE)"), output.constData());

    // The same client with TLS 1.2 connects: the refusal is about the version alone.
    const QByteArray tls12 = runOpenssl({QStringLiteral("s_client"), QStringLiteral("-connect"),
                                         QStringLiteral("127.0.0.1:%1").arg(m_server->port()),
                                         QStringLiteral("-tls1_2")},
                                        &exitCode, "Q\n");
    QVERIFY2(tls12.contains("Protocol  : TLSv1.2"), tls12.constData());
}

void tst_ServerTls::noPlaintextListener()
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n");
    QVERIFY(socket.waitForBytesWritten(5000));
    QByteArray received;
    QDeadlineTimer deadline(5000);
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        socket.waitForReadyRead(100);
        received += socket.readAll();
    }
    received += socket.readAll();
    QVERIFY2(socket.state() != QAbstractSocket::ConnectedState, "the server kept a plaintext connection open");
    QVERIFY2(!received.startsWith("HTTP/"), received.constData());
}

void tst_ServerTls::givenCertificate()
{
    QTemporaryDir pki;
    const QString cert = pki.filePath(QStringLiteral("cert.pem"));
    const QString key = pki.filePath(QStringLiteral("key.pem"));
    QVERIFY(makeCertificate(cert, key));

    ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key}),
             qPrintable(server.output()));
    QCOMPARE(server.fingerprint(), opensslFingerprint(cert));
    QVERIFY(!QFileInfo::exists(server.dataDir() + QStringLiteral("/tls/cert.pem")));
    TestClient client(server.baseUrl(), {server.certificate()});
    const TestResponse response = client.get(QStringLiteral("/healthz"));
    QVERIFY2(response.error == QNetworkReply::NoError, qPrintable(response.errorString));
    QCOMPARE(response.status, 200);
    QVERIFY(server.stop());
    QCOMPARE(server.exitCode(), 0);
}

void tst_ServerTls::mismatchedKeyRefused()
{
    QTemporaryDir pki;
    const QString cert = pki.filePath(QStringLiteral("cert.pem"));
    const QString otherKey = pki.filePath(QStringLiteral("other-key.pem"));
    QVERIFY(makeCertificate(cert, pki.filePath(QStringLiteral("key.pem"))));
    QVERIFY(makeCertificate(pki.filePath(QStringLiteral("other-cert.pem")), otherKey));

    ServerProcess server;
    QVERIFY(!server.start({QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), otherKey}));
    QVERIFY(server.waitForExit());
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QVERIFY(server.exitCode() != 0);
    QVERIFY2(server.output().contains(QStringLiteral("does not belong to the certificate")), qPrintable(server.output()));

    // Half a pair is a usage error, not a silent fallback to the self-signed identity.
    ServerProcess half;
    QVERIFY(!half.start({QStringLiteral("--tls-cert"), cert}));
    QVERIFY(half.waitForExit());
    QVERIFY(half.exitCode() != 0);
    QVERIFY2(half.output().contains(QStringLiteral("go together")), qPrintable(half.output()));
}

QTEST_GUILESS_MAIN(tst_ServerTls)
#include "tst_ServerTls.moc"
