#include "HttpTypes.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringDecoder>

namespace Sitrep::Server {

QByteArray HttpRequest::bearerToken() const
{
    const QByteArray value = header("authorization").trimmed();
    static const QByteArray prefix = "bearer ";
    if (value.size() <= prefix.size() || value.left(prefix.size()).toLower() != prefix)
        return {};
    return value.mid(prefix.size()).trimmed();
}

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    HttpResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse HttpResponse::error(int status, const QString &code, const QString &message)
{
    return json(status, QJsonObject{{QStringLiteral("error"),
                                     QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}});
}

HttpResponse HttpResponse::noContent()
{
    HttpResponse response;
    response.status = 204;
    response.contentType.clear();
    return response;
}

JsonBody parseJsonBody(const HttpRequest &request)
{
    const QByteArray type = request.header("content-type").split(';').first().trimmed().toLower();
    if (type != "application/json")
        return {std::nullopt, HttpResponse::error(415, QStringLiteral("unsupported_media_type"),
                                                  QStringLiteral("Send the body as application/json."))};
    // QJsonDocument replaces invalid UTF-8 silently; refuse it instead of storing mojibake.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(request.body);
    if (decoder.hasError())
        return {std::nullopt, HttpResponse::error(400, QStringLiteral("invalid_utf8"),
                                                  QStringLiteral("The body is not valid UTF-8."))};
    Q_UNUSED(text);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError)
        return {std::nullopt, HttpResponse::error(400, QStringLiteral("malformed_json"),
                                                  QStringLiteral("The body is not valid JSON: %1 at offset %2.")
                                                      .arg(error.errorString())
                                                      .arg(error.offset))};
    if (!document.isObject())
        return {std::nullopt, HttpResponse::error(400, QStringLiteral("malformed_json"),
                                                  QStringLiteral("The body must be a JSON object."))};
    return {document.object(), {}};
}

void Router::add(const QByteArray &method, const QString &pattern, Handler handler)
{
    m_entries.append({{method, pattern}, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), std::move(handler), {}});
}

void Router::addStream(const QString &pattern, StreamHandler handler)
{
    Handler plainGet = [](const HttpRequest &, const PathParams &) {
        HttpResponse response = HttpResponse::error(426, QStringLiteral("upgrade_required"),
                                                    QStringLiteral("This is a WebSocket: send an upgrade request."));
        response.headers.append(qMakePair(QByteArray("Upgrade"), QByteArray("websocket")));
        return response;
    };
    m_entries.append({{"GET", pattern},
                      pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts),
                      std::move(plainGet),
                      std::move(handler)});
}

std::optional<StreamAcceptance> Router::acceptStream(const HttpRequest &request) const
{
    for (const Entry &entry : m_entries) {
        if (!entry.streamHandler || request.method != "GET")
            continue;
        const std::optional<PathParams> params = match(entry.segments, request.path);
        if (!params)
            continue;
        QElapsedTimer timer;
        timer.start();
        StreamAcceptance acceptance = entry.streamHandler(request, *params);
        if (m_observer)
            m_observer(entry.route.pattern, acceptance.peer ? 101 : acceptance.refusal.status,
                       double(timer.nsecsElapsed()) / 1e9);
        return acceptance;
    }
    return std::nullopt;
}

std::optional<PathParams> Router::match(const QStringList &segments, const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() != segments.size())
        return std::nullopt;
    PathParams params;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &segment = segments.at(i);
        if (segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}')))
            params.append(parts.at(i));
        else if (segment != parts.at(i))
            return std::nullopt;
    }
    return params;
}

HttpResponse Router::dispatch(const HttpRequest &request) const
{
    QElapsedTimer timer;
    timer.start();
    QString pattern = QStringLiteral("unmatched");
    HttpResponse response = route(request, &pattern);
    if (m_observer)
        m_observer(pattern, response.status, double(timer.nsecsElapsed()) / 1e9);
    return response;
}

HttpResponse Router::route(const HttpRequest &request, QString *pattern) const
{
    bool pathKnown = false;
    for (const Entry &entry : m_entries) {
        const std::optional<PathParams> params = match(entry.segments, request.path);
        if (!params)
            continue;
        pathKnown = true;
        if (entry.route.method == request.method) {
            *pattern = entry.route.pattern;
            return entry.handler(request, *params);
        }
    }
    if (pathKnown)
        return HttpResponse::error(405, QStringLiteral("method_not_allowed"),
                                   QStringLiteral("%1 is not allowed on %2.")
                                       .arg(QString::fromLatin1(request.method), request.path));
    return HttpResponse::error(404, QStringLiteral("not_found"), QStringLiteral("No such resource: %1").arg(request.path));
}

QList<Router::Route> Router::routes() const
{
    QList<Route> result;
    for (const Entry &entry : m_entries)
        result.append(entry.route);
    return result;
}

} // namespace Sitrep::Server
