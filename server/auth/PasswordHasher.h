#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <optional>

namespace Sitrep::Server {

// Password hashing with argon2id (libsodium). The stored form is libsodium's encoded
// string ("$argon2id$v=19$m=…,t=…,p=1$salt$hash"): it carries its own salt and limits, so
// hashes made with other limits (tests, a future stronger setting) still verify.
class PasswordHasher
{
public:
    // The cost of one hash. interactive() is libsodium's recommendation for an online
    // login (~64 MiB, a few tens of ms); minimum() exists so tests run fast.
    struct Limits {
        unsigned long long opsLimit = 0;
        std::size_t memLimit = 0;
        static Limits interactive();
        static Limits minimum();
    };

    explicit PasswordHasher(Limits limits = Limits::interactive());

    // The encoded hash, or nullopt when the memory for it could not be allocated.
    std::optional<QByteArray> hash(const QString &password) const;
    // False for a wrong password and for anything that is not an argon2id hash string.
    bool verify(const QByteArray &storedHash, const QString &password) const;
    // True when storedHash was made with other limits than ours (rehash at next login).
    bool needsRehash(const QByteArray &storedHash) const;

    const Limits &limits() const { return m_limits; }

private:
    Limits m_limits;
};

// sodium_init(), once per process, thread-safe; false if libsodium cannot start (no
// random source): the server must not run then.
bool initializeSodium();

} // namespace Sitrep::Server
