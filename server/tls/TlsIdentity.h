#pragma once

// The server's TLS identity: a certificate and private key in PEM files. Without one
// given on the command line the server makes its own on first start, so that HTTPS is
// the only mode there is; consoles pin its fingerprint.

#include <QString>

namespace Sitrep::Server {

struct TlsIdentity {
    QString certFile;
    QString keyFile;

    bool isNull() const { return certFile.isEmpty(); }
};

// DIR/tls/cert.pem and DIR/tls/key.pem, created (EC P-256, self-signed for localhost and
// 127.0.0.1, 825 days) when either is missing. A null identity and *error on failure.
TlsIdentity ensureSelfSigned(const QString &dataDir, QString *error);

// Checks that both files load and that the key belongs to the certificate.
bool validateIdentity(const TlsIdentity &identity, QString *error);

// "AB:CD:…", exactly what `openssl x509 -noout -fingerprint -sha256` prints after
// "sha256 Fingerprint=". Empty if the file holds no PEM certificate.
QString sha256Fingerprint(const QString &certFile);

} // namespace Sitrep::Server
