#pragma once

#include "model/Account.h"

#include "ServerTrust.h"

#include <QUrl>
#include <QUuid>

namespace Sitrep {

// Which team server a profile syncs with, and as whom: kept in the profile's settings.ini
// ([server] group). Never the token: that lives in the keychain (core/auth).
struct ServerSettings {
    QUrl server;
    QString user;
    QUuid personId; // GET /api/v1/me: "me" in role assignments, the author of this profile's writes
    // GET /api/v1/me: what the account may do server-wide (model/Permissions.h), so that the
    // console greys out what the server would refuse. Unknown until first learnt.
    std::optional<AccountRole> role;
    TrustSettings trust;

    bool isConfigured() const { return server.isValid() && !server.host().isEmpty(); }

    static ServerSettings load(const QString &settingsPath);
    bool save(const QString &settingsPath) const;
    // "https://host:port" from what a person types ("host:8443", "https://host/"), or an
    // invalid URL with the reason in *error.
    static QUrl parseServer(const QString &text, QString *error);
};

} // namespace Sitrep
