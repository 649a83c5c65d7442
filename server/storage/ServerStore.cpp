#include "ServerStore.h"

#include "ServerStoreRows.h"
#include "StorageLog.h"
#include "auth/Tokens.h"
#include "model/Ids.h"
#include "PostgresServerDb.h"
#include "SqliteServerDb.h"

#include <QJsonArray>

namespace Sitrep::Server {

using namespace Rows;

namespace {

// Names a session in the audit log so that its sign-in and sign-out can be paired: a
// prefix of the token's SHA-256 (which the database holds anyway), never the token.
QString sessionReference(const QByteArray &tokenHash)
{
    return QStringLiteral("session ") + QString::fromLatin1(tokenHash.left(16));
}

} // namespace

QJsonObject ConflictRecord::toJson() const
{
    return {{QStringLiteral("incidentId"), idToString(incidentId)},
            {QStringLiteral("field"), field},
            {QStringLiteral("losingValue"), losingValue},
            {QStringLiteral("winningValue"), winningValue},
            {QStringLiteral("seq"), seq}};
}

ServerStore::ServerStore(const Clock &clock, PasswordHasher::Limits limits)
    : m_clock(clock)
    , m_hasher(limits)
{ }

ServerStore::~ServerStore() = default;

StoreResult ServerStore::open(const QString &dataDir)
{
    close();
    if (!initializeSodium())
        return {false, QStringLiteral("libsodium could not start (no secure random source?)")};
    QString error;
    std::unique_ptr<ServerDb> db = SqliteServerDb::open(dataDir, &error);
    return adopt(std::move(db), error);
}

StoreResult ServerStore::open(const PostgresUrl &postgres)
{
    close();
    if (!initializeSodium())
        return {false, QStringLiteral("libsodium could not start (no secure random source?)")};
    QString error;
    std::unique_ptr<ServerDb> db = PostgresServerDb::open(postgres, &error);
    return adopt(std::move(db), error);
}

StoreResult ServerStore::open(const StoreLocation &location)
{
    return location.postgres ? open(*location.postgres) : open(location.dataDir);
}

StoreResult ServerStore::adopt(std::unique_ptr<ServerDb> db, const QString &error)
{
    if (!db)
        return {false, error};
    // One hash with our own limits, so an unknown name costs what a known one does.
    const std::optional<QByteArray> dummy = m_hasher.hash(QString::fromLatin1(Tokens::generate()));
    if (!dummy)
        return {false, QStringLiteral("Not enough memory for password hashing.")};
    std::lock_guard lock(m_mutex);
    m_dummyHash = *dummy;
    m_db = std::move(db);
    return {true, {}};
}

void ServerStore::close()
{
    std::lock_guard lock(m_mutex);
    m_db.reset();
}

bool ServerStore::isOpen() const
{
    std::lock_guard lock(m_mutex);
    return m_db != nullptr;
}

QString ServerStore::path() const
{
    std::lock_guard lock(m_mutex);
    return m_db ? m_db->location() : QString();
}

QString ServerStore::storageError(const QString &what) const
{
    const QString error = QStringLiteral("storage error while %1: %2").arg(what, m_db->lastError());
    qCWarning(lcServerStore) << error;
    return error;
}

QString ServerStore::checkName(const QString &name)
{
    if (name.size() < MinNameLength || name.size() > MaxNameLength)
        return QStringLiteral("A user name is 1 to 64 characters long.");
    for (const QChar c : name) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                        || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.')
                        || c == QLatin1Char('_') || c == QLatin1Char('-');
        if (!ok)
            return QStringLiteral("\"%1\" is not a valid user name: use lower-case letters, digits, '.', '_' and '-'.")
                .arg(name.left(MaxNameLength));
    }
    return {};
}

AddUserResult ServerStore::addUser(const QString &name, AccountRole role, const QString &password,
                                   const AuditActor &by, const QUuid &personId)
{
    if (const QString error = checkName(name); !error.isEmpty())
        return {std::nullopt, error};
    if (password.size() < MinPasswordLength)
        return {std::nullopt,
                QStringLiteral("The password is too short: use at least %1 characters.").arg(MinPasswordLength)};
    if (password.size() > MaxPasswordLength)
        return {std::nullopt,
                QStringLiteral("The password is too long: use at most %1 characters.").arg(MaxPasswordLength)};
    // Hashing takes tens of milliseconds and 64 MiB: not while holding the database.
    const std::optional<QByteArray> hash = m_hasher.hash(password);
    if (!hash)
        return {std::nullopt, QStringLiteral("Not enough memory for password hashing.")};

    std::lock_guard lock(m_mutex);
    if (!m_db)
        return {std::nullopt, QStringLiteral("The server database is not open.")};
    Transaction transaction(*m_db);
    Statement exists = m_db->prepare("SELECT 1 FROM account WHERE name = ?1");
    exists.bind(1, name);
    if (exists.next())
        return {std::nullopt, QStringLiteral("A user named \"%1\" already exists.").arg(name)};
    exists.reset();
    Account account{0, name, role, false, m_clock.now(), personId.isNull() ? newId() : personId};
    Statement insert = m_db->prepare("INSERT INTO account (name, role, password_hash, disabled, created_at, person_id) "
                                     "VALUES (?1, ?2, ?3, 0, ?4, ?5) RETURNING id");
    insert.bind(1, name)
        .bind(2, enumToString(role))
        .bindUtf8(3, *hash)
        .bind(4, toMs(account.createdAt))
        .bind(5, account.personId);
    if (!insert.next())
        return {std::nullopt, storageError(QStringLiteral("adding a user"))};
    account.id = insert.int64(0);
    insert.reset();
    if (!AuditLog::append(*m_db, {by.name, by.address, QStringLiteral("user.add"), name, enumToString(role)},
                          toMs(account.createdAt)))
        return {std::nullopt, storageError(QStringLiteral("auditing a new user"))};
    if (!transaction.commit())
        return {std::nullopt, storageError(QStringLiteral("adding a user"))};
    qCInfo(lcServerStore) << "added user" << name << "as" << enumToString(role);
    return {account, {}};
}

QList<Account> ServerStore::users() const
{
    std::lock_guard lock(m_mutex);
    QList<Account> result;
    if (!m_db)
        return result;
    Statement query = m_db->prepare("SELECT id, name, role, disabled, created_at, person_id FROM account ORDER BY name");
    while (query.next())
        result.append(accountAt(query));
    return result;
}

std::optional<Account> ServerStore::user(const QString &name) const
{
    std::lock_guard lock(m_mutex);
    if (!m_db)
        return std::nullopt;
    Statement query = m_db->prepare("SELECT id, name, role, disabled, created_at, person_id FROM account WHERE name = ?1");
    query.bind(1, name);
    if (!query.next())
        return std::nullopt;
    return accountAt(query);
}

StoreResult ServerStore::setDisabled(const QString &name, bool disabled, const AuditActor &by)
{
    return updateAccount(name, "UPDATE account SET disabled = ?2 WHERE name = ?1",
                         [disabled](Statement &update) { update.bind(2, disabled); },
                         {by.name, by.address, disabled ? QStringLiteral("user.disable") : QStringLiteral("user.enable"), name, {}});
}

StoreResult ServerStore::setRole(const QString &name, AccountRole role, const AuditActor &by)
{
    return updateAccount(name, "UPDATE account SET role = ?2 WHERE name = ?1",
                         [role](Statement &update) { update.bind(2, enumToString(role)); },
                         {by.name, by.address, QStringLiteral("user.set-role"), name, enumToString(role)});
}

StoreResult ServerStore::setPerson(const QString &name, const QUuid &personId, const AuditActor &by)
{
    if (personId.isNull())
        return {false, QStringLiteral("Give the person's id (a UUID from the directory).")};
    return updateAccount(name, "UPDATE account SET person_id = ?2 WHERE name = ?1",
                         [personId](Statement &update) { update.bind(2, personId); },
                         {by.name, by.address, QStringLiteral("user.set-person"), name, idToString(personId)});
}

StoreResult ServerStore::setDirectory(const Directory &directory, const AuditActor &by)
{
    std::lock_guard lock(m_mutex);
    if (!m_db)
        return {false, QStringLiteral("The server database is not open.")};
    Transaction transaction(*m_db);
    Statement upsert = m_db->prepare(
        "INSERT INTO directory (id, document, updated_at) VALUES (1, ?1, ?2) "
        "ON CONFLICT (id) DO UPDATE SET document = excluded.document, updated_at = excluded.updated_at");
    upsert.bindUtf8(1, toText(directory.toJson())).bind(2, toMs(m_clock.now()));
    const QString detail = QStringLiteral("%1 teams, %2 people, %3 services")
                               .arg(directory.teams.size())
                               .arg(directory.people.size())
                               .arg(directory.services.size());
    if (!upsert.exec()
        || !AuditLog::append(*m_db, {by.name, by.address, QStringLiteral("directory.import"), QStringLiteral("directory"), detail},
                             toMs(m_clock.now()))
        || !transaction.commit())
        return {false, storageError(QStringLiteral("storing the directory"))};
    qCInfo(lcServerStore) << "directory imported:" << detail;
    return {true, {}};
}

Directory ServerStore::directory() const
{
    std::lock_guard lock(m_mutex);
    if (!m_db)
        return {};
    Statement query = m_db->prepare("SELECT document FROM directory WHERE id = 1");
    if (!query.next())
        return {};
    const Decoded<Directory> decoded = Directory::fromJson(objectFromText(query.text(0)));
    return decoded ? *decoded.value : Directory();
}

// One account change: the UPDATE (?1 is the name), its audit row, in one transaction.
StoreResult ServerStore::updateAccount(const QString &name, const char *sql,
                                       const std::function<void(Statement &)> &bindValues, const AuditEvent &audit)
{
    std::lock_guard lock(m_mutex);
    if (!m_db)
        return {false, QStringLiteral("The server database is not open.")};
    Transaction transaction(*m_db);
    Statement update = m_db->prepare(sql);
    update.bind(1, name);
    bindValues(update);
    if (!update.exec())
        return {false, storageError(QStringLiteral("changing a user"))};
    if (m_db->changes() == 0)
        return {false, QStringLiteral("There is no user named \"%1\" (see: user list).").arg(name.left(MaxNameLength))};
    if (!AuditLog::append(*m_db, audit, toMs(m_clock.now())) || !transaction.commit())
        return {false, storageError(QStringLiteral("changing a user"))};
    qCInfo(lcServerStore) << "user" << name << audit.action << audit.detail;
    return {true, {}};
}

std::optional<Account> ServerStore::authenticate(const QString &name, const QString &password)
{
    std::optional<Account> account;
    QByteArray storedHash;
    {
        std::lock_guard lock(m_mutex);
        if (!m_db)
            return std::nullopt;
        storedHash = m_dummyHash;
        Statement query =
            m_db->prepare("SELECT id, name, role, disabled, created_at, person_id, password_hash FROM account WHERE name = ?1");
        query.bind(1, name);
        if (query.next()) {
            account = accountAt(query);
            storedHash = query.text(6).toUtf8();
        }
    }
    // Always one argon2 verification, outside the lock: an unknown name, a disabled account
    // and a wrong password take the same time and give the same answer.
    const bool verified = m_hasher.verify(storedHash, password);
    if (!account || !verified || account->disabled)
        return std::nullopt;
    return account;
}

Session ServerStore::createSession(const Account &account, const QString &address, std::chrono::seconds lifetime)
{
    const QDateTime now = m_clock.now();
    Session session{Tokens::generate(), now.addSecs(lifetime.count())};
    std::lock_guard lock(m_mutex);
    if (!m_db)
        return {};
    Transaction transaction(*m_db);
    // Sessions that ended a day ago are of no use to anyone: keep the table small.
    Statement prune = m_db->prepare("DELETE FROM auth_session WHERE expires_at < ?1");
    prune.bind(1, toMs(now) - 24 * 3600 * 1000);
    Statement insert = m_db->prepare(
        "INSERT INTO auth_session (token_hash, account_id, created_at, expires_at) VALUES (?1, ?2, ?3, ?4)");
    const QByteArray tokenHash = Tokens::hash(session.token);
    insert.bindUtf8(1, tokenHash).bind(2, account.id).bind(3, toMs(now)).bind(4, toMs(session.expiresAt));
    if (!prune.exec() || !insert.exec()
        || !AuditLog::append(*m_db, {account.name, address, QStringLiteral("session.create"), account.name,
                                     sessionReference(tokenHash)},
                             toMs(now))
        || !transaction.commit()) {
        storageError(QStringLiteral("creating a session"));
        return {};
    }
    return session;
}

std::optional<Account> ServerStore::accountForToken(const QByteArray &token)
{
    if (!Tokens::isWellFormed(token))
        return std::nullopt;
    const QByteArray hash = Tokens::hash(token);
    std::lock_guard lock(m_mutex);
    if (!m_db)
        return std::nullopt;
    Statement query =
        m_db->prepare("SELECT a.id, a.name, a.role, a.disabled, a.created_at, a.person_id, s.token_hash, s.expires_at, s.revoked_at "
                      "FROM auth_session s JOIN account a ON a.id = s.account_id WHERE s.token_hash = ?1");
    query.bindUtf8(1, hash);
    if (!query.next())
        return std::nullopt;
    const Account account = accountAt(query);
    // The lookup is by hash, so its timing says nothing about the token; the comparison
    // is constant-time anyway, in case a backend ever compares differently.
    if (!Tokens::equal(query.text(6).toUtf8(), hash) || query.int64(7) <= toMs(m_clock.now()) || !query.isNull(8)
        || account.disabled)
        return std::nullopt;
    return account;
}

bool ServerStore::revokeToken(const QByteArray &token, const QString &address)
{
    if (!Tokens::isWellFormed(token))
        return false;
    const QByteArray tokenHash = Tokens::hash(token);
    const qint64 now = toMs(m_clock.now());
    std::lock_guard lock(m_mutex);
    if (!m_db)
        return false;
    Transaction transaction(*m_db);
    // Kept (marked) rather than deleted until it would have expired: the audit trail can
    // tell a revoked token from one never issued.
    Statement update = m_db->prepare(
        "UPDATE auth_session SET revoked_at = ?2 WHERE token_hash = ?1 AND revoked_at IS NULL AND expires_at > ?2");
    update.bindUtf8(1, tokenHash).bind(2, now);
    if (!update.exec() || m_db->changes() == 0)
        return false;
    Statement owner = m_db->prepare(
        "SELECT a.name FROM auth_session s JOIN account a ON a.id = s.account_id WHERE s.token_hash = ?1");
    owner.bindUtf8(1, tokenHash);
    if (!owner.next())
        return false;
    const QString name = owner.text(0);
    owner.reset();
    // Not revoked unless audited: the transaction rolls back if either fails.
    if (!AuditLog::append(*m_db, {name, address, QStringLiteral("session.revoke"), name, sessionReference(tokenHash)},
                          now)
        || !transaction.commit()) {
        storageError(QStringLiteral("revoking a session"));
        return false;
    }
    return true;
}

AuditLog::Verification ServerStore::verifyAudit() const
{
    std::lock_guard lock(m_mutex);
    if (!m_db)
        return {false, 0, 0, {}, QStringLiteral("The server database is not open.")};
    return AuditLog::verify(*m_db);
}

} // namespace Sitrep::Server
