#pragma once

// Reading the head of an HTTP/1.1 answer (status line and headers, up to the blank line):
// shared by the bench's lean HTTPS client and its stream client.

#include <QByteArray>

namespace Sitrep::Bench {

inline const QByteArray HttpHeadEnd = QByteArrayLiteral("\r\n\r\n");

// The status code of "HTTP/1.1 200 OK…", or 0 when the head is not an HTTP answer.
int httpStatus(const QByteArray &head);
// The value of a header (name in lower case), or a null array.
QByteArray httpHeaderValue(const QByteArray &head, const QByteArray &name);

} // namespace Sitrep::Bench
