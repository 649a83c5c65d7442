#include "auth/CredentialStore.h"

#include <QLoggingCategory>
#include <QMetaEnum>
#include <QMetaObject>

#include <utility>

#include <qt6keychain/keychain.h>

#if defined(SITREP_HAVE_QTDBUS)
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

namespace Sitrep {

namespace {

Q_LOGGING_CATEGORY(lcAuth, "sitrep.auth", QtInfoMsg)

const char *operationName(CredentialJob::Operation operation)
{
    switch (operation) {
    case CredentialJob::Operation::Read:
        return "read";
    case CredentialJob::Operation::Write:
        return "write";
    case CredentialJob::Operation::Remove:
        return "remove";
    }
    return "?";
}

} // namespace

CredentialJob::CredentialJob(Operation operation, QString key, QString user, QString server, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_key(std::move(key))
    , m_user(std::move(user))
    , m_server(std::move(server))
{ }

void CredentialJob::startKeychainJob(QKeychain::Job *job)
{
    // The plaintext fallback would write the token into a settings file: never.
    job->setInsecureFallback(false);
    // The keychain job has no parent and deletes itself: the Secret Service backend calls
    // back into it from GLib, so it must live until it finishes even if this job (or the
    // store) is destroyed first. The connection below dies with this job in that case.
    job->setAutoDelete(true);
    job->setKey(m_key);
    connect(job, &QKeychain::Job::finished, this, &CredentialJob::onKeychainFinished);
    qCDebug(lcAuth).noquote() << "keychain" << operationName(m_operation) << "started for" << m_key;
    job->start();
}

void CredentialJob::finishLater(CredentialResult result)
{
    // finished() must never fire inside readToken() and friends, before the caller had
    // a chance to connect to it.
    QMetaObject::invokeMethod(
        this, [this, result = std::move(result)] { finish(result); }, Qt::QueuedConnection);
}

void CredentialJob::onKeychainFinished(QKeychain::Job *job)
{
    const QKeychain::Error error = job->error();
    const QString detail = job->errorString();
    if (error != QKeychain::NoError) {
        qCDebug(lcAuth).noquote() << "QtKeychain error" << int(error) << "for" << m_key << "-" << detail;
    }
    switch (error) {
    case QKeychain::NoError: {
        CredentialResult result{CredentialResult::Ok, {}, {}};
        if (m_operation == Operation::Read) {
            result.token = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
        }
        finish(result);
        return;
    }
    case QKeychain::EntryNotFound:
        // libsecret reports success for removing a missing entry, Windows and macOS report
        // EntryNotFound: either way sign-out has nothing left to remove.
        finish(m_operation == Operation::Remove ? CredentialResult{CredentialResult::Ok, {}, {}}
                                                : resultFor(CredentialResult::NotFound, {}));
        return;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        finish(resultFor(CredentialResult::Denied, detail));
        return;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        finish(resultFor(CredentialResult::NoBackend, detail));
        return;
    case QKeychain::CouldNotDeleteEntry:
        finish(resultFor(CredentialResult::Failed, detail));
        return;
    case QKeychain::OtherError:
        // On Linux QtKeychain picks libsecret whenever the library loads, and reports an
        // unreachable D-Bus ("Could not connect: …") or a bus without any Secret Service
        // as OtherError, never NoBackendAvailable. Ask the bus which case this is.
        diagnoseOtherError(detail);
        return;
    }
    finish(resultFor(CredentialResult::Failed, detail));
}

void CredentialJob::diagnoseOtherError(const QString &detail)
{
#if defined(SITREP_HAVE_QTDBUS)
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        qCDebug(lcAuth).noquote() << "no session bus:" << bus.lastError().message();
        finish(resultFor(CredentialResult::NoBackend, detail));
        return;
    }
    // libsecret has already asked the bus to activate the Secret Service if it could (and
    // QtKeychain reports a KWallet that is not running as NoBackendAvailable itself):
    // no keychain daemon on the bus now means there is none on this system.
    const QDBusMessage call =
        QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
                                       QStringLiteral("org.freedesktop.DBus"), QStringLiteral("ListNames"));
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, detail](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QStringList> reply = *w;
        bool keychainOnBus = true; // when in doubt, report the keychain's own error
        if (!reply.isError()) {
            const QStringList names = reply.value();
            keychainOnBus = names.contains(QLatin1String("org.freedesktop.secrets"))
                            || names.contains(QLatin1String("org.kde.kwalletd6"))
                            || names.contains(QLatin1String("org.kde.kwalletd5"))
                            || names.contains(QLatin1String("org.kde.kwalletd"));
        }
        qCDebug(lcAuth) << "keychain daemon on the session bus:" << keychainOnBus;
        finish(resultFor(keychainOnBus ? CredentialResult::Failed : CredentialResult::NoBackend, detail));
    });
#else
    finish(resultFor(CredentialResult::Failed, detail));
#endif
}

CredentialResult CredentialJob::resultFor(CredentialResult::Status status, const QString &detail) const
{
    QString message;
    switch (status) {
    case CredentialResult::Ok:
        break;
    case CredentialResult::NotFound:
        message = tr("No saved sign-in for %1 on %2. Sign in to continue.").arg(m_user, m_server);
        break;
    case CredentialResult::NoBackend:
        message = tr("No keychain is available on this system, so Sitrep cannot remember your sign-in and you "
                     "will need to sign in each session. To stay signed in, install and unlock a keychain such "
                     "as GNOME Keyring or KWallet.");
        break;
    case CredentialResult::Denied:
        message = tr("Sitrep was not allowed to use the keychain. Unlock the keychain, or allow Sitrep access when "
                     "asked, and try again; until then you will need to sign in each session.");
        break;
    case CredentialResult::Failed:
        switch (m_operation) {
        case Operation::Read:
            message = tr("Your saved sign-in for %1 on %2 could not be read from the keychain. Check that the "
                         "keychain is unlocked and working, then sign in.")
                          .arg(m_user, m_server);
            break;
        case Operation::Write:
            message = tr("Your sign-in for %1 on %2 could not be saved in the keychain, so you will need to sign "
                         "in again next time. Check that the keychain is unlocked and working.")
                          .arg(m_user, m_server);
            break;
        case Operation::Remove:
            // QtKeychain labels the entry with the service name and files the key as its
            // "user" attribute: that is what a keychain manager shows.
            message = tr("Your saved sign-in could not be removed from the keychain. Remove the entry “%1” for "
                         "“%2” with your keychain manager.")
                          .arg(CredentialStore::serviceName(), m_key);
            break;
        }
        break;
    }
    if (!detail.isEmpty() && status != CredentialResult::Ok && status != CredentialResult::NotFound) {
        message += QLatin1Char(' ') + tr("(The keychain reported: %1)").arg(detail);
    }
    return CredentialResult{status, {}, message};
}

void CredentialJob::finish(const CredentialResult &result)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    // Keys and messages, never result.token.
    if (result.ok()) {
        qCDebug(lcAuth).noquote() << "keychain" << operationName(m_operation) << "done for" << m_key;
    } else if (result.status == CredentialResult::NotFound || result.status == CredentialResult::NoBackend) {
        // Expected states the caller tells the person about in its own words.
        qCInfo(lcAuth).noquote() << "keychain" << operationName(m_operation) << "for" << m_key << ":" << result.message;
    } else {
        qCWarning(lcAuth).noquote() << "keychain" << operationName(m_operation) << "for" << m_key << "ended with"
                                    << QMetaEnum::fromType<CredentialResult::Status>().valueToKey(result.status) << "-"
                                    << result.message;
    }
    // The result is a copy: a receiver may delete this job or the store from its slot.
    Q_EMIT finished(result);
    deleteLater();
}

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{ }

QString CredentialStore::serviceName()
{
    return QStringLiteral("sitrep");
}

QString CredentialStore::keyFor(const QUrl &server, const QString &user)
{
    if (user.isEmpty() || server.scheme().isEmpty() || server.host().isEmpty()) {
        return {};
    }
    const QString scheme = server.scheme().toLower();
    int defaultPort = -1;
    if (scheme == QLatin1String("https")) {
        defaultPort = 443;
    } else if (scheme == QLatin1String("http")) {
        defaultPort = 80;
    }
    QUrl origin;
    origin.setScheme(scheme);
    origin.setHost(server.host()); // QUrl already lower-cases and normalizes the host
    origin.setPort(server.port(defaultPort));
    return origin.toString(QUrl::FullyEncoded) + QLatin1Char('|') + user;
}

CredentialJob *CredentialStore::makeJob(CredentialJob::Operation operation, const QUrl &server, const QString &user)
{
    return new CredentialJob(operation, keyFor(server, user), user, server.toDisplayString(), this);
}

CredentialJob *CredentialStore::readToken(const QUrl &server, const QString &user)
{
    CredentialJob *job = makeJob(CredentialJob::Operation::Read, server, user);
    if (job->key().isEmpty()) {
        job->finishLater(
            {CredentialResult::Failed,
             {},
             tr("Cannot look up a sign-in without a server address and a user name. Enter both and sign in.")});
        return job;
    }
    job->startKeychainJob(new QKeychain::ReadPasswordJob(serviceName()));
    return job;
}

CredentialJob *CredentialStore::writeToken(const QUrl &server, const QString &user, const QString &token)
{
    CredentialJob *job = makeJob(CredentialJob::Operation::Write, server, user);
    if (job->key().isEmpty() || token.isEmpty()) {
        job->finishLater(
            {CredentialResult::Failed,
             {},
             tr("Cannot save a sign-in without a server address, a user name and a token. Sign in again.")});
        return job;
    }
    auto *write = new QKeychain::WritePasswordJob(serviceName());
    write->setTextData(token);
    job->startKeychainJob(write);
    return job;
}

CredentialJob *CredentialStore::removeToken(const QUrl &server, const QString &user)
{
    CredentialJob *job = makeJob(CredentialJob::Operation::Remove, server, user);
    if (job->key().isEmpty()) {
        job->finishLater(
            {CredentialResult::Failed, {}, tr("Cannot remove a sign-in without a server address and a user name.")});
        return job;
    }
    job->startKeychainJob(new QKeychain::DeletePasswordJob(serviceName()));
    return job;
}

} // namespace Sitrep
