// The console's sync figures (`sitrep-bench sync`, issue #4): the real client engine
// (core/sync SyncEngine over core/store Store, an ApiClient pinning the server's
// certificate) against the real sitrep-server process over TLS on loopback, with durable
// writes on both sides (SQLite, WAL, synchronous=FULL). Each figure beside its floor,
// measured in the same run:
//  1. catch-up: a fresh profile pulls the feed of N entry changes (SyncEngine::syncOnce),
//     changes/s, beside Store::addEntries of the same entries into another fresh cache
//  2. outbox drain: M entries written offline (Store::addEntry, no server configured),
//     pushed after reconnecting, seconds until nothing is pending, beside posting as
//     many ops in 500-op batches with a plain client
//  3. live: an entry posted by one client until it is in another console's store
//     (SyncEngine::start, Store::entryAdded), beside its arrival on a raw stream reader
//     in the same round (the server's own fan-out); and the same with the entry written
//     by a third console's store and pushed by its engine
// One process runs the consoles and the plain clients on one event loop (the raw stream
// reader on a thread of its own), on the same 2 cores as the server.

#include "Report.h"
#include "ServerHarness.h"
#include "Suites.h"
#include "Waiter.h"

#include "model/Ids.h"
#include "model/Incident.h"
#include "model/Op.h"
#include "model/TimelineEntry.h"
#include "store/Store.h"
#include "sync/ApiClient.h"
#include "sync/ServerTrust.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QScopeGuard>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QThread>
#include <QUrlQuery>
#include <QWebSocket>

#include <atomic>
#include <functional>
#include <iterator>
#include <memory>
#include <mutex>
#include <optional>
#include <tuple>

namespace Sitrep::Bench {

namespace {

constexpr int PostBatch = 500;   // ops per POST: the server's maximum and the engine's push batch
constexpr int PageSize = 1000;   // the feed's page (the engine's pull): one transaction per page
constexpr int FillInFlight = 2;  // requests in flight while filling the server (not measured)
constexpr int WarmupRounds = 10; // live rounds before the measured ones
constexpr int RoundTimeoutMs = 10000;
constexpr int SyncTimeoutMs = 600000;

bool failed(const QString &what)
{
    progress(QStringLiteral("FAILED: ") + what);
    return false;
}

double secondsOf(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// The machine's load average over the last minute (this run's own processes included),
// so that a figure taken on a busy machine says so.
double loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().split(' ').constFirst().toDouble() : -1;
}

void report(Figure figure)
{
    print(figure.with(QStringLiteral("load_1m"), loadAverage()));
}

// CPU seconds the server and this process used since it was made.
class CpuMeter
{
public:
    explicit CpuMeter(qint64 serverPid)
        : m_serverPid(serverPid)
        , m_server(cpuSeconds(serverPid))
        , m_bench(cpuSeconds(QCoreApplication::applicationPid()))
    { }
    std::pair<double, double> used() const
    {
        return {cpuSeconds(m_serverPid) - m_server, cpuSeconds(QCoreApplication::applicationPid()) - m_bench};
    }

private:
    qint64 m_serverPid;
    double m_server;
    double m_bench;
};

// Entries like a scribe's, each a little different (numbers change), of the common kinds.
class EntryMaker
{
public:
    EntryMaker(const QUuid &incidentId, const QUuid &author)
        : m_incidentId(incidentId)
        , m_author(author)
        , m_start(QDateTime::currentDateTimeUtc().addDays(-1))
    { }

    TimelineEntry next()
    {
        struct Template {
            EntryKind kind;
            const char *text;
        };
        static const Template templates[] = {
            {EntryKind::Note, "EU 5xx at %1% on checkout-api since deploy %2"},
            {EntryKind::Escalation, "Paged the database on-call: replica lag %1 s on pg-%2"},
            {EntryKind::Action, "Rolling back search-indexer to build %2; error rate %1% and falling"},
            {EntryKind::Note, "Support reports checkout timeouts for %1% of EU carts (ticket %2)"},
            {EntryKind::Decision, "Fail over auth-gateway to region %2; owner @dana, ETA %1 min"},
            {EntryKind::Comms, "Status page updated: elevated errors, next update in %1 min (draft %2)"},
            {EntryKind::Note, "Connection pool saturated on payments-db: %1 of %2 connections in use"},
            {EntryKind::Escalation, "Network team engaged: packet loss %1% between az-%2 and the load balancer"},
        };
        const Template &pick = templates[m_count % std::size(templates)];
        TimelineEntry entry;
        entry.id = newId();
        entry.incidentId = m_incidentId;
        entry.kind = pick.kind;
        entry.author = m_author;
        entry.body = QString::fromLatin1(pick.text).arg((m_count * 37) % 97 + 1).arg(1000 + (m_count * 7919) % 9000);
        entry.occurredAt = entry.recordedAt = m_start.addMSecs(m_count * 250);
        ++m_count;
        return entry;
    }

    QList<TimelineEntry> next(int count)
    {
        QList<TimelineEntry> entries;
        entries.reserve(count);
        for (int i = 0; i < count; ++i)
            entries.append(next());
        return entries;
    }

private:
    QUuid m_incidentId;
    QUuid m_author;
    QDateTime m_start;
    qint64 m_count = 0;
};

struct Answer {
    int status = 0; // 0: no HTTP response
    QByteArray body;
    QJsonObject json;
    QString error;
};

Answer answerOf(QNetworkReply *reply, bool parse = true)
{
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    if (parse)
        answer.json = QJsonDocument::fromJson(answer.body).object();
    if (reply->error() != QNetworkReply::NoError)
        answer.error = reply->errorString();
    return answer;
}

// One console: its own cache file, and when "configured" an ApiClient pinning the
// server's certificate by its fingerprint and the SyncEngine (as the console builds them,
// and tests/sync/SyncTestKit).
class Console
{
public:
    bool open(const QString &path, const QUuid &personId, QString *error)
    {
        m_path = path;
        m_person = personId;
        const OpenResult opened = store.open(path);
        if (!opened.ok) {
            *error = opened.error;
            return false;
        }
        store.setActor(personId);
        return true;
    }

    bool connect(const QUrl &server, const QString &fingerprint, const QByteArray &token, QString *error)
    {
        const std::optional<ServerTrust> trust =
            ServerTrust::make(TrustSettings{{}, Fingerprint::normalise(fingerprint)}, error);
        if (!trust)
            return false;
        api = std::make_unique<ApiClient>(server, *trust);
        api->setToken(token);
        engine = std::make_unique<SyncEngine>(store, *api);
        return true;
    }

    // No server configured: what a console that is offline (or not set up yet) has.
    void disconnect()
    {
        engine.reset();
        api.reset();
    }

    // Closes the cache and copies the file: a second console at the same point of the feed.
    bool copyTo(const QString &path, QString *error)
    {
        disconnect();
        store.close();
        bool ok = true;
        for (const char *suffix : {"", "-wal"}) {
            const QString from = m_path + QLatin1String(suffix);
            if (QFileInfo::exists(from))
                ok = ok && QFile::copy(from, path + QLatin1String(suffix));
        }
        QString reopenError;
        if (!open(m_path, m_person, &reopenError)) {
            *error = reopenError;
            return false;
        }
        if (!ok)
            *error = QStringLiteral("cannot copy %1 to %2").arg(m_path, path);
        return ok;
    }

    Store store;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<SyncEngine> engine;

private:
    QString m_path;
    QUuid m_person;
};

// The floor of the live figure: a plain reader of the stream (QWebSocket, a substring
// match, no decoding, no store) on a thread of its own, so that its arrival times are not
// delayed by the consoles' work on the main thread (the server writes to its streams in
// no fixed order, and one event loop reads its sockets one after the other).
class RawStream
{
public:
    RawStream(const QElapsedTimer &clock, Waiter &waiter)
        : m_clock(clock)
        , m_waiter(waiter)
    {
        m_context.moveToThread(&m_thread);
        m_thread.start();
    }

    ~RawStream()
    {
        QMetaObject::invokeMethod(
            &m_context, [this] { m_socket.reset(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    // Opens the stream on the reader's thread and waits (on the main loop) for its hello.
    bool open(const QUrl &url, const QSslConfiguration &tls, const QByteArray &token, QString *error)
    {
        QMetaObject::invokeMethod(&m_context, [this, url, tls, token] {
            m_socket = std::make_unique<QWebSocket>();
            m_socket->setSslConfiguration(tls);
            QObject::connect(m_socket.get(), &QWebSocket::textMessageReceived, m_socket.get(),
                             [this](const QString &text) { onMessage(text); });
            QObject::connect(m_socket.get(), &QWebSocket::disconnected, m_socket.get(), [this] {
                m_lost = true;
                pokeMain();
            });
            QNetworkRequest request(url);
            request.setRawHeader("Authorization", "Bearer " + token);
            m_socket->open(request);
        });
        const bool ok = m_waiter.wait([this] { return m_hello || m_lost; }, 30000) && m_hello;
        if (!ok)
            *error = m_lost ? QStringLiteral("closed") : QStringLiteral("no hello in 30 s");
        return ok;
    }

    // From now on, the first message that contains `needle` is timed (arrival()).
    void expect(const QString &needle)
    {
        std::lock_guard lock(m_mutex);
        m_needle = needle;
        m_arrivalNs = 0;
    }
    qint64 arrival() const { return m_arrivalNs; }
    bool lost() const { return m_lost; }

private:
    void onMessage(const QString &text)
    {
        const qint64 now = m_clock.nsecsElapsed();
        if (!m_hello) {
            if (text.contains(QLatin1String("\"type\":\"hello\"")))
                m_hello = true;
            pokeMain();
            return;
        }
        std::lock_guard lock(m_mutex);
        if (m_arrivalNs == 0 && !m_needle.isEmpty() && text.contains(m_needle)) {
            m_arrivalNs = now;
            pokeMain();
        }
    }

    void pokeMain()
    {
        QMetaObject::invokeMethod(&m_main, [this] { m_waiter.poke(); }, Qt::QueuedConnection);
    }

    const QElapsedTimer &m_clock;
    Waiter &m_waiter;
    QObject m_main; // the main thread's, for pokes
    QThread m_thread;
    QObject m_context; // lives in m_thread, with the socket
    std::unique_ptr<QWebSocket> m_socket;
    std::mutex m_mutex;
    QString m_needle;
    std::atomic<qint64> m_arrivalNs{0};
    std::atomic<bool> m_hello{false};
    std::atomic<bool> m_lost{false};
};

class SyncBench
{
public:
    explicit SyncBench(const SyncArguments &arguments)
        : m_arguments(arguments)
    {
        m_clock.start();
    }

    int run()
    {
        const bool ok = setUp() && benchCatchUp() && benchDrain() && benchLive();
        if (!ok && !m_server.isRunning())
            progress(QStringLiteral("the server is not running; its log ends with:\n") + m_server.logTail());
        m_stream.reset();
        m_poster.reset();
        m_console.reset();
        m_server.stop();
        return ok ? 0 : 1;
    }

private:
    // --- setting up -------------------------------------------------------------------

    bool setUp()
    {
        if (!m_dir.isValid())
            return failed(QStringLiteral("cannot create a temporary folder"));
        progress(QStringLiteral("starting sitrep-server with a temporary data folder"));
        QString error;
        QString password;
        if (!m_server.startForBench(m_arguments.serverBinary, &password, &error))
            return failed(error);
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.setCaCertificates({m_server.certificate()});
        m_fingerprint = Fingerprint::of(m_server.certificate());
        m_person = newId();

        const Answer session = call(m_network, "POST", QStringLiteral("/api/v1/session"),
                                    QJsonDocument(QJsonObject{{QStringLiteral("username"), QStringLiteral("bench")},
                                                              {QStringLiteral("password"), password}})
                                        .toJson(QJsonDocument::Compact));
        m_token = session.json.value(QStringLiteral("token")).toString().toLatin1();
        if (session.status != 201 || m_token.isEmpty())
            return failed(QStringLiteral("sign-in: HTTP %1 %2").arg(session.status).arg(session.error));
        const Answer declared = call(m_network, "POST", QStringLiteral("/api/v1/incidents"),
                                     QJsonDocument(QJsonObject{{QStringLiteral("title"), QStringLiteral("Sync bench")},
                                                               {QStringLiteral("severity"), QStringLiteral("SEV2")}})
                                         .toJson(QJsonDocument::Compact));
        const Decoded<Incident> incident = Incident::fromJson(declared.json);
        if (declared.status != 201 || !incident)
            return failed(QStringLiteral("declaring the incident: HTTP %1 %2 %3")
                              .arg(declared.status)
                              .arg(declared.error, incident.error));
        m_incident = *incident.value;
        m_maker = std::make_unique<EntryMaker>(m_incident.id, m_person);
        return true;
    }

    QNetworkReply *send(QNetworkAccessManager &manager, const QByteArray &verb, const QString &path,
                        const QByteArray &body = {}, const QUrlQuery &query = {})
    {
        QUrl url = m_server.baseUrl();
        url.setPath(path);
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setSslConfiguration(m_tls);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        if (!body.isNull())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_token);
        return manager.sendCustomRequest(request, verb, body);
    }

    // A request whose answer the bench waits for.
    Answer call(QNetworkAccessManager &manager, const QByteArray &verb, const QString &path, const QByteArray &body = {},
                const QUrlQuery &query = {}, bool parse = true)
    {
        QNetworkReply *reply = send(manager, verb, path, body, query);
        bool finished = false;
        const QMetaObject::Connection connection = QObject::connect(reply, &QNetworkReply::finished, reply, [&] {
            finished = true;
            m_waiter.poke();
        });
        Answer answer;
        if (m_waiter.wait([&] { return finished; }, 60000)) {
            answer = answerOf(reply, parse);
        } else {
            QObject::disconnect(connection);
            reply->abort();
            answer.error = QStringLiteral("no answer in 60 s");
        }
        reply->deleteLater();
        return answer;
    }

    // Posts ops in batches of PostBatch, `inFlight` requests at a time, each on its own
    // connection; bodies are made as they go (as a client would). Every op must be applied.
    // The highest seq the server gave goes to lastSeq.
    bool postOps(const QList<Op> &ops, int inFlight, double *seconds, qint64 *lastSeq)
    {
        while (int(m_posters.size()) < inFlight)
            m_posters.push_back(std::make_unique<QNetworkAccessManager>());
        qsizetype nextOp = 0;
        int running = 0;
        QList<QPointer<QNetworkReply>> replies;
        qint64 applied = 0;
        QString problem;
        std::function<void(int)> sendNext = [&](int client) {
            if (nextOp >= ops.size() || !problem.isEmpty())
                return;
            const QList<Op> batch = ops.mid(nextOp, PostBatch);
            nextOp += batch.size();
            ++running;
            QNetworkReply *reply = send(*m_posters.at(size_t(client)), "POST", QStringLiteral("/api/v1/ops"),
                                        opsRequestBody(batch));
            replies.append(reply);
            QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, client, count = batch.size()] {
                const Answer answer = answerOf(reply);
                reply->deleteLater();
                --running;
                qint64 ok = 0;
                for (const QJsonValue &item : answer.json.value(QStringLiteral("results")).toArray()) {
                    const QJsonObject result = item.toObject();
                    if (result.value(QStringLiteral("status")).toString() == QLatin1String("applied")) {
                        ++ok;
                        *lastSeq = std::max(*lastSeq, result.value(QStringLiteral("seq")).toInteger());
                    }
                }
                applied += ok;
                if (ok != count && problem.isEmpty())
                    problem = QStringLiteral("HTTP %1 %2: %3 of %4 ops applied %5")
                                  .arg(answer.status)
                                  .arg(answer.error)
                                  .arg(ok)
                                  .arg(count)
                                  .arg(QString::fromUtf8(answer.body.left(300)));
                sendNext(client);
                m_waiter.poke();
            });
        };
        QElapsedTimer timer;
        timer.start();
        for (int client = 0; client < inFlight; ++client)
            sendNext(client);
        const bool done = m_waiter.wait([&] { return running == 0 && (nextOp >= ops.size() || !problem.isEmpty()); },
                                        SyncTimeoutMs);
        *seconds = secondsOf(timer);
        for (const QPointer<QNetworkReply> &reply : std::as_const(replies)) {
            if (reply && !reply->isFinished()) { // the handlers refer to this frame
                reply->disconnect();
                reply->abort();
                reply->deleteLater();
            }
        }
        if (!done)
            return failed(QStringLiteral("posting ops: %1 requests unanswered").arg(running));
        if (!problem.isEmpty())
            return failed(QStringLiteral("posting ops: ") + problem);
        return applied == ops.size();
    }

    std::optional<SyncStatus> syncOnce(Console &console)
    {
        std::optional<SyncStatus> finished;
        const QMetaObject::Connection connection = QObject::connect(
            console.engine.get(), &SyncEngine::onceFinished, console.engine.get(), [&](const SyncStatus &status) {
                finished = status;
                m_waiter.poke();
            });
        console.engine->syncOnce();
        m_waiter.wait([&] { return finished.has_value(); }, SyncTimeoutMs);
        QObject::disconnect(connection);
        return finished;
    }

    static QList<Op> entryOps(const QList<TimelineEntry> &entries)
    {
        QList<Op> ops;
        ops.reserve(entries.size());
        for (const TimelineEntry &entry : entries)
            ops.append(Op::entryAdd(entry));
        return ops;
    }

    QString cachePath(const QString &name) const
    {
        return m_dir.filePath(name + QStringLiteral(".sqlite"));
    }

    // --- 1: catch-up ----------------------------------------------------------------------

    bool benchCatchUp()
    {
        const int count = m_arguments.changes;
        progress(QStringLiteral("1/3 catch-up: filling the server with %1 entries (POST /api/v1/ops, %2 ops per request)")
                     .arg(count)
                     .arg(PostBatch));
        const QList<TimelineEntry> entries = m_maker->next(count);
        double fillSeconds = 0;
        qint64 head = 0;
        if (!postOps(entryOps(entries), FillInFlight, &fillSeconds, &head))
            return false;

        // The floor: the same rows written straight into a fresh cache by the store's own
        // batch command, one transaction per feed page. Its batches alternate with the
        // engine's pages (one runs each time the engine has applied a page, before it asks
        // for the next), so both see the same moments of a noisy machine; their time is
        // taken off the engine's.
        progress(QStringLiteral("catch-up: a fresh profile pulls the feed (SyncEngine::syncOnce), beside "
                                "Store::addEntries of the same %1 entries into another fresh cache")
                     .arg(count));
        Store floor;
        if (const OpenResult opened = floor.open(cachePath(QStringLiteral("apply"))); !opened.ok)
            return failed(opened.error);
        floor.setActor(m_person);
        if (const CommandResult declared = floor.declareIncident(m_incident); !declared)
            return failed(QStringLiteral("baseline cache: ") + declared.error);
        qsizetype floorNext = 0;
        double baselineSeconds = 0;
        double baselineCpu = 0;
        double baselineInside = 0; // baseline time spent within the engine's run
        QString floorError;
        const auto floorBatch = [&] {
            const double cpuBefore = cpuSeconds(QCoreApplication::applicationPid());
            QElapsedTimer batchTimer;
            batchTimer.start();
            const CommandResult added = floor.addEntries(entries.mid(floorNext, PageSize));
            const double batchSeconds = secondsOf(batchTimer);
            baselineCpu += cpuSeconds(QCoreApplication::applicationPid()) - cpuBefore;
            baselineSeconds += batchSeconds;
            floorNext += PageSize;
            if (!added && floorError.isEmpty())
                floorError = added.error;
            return batchSeconds;
        };

        QString error;
        m_console = std::make_unique<Console>();
        if (!m_console->open(cachePath(QStringLiteral("console")), m_person, &error)
            || !m_console->connect(m_server.baseUrl(), m_fingerprint, m_token, &error))
            return failed(error);
        const QMetaObject::Connection alternate = QObject::connect(
            &m_console->store, &Store::entriesAdded, &m_console->store, [&](const QUuid &) {
                if (floorNext < entries.size())
                    baselineInside += floorBatch();
            });
        const CpuMeter cpu(m_server.pid());
        QElapsedTimer timer;
        timer.start();
        const std::optional<SyncStatus> status = syncOnce(*m_console);
        const double seconds = secondsOf(timer) - baselineInside;
        auto [serverCpu, benchCpu] = cpu.used();
        benchCpu -= baselineCpu;
        QObject::disconnect(alternate);
        while (floorNext < entries.size())
            floorBatch();
        if (!floorError.isEmpty())
            return failed(QStringLiteral("baseline cache: ") + floorError);
        if (!status || status->state != SyncState::Online)
            return failed(QStringLiteral("catch-up did not finish level with the server: %1")
                              .arg(status ? status->problem : QStringLiteral("no answer in time")));
        const qint64 cursor = m_console->store.syncCursor();
        const int local = m_console->store.entryCount(m_incident.id);
        if (cursor != head || local != count)
            return failed(QStringLiteral("catch-up: cursor %1 (server head %2), %3 of %4 entries in the cache")
                              .arg(cursor)
                              .arg(head)
                              .arg(local)
                              .arg(count));

        // Where the engine's time goes: the same feed fetched, decoded and applied, each alone.
        progress(QStringLiteral("catch-up parts: the same feed fetched, decoded and applied, each alone, then pipelined"));
        Parts parts;
        if (!measureParts(head, &parts))
            return false;

        report(Figure{QStringLiteral("sync.catchup"), double(cursor) / seconds, QStringLiteral("changes/s")}
                  .withBaseline(double(count) / baselineSeconds)
                  .withGoal(0.5, true, true)
                  .with(QStringLiteral("changes"), double(cursor))
                  .with(QStringLiteral("seconds"), seconds)
                  .with(QStringLiteral("pages"), (cursor + PageSize - 1) / PageSize)
                  .with(QStringLiteral("baseline_seconds"), baselineSeconds)
                  .with(QStringLiteral("baseline_is"),
                        QStringLiteral("Store::addEntries of the same entries into a fresh cache, %1 per transaction, "
                                       "batches alternating with the engine's pages")
                            .arg(PageSize))
                  .with(QStringLiteral("server_cpu_s"), serverCpu)
                  .with(QStringLiteral("bench_cpu_s"), benchCpu)
                  .with(QStringLiteral("baseline_cpu_s"), baselineCpu)
                  .with(QStringLiteral("alone_fetch_s"), parts.fetchSeconds)
                  .with(QStringLiteral("alone_fetch_server_cpu_s"), parts.fetchServerCpu)
                  .with(QStringLiteral("alone_fetch_bench_cpu_s"), parts.fetchBenchCpu)
                  .with(QStringLiteral("alone_decode_s"), parts.decodeSeconds)
                  .with(QStringLiteral("alone_decode_json_s"), parts.decodeJson)
                  .with(QStringLiteral("alone_decode_changes_s"), parts.decodeChanges)
                  .with(QStringLiteral("alone_entry_payloads_s"), parts.entryPayloads)
                  .with(QStringLiteral("alone_apply_s"), parts.applySeconds)
                  .with(QStringLiteral("alone_sum_s"), parts.fetchSeconds + parts.decodeSeconds + parts.applySeconds)
                  .with(QStringLiteral("parts_are"),
                        QStringLiteral("GET /api/v1/changes pages with a plain client; QJsonDocument + Change::fromJson; "
                                       "Store::applyChanges per page into a fresh cache"))
                  .with(QStringLiteral("feed_mb"), parts.feedBytes / (1024.0 * 1024.0))
                  .with(QStringLiteral("pipelined_s"), parts.pipelinedSeconds)
                  .with(QStringLiteral("pipelined_waiting_s"), parts.pipelinedWaiting)
                  .with(QStringLiteral("pipelined_ratio"), (double(cursor) / parts.pipelinedSeconds)
                                                               / (double(count) / baselineSeconds))
                  .with(QStringLiteral("pipelined_is"),
                        QStringLiteral("the same three steps by the bench, with the next page asked for before this one "
                                       "is decoded and applied (the engine asks after applying)"))
                  .with(QStringLiteral("server_fill_ops_per_s"), double(count) / fillSeconds));
        return true;
    }

    // The engine's pull, taken apart: fetching the pages (server and TLS), decoding them
    // (client CPU), applying them (Store::applyChanges, one transaction per page).
    struct Parts {
        double fetchSeconds = 0;
        double fetchServerCpu = 0;
        double fetchBenchCpu = 0;
        double decodeSeconds = 0;
        double applySeconds = 0;
        double feedBytes = 0;
        double pipelinedSeconds = 0;
        double pipelinedWaiting = 0; // of which waiting for the next page
        double decodeJson = 0;       // decodeSeconds: QJsonDocument::fromJson
        double decodeChanges = 0;    // decodeSeconds: Change::fromJson
        double entryPayloads = 0;    // TimelineEntry::fromJson of every entry.add payload (inside the apply)
    };

    QNetworkReply *getPage(qint64 since)
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("since"), QString::number(since));
        query.addQueryItem(QStringLiteral("limit"), QString::number(PageSize));
        return send(m_network, "GET", QStringLiteral("/api/v1/changes"), QByteArray(), query);
    }

    // The body of a finished page request, waiting (bounded) for it to finish.
    std::optional<QByteArray> pageBody(QNetworkReply *reply)
    {
        bool finished = reply->isFinished();
        const QMetaObject::Connection connection = QObject::connect(reply, &QNetworkReply::finished, reply, [&] {
            finished = true;
            m_waiter.poke();
        });
        m_waiter.wait([&] { return finished; }, 60000);
        QObject::disconnect(connection);
        const Answer answer = finished ? answerOf(reply, false) : Answer{};
        if (!finished)
            reply->abort();
        reply->deleteLater();
        if (answer.status != 200) {
            failed(QStringLiteral("fetching the feed: HTTP %1 %2").arg(answer.status).arg(answer.error));
            return std::nullopt;
        }
        return answer.body;
    }

    // {"changes":[…],"cursor":N,"more":B} (the server's keys are sorted): the cursor and
    // "more" close the object, read here without parsing the page.
    static bool pageTail(const QByteArray &body, qint64 *cursor, bool *more)
    {
        const qsizetype cursorAt = body.lastIndexOf("\"cursor\":");
        const qsizetype moreAt = body.lastIndexOf("\"more\":");
        if (cursorAt < 0 || moreAt < cursorAt)
            return failed(QStringLiteral("a feed page without cursor and more"));
        const qsizetype digits = cursorAt + 9;
        *cursor = body.mid(digits, body.indexOf(',', digits) - digits).toLongLong();
        *more = body.mid(moreAt + 7).startsWith("true");
        return true;
    }

    // What ApiClient and SyncEngine::onPulled do before the page is applied: the JSON
    // document, then each Change. The two parts' times are added to *jsonSeconds and
    // *changeSeconds when given.
    static bool decodePage(const QByteArray &body, QList<Change> *changes, qint64 *cursor,
                           double *jsonSeconds = nullptr, double *changeSeconds = nullptr)
    {
        QElapsedTimer timer;
        timer.start();
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        if (jsonSeconds)
            *jsonSeconds += secondsOf(timer);
        timer.restart();
        const auto counted = qScopeGuard([&] {
            if (changeSeconds)
                *changeSeconds += secondsOf(timer);
        });
        for (const QJsonValue &item : object.value(QStringLiteral("changes")).toArray()) {
            const Decoded<Change> change = Change::fromJson(item.toObject());
            if (!change)
                return failed(QStringLiteral("undecodable change: ") + change.error);
            changes->append(*change.value);
        }
        *cursor = object.value(QStringLiteral("cursor")).toInteger();
        return true;
    }

    bool freshStore(Store &store, const QString &name)
    {
        if (const OpenResult opened = store.open(cachePath(name)); !opened.ok)
            return failed(opened.error);
        store.setActor(m_person);
        return true;
    }

    // The engine's pull, taken apart: fetching the pages (server and TLS), decoding them
    // (client CPU), applying them (Store::applyChanges, one transaction per page), each
    // alone; then the three again with the next page asked for before this one is decoded
    // and applied (what the engine does not do: it asks after applying).
    bool measureParts(qint64 head, Parts *parts)
    {
        QList<QByteArray> pages;
        const CpuMeter cpu(m_server.pid());
        QElapsedTimer timer;
        timer.start();
        qint64 since = 0;
        for (bool more = true; more;) {
            const std::optional<QByteArray> body = pageBody(getPage(since));
            if (!body || !pageTail(*body, &since, &more))
                return false;
            pages.append(*body);
            parts->feedBytes += double(body->size());
        }
        parts->fetchSeconds = secondsOf(timer);
        std::tie(parts->fetchServerCpu, parts->fetchBenchCpu) = cpu.used();
        if (since != head)
            return failed(QStringLiteral("the feed ended at %1, not %2").arg(since).arg(head));

        timer.restart();
        QList<QPair<QList<Change>, qint64>> decoded;
        for (const QByteArray &body : std::as_const(pages)) {
            decoded.append(QPair<QList<Change>, qint64>());
            if (!decodePage(body, &decoded.last().first, &decoded.last().second, &parts->decodeJson,
                            &parts->decodeChanges))
                return false;
        }
        parts->decodeSeconds = secondsOf(timer);
        // Store::applyChanges decodes each entry.add payload once more (its TimelineEntry):
        // that part of the apply, alone.
        timer.restart();
        qsizetype entriesDecoded = 0;
        for (const auto &page : std::as_const(decoded)) {
            for (const Change &change : page.first) {
                if (change.op.type == OpType::EntryAdd)
                    entriesDecoded += TimelineEntry::fromJson(change.op.payload) ? 1 : 0;
            }
        }
        parts->entryPayloads = secondsOf(timer);
        if (entriesDecoded + 1 != head)
            return failed(QStringLiteral("%1 entry payloads decoded, %2 expected").arg(entriesDecoded).arg(head - 1));
        if (decoded.constLast().second != head)
            return failed(QStringLiteral("the feed's cursor was misread"));

        Store alone;
        if (!freshStore(alone, QStringLiteral("apply-changes")))
            return false;
        timer.restart();
        for (const auto &[changes, cursor] : std::as_const(decoded)) {
            if (const ApplyResult applied = alone.applyChanges(changes, cursor); !applied.ok)
                return failed(QStringLiteral("Store::applyChanges: ") + applied.error);
        }
        parts->applySeconds = secondsOf(timer);
        pages.clear();
        decoded.clear();

        Store pipelined;
        if (!freshStore(pipelined, QStringLiteral("pipelined")))
            return false;
        timer.restart();
        QNetworkReply *next = getPage(0);
        QElapsedTimer waiting;
        while (next) {
            waiting.start();
            const std::optional<QByteArray> body = pageBody(next);
            parts->pipelinedWaiting += secondsOf(waiting);
            qint64 cursor = 0;
            bool more = false;
            if (!body || !pageTail(*body, &cursor, &more))
                return false;
            next = more ? getPage(cursor) : nullptr; // the server works on it meanwhile…
            // …once it has left: QNetworkAccessManager starts a request in a queued call,
            // which would otherwise wait until this page is applied.
            if (next)
                QCoreApplication::sendPostedEvents(next, QEvent::MetaCall);
            QList<Change> changes;
            if (!decodePage(*body, &changes, &cursor))
                return false;
            if (const ApplyResult applied = pipelined.applyChanges(changes, cursor); !applied.ok)
                return failed(QStringLiteral("Store::applyChanges: ") + applied.error);
        }
        parts->pipelinedSeconds = secondsOf(timer);
        if (pipelined.syncCursor() != head)
            return failed(QStringLiteral("the pipelined pull ended at %1, not %2").arg(pipelined.syncCursor()).arg(head));
        return true;
    }

    // --- 2: outbox drain --------------------------------------------------------------------

    bool benchDrain()
    {
        const int count = m_arguments.outbox;
        Console &console = *m_console;
        progress(QStringLiteral("2/3 outbox drain: %1 entries written offline (Store::addEntry, no server configured)")
                     .arg(count));
        console.disconnect();
        QElapsedTimer timer;
        timer.start();
        for (const TimelineEntry &entry : m_maker->next(count)) {
            if (const CommandResult added = console.store.addEntry(entry); !added)
                return failed(QStringLiteral("offline write: ") + added.error);
        }
        const double writeSeconds = secondsOf(timer);
        if (console.store.pendingOpCount() != count)
            return failed(QStringLiteral("%1 ops pending after %2 offline writes").arg(console.store.pendingOpCount()).arg(count));

        // The floor: as many ops of the same kind (entries of their own) posted by a plain
        // client in batches of 500, one request at a time as the engine sends them, each
        // half on a new connection (a TLS handshake, as the reconnecting console has); one
        // half just before the drain, the other just after, so that both see the machine
        // as it was around the drain.
        const int firstHalf = count / 2;
        progress(QStringLiteral("outbox drain baseline, first half: %1 ops posted by a plain client in batches of %2")
                     .arg(firstHalf)
                     .arg(PostBatch));
        double baselineSeconds = 0;
        double halfSeconds = 0;
        qint64 head = 0;
        m_posters.clear();
        if (firstHalf > 0 && !postOps(entryOps(m_maker->next(firstHalf)), 1, &halfSeconds, &head))
            return false;
        baselineSeconds += halfSeconds;

        progress(QStringLiteral("outbox drain: reconnecting, SyncEngine::syncOnce until nothing is pending"));
        QString error;
        if (!console.connect(m_server.baseUrl(), m_fingerprint, m_token, &error))
            return failed(error);
        qint64 drainedNs = -1;
        std::pair<double, double> drainCpu;
        const CpuMeter cpu(m_server.pid());
        const QMetaObject::Connection watch =
            QObject::connect(&console.store, &Store::outboxChanged, &console.store, [&](int pending) {
                if (pending == 0 && drainedNs < 0) {
                    drainedNs = timer.nsecsElapsed();
                    drainCpu = cpu.used();
                }
            });
        timer.restart();
        const std::optional<SyncStatus> status = syncOnce(console);
        const double totalSeconds = secondsOf(timer);
        QObject::disconnect(watch);
        if (!status || status->state != SyncState::Online || drainedNs < 0)
            return failed(QStringLiteral("the outbox was not drained: %1")
                              .arg(status ? status->problem : QStringLiteral("no answer in time")));
        if (const qsizetype rejected = console.store.rejectedOps().size(); rejected > 0)
            return failed(QStringLiteral("the server refused %1 of the pushed ops").arg(rejected));
        const int local = console.store.entryCount(m_incident.id);
        if (console.store.syncCursor() < head + count || local != m_arguments.changes + count + firstHalf)
            return failed(QStringLiteral("after the drain: cursor %1 (at least %2 expected), %3 entries in the cache "
                                         "(%4 expected)")
                              .arg(console.store.syncCursor())
                              .arg(head + count)
                              .arg(local)
                              .arg(m_arguments.changes + count + firstHalf));

        progress(QStringLiteral("outbox drain baseline, second half: %1 ops").arg(count - firstHalf));
        m_posters.clear();
        if (!postOps(entryOps(m_maker->next(count - firstHalf)), 1, &halfSeconds, &head))
            return false;
        baselineSeconds += halfSeconds;

        const double seconds = double(drainedNs) / 1e9;
        report(Figure{QStringLiteral("sync.outbox_drain"), seconds, QStringLiteral("s")}
                  .withBaseline(baselineSeconds)
                  .withGoal(5, false, false)
                  .with(QStringLiteral("ops"), count)
                  .with(QStringLiteral("requests"), (count + PostBatch - 1) / PostBatch)
                  .with(QStringLiteral("ops_per_s"), count / seconds)
                  .with(QStringLiteral("server_cpu_s"), drainCpu.first)
                  .with(QStringLiteral("bench_cpu_s"), drainCpu.second)
                  .with(QStringLiteral("baseline_is"),
                        QStringLiteral("as many entry.add ops posted by a plain client, %1 per request, one request at a "
                                       "time; half just before the drain, half just after")
                            .arg(PostBatch))
                  .with(QStringLiteral("sync_once_s"), totalSeconds)
                  .with(QStringLiteral("sync_once_is"),
                        QStringLiteral("the push, then the pull of the feed since the cursor (our %1 echoes and the "
                                       "baseline's first %2 ops)")
                            .arg(count)
                            .arg(firstHalf))
                  .with(QStringLiteral("offline_write_s"), writeSeconds)
                  .with(QStringLiteral("cache_entries_before"), m_arguments.changes));
        return true;
    }

    // --- 3: live ----------------------------------------------------------------------------

    struct Round {
        QString entryId;
        qint64 sentNs = 0;
        qint64 rawNs = 0;      // on the raw stream reader
        qint64 consoleNs = 0;  // in the receiving console's store
        qint64 answeredNs = 0; // the POST's answer, or the poster's outbox empty again
        qint64 addedNs = 0;    // the poster's Store::addEntry returned (its commit, fsync included)
    };

    bool openRawStream()
    {
        QUrl url = m_server.baseUrl();
        url.setScheme(QStringLiteral("wss"));
        url.setPath(QStringLiteral("/api/v1/stream"));
        m_stream = std::make_unique<RawStream>(m_clock, m_waiter);
        QString error;
        if (!m_stream->open(url, m_tls, m_token, &error))
            return failed(QStringLiteral("the raw stream reader got no hello: ") + error);
        return true;
    }

    bool startLive(Console &console)
    {
        QString error;
        if (!console.engine && !console.connect(m_server.baseUrl(), m_fingerprint, m_token, &error))
            return failed(error);
        const QMetaObject::Connection connection = QObject::connect(
            console.engine.get(), &SyncEngine::statusChanged, console.engine.get(), [this](const SyncStatus &) {
                m_waiter.poke();
            });
        console.engine->start();
        const bool online = m_waiter.wait([&] { return console.engine->status().state == SyncState::Online; }, 60000);
        QObject::disconnect(connection);
        if (!online)
            return failed(QStringLiteral("a console did not get online: %1").arg(console.engine->status().problem));
        return true;
    }

    // One round: an entry posted by the plain client (push == false) or written into the
    // poster console's store (push == true), until it is on the raw stream and in the
    // receiving console's store, and the POST answered (or the poster's outbox is empty).
    std::optional<Round> liveRound(bool push)
    {
        const TimelineEntry entry = m_maker->next();
        m_round = Round{idToString(entry.id), 0, 0, 0, 0, 0};
        m_stream->expect(m_round.entryId);
        QNetworkReply *reply = nullptr;
        m_round.sentNs = m_clock.nsecsElapsed();
        if (push) {
            if (const CommandResult added = m_poster->store.addEntry(entry); !added) {
                failed(QStringLiteral("poster's addEntry: ") + added.error);
                return std::nullopt;
            }
            m_round.addedNs = m_clock.nsecsElapsed();
        } else {
            reply = send(m_network, "POST", QStringLiteral("/api/v1/ops"), opsRequestBody({Op::entryAdd(entry)}));
            QObject::connect(reply, &QNetworkReply::finished, reply, [this] {
                m_round.answeredNs = m_clock.nsecsElapsed();
                m_waiter.poke();
            });
        }
        const bool done = m_waiter.wait(
            [&] { return m_stream->arrival() > 0 && m_round.consoleNs > 0 && m_round.answeredNs > 0; }, RoundTimeoutMs);
        m_round.rawNs = m_stream->arrival();
        m_stream->expect(QString());
        if (reply) {
            reply->disconnect();
            if (m_round.answeredNs == 0)
                reply->abort();
            reply->deleteLater();
        }
        const Round round = m_round;
        m_round = Round{};
        if (!done || m_stream->lost()) {
            failed(QStringLiteral("live round (%1): raw stream %2, console %3, %4 after %5 s; console state %6")
                       .arg(push ? QStringLiteral("push") : QStringLiteral("post"))
                       .arg(round.rawNs > 0 ? QStringLiteral("arrived") : QStringLiteral("missing"))
                       .arg(round.consoleNs > 0 ? QStringLiteral("arrived") : QStringLiteral("missing"))
                       .arg(round.answeredNs > 0 ? QStringLiteral("answered") : QStringLiteral("unanswered"))
                       .arg(RoundTimeoutMs / 1000)
                       .arg(int(m_console->engine->status().state)));
            return std::nullopt;
        }
        return round;
    }

    bool benchLive()
    {
        const int rounds = m_arguments.live;
        progress(QStringLiteral("3/3 live: %1 rounds of an entry posted by a plain client and %1 written in a third "
                                "console, alternating, until they are in a live console's store")
                     .arg(rounds));
        // The poster console starts where the receiving one is: a copy of its cache.
        QString error;
        m_poster = std::make_unique<Console>();
        if (!m_console->copyTo(cachePath(QStringLiteral("poster")), &error)
            || !m_poster->open(cachePath(QStringLiteral("poster")), newId(), &error))
            return failed(error);
        if (!startLive(*m_console) || !startLive(*m_poster) || !openRawStream())
            return false;
        QObject::connect(&m_console->store, &Store::entryAdded, &m_console->store,
                         [this](const QUuid &, const QUuid &entryId) {
                             if (m_round.consoleNs == 0 && !m_round.entryId.isEmpty()
                                 && idToString(entryId) == m_round.entryId) {
                                 m_round.consoleNs = m_clock.nsecsElapsed();
                                 m_waiter.poke();
                             }
                         });
        QObject::connect(&m_poster->store, &Store::outboxChanged, &m_poster->store, [this](int pending) {
            if (pending == 0 && m_round.answeredNs == 0 && m_round.sentNs > 0 && m_pushRound)
                m_round.answeredNs = m_clock.nsecsElapsed();
            m_waiter.poke();
        });

        struct Samples {
            QList<double> console;
            QList<double> raw;
            QList<double> extra;
            QList<double> answered;
            QList<double> added;
        };
        Samples post;
        Samples push;
        for (int i = -WarmupRounds; i < rounds; ++i) {
            for (const bool viaConsole : {false, true}) {
                m_pushRound = viaConsole;
                const std::optional<Round> round = liveRound(viaConsole);
                m_pushRound = false;
                if (!round)
                    return false;
                if (i < 0)
                    continue;
                Samples &samples = viaConsole ? push : post;
                samples.console.append(double(round->consoleNs - round->sentNs) / 1e6);
                samples.raw.append(double(round->rawNs - round->sentNs) / 1e6);
                samples.extra.append(double(round->consoleNs - round->rawNs) / 1e6);
                samples.answered.append(double(round->answeredNs - round->sentNs) / 1e6);
                if (viaConsole)
                    samples.added.append(double(round->addedNs - round->sentNs) / 1e6);
            }
        }
        m_console->engine->stop();
        m_poster->engine->stop();

        for (const bool viaConsole : {false, true}) {
            const Samples &samples = viaConsole ? push : post;
            const QString name = viaConsole ? QStringLiteral("sync.live.push") : QStringLiteral("sync.live");
            for (const int p : {50, 99}) {
                Figure figure{QStringLiteral("%1.p%2_ms").arg(name).arg(p), percentile(samples.console, p),
                              QStringLiteral("ms")};
                figure.withBaseline(percentile(samples.raw, p));
                if (p == 99)
                    figure.withGoal(25, false, false);
                figure.with(QStringLiteral("rounds"), samples.console.size())
                    .with(QStringLiteral("console_minus_raw_ms"), percentile(samples.extra, p))
                    .with(viaConsole ? QStringLiteral("poster_outbox_empty_ms") : QStringLiteral("post_answer_ms"),
                          percentile(samples.answered, p))
                    .with(QStringLiteral("max_ms"), percentile(samples.console, 100));
                if (viaConsole) // the cost of one local commit at that moment (fsync: synchronous=FULL)
                    figure.with(QStringLiteral("poster_add_entry_ms"), percentile(samples.added, p));
                figure
                    .with(QStringLiteral("measured"),
                          viaConsole ? QStringLiteral("from Store::addEntry in a third console (its engine pushes it) "
                                                      "until Store::entryAdded in the live console")
                                     : QStringLiteral("from just before POST /api/v1/ops (one entry op) until "
                                                      "Store::entryAdded in the live console"))
                    .with(QStringLiteral("baseline_is"),
                          QStringLiteral("the same round's arrival on a raw stream reader (QWebSocket, substring match): "
                                         "the server's own fan-out"));
                report(figure);
            }
        }
        return true;
    }

    const SyncArguments m_arguments;
    QElapsedTimer m_clock;
    Waiter m_waiter;
    QTemporaryDir m_dir;
    ServerHarness m_server;
    QSslConfiguration m_tls;
    QString m_fingerprint;
    QByteArray m_token;
    QUuid m_person;
    Incident m_incident;
    std::unique_ptr<EntryMaker> m_maker;
    QNetworkAccessManager m_network; // the plain client
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_posters;
    std::unique_ptr<Console> m_console; // caught up in 1, drained in 2, receives in 3
    std::unique_ptr<Console> m_poster;  // writes in 3
    std::unique_ptr<RawStream> m_stream;
    bool m_pushRound = false;
    Round m_round;
};

} // namespace

int runSyncBench(const SyncArguments &arguments)
{
    SyncBench bench(arguments);
    return bench.run();
}

} // namespace Sitrep::Bench
