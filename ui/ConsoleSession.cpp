#include "ConsoleSession.h"

#include "auth/CredentialStore.h"
#include "model/Account.h"
#include "model/Ids.h"
#include "store/Store.h"
#include "sync/ApiClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSettings>
#include <QTimer>

#include <utility>

namespace Sitrep {

namespace {

Q_LOGGING_CATEGORY(lcSession, "sitrep.session", QtInfoMsg)

// core/sync/ServerSettings keeps one fingerprint: the one of the profile's current server.
// Pins of the other servers a person confirmed (say, staging before production) live in
// this group, so that switching back does not ask again; keyed by host and port.
const auto PinsGroup = QStringLiteral("trustedCertificates");

QString pinKey(const QUrl &server)
{
    return PinsGroup + QLatin1Char('/') + server.host() + QLatin1Char('_') + QString::number(server.port(443));
}

} // namespace

struct ConsoleSession::Attempt {
    QUrl server;
    QString user;
    QString password; // only while the attempt lasts
    TrustSettings trust;
    bool silent = false; // the start-up sign-in: nobody to ask, failures go to the indicator
    std::unique_ptr<ApiClient> api;
    QPointer<ApiReply> reply;
    QByteArray token;
};

ConsoleSession::ConsoleSession(Store &store, const QString &settingsPath, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_settingsPath(settingsPath)
    , m_settings(ServerSettings::load(settingsPath))
    , m_keychain(new CredentialStore(this))
{ }

ConsoleSession::~ConsoleSession()
{
    ++m_generation;
    stopEngine();
    if (m_attempt && m_attempt->reply)
        m_attempt->reply->abort();
    m_attempt.reset();
    m_api.reset();
}

void ConsoleSession::retire(std::unique_ptr<ApiClient> client)
{
    // Never deleted in place: this may run inside one of the client's own signals. As a
    // child it still goes with the session if the event loop has already stopped.
    if (client) {
        client->setParent(this);
        client.release()->deleteLater();
    }
}

void ConsoleSession::endServerSession(std::unique_ptr<ApiClient> client)
{
    if (!client || client->token().isEmpty()) {
        retire(std::move(client));
        return;
    }
    // The client lives until the server has answered (or its timeout): retiring it at
    // once would abort the request.
    ApiClient *ending = client.release();
    ending->setParent(this);
    connect(ending->remove(QStringLiteral("/api/v1/session")), &ApiReply::finished, this,
            [this, ending](const ApiResponse &response) {
                ending->deleteLater();
                if (!response.ok() && response.failure != ApiResponse::Failure::Unauthorized)
                    emit message(tr("The server could not be told of the sign-out (%1); the sign-in is forgotten "
                                    "here all the same.")
                                     .arg(response.message));
            });
}

bool ConsoleSession::configure(const QString &serverText, const QString &user, const QString &pin, QString *error)
{
    const QUrl server = ServerSettings::parseServer(serverText, error);
    if (!server.isValid())
        return false;
    if (user.trimmed().isEmpty()) {
        *error = tr("A server needs a user name to sign in with.");
        return false;
    }
    QString fingerprint;
    if (!pin.isEmpty()) {
        fingerprint = Fingerprint::normalise(pin);
        if (fingerprint.isEmpty()) {
            *error = tr("\"%1\" is not a SHA-256 fingerprint (64 hex digits, colons allowed).").arg(pin);
            return false;
        }
    }
    if (const QString refusal = refusesServer(server); !refusal.isEmpty()) {
        *error = refusal;
        return false;
    }
    const TrustSettings trust = trustFor(server);
    if (server != m_settings.server || user.trimmed() != m_settings.user) {
        m_settings.personId = QUuid(); // learnt again from GET /api/v1/me
        m_settings.role.reset();
    }
    m_settings.server = server;
    m_settings.user = user.trimmed();
    m_settings.trust = trust;
    const bool saved = fingerprint.isEmpty() ? saveSettings() : savePin(server, fingerprint); // both save the settings
    if (!saved)
        *error = tr("Cannot write the settings %1.").arg(m_settingsPath);
    return saved;
}

QString ConsoleSession::refusesServer(const QUrl &server) const
{
    // The cache is a replica of one server: its cursor and its rows mean nothing to another.
    if (m_settings.isConfigured() && server != m_settings.server && m_store.syncCursor() > 0)
        return tr("This profile holds the data of %1. To work with %2, start Sitrep with another profile "
                  "(sitrep --profile FOLDER).")
            .arg(m_settings.server.toDisplayString(), server.toDisplayString());
    return {};
}

void ConsoleSession::start()
{
    m_store.setActor(m_settings.personId);
    if (!m_settings.isConfigured()) {
        publish(); // local only
        return;
    }
    if (m_settings.user.isEmpty()) {
        setLocalState(SyncState::SignedOut, {}); // nothing went wrong: nobody signed in yet
        return;
    }
    // Automation and tests may hand over a token; it is never written anywhere.
    const QByteArray fromEnvironment = qgetenv("SITREP_TOKEN");
    if (!fromEnvironment.isEmpty()) {
        m_tokenFromEnvironment = true;
        useToken(fromEnvironment);
        return;
    }
    setLocalState(SyncState::Connecting, {});
    const quint64 generation = m_generation;
    CredentialJob *job = m_keychain->readToken(m_settings.server, m_settings.user);
    connect(job, &CredentialJob::finished, this, [this, generation](const CredentialResult &read) {
        if (generation != m_generation)
            return; // a sign-in or sign-out came first
        if (read.ok() && !read.token.isEmpty()) {
            useToken(read.token.toUtf8());
            return;
        }
        if (read.status != CredentialResult::NotFound)
            m_notice = read.message; // no keychain, locked, broken: say so, it is why we ask
        if (!m_startupPassword.isEmpty()) {
            signInAtStart();
            return;
        }
        setLocalState(SyncState::SignedOut, read.status == CredentialResult::NotFound ? QString() : read.message);
    });
}

void ConsoleSession::signInAtStart()
{
    const QString password = std::exchange(m_startupPassword, QString());
    signIn(m_settings.server.toString(), m_settings.user, password);
    if (m_attempt)
        m_attempt->silent = true;
    else
        setLocalState(SyncState::SignedOut, {});
}

SessionStatus ConsoleSession::status() const
{
    SessionStatus status;
    status.hasServer = m_settings.isConfigured();
    status.server = m_settings.server;
    status.user = m_settings.user;
    status.role = m_settings.role;
    status.notice = m_notice;
    if (m_engine) {
        status.sync = m_engine->status();
    } else {
        status.sync.state = m_localState;
        status.sync.problem = m_localProblem;
        status.sync.pending = m_store.pendingOpCount();
        status.sync.conflicts = m_store.conflictCount();
        status.sync.rejected = m_store.rejectedOpCount();
    }
    if (!status.sync.lastSync.isValid())
        status.sync.lastSync = m_store.lastSyncedAt(); // kept by the engine across restarts
    return status;
}

QString ConsoleSession::pinnedFingerprint(const QUrl &server) const
{
    if (server == m_settings.server && !m_settings.trust.fingerprint.isEmpty())
        return m_settings.trust.fingerprint;
    const QSettings settings(m_settingsPath, QSettings::IniFormat);
    return Fingerprint::normalise(settings.value(pinKey(server)).toString());
}

TrustSettings ConsoleSession::trustFor(const QUrl &server) const
{
    TrustSettings trust;
    if (server == m_settings.server)
        trust = m_settings.trust; // a CA file set for this server stays
    const QString pin = pinnedFingerprint(server);
    if (!pin.isEmpty())
        trust.fingerprint = pin;
    return trust;
}

bool ConsoleSession::savePin(const QUrl &server, const QString &fingerprint)
{
    {
        QSettings settings(m_settingsPath, QSettings::IniFormat);
        settings.setValue(pinKey(server), fingerprint);
    }
    if (server == m_settings.server)
        m_settings.trust.fingerprint = fingerprint;
    qCInfo(lcSession).noquote() << "pinned" << Fingerprint::display(fingerprint) << "for" << server.toDisplayString();
    return saveSettings();
}

bool ConsoleSession::saveSettings()
{
    if (m_settings.save(m_settingsPath))
        return true;
    emit message(tr("Cannot write the settings %1: this sign-in will not be remembered.").arg(m_settingsPath));
    return false;
}

std::unique_ptr<ApiClient> ConsoleSession::makeClient(const QUrl &server, const TrustSettings &trust,
                                                      QString *error) const
{
    const std::optional<ServerTrust> serverTrust = ServerTrust::make(trust, error);
    if (!serverTrust)
        return nullptr;
    auto client = std::make_unique<ApiClient>(server, *serverTrust);
    client->setTimeout(m_timeoutMs);
    return client;
}

void ConsoleSession::useToken(const QByteArray &token)
{
    QString error;
    std::unique_ptr<ApiClient> client = makeClient(m_settings.server, m_settings.trust, &error);
    if (!client) {
        setLocalState(SyncState::Offline, error); // an unreadable CA file: nothing can be trusted
        return;
    }
    stopEngine();
    retire(std::exchange(m_api, std::move(client)));
    m_token = token;
    m_api->setToken(token);
    if (!m_settings.personId.isNull() && m_settings.role) {
        startEngine();
        return;
    }
    // A token from elsewhere (SITREP_TOKEN, --user), or a profile from before the role was
    // kept: learn whose it is, for the store's actor and what the console offers.
    setLocalState(SyncState::Connecting, {});
    const quint64 generation = m_generation;
    connect(m_api->get(QStringLiteral("/api/v1/me")), &ApiReply::finished, this,
            [this, generation](const ApiResponse &response) {
                if (generation != m_generation)
                    return;
                if (const Decoded<Account> account = Account::fromJson(response.body); response.ok() && account) {
                    m_settings.personId = account.value->personId;
                    m_settings.role = account.value->role;
                    m_store.setActor(m_settings.personId);
                    saveSettings();
                    publish();
                }
                startEngine(); // on failure the engine meets the same problem and shows it
            });
}

void ConsoleSession::startEngine()
{
    stopEngine();
    m_engine = std::make_unique<SyncEngine>(m_store, *m_api);
    m_engine->setBackoff(m_firstBackoffMs, m_maxBackoffMs);
    connect(m_engine.get(), &SyncEngine::statusChanged, this, &ConsoleSession::onEngineStatus);
    connect(m_engine.get(), &SyncEngine::presenceChanged, this, &ConsoleSession::onPresence);
    m_engine->setPresence(m_viewing, m_bridge);
    m_engine->start();
}

void ConsoleSession::setPresence(const QUuid &viewing, const QUuid &bridge)
{
    if (viewing == m_viewing && bridge == m_bridge)
        return;
    m_viewing = viewing;
    m_bridge = bridge;
    if (m_engine)
        m_engine->setPresence(viewing, bridge);
}

void ConsoleSession::onPresence(const QJsonObject &message)
{
    const QUuid incidentId = idFromString(message.value(QStringLiteral("incidentId")).toString());
    if (incidentId.isNull())
        return;
    auto people = [&message](const QString &key) {
        QList<QUuid> ids;
        for (const QJsonValue &value : message.value(key).toArray())
            if (const QUuid id = idFromString(value.toString()); !id.isNull())
                ids.append(id);
        return ids;
    };
    m_presenceKnown = true;
    emit presenceChanged(incidentId, people(QStringLiteral("viewingPeople")), people(QStringLiteral("bridgePeople")));
}

void ConsoleSession::stopEngine()
{
    if (!m_engine)
        return;
    // Stopping aborts a request in flight, which reports a state we do not want to show.
    disconnect(m_engine.get(), nullptr, this, nullptr);
    m_engine->stop();
    m_engine.reset();
    if (std::exchange(m_presenceKnown, false))
        emit presenceLost();
}

void ConsoleSession::setBackoff(int firstMs, int maxMs)
{
    m_firstBackoffMs = firstMs;
    m_maxBackoffMs = maxMs;
    if (m_engine)
        m_engine->setBackoff(firstMs, maxMs);
}

void ConsoleSession::signIn(const QString &serverText, const QString &user, const QString &password)
{
    auto refuse = [this](SignInResult result) {
        // Never inside this call: the caller connects to signInFinished afterwards.
        QTimer::singleShot(0, this, [this, result] { emit signInFinished(result); });
    };
    if (m_attempt) {
        refuse({false, tr("A sign-in is already under way."), SignInField::None});
        return;
    }
    QString error;
    const QUrl server = ServerSettings::parseServer(serverText, &error);
    if (!server.isValid()) {
        refuse({false, error, SignInField::Server});
        return;
    }
    if (user.trimmed().isEmpty()) {
        refuse({false, tr("Enter your user name."), SignInField::User});
        return;
    }
    if (password.isEmpty()) {
        refuse({false, tr("Enter your password."), SignInField::Password});
        return;
    }
    if (const QString refusal = refusesServer(server); !refusal.isEmpty()) {
        refuse({false, refusal, SignInField::Server});
        return;
    }
    ++m_generation;
    m_attempt = std::make_unique<Attempt>();
    m_attempt->server = server;
    m_attempt->user = user.trimmed();
    m_attempt->password = password;
    m_attempt->trust = trustFor(server);
    qCInfo(lcSession).noquote() << "signing in to" << server.toDisplayString() << "as" << m_attempt->user;
    postSession();
}

void ConsoleSession::postSession()
{
    QString error;
    std::unique_ptr<ApiClient> client = makeClient(m_attempt->server, m_attempt->trust, &error);
    if (!client) {
        finishSignIn({false, error, SignInField::Server});
        return;
    }
    retire(std::exchange(m_attempt->api, std::move(client)));
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("username"), m_attempt->user},
                                                      {QStringLiteral("password"), m_attempt->password}})
                                .toJson(QJsonDocument::Compact);
    m_attempt->reply = m_attempt->api->post(QStringLiteral("/api/v1/session"), body);
    const quint64 generation = m_generation;
    connect(m_attempt->reply, &ApiReply::finished, this, [this, generation](const ApiResponse &response) {
        if (generation == m_generation && m_attempt)
            onSessionCreated(response);
    });
}

void ConsoleSession::onSessionCreated(const ApiResponse &response)
{
    if (response.failure == ApiResponse::Failure::Trust) {
        if (m_attempt->silent) {
            finishSignIn({false, response.message, SignInField::Server});
            return;
        }
        // Paused until the person answers: trustCertificate() or cancelSignIn().
        emit trustNeeded(m_attempt->server, response.judgement);
        return;
    }
    if (!response.ok()) {
        SignInField field = SignInField::None;
        QString error = response.message;
        switch (response.failure) {
        case ApiResponse::Failure::Unauthorized:
            field = SignInField::Password;
            error = tr("The user name or the password is not right.");
            break;
        case ApiResponse::Failure::Refused: // 429: too many attempts; the server says how long
            field = SignInField::Password;
            break;
        case ApiResponse::Failure::Network:
        case ApiResponse::Failure::Protocol:
            field = SignInField::Server;
            break;
        default:
            break;
        }
        finishSignIn({false, error, field});
        return;
    }
    m_attempt->token = response.body.value(QStringLiteral("token")).toString().toUtf8();
    if (m_attempt->token.isEmpty()) {
        finishSignIn({false,
                      tr("The server at %1 did not give a sign-in token.").arg(m_attempt->server.toDisplayString()),
                      SignInField::Server});
        return;
    }
    m_attempt->api->setToken(m_attempt->token);
    m_attempt->reply = m_attempt->api->get(QStringLiteral("/api/v1/me"));
    const quint64 generation = m_generation;
    connect(m_attempt->reply, &ApiReply::finished, this, [this, generation](const ApiResponse &me) {
        if (generation == m_generation && m_attempt)
            onMe(me);
    });
}

void ConsoleSession::onMe(const ApiResponse &response)
{
    const Decoded<Account> account = Account::fromJson(response.body);
    if (!response.ok() || !account) {
        finishSignIn({false, response.ok() ? account.error : response.message, SignInField::None});
        return;
    }
    // The new session replaces whatever ran before (another account, an expired token):
    // that one ends on the server, and its token leaves the keychain if it was another's.
    stopEngine();
    if (m_settings.isConfigured() && !m_settings.user.isEmpty() && !m_tokenFromEnvironment
        && (m_settings.server != m_attempt->server || m_settings.user != m_attempt->user))
        m_keychain->removeToken(m_settings.server, m_settings.user);
    // A token from SITREP_TOKEN belongs to whoever set it: it is left alone.
    std::unique_ptr<ApiClient> previous = std::exchange(m_api, std::move(m_attempt->api));
    if (m_tokenFromEnvironment)
        retire(std::move(previous));
    else
        endServerSession(std::move(previous));
    m_token = m_attempt->token;
    m_tokenFromEnvironment = false;
    m_settings.server = m_attempt->server;
    m_settings.user = m_attempt->user;
    m_settings.personId = account.value->personId;
    m_settings.role = account.value->role;
    m_settings.trust = m_attempt->trust;
    m_store.setActor(m_settings.personId);
    saveSettings();
    m_notice.clear();

    const quint64 generation = m_generation;
    CredentialJob *job = m_keychain->writeToken(m_settings.server, m_settings.user, QString::fromUtf8(m_token));
    connect(job, &CredentialJob::finished, this, [this, generation](const CredentialResult &written) {
        if (generation != m_generation || written.ok())
            return;
        // The token stays in memory only: this session works, the next start asks again.
        m_notice = written.message + QLatin1Char(' ') + tr("You stay signed in until Sitrep closes.");
        emit message(m_notice);
        publish();
    });
    qCInfo(lcSession).noquote() << "signed in to" << m_settings.server.toDisplayString() << "as" << m_settings.user;
    startEngine();
    finishSignIn({true, {}, SignInField::None});
}

void ConsoleSession::finishSignIn(const SignInResult &result)
{
    const std::unique_ptr<Attempt> attempt = std::move(m_attempt);
    retire(std::move(attempt->api));
    if (!result.ok) {
        qCInfo(lcSession).noquote() << "sign-in failed:" << result.error;
        if (attempt->silent) { // nobody is looking at a dialog: the indicator says it
            stopEngine();
            setLocalState(SyncState::SignedOut, result.error);
        }
    }
    emit signInFinished(result);
}

void ConsoleSession::cancelSignIn()
{
    if (!m_attempt)
        return;
    ++m_generation;
    if (m_attempt->reply)
        m_attempt->reply->abort(); // its answer is dropped: the generation moved on
    finishSignIn({false, tr("Not signed in."), SignInField::None});
}

void ConsoleSession::signOut()
{
    if (!m_settings.isConfigured())
        return;
    cancelSignIn();
    ++m_generation;
    stopEngine();
    m_startupPassword.clear();
    endServerSession(std::move(m_api));
    m_token.clear();
    if (!m_tokenFromEnvironment) {
        CredentialJob *job = m_keychain->removeToken(m_settings.server, m_settings.user);
        connect(job, &CredentialJob::finished, this, [this](const CredentialResult &removed) {
            if (!removed.ok() && removed.status != CredentialResult::NoBackend)
                emit message(removed.message);
        });
    }
    m_tokenFromEnvironment = false;
    m_notice.clear();
    setLocalState(SyncState::SignedOut, {});
    emit message(tr("Signed out of %1.").arg(m_settings.server.toDisplayString()));
}

void ConsoleSession::syncNow()
{
    if (!m_engine)
        return;
    const SyncState state = m_engine->status().state;
    if (state == SyncState::Online || state == SyncState::Syncing) {
        emit message(tr("Already in step with the server."));
        return;
    }
    // Skips the wait for the next retry; a fresh start also re-reads trust and sign-in.
    startEngine();
}

void ConsoleSession::trustCertificate(const QString &fingerprint)
{
    const QString pin = Fingerprint::normalise(fingerprint);
    if (pin.isEmpty())
        return;
    if (m_attempt) {
        savePin(m_attempt->server, pin);
        m_attempt->trust.fingerprint = pin;
        postSession(); // the same credentials, now over a connection we trust
        return;
    }
    if (!m_settings.isConfigured())
        return;
    savePin(m_settings.server, pin);
    if (m_token.isEmpty()) {
        publish();
        return;
    }
    useToken(m_token); // a client with the new trust, then sync from where it stopped
}

void ConsoleSession::setLocalState(SyncState state, const QString &problem)
{
    m_localState = state;
    m_localProblem = problem;
    publish();
}

void ConsoleSession::onEngineStatus(const SyncStatus &status)
{
    if (status.state == SyncState::SignedOut && !m_startupPassword.isEmpty() && !m_attempt) {
        // The saved token expired: `make run` gave a password for exactly this. Not from
        // inside the engine's own signal: the sign-in replaces the engine.
        QTimer::singleShot(0, this, [this] {
            if (!m_startupPassword.isEmpty() && !m_attempt)
                signInAtStart();
        });
    }
    // Presence comes from the stream: without it, what we knew is stale.
    if (status.state != SyncState::Online && status.state != SyncState::Syncing && std::exchange(m_presenceKnown, false))
        emit presenceLost();
    publish();
}

void ConsoleSession::publish()
{
    emit statusChanged(status());
}

} // namespace Sitrep
