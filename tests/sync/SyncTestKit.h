#pragma once

// Clients of the real sitrep-server for sync tests: an in-process console replica (a
// Store with its SyncEngine) and the sitrepctl binary, plus the server's state read back
// by REST to compare with. Every wait is bounded.

#include "ServerProcess.h"
#include "model/Directory.h"
#include "store/Store.h"
#include "sync/ApiClient.h"
#include "sync/SyncEngine.h"

#include <QJsonArray>
#include <QProcessEnvironment>

#include <memory>

namespace Sitrep::Testing {

// The team of these tests: accounts with directory persons, made with the server's own
// admin commands before it starts.
struct TestAccount {
    QString name;
    QString password;
    QUuid personId;
};
bool addAccount(const ServerProcess &server, const TestAccount &account, const QString &role = QStringLiteral("responder"));
// `sitrep-server directory import` of a directory (people for names and @handles).
bool importDirectory(const ServerProcess &server, const Directory &directory);
QByteArray signIn(const ServerProcess &server, const TestAccount &account);

// A console's replica: its own cache file, talking to `server` (e.g. a FaultProxy in
// front of the real one) and trusting the real server's certificate by its fingerprint.
class Replica
{
public:
    Replica(const QUrl &server, const QString &fingerprint, const QByteArray &token, const QUuid &personId);
    ~Replica();

    Store &store() { return m_store; }
    SyncEngine &engine() { return *m_engine; }
    ApiClient &api() { return *m_api; }
    QString cachePath() const;
    // One push-and-pull; the state it ended in (Online when level with the server).
    SyncState syncOnce(int timeoutMs = 30000);

private:
    QTemporaryDir m_dir;
    Store m_store;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<SyncEngine> m_engine;
};

// What the server holds, as the REST API shows it to `token`, reduced to what every
// replica must agree on: incidents (title, severity, status, tags, …) and their timelines
// (every entry's current revision). Sorted, so two states compare with ==.
QJsonObject serverState(const ServerProcess &server, const QByteArray &token);
// The same view of a replica's cache.
QJsonObject localState(Store &store);
// Every change of the feed, as `token` sees it.
QList<QJsonObject> serverFeed(const ServerProcess &server, const QByteArray &token);

// sitrepctl as a child process on a profile folder.
struct CtlRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
CtlRun runCtl(const QString &profile, const QStringList &args, const QProcessEnvironment &environment = {},
              int timeoutMs = 60000);
QString ctlPath();
// Waits for a child to exit while the event loop runs (never QProcess::waitForFinished:
// it would stall a FaultProxy living in the test's own event loop).
bool waitForExit(QProcess &process, int timeoutMs);
// kill -9 of a child that is still running; false when it had already exited. (Never
// kill(processId()) unguarded: a finished QProcess answers 0, and kill(0, …) would hit
// the whole process group, the test runner included.)
bool killHard(QProcess &process);

} // namespace Sitrep::Testing
