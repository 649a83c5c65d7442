#include "SessionCommands.h"

#include "CtlContext.h"
#include "auth/CredentialStore.h"
#include "model/Account.h"
#include "model/Ids.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace Sitrep::Ctl {

namespace {

QString stateName(SyncState state)
{
    switch (state) {
    case SyncState::Offline:
        return QStringLiteral("offline");
    case SyncState::Connecting:
        return QStringLiteral("connecting");
    case SyncState::Syncing:
        return QStringLiteral("syncing");
    case SyncState::Online:
        return QStringLiteral("online");
    case SyncState::SignedOut:
        return QStringLiteral("signed-out");
    case SyncState::Untrusted:
        return QStringLiteral("untrusted");
    }
    return {};
}

QJsonObject statusJson(const SyncStatus &status, const ServerSettings &settings, qint64 cursor)
{
    return QJsonObject{{QStringLiteral("server"), settings.server.toString()},
                       {QStringLiteral("user"), settings.user},
                       {QStringLiteral("state"), stateName(status.state)},
                       {QStringLiteral("pending"), status.pending},
                       {QStringLiteral("conflicts"), status.conflicts},
                       {QStringLiteral("rejected"), status.rejected},
                       {QStringLiteral("cursor"), cursor},
                       {QStringLiteral("lastSync"), status.lastSync.isValid() ? timeToJson(status.lastSync) : QString()},
                       {QStringLiteral("problem"), status.problem}};
}

QString statusText(const SyncStatus &status, const ServerSettings &settings)
{
    QString text = Text::tr("%1 as %2: %3").arg(settings.server.toString(), settings.user, stateName(status.state));
    text += Text::tr(", %n pending", nullptr, status.pending);
    if (status.conflicts > 0)
        text += Text::tr(", conflicts: %1").arg(status.conflicts);
    if (status.rejected > 0)
        text += Text::tr(", %n refused by the server", nullptr, status.rejected);
    if (!status.problem.isEmpty())
        text += QStringLiteral("\n  ") + status.problem;
    return text;
}

QString readPassword()
{
    const QByteArray fromEnvironment = qgetenv("SITREP_PASSWORD");
    if (!fromEnvironment.isEmpty())
        return QString::fromUtf8(fromEnvironment);
    if (isatty(STDIN_FILENO))
        QTextStream(stderr) << Text::tr("Password: ") << Qt::flush;
    return QTextStream(stdin).readLine();
}

// Trust on first use, on a terminal only: a script gets the fingerprint and --pin.
bool confirmFingerprint(CtlContext &context, const ServerTrust::Judgement &judgement)
{
    context.out().note(judgement.message);
    if (judgement.verdict != ServerTrust::Verdict::Unknown || !isatty(STDIN_FILENO) || !qgetenv("SITREP_PASSWORD").isEmpty()) {
        context.out().note(Text::tr("If the fingerprint is right, run again with --pin %1").arg(Fingerprint::display(judgement.fingerprint)));
        return false;
    }
    QTextStream(stderr) << Text::tr("Trust this server? [y/N] ") << Qt::flush;
    const QString answer = QTextStream(stdin).readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

} // namespace

int runLogin(CtlContext &context)
{
    QStringList words = context.options().words.mid(1);
    if (words.size() != 1) {
        context.out().error(Text::tr("login wants one user name: sitrepctl login USER"));
        return Usage;
    }
    ApiClient *api = context.api();
    if (!api)
        return Failed;
    const QString user = words.first();
    const QString password = readPassword();
    if (password.isEmpty()) {
        context.out().error(Text::tr("No password: set SITREP_PASSWORD or type it on standard input."));
        return Usage;
    }
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("username"), user}, {QStringLiteral("password"), password}})
                                .toJson(QJsonDocument::Compact);
    ApiResponse signIn = awaitFinished<ApiResponse>(api->post(QStringLiteral("/api/v1/session"), body));
    if (signIn.failure == ApiResponse::Failure::Trust) {
        if (!confirmFingerprint(context, signIn.judgement))
            return Failed;
        context.settings().trust = TrustSettings{{}, signIn.judgement.fingerprint};
        context.saveSettings();
        context.out().error(Text::tr("Pinned. Run the login again."));
        return Failed;
    }
    if (!signIn.ok()) {
        context.out().error(signIn.message);
        return Failed;
    }
    const QByteArray token = signIn.body.value(QStringLiteral("token")).toString().toUtf8();
    api->setToken(token);
    const ApiResponse me = awaitFinished<ApiResponse>(api->get(QStringLiteral("/api/v1/me")));
    const Decoded<Account> account = Account::fromJson(me.body);
    if (!me.ok() || !account) {
        context.out().error(me.ok() ? account.error : me.message);
        return Failed;
    }
    // A new account on this profile: the person behind the writes changes with it.
    context.settings().user = user;
    context.settings().personId = account.value->personId;
    context.store().setActor(account.value->personId);
    if (!context.saveSettings())
        return Failed;
    CredentialStore keychain;
    const CredentialResult stored = awaitFinished<CredentialResult>(keychain.writeToken(context.settings().server, user, QString::fromUtf8(token)));
    if (!stored.ok()) {
        context.out().error(stored.message);
        context.out().note(Text::tr("sitrepctl cannot keep you signed in without a keychain; automation can pass a token in "
                              "SITREP_TOKEN."));
        return Failed;
    }
    context.out().result(Text::tr("Signed in to %1 as %2.").arg(context.settings().server.toString(), user),
                         account.value->toJson());
    return Done;
}

int runLogout(CtlContext &context)
{
    ApiClient *api = context.api();
    if (!api)
        return Failed;
    QString problem;
    const QByteArray token = context.token(&problem);
    if (!token.isEmpty()) {
        api->setToken(token);
        const ApiResponse revoked = awaitFinished<ApiResponse>(api->remove(QStringLiteral("/api/v1/session")));
        if (!revoked.ok() && revoked.failure != ApiResponse::Failure::Unauthorized)
            context.out().note(Text::tr("The server could not be told (%1); the token is forgotten here all the same.").arg(revoked.message));
    }
    CredentialStore keychain;
    const CredentialResult removed = awaitFinished<CredentialResult>(keychain.removeToken(context.settings().server, context.settings().user));
    if (!removed.ok() && removed.status != CredentialResult::NoBackend) {
        context.out().error(removed.message);
        return Failed;
    }
    context.out().result(Text::tr("Signed out."), QJsonObject{{QStringLiteral("signedOut"), true}});
    return Done;
}

int runStatus(CtlContext &context)
{
    SyncStatus status;
    status.pending = context.store().pendingOpCount();
    status.conflicts = context.store().conflictCount();
    status.rejected = context.store().rejectedOpCount();
    status.lastSync = context.store().lastSyncedAt();
    if (!context.settings().isConfigured() && context.options().server.isEmpty()) {
        status.problem = Text::tr("No server configured: this profile is local only.");
    } else if (ApiClient *api = context.api()) {
        QString problem;
        const QByteArray token = context.token(&problem);
        if (token.isEmpty()) {
            status.state = SyncState::SignedOut;
            status.problem = problem;
        } else {
            api->setToken(token);
            const ApiResponse me = awaitFinished<ApiResponse>(api->get(QStringLiteral("/api/v1/me")));
            status.state = me.ok() ? SyncState::Online
                : me.failure == ApiResponse::Failure::Unauthorized ? SyncState::SignedOut
                : me.failure == ApiResponse::Failure::Trust        ? SyncState::Untrusted
                                                                   : SyncState::Offline;
            status.problem = me.message;
        }
    } else {
        return Failed;
    }
    context.out().result(statusText(status, context.settings()),
                         statusJson(status, context.settings(), context.store().syncCursor()));
    return Done;
}

namespace {
int signalPipe[2] = {-1, -1};
void onTerminate(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
}
} // namespace

int runSync(CtlContext &context)
{
    QStringList words = context.options().words.mid(1);
    const bool watch = takeFlag(words, QStringLiteral("watch"));
    if (!words.isEmpty()) {
        context.out().error(Text::tr("sync takes no arguments besides --watch."));
        return Usage;
    }
    if (!watch) {
        const SyncStatus status = context.syncOnce();
        context.out().result(statusText(status, context.settings()),
                             statusJson(status, context.settings(), context.store().syncCursor()));
        return status.state == SyncState::Online ? Done : Failed;
    }
    ApiClient *api = context.api();
    if (!api)
        return Failed;
    QString problem;
    const QByteArray token = context.token(&problem);
    if (token.isEmpty()) {
        context.out().error(problem);
        return Failed;
    }
    api->setToken(token);
    // SIGINT/SIGTERM end the watch through the event loop (a self-pipe: a signal handler
    // may only write a byte), so the last transaction finishes and the stream closes.
    if (::pipe(signalPipe) != 0)
        return Failed;
    std::signal(SIGINT, onTerminate);
    std::signal(SIGTERM, onTerminate);
    QSocketNotifier terminate(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&terminate, &QSocketNotifier::activated, qApp, &QCoreApplication::quit);
    SyncEngine engine(context.store(), *api);
    SyncState last = SyncState::Connecting;
    QObject::connect(&engine, &SyncEngine::statusChanged, qApp, [&](const SyncStatus &status) {
        if (status.state == last && status.state != SyncState::Online)
            return;
        last = status.state;
        if (context.out().json())
            context.out().result({}, statusJson(status, context.settings(), context.store().syncCursor()));
        else
            context.out().line(statusText(status, context.settings()));
    });
    engine.start();
    QCoreApplication::exec();
    engine.stop();
    return Done;
}

} // namespace Sitrep::Ctl
