#pragma once

#include "sync/ServerSettings.h"
#include "sync/SyncEngine.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace Sitrep {

class ApiClient;
class ApiReply;
class CredentialStore;
class Store;

// Everything the console shows about its connection to the team server.
struct SessionStatus {
    bool hasServer = false; // false: a local profile, nothing is ever sent
    QUrl server;
    QString user;
    std::optional<AccountRole> role; // the account's, once learnt (ConsolePermissions)
    SyncStatus sync; // state, pending, conflicts, last sync, problem, judgement
    // A standing remark about the sign-in that is not a sync problem, e.g. no keychain on
    // this system, so the sign-in lasts for this session only. Empty when there is none.
    QString notice;
};

// Which field of the sign-in form a failed sign-in is about (where the focus goes).
enum class SignInField { None, Server, User, Password };

struct SignInResult {
    bool ok = false;
    QString error; // for a person
    SignInField field = SignInField::None;
};

// The console's connection to its team server, for one profile: owns the API client, the
// sync engine and the keychain jobs, and keeps the profile's [server] settings. No
// widgets: dialogs listen to its signals and call its functions. Nothing here waits: every
// network and keychain step ends in a signal.
//
// - start(): a profile with a server and a user reads its token (SITREP_TOKEN, else the
//   keychain) and syncs without asking anything; a profile without a server stays local.
// - signIn(): POST /api/v1/session, GET /api/v1/me, the store's actor, the settings, the
//   keychain; then sync. An untrusted certificate pauses it with trustNeeded().
// - signOut(): stops syncing, revokes the session on the server, forgets the token.
// - trustCertificate(): pins a fingerprint the person confirmed, per server, and goes on.
class ConsoleSession : public QObject
{
    Q_OBJECT
public:
    ConsoleSession(Store &store, const QString &settingsPath, QObject *parent = nullptr);
    ~ConsoleSession() override;

    // Connects the profile to a server as a user before start() (the command line's
    // --server, --user, --pin); an empty pin keeps what the profile knows about that
    // server. Refused (false, *error) when the text is not a server address, or when the
    // profile already holds another server's data.
    bool configure(const QString &serverText, const QString &user, const QString &pin, QString *error);
    // A password to sign in with at start when no saved token works (SITREP_PASSWORD, for
    // `make run`): used once, then forgotten.
    void setStartupPassword(const QString &password) { m_startupPassword = password; }
    // Reads the token and starts syncing, or reports signed-out/local. Call once.
    void start();

    SessionStatus status() const;
    ServerSettings settings() const { return m_settings; }
    bool isSigningIn() const { return m_attempt != nullptr; }
    // The fingerprint confirmed for this server in this profile (normalised), if any.
    QString pinnedFingerprint(const QUrl &server) const;

    // Ends with signInFinished() (never before returning). While it runs, a certificate
    // nobody vouches for emits trustNeeded(): answer with trustCertificate() or cancelSignIn().
    void signIn(const QString &serverText, const QString &user, const QString &password);
    void cancelSignIn();
    void signOut();
    // Reconnects at once instead of waiting for the next retry.
    void syncNow();
    // The person confirmed this fingerprint for the server being signed in to or synced
    // with: pins it in the profile and carries on (the sign-in, or sync).
    void trustCertificate(const QString &fingerprint);

    // What this console shows (the incident in view, the bridge the person is on), for
    // the others' presence; kept across reconnects and sent whenever the stream opens.
    void setPresence(const QUuid &viewing, const QUuid &bridge);

    // Tests make waits short.
    void setBackoff(int firstMs, int maxMs);
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

signals:
    void statusChanged(const Sitrep::SessionStatus &status);
    void signInFinished(const Sitrep::SignInResult &result);
    void trustNeeded(const QUrl &server, const Sitrep::ServerTrust::Judgement &judgement);
    // Something to tell the person once (the status bar): signed out, keychain trouble.
    void message(const QString &text);
    // Who has a console on an incident right now (directory person ids), from the stream.
    void presenceChanged(const QUuid &incidentId, const QList<QUuid> &viewing, const QList<QUuid> &bridge);
    // The stream is gone (signed out, offline): nobody's presence is known any more.
    void presenceLost();

private:
    struct Attempt;

    TrustSettings trustFor(const QUrl &server) const;
    QString refusesServer(const QUrl &server) const;
    void retire(std::unique_ptr<ApiClient> client);
    // DELETE /api/v1/session with the client's token, then the client goes.
    void endServerSession(std::unique_ptr<ApiClient> client);
    void signInAtStart();
    bool savePin(const QUrl &server, const QString &fingerprint);
    bool saveSettings();
    void useToken(const QByteArray &token);
    void startEngine();
    void stopEngine();
    std::unique_ptr<ApiClient> makeClient(const QUrl &server, const TrustSettings &trust, QString *error) const;
    void postSession();
    void onSessionCreated(const ApiResponse &response);
    void onMe(const ApiResponse &response);
    void finishSignIn(const SignInResult &result);
    void setLocalState(SyncState state, const QString &problem);
    void onEngineStatus(const SyncStatus &status);
    void onPresence(const QJsonObject &message);
    void publish();

    Store &m_store;
    QString m_settingsPath;
    ServerSettings m_settings;
    CredentialStore *m_keychain;
    // The client of the signed-in session and its engine (the engine holds a reference
    // to the client: it goes first).
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<Attempt> m_attempt; // the sign-in under way
    quint64 m_generation = 0;           // bumps on every sign-in/out: late answers are dropped
    QByteArray m_token;                 // in memory; the keychain keeps the lasting copy
    bool m_tokenFromEnvironment = false;
    QString m_startupPassword;
    QString m_notice;
    // Without an engine (no token yet, signed out): what the indicator shows.
    SyncState m_localState = SyncState::SignedOut;
    QString m_localProblem;
    QUuid m_viewing;
    QUuid m_bridge;
    bool m_presenceKnown = false;
    int m_firstBackoffMs = 1000;
    int m_maxBackoffMs = 60000;
    int m_timeoutMs = 30000;
};

} // namespace Sitrep

Q_DECLARE_METATYPE(Sitrep::SessionStatus)
Q_DECLARE_METATYPE(Sitrep::SignInResult)
