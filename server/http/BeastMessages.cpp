#include "BeastMessages.h"

#include <QUrl>

namespace Sitrep::Server {

namespace {

QByteArray bytes(std::string_view view)
{
    return QByteArray(view.data(), static_cast<qsizetype>(view.size()));
}

std::string_view view(const QByteArray &array)
{
    return std::string_view(array.constData(), static_cast<std::size_t>(array.size()));
}

// Header values must not smuggle a line break into the response, whatever a handler
// puts there.
std::string_view safeValue(const QByteArray &value)
{
    return value.contains('\r') || value.contains('\n') ? std::string_view() : view(value);
}

} // namespace

HttpRequest toHttpRequest(const BeastRequest &request, const QString &peerAddress)
{
    HttpRequest result;
    result.method = bytes(request.method_string());
    const QByteArray target = bytes(request.target());
    const qsizetype question = target.indexOf('?');
    result.path = QUrl::fromPercentEncoding(question < 0 ? target : target.left(question));
    if (question >= 0)
        result.query = QUrlQuery(QString::fromUtf8(target.mid(question + 1)));
    for (const auto &field : request) {
        const QByteArray name = bytes(field.name_string()).toLower();
        const QByteArray value = bytes(field.value());
        // Repeated fields combine into one list, as RFC 9110 §5.3 allows.
        auto existing = result.headers.find(name);
        if (existing == result.headers.end())
            result.headers.insert(name, value);
        else
            existing.value() += ", " + value;
    }
    result.body = bytes(request.body());
    result.peerAddress = peerAddress;
    return result;
}

BeastResponse toBeastResponse(const HttpResponse &response, unsigned httpVersion, bool keepAlive)
{
    BeastResponse result;
    result.version(httpVersion);
    // Beast throws on a status outside 100–999; a handler bug answers 500, not a crash.
    const bool validStatus = response.status >= 100 && response.status <= 599;
    result.result(validStatus ? static_cast<unsigned>(response.status) : 500u);
    result.set(boost::beast::http::field::server, "sitrep");
    if (!response.contentType.isEmpty())
        result.set(boost::beast::http::field::content_type, safeValue(response.contentType));
    for (const auto &[name, value] : response.headers) {
        if (!name.isEmpty() && !name.contains(':') && !name.contains('\r') && !name.contains('\n'))
            result.insert(view(name), safeValue(value));
    }
    result.body() = std::string(response.body.constData(), static_cast<std::size_t>(response.body.size()));
    result.keep_alive(keepAlive);
    result.prepare_payload();
    return result;
}

} // namespace Sitrep::Server
