#include "ServerTrust.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>

namespace Sitrep {

QString Fingerprint::normalise(const QString &text)
{
    QString hex = text.trimmed().toLower();
    hex.remove(QLatin1Char(':'));
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    return sha256.match(hex).hasMatch() ? hex : QString();
}

QString Fingerprint::display(const QString &fingerprint)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < fingerprint.size(); i += 2)
        pairs.append(fingerprint.mid(i, 2).toUpper());
    return pairs.join(QLatin1Char(':'));
}

QString Fingerprint::of(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

std::optional<ServerTrust> ServerTrust::make(const TrustSettings &settings, QString *error)
{
    ServerTrust trust;
    trust.m_settings = settings;
    if (!settings.caFile.isEmpty()) {
        QFile file(settings.caFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read the CA file %1: %2").arg(settings.caFile, file.errorString());
            return std::nullopt;
        }
        trust.m_caCertificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (trust.m_caCertificates.isEmpty()) {
            *error = tr("The CA file %1 holds no PEM certificate.").arg(settings.caFile);
            return std::nullopt;
        }
    }
    return trust;
}

QSslConfiguration ServerTrust::configuration(const QSslCertificate &known) const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!known.isNull() && !m_settings.fingerprint.isEmpty())
        configuration.setCaCertificates({known});
    else if (!m_caCertificates.isEmpty())
        configuration.setCaCertificates(m_caCertificates);
    return configuration;
}

ServerTrust::Judgement ServerTrust::judge(const QSslCertificate &peer, const QList<QSslError> &errors) const
{
    const QString presented = peer.isNull() ? QString() : Fingerprint::of(peer);
    if (!m_settings.fingerprint.isEmpty()) {
        if (presented == m_settings.fingerprint)
            return {Verdict::Trusted, presented, {}};
        return {Verdict::Changed, presented,
                tr("The server presented a different certificate (SHA-256 %1) from the one you confirmed (%2). "
                   "Sync is stopped: this can be an attack. Ask the server's administrator whether the certificate "
                   "was replaced, and confirm the new fingerprint only if it matches.")
                    .arg(Fingerprint::display(presented), Fingerprint::display(m_settings.fingerprint))};
    }
    if (errors.isEmpty() && !peer.isNull())
        return {Verdict::Trusted, presented, {}};
    QStringList reasons;
    for (const QSslError &error : errors)
        reasons.append(error.errorString());
    return {Verdict::Unknown, presented,
            tr("The server's certificate is not vouched for by a trusted authority (%1). Its SHA-256 fingerprint is %2. "
               "Compare it with the one the server logged at start, and confirm it only if they match.")
                .arg(reasons.join(QStringLiteral("; ")), Fingerprint::display(presented))};
}

} // namespace Sitrep
