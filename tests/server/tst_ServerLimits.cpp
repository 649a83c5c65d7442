// Hostile and broken HTTP against the real sitrep-server: every limit answers with a JSON
// error or a closed connection, promptly, and the server keeps serving.

#include "ServerProcess.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Sitrep::Testing;

namespace {

constexpr int ReadTimeoutSeconds = 2;

void verifyJsonError(const ParsedResponse &response, int status)
{
    QCOMPARE(response.status, status);
    QVERIFY2(response.head.contains("\r\nContent-Type: application/json"), response.head.constData());
    const QJsonObject error = response.json.value(QStringLiteral("error")).toObject();
    QVERIFY2(!error.value(QStringLiteral("code")).toString().isEmpty(), response.body.constData());
    QVERIFY2(!error.value(QStringLiteral("message")).toString().isEmpty(), response.body.constData());
}

} // namespace

class tst_ServerLimits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keepAliveAndPipelining();
    void contentLengthTooLargeAnsweredAtOnce();
    void expectContinue();
    void chunkedBodyTooLarge();
    void bodyAtTheLimitAccepted();
    void headerTooLarge();
    void slowlorisCutOff();
    void malformedRequest_data();
    void malformedRequest();
    void unknownPath();
    void wrongMethod();
    void stillServing();
    void sigtermExitsCleanly();

private:
    std::unique_ptr<ServerProcess> m_server;
};

void tst_ServerLimits::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start({QStringLiteral("--read-timeout-seconds"), QString::number(ReadTimeoutSeconds)}),
             qPrintable(m_server->output()));
}

void tst_ServerLimits::keepAliveAndPipelining()
{
    RawTlsConnection connection;
    QVERIFY(connection.connectTo(m_server->port(), m_server->certificate()));
    const QByteArray request = "GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n";
    QVERIFY(connection.write(request + request));
    QCOMPARE(parseResponse(connection.readResponse()).status, 200);
    QCOMPARE(parseResponse(connection.readResponse()).status, 200);
    QVERIFY(connection.write(request));
    QCOMPARE(parseResponse(connection.readResponse()).status, 200);
    QVERIFY(connection.isConnected());
}

void tst_ServerLimits::contentLengthTooLargeAnsweredAtOnce()
{
    RawTlsConnection connection;
    QVERIFY(connection.connectTo(m_server->port(), m_server->certificate()));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(connection.write("POST /healthz HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                             "Content-Length: 2097152\r\n\r\n"));
    // Well under the read timeout: a server waiting for the body would time out instead.
    const ParsedResponse response = parseResponse(connection.readResponse(ReadTimeoutSeconds * 1000 / 2));
    verifyJsonError(response, 413);
    QVERIFY(timer.elapsed() < ReadTimeoutSeconds * 1000);
    QVERIFY(response.head.contains("\r\nConnection: close"));
    QVERIFY(connection.waitForClose(5000));
}

// curl sends "Expect: 100-continue" for bodies over 1 KiB and waits (a second) for the
// go-ahead; an oversized body is refused instead, before it is sent.
void tst_ServerLimits::expectContinue()
{
    const QByteArray body = "{\"username\":\"nobody\",\"password\":\"" + QByteArray(2000, 'x') + "\"}";
    RawTlsConnection connection;
    QVERIFY(connection.connectTo(m_server->port(), m_server->certificate()));
    QVERIFY(connection.write("POST /api/v1/session HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                             "Expect: 100-continue\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"));
    const QByteArray goAhead = connection.readResponse(ReadTimeoutSeconds * 1000 / 2);
    QVERIFY2(goAhead.startsWith("HTTP/1.1 100 Continue\r\n"), goAhead.constData());
    QVERIFY(connection.write(body));
    verifyJsonError(parseResponse(connection.readResponse()), 401);
    QVERIFY(connection.isConnected());

    RawTlsConnection tooLarge;
    QVERIFY(tooLarge.connectTo(m_server->port(), m_server->certificate()));
    QVERIFY(tooLarge.write("POST /api/v1/session HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                           "Expect: 100-continue\r\nContent-Length: 2097152\r\n\r\n"));
    verifyJsonError(parseResponse(tooLarge.readResponse(ReadTimeoutSeconds * 1000 / 2)), 413);
}

void tst_ServerLimits::chunkedBodyTooLarge()
{
    RawTlsConnection connection;
    QVERIFY(connection.connectTo(m_server->port(), m_server->certificate()));
    QVERIFY(connection.write("POST /healthz HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                             "Transfer-Encoding: chunked\r\n\r\n"));
    const QByteArray chunk(32 * 1024, 'a');
    const QByteArray framed = QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
    // 1 MiB + 32 KiB; the server may answer and close before the last chunk is out.
    for (int i = 0; i < 33 && connection.isConnected(); ++i)
        connection.write(framed);
    verifyJsonError(parseResponse(connection.readResponse()), 413);
}

void tst_ServerLimits::bodyAtTheLimitAccepted()
{
    // A 1 MiB body is read whole and reaches the router, which refuses POST here.
    const QByteArray body(1024 * 1024, ' ');
    const QByteArray request = "POST /healthz HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                               "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    verifyJsonError(parseResponse(rawTls(m_server->port(), m_server->certificate(), request)), 405);
}

void tst_ServerLimits::headerTooLarge()
{
    const QByteArray request = "GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Fill: " + QByteArray(17 * 1024, 'h')
        + "\r\n\r\n";
    verifyJsonError(parseResponse(rawTls(m_server->port(), m_server->certificate(), request)), 431);

    // Many small fields add up the same way.
    QByteArray many = "GET /healthz HTTP/1.1\r\nHost: localhost\r\n";
    for (int i = 0; i < 1000; ++i)
        many += "X-Field-" + QByteArray::number(i) + ": value\r\n";
    verifyJsonError(parseResponse(rawTls(m_server->port(), m_server->certificate(), many + "\r\n")), 431);
}

void tst_ServerLimits::slowlorisCutOff()
{
    RawTlsConnection connection;
    QVERIFY(connection.connectTo(m_server->port(), m_server->certificate()));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(connection.write("GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Slow: "));
    // One byte every 250 ms: each arrives well within any per-read timeout, but the header
    // never completes.
    bool closed = false;
    while (!closed && timer.elapsed() < (ReadTimeoutSeconds + 4) * 1000) {
        connection.write("a", 1000);
        closed = connection.waitForClose(250);
    }
    QVERIFY2(closed, "a slow client was not cut off");
    QVERIFY2(timer.elapsed() >= (ReadTimeoutSeconds - 1) * 1000, "cut off before the read timeout");
    QVERIFY2(timer.elapsed() < (ReadTimeoutSeconds + 2) * 1000, "cut off late");
}

void tst_ServerLimits::malformedRequest_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("garbage request line") << QByteArray("NOT A VALID REQUEST\r\n\r\n");
    QTest::newRow("HTTP/0.9") << QByteArray("GET /healthz\r\n\r\n");
    QTest::newRow("bad version") << QByteArray("GET /healthz HTTP/9.9x\r\nHost: localhost\r\n\r\n");
    QTest::newRow("header without colon") << QByteArray("GET /healthz HTTP/1.1\r\nHost localhost\r\n\r\n");
    QTest::newRow("bad content-length") << QByteArray("POST /healthz HTTP/1.1\r\nHost: localhost\r\nContent-Length: -5\r\n\r\n");
    QTest::newRow("bad chunk size") << QByteArray("POST /healthz HTTP/1.1\r\nHost: localhost\r\n"
                                                  "Transfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n");
    QTest::newRow("NUL in target") << QByteArray("GET /heal\0thz HTTP/1.1\r\nHost: localhost\r\n\r\n", 44);
}

void tst_ServerLimits::malformedRequest()
{
    QFETCH(QByteArray, request);
    verifyJsonError(parseResponse(rawTls(m_server->port(), m_server->certificate(), request)), 400);
}

void tst_ServerLimits::unknownPath()
{
    TestClient client(m_server->baseUrl(), {m_server->certificate()});
    const TestResponse response = client.get(QStringLiteral("/no/such/path?x=%00"));
    QCOMPARE(response.status, 404);
    QCOMPARE(response.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("not_found"));
}

void tst_ServerLimits::wrongMethod()
{
    TestClient client(m_server->baseUrl(), {m_server->certificate()});
    const TestResponse response = client.del(QStringLiteral("/healthz"));
    QCOMPARE(response.status, 405);
    QCOMPARE(response.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("method_not_allowed"));
}

void tst_ServerLimits::stillServing()
{
    QVERIFY(m_server->isRunning());
    TestClient client(m_server->baseUrl(), {m_server->certificate()});
    const TestResponse response = client.get(QStringLiteral("/healthz"));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
}

void tst_ServerLimits::sigtermExitsCleanly()
{
    // An idle kept-alive connection must not hold the stop up.
    RawTlsConnection idle;
    QVERIFY(idle.connectTo(m_server->port(), m_server->certificate()));
    QVERIFY(idle.write("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n"));
    QCOMPARE(parseResponse(idle.readResponse()).status, 200);

    QElapsedTimer timer;
    timer.start();
    QVERIFY(m_server->stop(10000));
    QCOMPARE(m_server->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_server->exitCode(), 0);
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(idle.waitForClose(2000));
}

QTEST_GUILESS_MAIN(tst_ServerLimits)
#include "tst_ServerLimits.moc"
