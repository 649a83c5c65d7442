// HttpServer in process, with routes the real API does not have: a handler that throws,
// one that takes its time while the server is asked to stop, and the connection limit.

#include "ServerProcess.h"
#include "http/HttpServer.h"
#include "tls/TlsIdentity.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <future>
#include <stdexcept>
#include <thread>

using namespace Sitrep::Server;
using namespace Sitrep::Testing;

namespace {

// Runs the server on a thread of its own and joins it, bounded, when done.
class RunningServer
{
public:
    RunningServer(HttpServer::Options options, const Router &router)
        : m_server(std::move(options), router)
    {
    }
    ~RunningServer()
    {
        m_server.stop();
        if (m_finished.valid())
            m_finished.wait_for(std::chrono::seconds(15));
    }

    bool start(QString *error)
    {
        if (!m_server.start(error))
            return false;
        m_finished = std::async(std::launch::async, [this] { m_server.run(); });
        return true;
    }
    bool waitUntilStopped(std::chrono::milliseconds timeout)
    {
        return m_finished.wait_for(timeout) == std::future_status::ready;
    }
    HttpServer &server() { return m_server; }

private:
    HttpServer m_server;
    std::future<void> m_finished;
};

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 3000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QTest::qWait(10);
    }
    return true;
}

} // namespace

class tst_HttpServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void throwingHandlerAnswers500();
    void invalidStatusAnswers500();
    void requestDetailsReachTheHandler();
    void stopFinishesRequestsInFlight();
    void countsAndLimitsConnections();

private:
    HttpServer::Options options() const;

    QTemporaryDir m_dir;
    TlsIdentity m_identity;
    QSslCertificate m_certificate;
    Router m_router;
};

void tst_HttpServer::initTestCase()
{
    QString error;
    m_identity = ensureSelfSigned(m_dir.path(), &error);
    QVERIFY2(!m_identity.isNull(), qPrintable(error));
    m_certificate = QSslCertificate::fromPath(m_identity.certFile).value(0);
    QVERIFY(!m_certificate.isNull());

    m_router.add("GET", QStringLiteral("/throw"), [](const HttpRequest &, const PathParams &) -> HttpResponse {
        throw std::runtime_error("handler bug");
    });
    m_router.add("GET", QStringLiteral("/status"), [](const HttpRequest &, const PathParams &) {
        HttpResponse response;
        response.status = 42;
        return response;
    });
    m_router.add("POST", QStringLiteral("/echo/{name}"), [](const HttpRequest &request, const PathParams &params) {
        return HttpResponse::json(200, QJsonObject{
            {QStringLiteral("name"), params.value(0)},
            {QStringLiteral("q"), request.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded)},
            {QStringLiteral("token"), QString::fromLatin1(request.bearerToken())},
            {QStringLiteral("body"), QString::fromUtf8(request.body)},
            {QStringLiteral("peer"), request.peerAddress},
        });
    });
    m_router.add("GET", QStringLiteral("/slow"), [](const HttpRequest &, const PathParams &) {
        std::this_thread::sleep_for(std::chrono::milliseconds(600));
        return HttpResponse::json(200, QJsonObject{{QStringLiteral("slow"), true}});
    });
}

HttpServer::Options tst_HttpServer::options() const
{
    HttpServer::Options options;
    options.port = 0;
    options.certFile = m_identity.certFile;
    options.keyFile = m_identity.keyFile;
    return options;
}

void tst_HttpServer::throwingHandlerAnswers500()
{
    RunningServer running(options(), m_router);
    QString error;
    QVERIFY2(running.start(&error), qPrintable(error));
    TestClient client(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(running.server().port())), {m_certificate});
    for (int i = 0; i < 2; ++i) { // and again: the connection and the server survive
        const TestResponse response = client.get(QStringLiteral("/throw"));
        QCOMPARE(response.status, 500);
        QCOMPARE(response.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("internal_error"));
    }
}

void tst_HttpServer::invalidStatusAnswers500()
{
    RunningServer running(options(), m_router);
    QString error;
    QVERIFY2(running.start(&error), qPrintable(error));
    const ParsedResponse response = parseResponse(
        rawTls(running.server().port(), m_certificate, "GET /status HTTP/1.1\r\nHost: localhost\r\n\r\n"));
    QCOMPARE(response.status, 500);
}

void tst_HttpServer::requestDetailsReachTheHandler()
{
    RunningServer running(options(), m_router);
    QString error;
    QVERIFY2(running.start(&error), qPrintable(error));
    TestClient client(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(running.server().port())), {m_certificate});
    const TestResponse response =
        client.post(QStringLiteral("/echo/caf%C3%A9?q=a%20b"), "h\xC3\xA9llo", "text/plain", "tok123");
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json.value(QStringLiteral("name")).toString(), QStringLiteral("caf\u00e9"));
    QCOMPARE(response.json.value(QStringLiteral("q")).toString(), QStringLiteral("a b"));
    QCOMPARE(response.json.value(QStringLiteral("token")).toString(), QStringLiteral("tok123"));
    QCOMPARE(response.json.value(QStringLiteral("body")).toString(), QStringLiteral("h\u00e9llo"));
    QCOMPARE(response.json.value(QStringLiteral("peer")).toString(), QStringLiteral("127.0.0.1"));
}

void tst_HttpServer::stopFinishesRequestsInFlight()
{
    RunningServer running(options(), m_router);
    QString error;
    QVERIFY2(running.start(&error), qPrintable(error));
    const quint16 port = running.server().port();

    RawTlsConnection idle; // kept alive, between requests: closed by the stop
    QVERIFY(idle.connectTo(port, m_certificate));
    QVERIFY(idle.write("GET /status HTTP/1.1\r\nHost: localhost\r\n\r\n"));
    QCOMPARE(parseResponse(idle.readResponse()).status, 500);

    RawTlsConnection busy;
    QVERIFY(busy.connectTo(port, m_certificate));
    QVERIFY(busy.write("GET /slow HTTP/1.1\r\nHost: localhost\r\n\r\n"));
    QTest::qWait(200); // the handler is running now
    running.server().stop();

    const ParsedResponse response = parseResponse(busy.readResponse(5000));
    QCOMPARE(response.status, 200);
    QVERIFY(response.head.contains("\r\nConnection: close"));
    QVERIFY(running.waitUntilStopped(std::chrono::seconds(5)));
    QVERIFY(idle.waitForClose(2000));
    QCOMPARE(running.server().activeConnections(), 0);
}

void tst_HttpServer::countsAndLimitsConnections()
{
    HttpServer::Options limited = options();
    limited.maxConnections = 2;
    RunningServer running(limited, m_router);
    QString error;
    QVERIFY2(running.start(&error), qPrintable(error));
    const quint16 port = running.server().port();

    {
        RawTlsConnection first;
        RawTlsConnection second;
        QVERIFY(first.connectTo(port, m_certificate));
        QVERIFY(second.connectTo(port, m_certificate));
        QVERIFY(waitFor([&] { return running.server().activeConnections() == 2; }));

        RawTlsConnection refused;
        QVERIFY(!refused.connectTo(port, m_certificate, 3000));
        QCOMPARE(running.server().activeConnections(), 2);
    }
    QVERIFY(waitFor([&] { return running.server().activeConnections() == 0; }));
    RawTlsConnection again;
    QVERIFY(again.connectTo(port, m_certificate));
}

QTEST_GUILESS_MAIN(tst_HttpServer)
#include "tst_HttpServer.moc"
