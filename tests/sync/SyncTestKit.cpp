#include "SyncTestKit.h"

#include "model/Ids.h"
#include "store/TimelinePager.h"
#include "sync/ServerTrust.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>

namespace Sitrep::Testing {

bool addAccount(const ServerProcess &server, const TestAccount &account, const QString &role)
{
    const AdminRun run = runAdmin(server.dataDir(),
                                  {QStringLiteral("user"), QStringLiteral("add"), account.name, QStringLiteral("--role"),
                                   role, QStringLiteral("--person"), idToString(account.personId)},
                                  account.password.toUtf8());
    if (run.exitCode != 0)
        qWarning() << run.output;
    return run.exitCode == 0;
}

bool importDirectory(const ServerProcess &server, const Directory &directory)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("directory.json")));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(directory.toJson()).toJson()) < 0)
        return false;
    file.close();
    const AdminRun run = runAdmin(server.dataDir(), {QStringLiteral("directory"), QStringLiteral("import"), file.fileName()});
    if (run.exitCode != 0)
        qWarning() << run.output;
    return run.exitCode == 0;
}

QByteArray signIn(const ServerProcess &server, const TestAccount &account)
{
    TestClient client(server.baseUrl(), {server.certificate()});
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("username"), account.name},
                                                      {QStringLiteral("password"), account.password}})
                                .toJson(QJsonDocument::Compact);
    const TestResponse response = client.post(QStringLiteral("/api/v1/session"), body);
    return response.json.value(QStringLiteral("token")).toString().toUtf8();
}

Replica::Replica(const QUrl &server, const QString &fingerprint, const QByteArray &token, const QUuid &personId)
{
    const OpenResult opened = m_store.open(cachePath());
    if (!opened.ok)
        qWarning() << opened.error;
    m_store.setActor(personId);
    QString error;
    const std::optional<ServerTrust> trust = ServerTrust::make(TrustSettings{{}, Fingerprint::normalise(fingerprint)}, &error);
    m_api = std::make_unique<ApiClient>(server, *trust);
    m_api->setToken(token);
    m_api->setTimeout(5000);
    m_engine = std::make_unique<SyncEngine>(m_store, *m_api);
    m_engine->setBackoff(50, 500);
}

Replica::~Replica()
{
    m_engine.reset();
}

QString Replica::cachePath() const
{
    return m_dir.filePath(QStringLiteral("cache.sqlite"));
}

SyncState Replica::syncOnce(int timeoutMs)
{
    QSignalSpy finished(m_engine.get(), &SyncEngine::onceFinished);
    m_engine->syncOnce();
    if (finished.isEmpty() && !finished.wait(timeoutMs)) {
        m_engine->stop();
        return SyncState::Offline;
    }
    return finished.first().first().value<SyncStatus>().state;
}

namespace {

QJsonObject incidentView(const QJsonObject &incident)
{
    QJsonObject view;
    for (const char *key : {"id", "title", "summary", "severity", "status", "tags", "restricted", "owningTeam", "businessUnit"})
        view.insert(QLatin1String(key), incident.value(QLatin1String(key)));
    if (view.value(QStringLiteral("summary")).isUndefined() || view.value(QStringLiteral("summary")).toString().isEmpty())
        view.remove(QStringLiteral("summary"));
    if (view.value(QStringLiteral("tags")).toArray().isEmpty())
        view.remove(QStringLiteral("tags"));
    for (const char *key : {"owningTeam", "businessUnit"}) {
        if (view.value(QLatin1String(key)).toString().isEmpty())
            view.remove(QLatin1String(key));
    }
    return view;
}

QJsonObject entryView(const QJsonObject &entry)
{
    QJsonObject view;
    for (const char *key : {"id", "kind", "body", "revision", "pinned", "occurredAt"})
        view.insert(QLatin1String(key), entry.value(QLatin1String(key)));
    if (view.value(QStringLiteral("revision")).isUndefined())
        view.insert(QStringLiteral("revision"), 1);
    view.insert(QStringLiteral("pinned"), view.value(QStringLiteral("pinned")).toBool());
    return view;
}

QJsonArray sortedById(QList<QJsonObject> items)
{
    std::sort(items.begin(), items.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("id")).toString() < b.value(QStringLiteral("id")).toString();
    });
    QJsonArray array;
    for (const QJsonObject &item : items)
        array.append(item);
    return array;
}

} // namespace

QJsonObject serverState(const ServerProcess &server, const QByteArray &token)
{
    TestClient client(server.baseUrl(), {server.certificate()});
    QList<QJsonObject> incidents;
    QList<QJsonObject> entries;
    for (const QJsonValue &item : client.get(QStringLiteral("/api/v1/incidents"), token).json.value(QStringLiteral("items")).toArray()) {
        const QJsonObject incident = item.toObject();
        incidents.append(incidentView(incident));
        const QString path = QStringLiteral("/api/v1/incidents/%1/timeline").arg(incident.value(QStringLiteral("id")).toString());
        for (const QJsonValue &entry : client.get(path, token).json.value(QStringLiteral("items")).toArray())
            entries.append(entryView(entry.toObject()));
    }
    return QJsonObject{{QStringLiteral("incidents"), sortedById(incidents)}, {QStringLiteral("entries"), sortedById(entries)}};
}

QJsonObject localState(Store &store)
{
    QList<QJsonObject> incidents;
    QList<QJsonObject> entries;
    for (const IncidentSummary &summary : store.incidents()) {
        incidents.append(incidentView(store.incident(summary.id)->toJson()));
        const auto pager = store.timelinePager(summary.id);
        for (const TimelineRow &row : pager->page(0, pager->count()))
            entries.append(entryView(row.entry.toJson()));
    }
    return QJsonObject{{QStringLiteral("incidents"), sortedById(incidents)}, {QStringLiteral("entries"), sortedById(entries)}};
}

QList<QJsonObject> serverFeed(const ServerProcess &server, const QByteArray &token)
{
    TestClient client(server.baseUrl(), {server.certificate()});
    QList<QJsonObject> feed;
    qint64 since = 0;
    for (;;) {
        const TestResponse page = client.get(QStringLiteral("/api/v1/changes?since=%1&limit=1000").arg(since), token);
        for (const QJsonValue &change : page.json.value(QStringLiteral("changes")).toArray())
            feed.append(change.toObject());
        since = page.json.value(QStringLiteral("cursor")).toInteger();
        if (!page.json.value(QStringLiteral("more")).toBool())
            return feed;
    }
}

bool waitForExit(QProcess &process, int timeoutMs)
{
    return QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, timeoutMs);
}

bool killHard(QProcess &process)
{
    const qint64 pid = process.processId();
    if (pid <= 0 || process.state() != QProcess::Running)
        return false;
    return ::kill(pid_t(pid), SIGKILL) == 0;
}

QString ctlPath()
{
    return QStringLiteral(SITREPCTL_BIN);
}

CtlRun runCtl(const QString &profile, const QStringList &args, const QProcessEnvironment &environment, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = environment.isEmpty() ? QProcessEnvironment::systemEnvironment() : environment;
    env.insert(QStringLiteral("SITREP_TIMEOUT_MS"), QStringLiteral("5000"));
    process.setProcessEnvironment(env);
    process.start(ctlPath(), QStringList{QStringLiteral("--profile"), profile} + args);
    CtlRun run;
    // The event loop keeps running meanwhile: a FaultProxy of the test may be in the path.
    if (!waitForExit(process, timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        run.err = process.readAllStandardError();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace Sitrep::Testing
