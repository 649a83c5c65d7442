#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

#include <optional>

namespace Sitrep {

// SHA-256 fingerprints of server certificates, as people compare them: the server logs
// one at every start and `openssl x509 -fingerprint -sha256` prints "AB:CD:…".
namespace Fingerprint {
// 64 lower-case hex digits, from any mix of case and colons; empty when it is not one.
QString normalise(const QString &text);
// "AB:CD:…", the form openssl and the server's log print.
QString display(const QString &fingerprint);
QString of(const QSslCertificate &certificate);
} // namespace Fingerprint

// How this console decides that it talks to its team's server (docs/SYNC.md "Trust"):
// the system's CAs, the CAs of a given file, or one certificate pinned by its fingerprint.
// A pin wins over everything: a different certificate is a hard stop, even one a CA signed.
struct TrustSettings {
    QString caFile;      // PEM; empty: the system's CAs
    QString fingerprint; // normalised; empty: not pinned
};

class ServerTrust
{
    Q_DECLARE_TR_FUNCTIONS(Sitrep::ServerTrust)

public:
    enum class Verdict {
        Trusted, // go on
        Unknown, // nobody vouches for it: ask the person to confirm its fingerprint
        Changed  // not the pinned certificate: stop until the person confirms again
    };
    struct Judgement {
        Verdict verdict = Verdict::Unknown;
        QString fingerprint; // of the certificate the server presented
        QString message;     // for a person
    };

    // Fails (with a message) when the CA file cannot be read or holds no certificate.
    static std::optional<ServerTrust> make(const TrustSettings &settings, QString *error);

    const TrustSettings &settings() const { return m_settings; }
    // For every connection to the server. When pinned, the known certificate (learned from
    // a trusted handshake) is the only CA, so no other one gets past the handshake even if
    // a CA signed it: the stream sends its token in the upgrade request.
    QSslConfiguration configuration(const QSslCertificate &known = QSslCertificate()) const;
    // After a handshake: is this our server?
    Judgement judge(const QSslCertificate &peer, const QList<QSslError> &errors) const;

private:
    TrustSettings m_settings;
    QList<QSslCertificate> m_caCertificates; // from caFile
};

} // namespace Sitrep
