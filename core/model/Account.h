#pragma once

#include "Json.h"

namespace Sitrep {

// A server account: who may sign in and what they may do server-wide. Per-incident roles
// (commander, scribe, …) come from role assignments, not from here. Shared by the server
// and the consoles (GET /api/v1/me).
enum class AccountRole { Admin, Manager, Responder, Viewer };

template<> struct EnumNames<AccountRole> {
    static constexpr std::array<const char *, 4> names{"admin", "manager", "responder", "viewer"};
};

struct Account {
    qint64 id = 0;
    QString name; // sign-in name: 1–64 characters of [a-z0-9._-]
    AccountRole role = AccountRole::Viewer;
    bool disabled = false;
    QDateTime createdAt;
    // The directory person this account signs in as: role assignments name people, so this
    // is how "the incident's commander" and "a member of the incident" map to accounts.
    QUuid personId;

    bool operator==(const Account &) const = default;

    QJsonObject toJson() const;
    static Decoded<Account> fromJson(const QJsonObject &object);
};

} // namespace Sitrep
