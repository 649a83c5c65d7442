#pragma once

// Conversion between Beast's messages and the server's own HttpRequest/HttpResponse, so
// that route handlers never see the transport library.

#include "http/HttpTypes.h"

#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

namespace Sitrep::Server {

using BeastRequest = boost::beast::http::request<boost::beast::http::string_body>;
using BeastResponse = boost::beast::http::response<boost::beast::http::string_body>;

HttpRequest toHttpRequest(const BeastRequest &request, const QString &peerAddress);
BeastResponse toBeastResponse(const HttpResponse &response, unsigned httpVersion, bool keepAlive);

} // namespace Sitrep::Server
