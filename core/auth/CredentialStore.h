#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

namespace QKeychain {
class Job;
}

namespace Sitrep {

// The outcome of one keychain operation. `message` is empty for Ok and otherwise a
// translated sentence a person can act on (it never contains the token).
struct CredentialResult {
    Q_GADGET
public:
    enum Status {
        Ok,       // done; for a read, `token` holds the secret
        NotFound, // a read found no token for this server and user: sign in
        // No keychain on this system: keep the token in memory, sign in each session. Also
        // what an OtherError of QtKeychain becomes when no keychain daemon is on the session
        // bus, or there is no bus: that is how QtKeychain 0.13 reports both on Linux.
        NoBackend,
        Denied, // the keychain is locked, or the user refused access
        Failed, // anything else; `message` carries the keychain's own words
    };
    Q_ENUM(Status)

    Status status = Failed;
    QString token;
    QString message;

    bool ok() const { return status == Ok; }
};

// One asynchronous keychain operation. It emits finished() exactly once, always after
// control has returned to the event loop (also for a request refused up front), and
// deletes itself afterwards: a caller connects to finished() and forgets the pointer.
// Deleting it earlier is allowed and simply drops the result.
class CredentialJob : public QObject
{
    Q_OBJECT
public:
    enum class Operation { Read, Write, Remove };
    Q_ENUM(Operation)

    Operation operation() const { return m_operation; }
    // The keychain key this job works on (see CredentialStore::keyFor).
    QString key() const { return m_key; }

Q_SIGNALS:
    void finished(const Sitrep::CredentialResult &result);

private:
    friend class CredentialStore;
    CredentialJob(Operation operation, QString key, QString user, QString server, QObject *parent);

    void startKeychainJob(QKeychain::Job *job);
    void finishLater(CredentialResult result);
    void onKeychainFinished(QKeychain::Job *job);
    void diagnoseOtherError(const QString &detail);
    CredentialResult resultFor(CredentialResult::Status status, const QString &detail) const;
    void finish(const CredentialResult &result);

    const Operation m_operation;
    const QString m_key;
    const QString m_user;   // for messages only
    const QString m_server; // for messages only
    bool m_finished = false;
};

// The console's and sitrepctl's sign-in tokens in the OS keychain (QtKeychain: the
// Secret Service on Linux, Keychain on macOS, Credential Manager on Windows).
//
// Only the secret lives in the keychain; the user name belongs in settings. The
// plaintext fallback of QtKeychain is always off: with no keychain an operation ends
// with NoBackend, and the caller keeps the token in memory for this session only (or
// takes one from SITREP_TOKEN for automation) and says so; it never writes a file.
//
// Every entry lives under the service "sitrep" with the key "<origin>|<user>", where
// origin is the server URL reduced to lower-case scheme, host and an explicit port
// ("https://ops.example.com:8443|alice"). Path, query and user info are dropped, so a
// trailing slash or an omitted default port cannot orphan a token; the port is kept
// because two servers on one host are two sets of accounts. The user name is kept
// exactly as given (the server decides whether names are case-sensitive). A host and a
// scheme can never contain '|', so the first '|' always splits the key unambiguously.
//
// Nothing here blocks or spins a nested event loop; operations are queued by QtKeychain
// and run one at a time. An unlock prompt of the keychain may keep a job pending until
// the person answers it.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    explicit CredentialStore(QObject *parent = nullptr);

    static QString serviceName();
    // The key for (server, user), or an empty string when server has no scheme or host
    // or user is empty.
    static QString keyFor(const QUrl &server, const QString &user);

    // Each returns a job that emits finished() once and then deletes itself. The job is
    // a child of this store: destroying the store drops the results of pending jobs.
    CredentialJob *readToken(const QUrl &server, const QString &user);
    CredentialJob *writeToken(const QUrl &server, const QString &user, const QString &token);
    // Removing a token that is not there is Ok: sign-out has reached its goal.
    CredentialJob *removeToken(const QUrl &server, const QString &user);

private:
    CredentialJob *makeJob(CredentialJob::Operation operation, const QUrl &server, const QString &user);
};

} // namespace Sitrep
