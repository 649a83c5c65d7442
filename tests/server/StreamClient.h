#pragma once

// A live stream (GET /api/v1/stream) as the tests see it: QWebSocket, the client the
// console uses, collecting every message in order. Every wait is bounded.

#include <QJsonObject>
#include <QList>
#include <QWebSocket>

#include <functional>

namespace Sitrep::Testing {

class ServerProcess;

class StreamClient
{
public:
    // Opens the stream with the token in the upgrade request (none: no Authorization).
    StreamClient(const ServerProcess &server, const QByteArray &token);

    // The first message after those already taken by waitFor that matches, or {} after the
    // timeout.
    QJsonObject waitFor(const std::function<bool(const QJsonObject &)> &matches, int timeoutMs = 10000);
    QJsonObject waitForType(const QString &type, int timeoutMs = 10000);
    // The hello's seq, or -1 when the first message was not a hello or none came in time.
    qint64 waitForHello(int timeoutMs = 10000);
    // Every change received so far, in order.
    QList<QJsonObject> changes() const;
    bool waitForChanges(qsizetype count, int timeoutMs = 10000);
    bool hasChangeOf(const QString &incidentId) const;
    bool waitForDisconnect(int timeoutMs = 10000);
    void send(const QJsonObject &message);

    QWebSocket &socket() { return m_socket; }
    const QList<QJsonObject> &messages() const { return m_messages; }

private:
    QWebSocket m_socket;
    QList<QJsonObject> m_messages;
    qsizetype m_taken = 0; // messages before this one were matched by waitFor already
};

} // namespace Sitrep::Testing
