#include "TlsIdentity.h"

#include "ServerLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>

namespace Sitrep::Server {

namespace {

template<auto Free>
struct Deleter {
    template<typename T>
    void operator()(T *pointer) const { Free(pointer); }
};
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using BigNumPtr = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;

constexpr int ValidityDays = 825; // the longest lifetime Apple's TLS policy still accepts

QString openSslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return QStringLiteral("unknown OpenSSL error");
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

BioPtr openForReading(const QString &path)
{
    return BioPtr(BIO_new_file(QFile::encodeName(path).constData(), "r"));
}

X509Ptr readCertificate(const QString &path)
{
    BioPtr bio = openForReading(path);
    if (!bio)
        return {};
    return X509Ptr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

bool addExtension(X509 *certificate, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

X509Ptr makeSelfSigned(EVP_PKEY *key)
{
    X509Ptr certificate(X509_new());
    if (!certificate || X509_set_version(certificate.get(), 2) != 1)
        return {};
    // A random serial: browsers and OpenSSL reject two certificates with one issuer and serial.
    BigNumPtr serial(BN_new());
    if (!serial || BN_rand(serial.get(), 159, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1
        || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate.get())))
        return {};
    // Backdated a little so that a console whose clock runs behind accepts it at once.
    if (!X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -3600)
        || !X509_time_adj_ex(X509_getm_notAfter(certificate.get()), ValidityDays, 0, nullptr))
        return {};
    X509_NAME *name = X509_get_subject_name(certificate.get());
    if (X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("localhost"),
                                   -1, -1, 0) != 1
        || X509_set_issuer_name(certificate.get(), name) != 1 || X509_set_pubkey(certificate.get(), key) != 1)
        return {};
    // Key identifiers let OpenSSL recognise the certificate as its own issuer when a
    // console trusts it directly.
    if (!addExtension(certificate.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(certificate.get(), NID_key_usage, "critical,digitalSignature")
        || !addExtension(certificate.get(), NID_ext_key_usage, "serverAuth")
        || !addExtension(certificate.get(), NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1")
        || !addExtension(certificate.get(), NID_subject_key_identifier, "hash")
        || !addExtension(certificate.get(), NID_authority_key_identifier, "keyid:always"))
        return {};
    if (X509_sign(certificate.get(), key, EVP_sha256()) == 0)
        return {};
    return certificate;
}

QByteArray toPem(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, size) : QByteArray();
}

// Written to a temporary file created with its final mode, then renamed: a crash leaves
// either the old file or the new one, and the key is never readable by others.
bool writeAtomically(const QString &path, const QByteArray &data, mode_t mode, QString *error)
{
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temporary = target + ".tmp";
    ::unlink(temporary.constData());
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0)
        return fail(error, QStringLiteral("Cannot create %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + written, static_cast<size_t>(data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        written += n;
    }
    const bool ok = written == data.size() && ::fchmod(fd, mode) == 0 && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok || ::rename(temporary.constData(), target.constData()) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        ::unlink(temporary.constData());
        return fail(error, QStringLiteral("Cannot write %1: %2").arg(path, reason));
    }
    return true;
}

bool createSelfSigned(const TlsIdentity &identity, QString *error)
{
    KeyPtr key(EVP_EC_gen("P-256"));
    if (!key)
        return fail(error, QStringLiteral("Cannot generate a P-256 key: %1").arg(openSslError()));
    X509Ptr certificate = makeSelfSigned(key.get());
    if (!certificate)
        return fail(error, QStringLiteral("Cannot create a certificate: %1").arg(openSslError()));

    BioPtr keyBio(BIO_new(BIO_s_mem()));
    BioPtr certBio(BIO_new(BIO_s_mem()));
    if (!keyBio || !certBio
        || PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1
        || PEM_write_bio_X509(certBio.get(), certificate.get()) != 1)
        return fail(error, QStringLiteral("Cannot encode the certificate: %1").arg(openSslError()));
    return writeAtomically(identity.keyFile, toPem(keyBio.get()), 0600, error)
        && writeAtomically(identity.certFile, toPem(certBio.get()), 0644, error);
}

} // namespace

TlsIdentity ensureSelfSigned(const QString &dataDir, QString *error)
{
    const QString directory = QDir(dataDir).filePath(QStringLiteral("tls"));
    const TlsIdentity identity{QDir(directory).filePath(QStringLiteral("cert.pem")),
                               QDir(directory).filePath(QStringLiteral("key.pem"))};
    if (QFileInfo::exists(identity.certFile) && QFileInfo::exists(identity.keyFile))
        return validateIdentity(identity, error) ? identity : TlsIdentity{};

    if (!QDir().mkpath(directory)) {
        fail(error, QStringLiteral("Cannot create %1").arg(directory));
        return {};
    }
    ::chmod(QFile::encodeName(directory).constData(), 0700);
    if (!createSelfSigned(identity, error))
        return {};
    qCInfo(lcServer) << "created a self-signed certificate in" << directory;
    return identity;
}

bool validateIdentity(const TlsIdentity &identity, QString *error)
{
    ERR_clear_error();
    X509Ptr certificate = readCertificate(identity.certFile);
    if (!certificate)
        return fail(error, QStringLiteral("Cannot read a PEM certificate from %1: %2")
                               .arg(identity.certFile, openSslError()));
    BioPtr keyBio = openForReading(identity.keyFile);
    KeyPtr key(keyBio ? PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!key)
        return fail(error, QStringLiteral("Cannot read a PEM private key (unencrypted) from %1: %2")
                               .arg(identity.keyFile, openSslError()));
    if (X509_check_private_key(certificate.get(), key.get()) != 1) {
        ERR_clear_error();
        return fail(error, QStringLiteral("The private key %1 does not belong to the certificate %2.")
                               .arg(identity.keyFile, identity.certFile));
    }
    return true;
}

QString sha256Fingerprint(const QString &certFile)
{
    X509Ptr certificate = readCertificate(certFile);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!certificate || X509_digest(certificate.get(), EVP_sha256(), digest, &length) != 1) {
        ERR_clear_error();
        return {};
    }
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), length).toHex(':').toUpper());
}

} // namespace Sitrep::Server
