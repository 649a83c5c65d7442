// The team server's figures (`sitrep-bench server`), a load generator of N clients that
// each hold a live stream (wss) and post ops (HTTPS), against the real sitrep-server
// process on loopback with durable writes (SQLite, WAL, synchronous=FULL):
//  1. 1,000 idle streams: the server's resident memory, beside the same server with none
//  2. fan-out latency at 20 and at 200 streams: one client posts one entry op, until
//     the change has arrived on every other stream; rounds alternate with the same
//     round trip over Redis pub/sub with as many subscribers (the floor)
//  3. sustained ops/s with 200 streams open, every client one request in flight, in
//     batches of --batch ops and then of 1 op
// One process drives every client on one event loop, on the same 2 cores as the server:
// the CPU seconds of both sides go into the figures' context.

#include "LoadClient.h"
#include "RedisBaseline.h"
#include "Report.h"
#include "ServerHarness.h"
#include "StreamClient.h"
#include "Suites.h"
#include "Waiter.h"

#include "model/Ids.h"
#include "model/Op.h"
#include "model/TimelineEntry.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslConfiguration>

#include <cstring>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace Sitrep::Bench {

namespace {

constexpr int SmallRounds = 300;
constexpr int LargeRounds = 100;
constexpr int WarmupRounds = 10;
constexpr int HandshakesAtOnce = 100; // streams opened concurrently
constexpr int RoundTimeoutMs = 10000;
constexpr int DrainTimeoutMs = 15000; // for the streams to catch up after a sustained load

const QString SharedToken = QStringLiteral(
    "one sign-in token shared by all clients: each sign-in costs an argon2id hash, which is not what is measured");

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Op entryOp(const QUuid &incidentId, const QString &body)
{
    TimelineEntry entry;
    entry.id = newId();
    entry.incidentId = incidentId;
    entry.body = body;
    entry.occurredAt = entry.recordedAt = QDateTime::currentDateTimeUtc();
    return Op::entryAdd(entry);
}

struct Answer {
    int status = 0; // 0: no HTTP response
    QJsonObject json;
    QString error;
};

Answer answerOf(const LoadClient::Response &response)
{
    Answer answer;
    answer.status = response.status;
    answer.json = QJsonDocument::fromJson(response.body).object();
    answer.error = response.error;
    return answer;
}

int appliedCount(const Answer &answer)
{
    int applied = 0;
    for (const QJsonValue &result : answer.json.value(QStringLiteral("results")).toArray())
        applied += result.toObject().value(QStringLiteral("status")).toString() == QLatin1String("applied") ? 1 : 0;
    return applied;
}

bool failed(const QString &what)
{
    progress(QStringLiteral("FAILED: ") + what);
    return false;
}

class ServerBench
{
public:
    explicit ServerBench(const ServerArguments &arguments)
        : m_arguments(arguments)
        , m_redis(m_waiter, m_clock)
    {
        m_clock.start();
    }

    int run()
    {
        const bool ok = setUp() && benchIdle() && benchFanOut(m_arguments.streamsSmall, SmallRounds, 25)
            && benchFanOut(m_arguments.streamsLarge, LargeRounds, 50) && benchThroughput(m_arguments.batch)
            && (m_arguments.batch == 1 || benchThroughput(1));
        if (!ok && !m_server.isRunning())
            progress(QStringLiteral("the server is not running; its log ends with:\n") + m_server.logTail());
        closeStreams(0);
        m_clients.clear();
        m_server.stop();
        return ok ? 0 : 1;
    }

private:
    struct Stream {
        std::unique_ptr<StreamClient> socket;
        bool hello = false;
        bool closed = false;
    };

    // One op round on the live stream: who posted it, and who still waits for it.
    struct Round {
        int poster = -1;
        QByteArray opId;
        int waiting = 0;
        qint64 lastArrivalNs = 0;
    };

    // The sustained load: every client has one request in flight until the deadline.
    struct Load {
        int batch = 1;
        qint64 deadlineNs = 0;
        int inFlight = 0;
        qint64 requests = 0;
        qint64 applied = 0;
        qint64 refused = 0; // ops not applied, or requests without a 200
        qint64 lastAnswerNs = 0;
        QList<double> requestMs;
        QString firstError;
    };

    // --- setting up -------------------------------------------------------------------

    bool setUp()
    {
        const qint64 files = raiseOpenFileLimit();
        if (files < m_arguments.idle + 100)
            progress(QStringLiteral("warning: open files limited to %1").arg(files));
        progress(QStringLiteral("starting sitrep-server with a temporary data folder"));
        QString error;
        QString password;
        if (!m_server.startForBench(m_arguments.serverBinary, &password, &error))
            return failed(error);
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.setCaCertificates({m_server.certificate()});
        m_clients.push_back(newClient());

        const Answer session = call(QStringLiteral("/api/v1/session"),
                                    compact({{QStringLiteral("username"), QStringLiteral("bench")},
                                             {QStringLiteral("password"), password}}));
        m_token = session.json.value(QStringLiteral("token")).toString().toLatin1();
        m_clients.front()->setBearerToken(m_token);
        if (session.status != 201 || m_token.isEmpty())
            return failed(QStringLiteral("sign-in: HTTP %1 %2").arg(session.status).arg(session.error));
        const Answer declared = call(QStringLiteral("/api/v1/incidents"),
                                     compact({{QStringLiteral("title"), QStringLiteral("Load test")},
                                              {QStringLiteral("severity"), QStringLiteral("SEV3")}}));
        m_incident = idFromString(declared.json.value(QStringLiteral("id")).toString());
        if (declared.status != 201 || m_incident.isNull())
            return failed(QStringLiteral("declaring the incident: HTTP %1 %2").arg(declared.status).arg(declared.error));

        if (m_redis.start(&error))
            m_redisReady = true;
        else
            progress(QStringLiteral("no Redis baseline (%1): the fan-out figures are printed without one").arg(error));
        return true;
    }

    std::unique_ptr<LoadClient> newClient() const
    {
        const QUrl base = m_server.baseUrl();
        auto client = std::make_unique<LoadClient>(base.host(), quint16(base.port()), m_tls);
        client->setBearerToken(m_token);
        return client;
    }

    void post(int client, const QString &path, const QByteArray &body, LoadClient::Callback done)
    {
        m_clients.at(size_t(client))->post(path.toLatin1(), body, std::move(done));
    }

    // A request whose answer the bench waits for (set-up, warm-up).
    Answer call(const QString &path, const QByteArray &body, int client = 0)
    {
        std::optional<Answer> answer;
        post(client, path, body, [&](const LoadClient::Response &response) {
            answer = answerOf(response);
            m_waiter.poke();
        });
        if (m_waiter.wait([&] { return answer.has_value(); }, 30000))
            return *answer;
        m_clients.at(size_t(client))->abort(); // its callback refers to this frame
        Answer none;
        none.error = QStringLiteral("no answer in 30 s");
        return none;
    }

    // One HTTPS connection per client.
    bool ensureClients(int count)
    {
        const auto had = int(m_clients.size());
        while (int(m_clients.size()) < count)
            m_clients.push_back(newClient());
        if (had >= count)
            return true;
        // A first request on each new connection, so that no TLS handshake is measured.
        // Shared with the handlers, which may outlive a wait that timed out.
        const auto pending = std::make_shared<int>(0);
        const auto bad = std::make_shared<int>(0);
        for (int client = had; client < count; ++client) {
            ++*pending;
            post(client, QStringLiteral("/api/v1/ops"),
                 opsRequestBody({entryOp(m_incident, QStringLiteral("client %1 connected").arg(client))}),
                 [this, pending, bad](const LoadClient::Response &response) {
                     *bad += appliedCount(answerOf(response)) == 1 ? 0 : 1;
                     --*pending;
                     m_waiter.poke();
                 });
        }
        if (!m_waiter.wait([&] { return *pending == 0; }, 60000))
            return failed(QStringLiteral("%1 clients did not get their first answer").arg(*pending));
        if (*bad > 0)
            return failed(QStringLiteral("%1 clients' first op was not applied").arg(*bad));
        return drainDeliveries();
    }

    // --- streams ----------------------------------------------------------------------

    void addStream()
    {
        const int index = int(m_streams.size());
        auto stream = std::make_unique<Stream>();
        const QUrl base = m_server.baseUrl();
        stream->socket = std::make_unique<StreamClient>(base.host(), quint16(base.port()), m_tls);
        StreamClient *socket = stream->socket.get();
        socket->onMessage([this, index](QByteArrayView message) { onStreamMessage(index, message); });
        socket->onClosed([this, index](const QString &) {
            Stream &closed = *m_streams.at(size_t(index));
            if (!closed.closed) {
                closed.closed = true;
                if (closed.hello)
                    --m_openStreams;
                ++m_closedStreams;
            }
            m_waiter.poke();
        });
        m_streams.push_back(std::move(stream));
        socket->open("/api/v1/stream", m_token);
    }

    // Grows to `count` streams that all had their hello, a few handshakes at a time.
    bool openStreams(int count)
    {
        while (int(m_streams.size()) < count) {
            const int target = std::min(count, int(m_streams.size()) + HandshakesAtOnce);
            while (int(m_streams.size()) < target)
                addStream();
            if (!m_waiter.wait([&] { return m_openStreams == target || m_closedStreams > 0; }, 30000) || m_closedStreams > 0)
                return failed(QStringLiteral("%1 of %2 streams opened (%3 closed)")
                                  .arg(m_openStreams)
                                  .arg(target)
                                  .arg(m_closedStreams));
        }
        return true;
    }

    void closeStreams(int keep)
    {
        if (int(m_streams.size()) <= keep)
            return;
        for (size_t i = size_t(keep); i < m_streams.size(); ++i)
            m_streams.at(i)->socket->close();
        m_waiter.wait([&] { return m_openStreams <= keep; }, 5000);
        m_streams.resize(size_t(keep));
        m_openStreams = keep;
        m_closedStreams = 0;
    }

    // The stream's UTF-8 as it arrived: searched, never decoded. (memmem: Qt 6.4's
    // QByteArrayView::count and contains build a Boyer-Moore table at every call, which
    // was a sixth of the bench's CPU at 200 streams.)
    void onStreamMessage(int index, QByteArrayView text)
    {
        const qint64 now = m_clock.nsecsElapsed();
        Stream &stream = *m_streams.at(size_t(index));
        if (!stream.hello) {
            if (occurrences(text, "\"type\":\"hello\"") > 0) {
                stream.hello = true;
                ++m_openStreams;
                m_waiter.poke();
            }
            return;
        }
        // {"changes":[{…,"seq":N,…},…],"type":"changes"} (keys sorted): a change's own
        // "type" is the op's, so the message's is the one at the end.
        if (!text.endsWith("\"type\":\"changes\"}"))
            return;
        m_deliveries += occurrences(text, "\"seq\":"); // one per change
        ++m_changeMessages;
        if (m_round.waiting > 0 && index != m_round.poster && occurrences(text, m_round.opId, 1) > 0) {
            --m_round.waiting;
            m_round.lastArrivalNs = now;
            if (m_changeBytes == 0)
                m_changeBytes = int(text.size());
        }
        m_waiter.poke();
    }

    // How often needle occurs in text (up to `enough`).
    static qint64 occurrences(QByteArrayView text, QByteArrayView needle, qint64 enough = std::numeric_limits<qint64>::max())
    {
        qint64 found = 0;
        const char *at = text.data();
        const char *const end = text.data() + text.size();
        while (found < enough) {
            const void *hit = memmem(at, size_t(end - at), needle.data(), size_t(needle.size()));
            if (!hit)
                break;
            ++found;
            at = static_cast<const char *>(hit) + needle.size();
        }
        return found;
    }

    // Waits until the streams are quiet (nothing arrived for 200 ms), so that a phase
    // does not measure the fan-out of the one before.
    bool drainDeliveries(int timeoutMs = 30000)
    {
        qint64 seen = -1;
        QElapsedTimer quiet;
        quiet.start();
        while (quiet.elapsed() < timeoutMs) {
            seen = m_deliveries;
            m_waiter.wait([] { return false; }, 200);
            if (m_deliveries == seen)
                return true;
        }
        return failed(QStringLiteral("the streams kept receiving for %1 s").arg(timeoutMs / 1000));
    }

    // --- 1: idle streams ----------------------------------------------------------------

    bool benchIdle()
    {
        const int count = m_arguments.idle;
        progress(QStringLiteral("1/4 memory of the server holding %1 idle streams").arg(count));
        m_waiter.wait([] { return false; }, 500);
        const double before = residentMb(m_server.pid());
        QElapsedTimer opening;
        opening.start();
        if (!openStreams(count))
            return false;
        const double openSeconds = double(opening.elapsed()) / 1000;
        m_waiter.wait([] { return false; }, 1000); // heartbeats or late presence settle
        const double after = residentMb(m_server.pid());
        if (before < 0 || after < 0)
            return failed(QStringLiteral("cannot read /proc/%1/status").arg(m_server.pid()));
        print(Figure{QStringLiteral("server.idle_streams_rss_mb"), after, QStringLiteral("MB")}
                  .withBaseline(before)
                  .withGoal(200, false, false)
                  .with(QStringLiteral("streams"), m_openStreams)
                  .with(QStringLiteral("kb_per_stream"), (after - before) * 1024 / count)
                  .with(QStringLiteral("open_seconds"), openSeconds)
                  .with(QStringLiteral("baseline_is"), QStringLiteral("the same server with no stream open"))
                  .with(QStringLiteral("auth"), SharedToken));
        closeStreams(0);
        return true;
    }

    // --- 2: fan-out latency ---------------------------------------------------------------

    // One entry op posted by `poster`: ms from just before the POST until the change has
    // arrived on every other stream; the POST's own answer time goes to postMs.
    std::optional<double> serverRound(int poster, double *postMs)
    {
        const Op op = entryOp(m_incident, QStringLiteral("fan-out round %1").arg(++m_roundsPosted));
        m_round = Round{poster, idToString(op.opId).toLatin1(), m_openStreams - 1, 0};
        bool answered = false;
        int applied = 0;
        qint64 answeredNs = 0;
        const qint64 sent = m_clock.nsecsElapsed();
        post(poster, QStringLiteral("/api/v1/ops"), opsRequestBody({op}), [&](const LoadClient::Response &response) {
            answeredNs = m_clock.nsecsElapsed();
            answered = true;
            applied = appliedCount(answerOf(response));
            m_waiter.poke();
        });
        const bool done = m_waiter.wait([&] { return answered && m_round.waiting <= 0; }, RoundTimeoutMs);
        if (!answered)
            m_clients.at(size_t(poster))->abort(); // its callback refers to this frame
        const int missing = m_round.waiting;
        const qint64 lastArrivalNs = m_round.lastArrivalNs;
        m_round = Round{};
        if (!done || applied != 1) {
            failed(QStringLiteral("round %1: applied %2, %3 streams without the change after %4 s")
                       .arg(m_roundsPosted)
                       .arg(applied)
                       .arg(missing)
                       .arg(RoundTimeoutMs / 1000));
            return std::nullopt;
        }
        *postMs = double(answeredNs - sent) / 1e6;
        return double(lastArrivalNs - sent) / 1e6;
    }

    bool benchFanOut(int streams, int rounds, double goalMs)
    {
        if (streams < 2)
            return failed(QStringLiteral("fan-out needs at least 2 streams"));
        progress(QStringLiteral("%1/4 fan-out at %2 streams: %3 rounds, each beside a Redis pub/sub round")
                     .arg(streams == m_arguments.streamsSmall ? 2 : 3)
                     .arg(streams)
                     .arg(rounds));
        closeStreams(streams);
        if (!openStreams(streams) || !ensureClients(streams))
            return false;
        QString error;
        if (m_redisReady && !m_redis.setSubscribers(streams - 1, &error)) {
            progress(QStringLiteral("no Redis baseline from here on: ") + error);
            m_redisReady = false;
        }
        QList<double> server;
        QList<double> posts;
        QList<double> redis;
        for (int i = -WarmupRounds; i < rounds; ++i) {
            // Posters take turns, so every client's connection and stream takes part.
            double postMs = 0;
            const std::optional<double> latency = serverRound((i + WarmupRounds) % streams, &postMs);
            if (!latency)
                return false;
            // The floor: as many receivers as the server round had (everyone but the poster).
            const std::optional<double> floor =
                m_redisReady ? m_redis.round(std::max(m_changeBytes, 64)) : std::optional<double>();
            if (m_redisReady && !floor) {
                progress(QStringLiteral("a Redis round timed out; no Redis baseline from here on"));
                m_redisReady = false;
            }
            if (i < 0)
                continue;
            server.append(*latency);
            posts.append(postMs);
            if (floor)
                redis.append(*floor);
        }
        const bool withBaseline = redis.size() == server.size();
        for (const int p : {50, 99}) {
            Figure figure{QStringLiteral("server.fanout.%1.p%2_ms").arg(streams).arg(p), percentile(server, p),
                          QStringLiteral("ms")};
            if (withBaseline)
                figure.withBaseline(percentile(redis, p));
            if (p == 99)
                figure.withGoal(goalMs, false, false);
            figure.with(QStringLiteral("streams"), streams)
                .with(QStringLiteral("receivers"), streams - 1)
                .with(QStringLiteral("rounds"), server.size())
                .with(QStringLiteral("post_answer_ms"), percentile(posts, p))
                .with(QStringLiteral("message_bytes"), m_changeBytes)
                .with(QStringLiteral("baseline_is"),
                      withBaseline ? QStringLiteral("Redis %1 pub/sub, PUBLISH to arrival on all %2 subscribers, rounds "
                                                    "alternating with the server's")
                                         .arg(m_redis.version())
                                         .arg(streams - 1)
                                   : QStringLiteral("none: redis-server missing or failed"))
                .with(QStringLiteral("max_ms"), percentile(server, 100));
            print(figure);
        }
        return true;
    }

    // --- 3: sustained throughput -------------------------------------------------------------

    void sendLoad(int client)
    {
        QList<Op> ops;
        ops.reserve(m_load.batch);
        for (int i = 0; i < m_load.batch; ++i)
            ops.append(entryOp(m_incident, QStringLiteral("load op %1 of client %2").arg(m_load.requests).arg(client)));
        ++m_load.requests;
        ++m_load.inFlight;
        const qint64 sent = m_clock.nsecsElapsed();
        post(client, QStringLiteral("/api/v1/ops"), opsRequestBody(ops), [this, client, sent](const LoadClient::Response &response) {
            const qint64 now = m_clock.nsecsElapsed();
            const Answer answer = answerOf(response);
            const int applied = answer.status == 200 ? appliedCount(answer) : 0;
            m_load.applied += applied;
            m_load.refused += m_load.batch - applied;
            if (applied != m_load.batch && m_load.firstError.isEmpty())
                m_load.firstError = QStringLiteral("HTTP %1 %2 %3")
                                        .arg(answer.status)
                                        .arg(answer.error, QString::fromUtf8(compact(answer.json)).left(300));
            m_load.requestMs.append(double(now - sent) / 1e6);
            m_load.lastAnswerNs = now;
            --m_load.inFlight;
            if (now < m_load.deadlineNs)
                sendLoad(client);
            m_waiter.poke();
        });
    }

    bool benchThroughput(int batch)
    {
        const int clients = m_arguments.streamsLarge;
        progress(QStringLiteral("4/4 sustained ops: %1 clients with streams, batches of %2, %3 s")
                     .arg(clients)
                     .arg(batch)
                     .arg(m_arguments.seconds));
        closeStreams(clients);
        if (!openStreams(clients) || !ensureClients(clients) || !drainDeliveries())
            return false;
        m_load = Load{};
        m_load.batch = batch;
        const qint64 deliveriesBefore = m_deliveries;
        const int streams = m_openStreams; // the server may close some during the load
        const qint64 messagesBefore = m_changeMessages;
        const double serverCpuBefore = cpuSeconds(m_server.pid());
        const double benchCpuBefore = cpuSeconds(QCoreApplication::applicationPid());
        const qint64 start = m_clock.nsecsElapsed();
        m_load.deadlineNs = start + qint64(m_arguments.seconds) * 1000000000;
        for (int client = 0; client < clients; ++client)
            sendLoad(client);
        if (!m_waiter.wait([this] { return m_load.inFlight == 0; }, (m_arguments.seconds + 60) * 1000))
            return failed(QStringLiteral("%1 requests still unanswered a minute after the load stopped").arg(m_load.inFlight));
        const double seconds = double(m_load.lastAnswerNs - start) / 1e9;
        const qint64 deliveredInWindow = m_deliveries - deliveriesBefore;
        const qint64 messagesInWindow = m_changeMessages - messagesBefore;
        const double serverCpu = cpuSeconds(m_server.pid()) - serverCpuBefore;
        const double benchCpu = cpuSeconds(QCoreApplication::applicationPid()) - benchCpuBefore;
        const double serverRss = residentMb(m_server.pid()); // changes queued for the streams live here
        // Every applied op goes to every stream: how long the streams lag behind the commits.
        const qint64 expected = m_load.applied * streams;
        const bool drained = m_waiter.wait([&] { return m_deliveries - deliveriesBefore >= expected || m_closedStreams > 0; },
                                           DrainTimeoutMs)
            && m_closedStreams == 0;
        const double drainSeconds = double(m_clock.nsecsElapsed() - m_load.lastAnswerNs) / 1e9;
        const qint64 undelivered = std::max<qint64>(0, expected - (m_deliveries - deliveriesBefore));
        if (!m_load.firstError.isEmpty())
            progress(QStringLiteral("%1 ops not applied; first failure: %2").arg(m_load.refused).arg(m_load.firstError));

        const QString name = batch == m_arguments.batch ? QStringLiteral("server.ops_per_s")
                                                        : QStringLiteral("server.ops_per_s.batch%1").arg(batch);
        print(Figure{name, double(m_load.applied) / seconds, QStringLiteral("ops/s")}
                  .withGoal(2000, false, true)
                  .with(QStringLiteral("batch"), batch)
                  .with(QStringLiteral("clients"), clients)
                  .with(QStringLiteral("streams"), streams)
                  .with(QStringLiteral("seconds"), seconds)
                  .with(QStringLiteral("applied"), double(m_load.applied))
                  .with(QStringLiteral("not_applied"), double(m_load.refused))
                  .with(QStringLiteral("requests"), double(m_load.requests))
                  .with(QStringLiteral("request_p50_ms"), percentile(m_load.requestMs, 50))
                  .with(QStringLiteral("request_p99_ms"), percentile(m_load.requestMs, 99))
                  .with(QStringLiteral("fanout_deliveries_per_s"), double(deliveredInWindow) / seconds)
                  .with(QStringLiteral("fanout_deliveries_due_per_s"), double(expected) / seconds)
                  .with(QStringLiteral("fanout_changes_per_message"),
                        messagesInWindow > 0 ? double(deliveredInWindow) / double(messagesInWindow) : 0.0)
                  .with(QStringLiteral("fanout_all_delivered"), drained)
                  .with(QStringLiteral("fanout_lag_after_last_commit_s"), drainSeconds)
                  .with(QStringLiteral("fanout_undelivered_then"), double(undelivered))
                  .with(QStringLiteral("streams_closed_by_server"), m_closedStreams)
                  .with(QStringLiteral("server_cpu_s"), serverCpu)
                  .with(QStringLiteral("bench_cpu_s"), benchCpu)
                  .with(QStringLiteral("server_rss_mb_after_load"), serverRss)
                  .with(QStringLiteral("durability"), QStringLiteral("SQLite WAL, synchronous=FULL (server default)"))
                  .with(QStringLiteral("auth"), SharedToken));
        if (m_closedStreams > 0 || !drained) {
            progress(QStringLiteral("%1 changes not delivered %2 s after the last commit, %3 streams closed by the server; "
                                    "the next phase opens fresh streams")
                         .arg(undelivered)
                         .arg(drainSeconds, 0, 'f', 1)
                         .arg(m_closedStreams));
            closeStreams(0);
            return true;
        }
        return drainDeliveries();
    }

    const ServerArguments m_arguments;
    QElapsedTimer m_clock;
    Waiter m_waiter;
    ServerHarness m_server;
    RedisBaseline m_redis;
    bool m_redisReady = false;
    QSslConfiguration m_tls;
    QByteArray m_token;
    QUuid m_incident;
    // Index i: client i's HTTPS connection (and stream m_streams[i]).
    std::vector<std::unique_ptr<LoadClient>> m_clients;
    std::vector<std::unique_ptr<Stream>> m_streams;
    int m_openStreams = 0;   // streams that had their hello and are still open
    int m_closedStreams = 0; // closed by the other side since the last closeStreams()
    qint64 m_deliveries = 0;     // changes received on all streams
    qint64 m_changeMessages = 0; // the messages that carried them
    int m_changeBytes = 0;   // the size of one change message, for the Redis payload
    Round m_round;
    int m_roundsPosted = 0;
    Load m_load;
};

} // namespace

int runServerBench(const ServerArguments &arguments)
{
    ServerBench bench(arguments);
    return bench.run();
}

} // namespace Sitrep::Bench
