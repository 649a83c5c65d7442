#pragma once

#include <QByteArray>

namespace Sitrep::Server::Tokens {

// Session tokens: 256 random bits, base64url without padding (43 characters), handed to
// the client once. The server keeps only their SHA-256, so a copy of the database does
// not let anyone sign in.
constexpr int TokenBytes = 32;
constexpr int TokenLength = 43;

QByteArray generate();

// Lower-case hex SHA-256 of the token text (64 characters): what the database stores.
QByteArray hash(const QByteArray &token);

// Constant-time equality (false when the lengths differ; lengths are not secret here).
bool equal(const QByteArray &a, const QByteArray &b);

// True for text that has the shape of a token: cheap rejection before any lookup.
bool isWellFormed(const QByteArray &token);

} // namespace Sitrep::Server::Tokens
