#include "Tokens.h"

#include "PasswordHasher.h"

#include <sodium.h>

namespace Sitrep::Server::Tokens {

QByteArray generate()
{
    initializeSodium();
    unsigned char bytes[TokenBytes];
    randombytes_buf(bytes, sizeof bytes);
    const QByteArray token = QByteArray::fromRawData(reinterpret_cast<const char *>(bytes), sizeof bytes)
                                 .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    sodium_memzero(bytes, sizeof bytes);
    return token;
}

QByteArray hash(const QByteArray &token)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(token.constData()),
                       (unsigned long long)token.size());
    return QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex();
}

bool equal(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    return a.isEmpty() || sodium_memcmp(a.constData(), b.constData(), std::size_t(a.size())) == 0;
}

bool isWellFormed(const QByteArray &token)
{
    if (token.size() != TokenLength)
        return false;
    for (const char c : token) {
        const bool ok =
            (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace Sitrep::Server::Tokens
