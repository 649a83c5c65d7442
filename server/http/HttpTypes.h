#pragma once

// The server's own view of HTTP: what a route handler sees and returns. The network
// layer (HttpServer, Boost.Beast) converts to and from these, so handlers and tests never
// depend on the transport library.

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

namespace Sitrep::Server {

struct HttpRequest {
    QByteArray method;                     // "GET", "POST", …
    QString path;                          // percent-decoded, without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QString peerAddress;                   // e.g. "127.0.0.1"

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
    // The token of "Authorization: Bearer …", or empty.
    QByteArray bearerToken() const;
};

struct HttpResponse {
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpResponse json(int status, const QJsonObject &object);
    // {"error":{"code":…,"message":…}} — every error the API gives looks like this.
    static HttpResponse error(int status, const QString &code, const QString &message);
    static HttpResponse noContent();
};

// A JSON object body, or the 4xx response that explains why there is none:
// 415 for another content type, 400 for malformed JSON or invalid UTF-8, 400 for a
// body that is JSON but not an object.
struct JsonBody {
    std::optional<QJsonObject> object;
    HttpResponse problem;
};
JsonBody parseJsonBody(const HttpRequest &request);

// The values captured by {name} segments of a route pattern, in order.
using PathParams = QStringList;
using Handler = std::function<HttpResponse(const HttpRequest &, const PathParams &)>;

// A live two-way channel (a WebSocket) as the API sees it: the transport implements it.
// Thread-safe; calls after the channel has closed do nothing.
class StreamChannel
{
public:
    virtual ~StreamChannel() = default;
    // Queues one text message. The bytes are shared, not copied (QByteArray is implicitly
    // shared with an atomic count), so one message can go to many channels. A peer that
    // does not read its messages is disconnected once too much is queued for it (it
    // reconnects and pulls what it missed).
    virtual void send(QByteArray text) = 0;
    // Closes the channel with a reason the other side is shown.
    virtual void close(const QString &reason) = 0;
};

// The API side of an accepted channel. The transport calls these on one thread at a time
// (a worker thread, never an I/O thread: they may read the database), opened() first and
// closed() last. The peer may keep the channel from opened() until
// closed() and must drop it then (the transport holds the peer until closed()).
class StreamPeer
{
public:
    virtual ~StreamPeer() = default;
    virtual void opened(std::shared_ptr<StreamChannel> channel) = 0;
    virtual void received(const QByteArray &text) = 0;
    // Every heartbeat interval while open: a chance to tell the client we are alive.
    virtual void heartbeat() = 0;
    virtual void closed() = 0;
};

// The answer to an upgrade request: a peer to connect, or the HTTP refusal to send.
struct StreamAcceptance {
    std::shared_ptr<StreamPeer> peer;
    HttpResponse refusal;
};
using StreamHandler = std::function<StreamAcceptance(const HttpRequest &, const PathParams &)>;

// Matches method and path against patterns like "/api/v1/incidents/{id}/timeline".
// Unknown paths answer 404, known paths with another method 405; both as JSON errors.
class Router
{
public:
    struct Route {
        QByteArray method;
        QString pattern;
    };

    // Told about every dispatched request: the matched route's pattern (never the raw
    // path, so no incident id ends up in a metric label), or "unmatched".
    using Observer = std::function<void(const QString &route, int status, double seconds)>;

    void add(const QByteArray &method, const QString &pattern, Handler handler);
    // A GET route that upgrades to a live channel. A plain GET on it answers 426.
    void addStream(const QString &pattern, StreamHandler handler);
    void setObserver(Observer observer) { m_observer = std::move(observer); }
    HttpResponse dispatch(const HttpRequest &request) const;
    // For an upgrade request: the stream route's answer, or nullopt when no stream route
    // matches (the request is then dispatched like any other).
    std::optional<StreamAcceptance> acceptStream(const HttpRequest &request) const;
    // Every registered route: the OpenAPI document must list exactly these.
    QList<Route> routes() const;

private:
    struct Entry {
        Route route;
        QStringList segments;
        Handler handler;
        StreamHandler streamHandler; // set on stream routes only
    };
    static std::optional<PathParams> match(const QStringList &segments, const QString &path);

    HttpResponse route(const HttpRequest &request, QString *pattern) const;

    QList<Entry> m_entries;
    Observer m_observer;
};

} // namespace Sitrep::Server
