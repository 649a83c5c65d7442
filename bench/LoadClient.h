#pragma once

// One HTTPS/1.1 keep-alive connection of the server bench's load generator: one request in
// flight at a time, answered by a callback, on the caller's event loop.
//
// Why not QNetworkAccessManager: with a manager per client (one connection each) it cost
// the bench ~530 µs of CPU per request (a thread per manager, a QNetworkReply and its
// signals per request), more than the 370 µs the server spent answering it, and the bench
// runs on the same two cores as the server it measures. This client writes the request and
// parses the status line, Content-Length and body of the answer, nothing more: enough for
// sitrep-server's answers (always sized, never chunked), not a general HTTP client.

#include <QByteArray>
#include <QObject>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QString>

#include <functional>

namespace Sitrep::Bench {

class LoadClient : public QObject
{
public:
    struct Response {
        int status = 0; // 0: no HTTP response (see error)
        QByteArray body;
        QString error;
    };
    using Callback = std::function<void(const Response &)>;

    // host:port of the server; tls carries the CA that signed its certificate.
    LoadClient(const QString &host, quint16 port, const QSslConfiguration &tls, QObject *parent = nullptr);
    ~LoadClient() override;

    void setBearerToken(const QByteArray &token);
    // POSTs a JSON body; connects (again) first when needed. One request at a time; `done`
    // is called from the event loop (never from inside post()).
    void post(const QByteArray &path, const QByteArray &body, Callback done);
    bool busy() const;
    // Forgets the request in flight (its callback is not called) and closes the connection.
    void abort();

private:
    void send();
    void onReadyRead();
    void finish(Response response, bool closeConnection = false);
    void fail(const QString &error);

    QSslSocket m_socket;
    const QString m_host;
    const quint16 m_port;
    QByteArray m_token;
    QByteArray m_request; // the request waiting for the connection, or in flight
    QByteArray m_received;
    Callback m_done;
    quint64 m_generation = 0; // abort() moves it on: answers of before are not delivered
};

} // namespace Sitrep::Bench
