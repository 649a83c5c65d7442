#include "PasswordHasher.h"

#include <sodium.h>

namespace Sitrep::Server {

namespace {

// The password's UTF-8 bytes, wiped when the temporary goes away: the plaintext should
// not linger in freed heap memory.
class SecretBytes
{
public:
    explicit SecretBytes(const QString &text)
        : m_bytes(text.toUtf8())
    { }
    ~SecretBytes() { sodium_memzero(m_bytes.data(), std::size_t(m_bytes.size())); }
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    const char *data() const { return m_bytes.constData(); }
    unsigned long long size() const { return (unsigned long long)m_bytes.size(); }

private:
    QByteArray m_bytes;
};

// libsodium parses the stored string as a C string of at most STRBYTES: anything longer,
// with an embedded NUL, or of another algorithm is refused before it gets there.
bool isArgon2idString(const QByteArray &stored)
{
    static const QByteArray prefix = QByteArrayLiteral(crypto_pwhash_argon2id_STRPREFIX);
    return stored.startsWith(prefix) && stored.size() < qsizetype(crypto_pwhash_argon2id_STRBYTES)
           && !stored.contains('\0');
}

} // namespace

bool initializeSodium()
{
    // sodium_init is itself idempotent and thread-safe; 1 means "already initialised".
    static const bool ok = sodium_init() >= 0;
    return ok;
}

PasswordHasher::Limits PasswordHasher::Limits::interactive()
{
    return {crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE, crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE};
}

PasswordHasher::Limits PasswordHasher::Limits::minimum()
{
    return {crypto_pwhash_argon2id_OPSLIMIT_MIN, crypto_pwhash_argon2id_MEMLIMIT_MIN};
}

PasswordHasher::PasswordHasher(Limits limits)
    : m_limits(limits)
{
    initializeSodium();
}

std::optional<QByteArray> PasswordHasher::hash(const QString &password) const
{
    const SecretBytes secret(password);
    char out[crypto_pwhash_argon2id_STRBYTES];
    if (crypto_pwhash_argon2id_str(out, secret.data(), secret.size(), m_limits.opsLimit, m_limits.memLimit) != 0)
        return std::nullopt;
    return QByteArray(out);
}

bool PasswordHasher::verify(const QByteArray &storedHash, const QString &password) const
{
    if (!isArgon2idString(storedHash))
        return false;
    const SecretBytes secret(password);
    return crypto_pwhash_argon2id_str_verify(storedHash.constData(), secret.data(), secret.size()) == 0;
}

bool PasswordHasher::needsRehash(const QByteArray &storedHash) const
{
    if (!isArgon2idString(storedHash))
        return true;
    return crypto_pwhash_argon2id_str_needs_rehash(storedHash.constData(), m_limits.opsLimit, m_limits.memLimit) != 0;
}

} // namespace Sitrep::Server
