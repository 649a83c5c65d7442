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
    void setObserver(Observer observer) { m_observer = std::move(observer); }
    HttpResponse dispatch(const HttpRequest &request) const;
    // Every registered route: the OpenAPI document must list exactly these.
    QList<Route> routes() const;

private:
    struct Entry {
        Route route;
        QStringList segments;
        Handler handler;
    };
    static std::optional<PathParams> match(const QStringList &segments, const QString &path);

    HttpResponse route(const HttpRequest &request, QString *pattern) const;

    QList<Entry> m_entries;
    Observer m_observer;
};

} // namespace Sitrep::Server
