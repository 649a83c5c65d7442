#include "ApiClient.h"

#include "SyncLog.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkReply>

#include <memory>

namespace Sitrep {

namespace {

bool isNetworkFailure(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::UnknownProxyError:
    case QNetworkReply::InternalServerError: // cut mid-response shows up as this and the next
    case QNetworkReply::ProtocolFailure:
        return true;
    default:
        return false;
    }
}

} // namespace

ApiReply::ApiReply(QNetworkReply *reply, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
{ }

void ApiReply::abort()
{
    if (m_reply)
        m_reply->abort();
}

ApiClient::ApiClient(const QUrl &server, const ServerTrust &trust, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_trust(trust)
{
    // Replies are deleted by send() once their response is read. (Qt itself resends a
    // request whose kept-alive connection closed before any byte of the answer: harmless,
    // every route we call is idempotent, POST /api/v1/ops by its op ids.)
    m_network.setAutoDeleteReplies(false);
}

QUrl ApiClient::url(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_server;
    url.setPath(path);
    url.setQuery(query);
    return url;
}

ApiReply *ApiClient::get(const QString &path, const QUrlQuery &query)
{
    return send("GET", path, query, {});
}

ApiReply *ApiClient::post(const QString &path, const QByteArray &json)
{
    return send("POST", path, {}, json);
}

ApiReply *ApiClient::remove(const QString &path)
{
    return send("DELETE", path, {}, {});
}

ApiReply *ApiClient::send(const QByteArray &verb, const QString &path, const QUrlQuery &query, const QByteArray &body)
{
    QNetworkRequest request(url(path, query));
    request.setSslConfiguration(m_trust.configuration(m_verified));
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    if (!body.isNull())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // A GET through get(): sendCustomRequest gives it an upload buffer, and Qt then starts
    // it a turn of the event loop later, which a catch-up that asks for the next page
    // before applying this one cannot afford.
    QNetworkReply *reply = verb == "GET" ? m_network.get(request) : m_network.sendCustomRequest(request, verb, body);
    auto *apiReply = new ApiReply(reply, this);
    auto refusal = std::make_shared<ServerTrust::Judgement>();
    refusal->verdict = ServerTrust::Verdict::Trusted;
    watchTrust(reply, refusal.get());
    connect(reply, &QNetworkReply::finished, apiReply, [this, reply, apiReply, refusal] {
        const ApiResponse response = responseOf(reply, *refusal);
        reply->deleteLater();
        emit apiReply->finished(response);
        apiReply->deleteLater();
    });
    return apiReply;
}

// The trust check runs after the handshake and before the request is sent: `encrypted`
// comes before any user data, so a refused server never sees the token.
void ApiClient::watchTrust(QNetworkReply *reply, ServerTrust::Judgement *refusal)
{
    connect(reply, &QNetworkReply::sslErrors, reply, [this, reply, refusal](const QList<QSslError> &errors) {
        const ServerTrust::Judgement judgement = m_trust.judge(reply->sslConfiguration().peerCertificate(), errors);
        if (judgement.verdict == ServerTrust::Verdict::Trusted)
            reply->ignoreSslErrors();
        else
            *refusal = judgement;
    });
    connect(reply, &QNetworkReply::encrypted, reply, [this, reply, refusal] {
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        const ServerTrust::Judgement judgement = m_trust.judge(peer, {});
        // Without a pin, reaching `encrypted` means the CAs vouched for it (or a pinned
        // certificate's errors were ignored above): only a pin needs checking again here.
        if (!m_trust.settings().fingerprint.isEmpty() && judgement.verdict != ServerTrust::Verdict::Trusted) {
            *refusal = judgement;
            reply->abort();
            return;
        }
        m_verified = peer;
    });
}

ApiResponse ApiClient::responseOf(QNetworkReply *reply, const ServerTrust::Judgement &refusal) const
{
    ApiResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->isOpen() ? reply->readAll() : QByteArray();
    const QJsonDocument document = QJsonDocument::fromJson(data);
    response.body = document.object();
    if (refusal.verdict != ServerTrust::Verdict::Trusted) {
        response.failure = ApiResponse::Failure::Trust;
        response.judgement = refusal;
        response.message = refusal.message;
        return response;
    }
    if (response.status == 0) {
        const QNetworkReply::NetworkError error = reply->error();
        response.failure = ApiResponse::Failure::Network;
        if (error == QNetworkReply::OperationCanceledError) // the transfer timeout
            response.message = tr("%1 did not answer in time.").arg(m_server.toString());
        else if (error >= QNetworkReply::SslHandshakeFailedError && error < QNetworkReply::TemporaryNetworkFailureError
            && !isNetworkFailure(error))
            response.message = tr("Could not make a secure connection to %1: %2").arg(m_server.toString(), reply->errorString());
        else
            response.message = tr("Cannot reach %1: %2").arg(m_server.toString(), reply->errorString());
        return response;
    }
    const QString serverMessage = response.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    if (response.status >= 200 && response.status < 300) {
        if (!data.isEmpty() && !document.isObject()) {
            response.failure = ApiResponse::Failure::Protocol;
            response.message = tr("The server at %1 answered something that is not Sitrep's API.").arg(m_server.toString());
        }
        return response;
    }
    if (response.status == 401) {
        response.failure = ApiResponse::Failure::Unauthorized;
        response.message = serverMessage.isEmpty() ? tr("The server asks you to sign in again.") : serverMessage;
    } else if (response.status >= 500) {
        response.failure = ApiResponse::Failure::Unavailable;
        response.retryAfterSeconds = reply->rawHeader("Retry-After").toInt();
        response.message = tr("The server cannot take it right now (%1). It will be retried.")
                               .arg(serverMessage.isEmpty() ? QString::number(response.status) : serverMessage);
    } else {
        response.failure = ApiResponse::Failure::Refused;
        response.retryAfterSeconds = reply->rawHeader("Retry-After").toInt();
        response.message = serverMessage.isEmpty() ? tr("The server refused the request (HTTP %1).").arg(response.status)
                                                   : serverMessage;
    }
    qCDebug(lcSync) << reply->operation() << reply->url().path() << response.status << response.message;
    return response;
}

} // namespace Sitrep
