#include "StreamClient.h"

#include "ServerProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTest>

#include <algorithm>

namespace Sitrep::Testing {

StreamClient::StreamClient(const ServerProcess &server, const QByteArray &token)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({server.certificate()}); // exactly this server's identity
    m_socket.setSslConfiguration(tls);
    QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket, [this](const QString &text) {
        m_messages.append(QJsonDocument::fromJson(text.toUtf8()).object());
    });
    QUrl url = server.baseUrl();
    url.setScheme(QStringLiteral("wss"));
    url.setPath(QStringLiteral("/api/v1/stream"));
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    m_socket.open(request);
}

QJsonObject StreamClient::waitFor(const std::function<bool(const QJsonObject &)> &matches, int timeoutMs)
{
    QJsonObject found;
    (void)QTest::qWaitFor([&] {
        for (qsizetype i = m_taken; i < m_messages.size(); ++i) {
            if (matches(m_messages.at(i))) {
                found = m_messages.at(i);
                m_taken = i + 1;
                return true;
            }
        }
        return false;
    }, timeoutMs);
    return found;
}

QJsonObject StreamClient::waitForType(const QString &type, int timeoutMs)
{
    return waitFor([type](const QJsonObject &message) { return message.value(QStringLiteral("type")).toString() == type; },
                   timeoutMs);
}

qint64 StreamClient::waitForHello(int timeoutMs)
{
    if (!QTest::qWaitFor([this] { return !m_messages.isEmpty(); }, timeoutMs))
        return -1;
    const QJsonObject hello = m_messages.constFirst();
    return hello.value(QStringLiteral("type")).toString() == QLatin1String("hello")
        ? hello.value(QStringLiteral("seq")).toInteger()
        : -1;
}

QList<QJsonObject> StreamClient::changes() const
{
    QList<QJsonObject> changes;
    for (const QJsonObject &message : m_messages) {
        if (message.value(QStringLiteral("type")).toString() != QLatin1String("changes"))
            continue;
        for (const QJsonValue &change : message.value(QStringLiteral("changes")).toArray())
            changes.append(change.toObject());
    }
    return changes;
}

bool StreamClient::waitForChanges(qsizetype count, int timeoutMs)
{
    return QTest::qWaitFor([&] { return changes().size() >= count; }, timeoutMs);
}

bool StreamClient::hasChangeOf(const QString &incidentId) const
{
    const QList<QJsonObject> all = changes();
    return std::any_of(all.cbegin(), all.cend(), [&](const QJsonObject &change) {
        return change.value(QStringLiteral("incidentId")).toString() == incidentId;
    });
}

bool StreamClient::waitForDisconnect(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
}

void StreamClient::send(const QJsonObject &message)
{
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

} // namespace Sitrep::Testing
