#include "CtlContext.h"

#include "auth/CredentialStore.h"
#include "store/Profile.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace Sitrep::Ctl {

CtlContext::CtlContext(const Options &options)
    : m_options(options)
    , m_printer(options.json)
{ }

CtlContext::~CtlContext() = default;

QString CtlContext::settingsPath() const
{
    return Profile(m_options.profileDir).settingsPath();
}

bool CtlContext::open()
{
    const Profile profile(m_options.profileDir);
    if (const ProfileResult created = profile.create(); !created.ok) {
        m_printer.error(created.error);
        return false;
    }
    const OpenResult opened = m_store.open(profile.cachePath());
    if (!opened.ok) {
        m_printer.error(opened.error);
        return false;
    }
    m_settings = ServerSettings::load(settingsPath());
    m_store.setActor(m_settings.personId);
    return true;
}

bool CtlContext::saveSettings()
{
    if (m_settings.save(settingsPath()))
        return true;
    m_printer.error(Text::tr("Cannot write the settings %1.").arg(settingsPath()));
    return false;
}

ApiClient *CtlContext::api()
{
    if (m_api)
        return m_api.get();
    QString error;
    if (!m_options.server.isEmpty()) {
        const QUrl server = ServerSettings::parseServer(m_options.server, &error);
        if (!server.isValid()) {
            m_printer.error(error);
            return nullptr;
        }
        if (server != m_settings.server)
            m_settings.trust = {}; // another server: the profile's pin is not for it
        m_settings.server = server;
    }
    if (!m_settings.isConfigured()) {
        m_printer.error(Text::tr("No server: give --server URL (and sign in with `sitrepctl login USER`)."));
        return nullptr;
    }
    if (!m_options.caFile.isEmpty())
        m_settings.trust = TrustSettings{m_options.caFile, {}};
    if (!m_options.pin.isEmpty()) {
        const QString pin = Fingerprint::normalise(m_options.pin);
        if (pin.isEmpty()) {
            m_printer.error(Text::tr("--pin wants a SHA-256 fingerprint: 64 hex digits, colons allowed (got \"%1\").")
                                .arg(m_options.pin));
            return nullptr;
        }
        m_settings.trust = TrustSettings{{}, pin};
    }
    const std::optional<ServerTrust> trust = ServerTrust::make(m_settings.trust, &error);
    if (!trust) {
        m_printer.error(error);
        return nullptr;
    }
    m_api = std::make_unique<ApiClient>(m_settings.server, *trust);
    bool ok = false;
    const int timeout = qEnvironmentVariableIntValue("SITREP_TIMEOUT_MS", &ok);
    if (ok && timeout > 0)
        m_api->setTimeout(timeout);
    return m_api.get();
}

QByteArray CtlContext::token(QString *problem)
{
    const QByteArray fromEnvironment = qgetenv("SITREP_TOKEN");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    if (m_settings.user.isEmpty()) {
        *problem = Text::tr("Not signed in: run `sitrepctl login USER`.");
        return {};
    }
    CredentialStore keychain;
    const CredentialResult result = awaitFinished<CredentialResult>(keychain.readToken(m_settings.server, m_settings.user));
    if (result.ok())
        return result.token.toUtf8();
    if (result.status == CredentialResult::NotFound)
        *problem = Text::tr("Not signed in to %1 as %2: run `sitrepctl login %2`.").arg(m_settings.server.toString(), m_settings.user);
    else
        *problem = result.message + QLatin1Char(' ') + Text::tr("Automation can pass a token in SITREP_TOKEN.");
    return {};
}

SyncStatus CtlContext::syncOnce()
{
    SyncStatus finished;
    ApiClient *client = api();
    if (!client) {
        finished.state = SyncState::Offline;
        finished.problem = Text::tr("No server configured.");
        return finished;
    }
    QString problem;
    const QByteArray bearer = token(&problem);
    if (bearer.isEmpty()) {
        finished.state = SyncState::SignedOut;
        finished.problem = problem;
        finished.pending = m_store.pendingOpCount();
        return finished;
    }
    client->setToken(bearer);
    SyncEngine engine(m_store, *client);
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::onceFinished, &loop, [&](const SyncStatus &status) {
        finished = status;
        loop.quit();
    });
    engine.syncOnce();
    loop.exec();
    return finished;
}

int CtlContext::pushAfterWrite()
{
    if (!m_settings.isConfigured() && m_options.server.isEmpty()) {
        m_printer.note(Text::tr("Saved in the profile; no server is configured, so it stays local."));
        return Done;
    }
    const SyncStatus status = syncOnce();
    switch (status.state) {
    case SyncState::Online:
    case SyncState::Syncing:
    case SyncState::Connecting:
        return Done;
    case SyncState::Offline:
        m_printer.note(Text::tr("Queued: the server cannot be reached (%1). Waiting to be pushed by `sitrepctl sync`: %2.")
                           .arg(status.problem)
                           .arg(status.pending));
        return Done;
    case SyncState::SignedOut:
    case SyncState::Untrusted:
        m_printer.error(Text::tr("Saved in the profile, but not pushed: %1").arg(status.problem));
        return SavedNotPushed;
    }
    return Done;
}

} // namespace Sitrep::Ctl
