#pragma once

#include "ServerTrust.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

namespace Sitrep {

// The outcome of one API request, sorted by what the caller can do about it.
struct ApiResponse {
    enum class Failure {
        None,
        Network,      // unreachable, refused, reset, timed out: retry later
        Trust,        // the certificate is not trusted (see judgement): ask the person
        Unauthorized, // 401: sign in again
        Unavailable,  // 5xx (503 with Retry-After): retry later
        Refused,      // another 4xx: this request will not succeed as it is
        Protocol      // a 2xx whose body is not the JSON we expect
    };
    Failure failure = Failure::None;
    int status = 0;          // HTTP status, 0 when there was none
    QJsonObject body;        // the JSON object the server sent (also for errors)
    QString message;         // for a person, when failed
    int retryAfterSeconds = 0;
    ServerTrust::Judgement judgement; // when failure == Trust

    bool ok() const { return failure == Failure::None; }
};

// One request in flight; deletes itself after finished().
class ApiReply : public QObject
{
    Q_OBJECT
public:
    void abort();
signals:
    void finished(const Sitrep::ApiResponse &response);

private:
    friend class ApiClient;
    explicit ApiReply(QNetworkReply *reply, QObject *parent);
    QPointer<QNetworkReply> m_reply;
};

// HTTPS requests to one team server (docs/openapi.yaml): every request carries the
// session's bearer token and passes the trust check before a byte of it is sent.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    ApiClient(const QUrl &server, const ServerTrust &trust, QObject *parent = nullptr);

    QUrl server() const { return m_server; }
    const ServerTrust &trust() const { return m_trust; }
    void setToken(const QByteArray &token) { m_token = token; }
    QByteArray token() const { return m_token; }
    // Each request fails as Network after this long without progress (default 30 s).
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // The certificate of the last trusted handshake (for the live stream), else null.
    QSslCertificate verifiedCertificate() const { return m_verified; }

    ApiReply *get(const QString &path, const QUrlQuery &query = {});
    ApiReply *post(const QString &path, const QByteArray &json);
    ApiReply *remove(const QString &path);

    QUrl url(const QString &path, const QUrlQuery &query = {}) const;

private:
    ApiReply *send(const QByteArray &verb, const QString &path, const QUrlQuery &query, const QByteArray &body);
    void watchTrust(QNetworkReply *reply, ServerTrust::Judgement *refusal);
    ApiResponse responseOf(QNetworkReply *reply, const ServerTrust::Judgement &refusal) const;

    QNetworkAccessManager m_network;
    QUrl m_server;
    ServerTrust m_trust;
    QByteArray m_token;
    int m_timeoutMs = 30000;
    QSslCertificate m_verified;
};

} // namespace Sitrep
