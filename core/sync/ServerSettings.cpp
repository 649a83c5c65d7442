#include "ServerSettings.h"

#include "model/Ids.h"

#include <QCoreApplication>
#include <QSettings>

namespace Sitrep {

ServerSettings ServerSettings::load(const QString &settingsPath)
{
    QSettings settings(settingsPath, QSettings::IniFormat);
    settings.beginGroup(QStringLiteral("server"));
    ServerSettings result;
    result.server = QUrl(settings.value(QStringLiteral("url")).toString());
    result.user = settings.value(QStringLiteral("user")).toString();
    result.personId = idFromString(settings.value(QStringLiteral("person")).toString());
    result.role = enumFromString<AccountRole>(settings.value(QStringLiteral("role")).toString());
    result.trust.caFile = settings.value(QStringLiteral("caFile")).toString();
    result.trust.fingerprint = Fingerprint::normalise(settings.value(QStringLiteral("fingerprint")).toString());
    return result;
}

bool ServerSettings::save(const QString &settingsPath) const
{
    QSettings settings(settingsPath, QSettings::IniFormat);
    settings.beginGroup(QStringLiteral("server"));
    settings.setValue(QStringLiteral("url"), server.toString());
    settings.setValue(QStringLiteral("user"), user);
    settings.setValue(QStringLiteral("person"), personId.isNull() ? QString() : idToString(personId));
    settings.setValue(QStringLiteral("role"), role ? enumToString(*role) : QString());
    settings.setValue(QStringLiteral("caFile"), trust.caFile);
    settings.setValue(QStringLiteral("fingerprint"), trust.fingerprint);
    settings.endGroup();
    settings.sync();
    return settings.status() == QSettings::NoError;
}

QUrl ServerSettings::parseServer(const QString &text, QString *error)
{
    QString trimmed = text.trimmed();
    if (!trimmed.contains(QStringLiteral("://")))
        trimmed.prepend(QStringLiteral("https://"));
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        *error = QCoreApplication::translate("Sitrep::ServerSettings", "\"%1\" is not a server address (e.g. https://ops.example.com:8443).").arg(text);
        return {};
    }
    if (url.scheme() != QLatin1String("https")) {
        *error = QCoreApplication::translate("Sitrep::ServerSettings", "Sitrep talks to its server over HTTPS only: use https://%1.").arg(url.authority());
        return {};
    }
    if (url.port() == -1)
        url.setPort(8443);
    return QUrl(QStringLiteral("https://") + url.authority());
}

} // namespace Sitrep
