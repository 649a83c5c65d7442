#include "LiveChannel.h"

#include "SyncLog.h"
#include "model/Ids.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkRequest>

namespace Sitrep {

namespace {
// A client that does not know the stream's protocol number falls back to pulling.
constexpr int KnownProtocol = 1;
} // namespace

LiveChannel::LiveChannel(const QUrl &server, const ServerTrust &trust, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_trust(trust)
{
    m_silence.setSingleShot(true);
    connect(&m_silence, &QTimer::timeout, this, [this] {
        qCInfo(lcSync) << "the stream went silent; reconnecting";
        m_socket.abort();
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &LiveChannel::onMessage);
    connect(&m_socket, &QWebSocket::disconnected, this, &LiveChannel::onDisconnected);
    connect(&m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        const ServerTrust::Judgement judgement = m_trust.judge(m_socket.sslConfiguration().peerCertificate(), errors);
        if (judgement.verdict == ServerTrust::Verdict::Trusted) {
            m_socket.ignoreSslErrors();
            return;
        }
        emit trustRefused(judgement);
    });
}

void LiveChannel::open(const QByteArray &token, const QSslCertificate &known)
{
    if (m_socket.state() != QAbstractSocket::UnconnectedState) {
        m_closing = true; // an old connection going away is not a loss to report
        m_socket.abort();
    }
    m_closing = false;
    m_open = false;
    QUrl url = m_server;
    url.setScheme(QStringLiteral("wss"));
    url.setPath(QStringLiteral("/api/v1/stream"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token);
    m_socket.setSslConfiguration(m_trust.configuration(known));
    m_socket.open(request);
    m_silence.start(3 * m_heartbeatSeconds * 1000);
}

void LiveChannel::close()
{
    m_closing = true;
    m_open = false;
    m_silence.stop();
    m_socket.close();
}

void LiveChannel::sendPresence(const QUuid &viewing, const QUuid &bridge)
{
    if (!m_open)
        return;
    const QJsonObject message{{QStringLiteral("type"), QStringLiteral("presence")},
                              {QStringLiteral("viewing"), viewing.isNull() ? QJsonValue() : QJsonValue(idToString(viewing))},
                              {QStringLiteral("bridge"), bridge.isNull() ? QJsonValue() : QJsonValue(idToString(bridge))}};
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void LiveChannel::onMessage(const QString &text)
{
    m_silence.start(3 * m_heartbeatSeconds * 1000);
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = message.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("hello")) {
        const int protocol = message.value(QStringLiteral("protocol")).toInt();
        if (protocol != KnownProtocol) {
            qCWarning(lcSync) << "the server speaks stream protocol" << protocol << "; pulling the feed instead";
            close();
            emit lost(QCoreApplication::translate("Sitrep::LiveChannel", "The server's live stream is a newer version."));
            return;
        }
        m_heartbeatSeconds = std::max(1, message.value(QStringLiteral("heartbeatSeconds")).toInt(15));
        m_silence.start(3 * m_heartbeatSeconds * 1000);
        m_open = true;
        emit opened(message.value(QStringLiteral("seq")).toInteger(), protocol);
    } else if (type == QLatin1String("changes")) {
        QList<Change> changes;
        for (const QJsonValue &item : message.value(QStringLiteral("changes")).toArray()) {
            const Decoded<Change> change = Change::fromJson(item.toObject());
            if (!change) {
                // Never apply around a hole: the engine pulls the feed, which says the same.
                qCWarning(lcSync) << "undecodable change on the stream:" << change.error;
                emit pullNeeded();
                return;
            }
            changes.append(*change.value);
        }
        if (!changes.isEmpty())
            emit changesArrived(changes);
    } else if (type == QLatin1String("heartbeat")) {
        emit heartbeat(message.value(QStringLiteral("seq")).toInteger());
    } else if (type == QLatin1String("presence")) {
        emit presence(message);
    } else if (type == QLatin1String("error")) {
        qCWarning(lcSync) << "stream error:" << message;
    }
}

void LiveChannel::onDisconnected()
{
    m_silence.stop();
    const bool wasClosing = m_closing;
    m_open = false;
    if (wasClosing)
        return;
    const QString reason = m_socket.closeReason().isEmpty() ? m_socket.errorString() : m_socket.closeReason();
    qCInfo(lcSync) << "stream lost:" << m_socket.closeCode() << reason;
    emit lost(reason);
}

} // namespace Sitrep
