#include "SyncEngine.h"

#include "SyncLog.h"
#include "model/Ids.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRandomGenerator>

namespace Sitrep {

namespace {
// The feed's page size: the server's maximum, so a catch-up takes as few round trips as it can.
constexpr int PullLimit = 1000;


} // namespace

SyncEngine::SyncEngine(Store &store, ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_api(api)
    , m_stream(api.server(), api.trust())
    , m_streamApplier(store)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SyncEngine::step);
    // A write made while connected goes out at once; offline it waits for the retry.
    connect(&m_store, &Store::outboxChanged, this, [this] {
        publish();
        if (m_mode == Mode::Continuous && !m_retry.isActive())
            QTimer::singleShot(0, this, &SyncEngine::step);
    });
    connect(&m_store, &Store::conflictsChanged, this, &SyncEngine::publish);
    connect(&m_stream, &LiveChannel::opened, this, [this](qint64 seq) {
        qCInfo(lcSync) << "stream open at seq" << seq;
        m_stream.sendPresence(m_viewing, m_bridge);
        if (seq > m_store.syncCursor())
            wantPull(seq);
        step();
    });
    connect(&m_stream, &LiveChannel::changesArrived, this, &SyncEngine::onStreamChanges);
    connect(&m_streamApplier, &StreamApplier::applied, this, &SyncEngine::onStreamApplied);
    connect(&m_stream, &LiveChannel::heartbeat, this, [this](qint64 seq) {
        if (seq > m_store.syncCursor()) {
            wantPull(seq);
            step();
        }
    });
    connect(&m_stream, &LiveChannel::pullNeeded, this, [this] {
        wantPull();
        step();
    });
    connect(&m_stream, &LiveChannel::presence, this, &SyncEngine::presenceChanged);
    connect(&m_stream, &LiveChannel::trustRefused, this, [this](const ServerTrust::Judgement &judgement) {
        ApiResponse refused;
        refused.failure = ApiResponse::Failure::Trust;
        refused.judgement = judgement;
        refused.message = judgement.message;
        fail(refused);
    });
    connect(&m_stream, &LiveChannel::lost, this, [this](const QString &reason) {
        if (m_mode != Mode::Continuous)
            return;
        // The feed still works without the stream; pull on the next attempt, then reopen.
        qCInfo(lcSync) << "stream lost:" << reason;
        wantPull();
        if (m_state == SyncState::Online)
            setState(SyncState::Connecting, tr("Reconnecting the live stream: %1").arg(reason));
        retryLater();
    });
}

SyncEngine::~SyncEngine()
{
    blockSignals(true); // stop() keeps what the stream queued; the owner is going away
    stop();
}

void SyncEngine::setBackoff(int firstMs, int maxMs)
{
    m_firstBackoffMs = std::max(1, firstMs);
    m_maxBackoffMs = std::max(m_firstBackoffMs, maxMs);
}

void SyncEngine::start()
{
    m_mode = Mode::Continuous;
    m_streamWanted = true;
    wantPull();
    m_directoryWanted = true;
    m_attempt = 0;
    setState(SyncState::Connecting);
    step();
}

void SyncEngine::syncOnce()
{
    m_mode = Mode::Once;
    m_streamWanted = false;
    wantPull();
    m_directoryWanted = true;
    setState(SyncState::Connecting);
    step();
}

void SyncEngine::stop()
{
    m_mode = Mode::Idle;
    m_retry.stop();
    noteStreamApplied(m_streamApplier.flush()); // the server has them: keep what arrived
    if (m_inFlight)
        m_inFlight->abort();
    m_stream.close();
}

void SyncEngine::setPresence(const QUuid &viewing, const QUuid &bridge)
{
    m_viewing = viewing;
    m_bridge = bridge;
    m_stream.sendPresence(viewing, bridge);
}

SyncStatus SyncEngine::status() const
{
    SyncStatus status;
    status.state = m_state;
    status.pending = m_store.pendingOpCount();
    status.conflicts = m_store.conflictCount();
    status.rejected = m_store.rejectedOpCount();
    status.lastSync = m_lastSync.isValid() ? m_lastSync : m_store.lastSyncedAt();
    status.problem = m_problem;
    status.judgement = m_judgement;
    return status;
}

// The one place that decides what to do next: push what waits, then pull what is new,
// then fetch incidents met in the feed but unknown here, then (continuous) stay on the stream.
void SyncEngine::step()
{
    if (m_mode == Mode::Idle || m_inFlight || m_retry.isActive())
        return;
    if (m_state == SyncState::SignedOut || m_state == SyncState::Untrusted)
        return;
    if (m_store.pendingOpCount() > 0) {
        push();
        return;
    }
    if (m_pullWanted) {
        pull();
        return;
    }
    if (!m_missingIncidents.isEmpty()) {
        fetchMissingIncident();
        return;
    }
    if (!m_staleIncidents.isEmpty()) {
        refreshStaleIncident();
        return;
    }
    if (m_directoryWanted) {
        fetchDirectory();
        return;
    }
    m_attempt = 0;
    m_lastSync = QDateTime::currentDateTimeUtc();
    if (m_mode == Mode::Once) {
        finishOnce();
        return;
    }
    if (m_streamWanted && !m_stream.isOpen()) {
        openStream();
        return;
    }
    setState(m_stream.isOpen() ? SyncState::Online : SyncState::Syncing);
}

void SyncEngine::push()
{
    const QList<OutboxItem> items = m_store.pendingOps(m_batchSize);
    if (items.isEmpty()) {
        step();
        return;
    }
    QList<Op> ops;
    ops.reserve(items.size());
    for (const OutboxItem &item : items)
        ops.append(item.op);
    setState(SyncState::Syncing);
    m_inFlight = m_api.post(QStringLiteral("/api/v1/ops"), opsRequestBody(ops));
    connect(m_inFlight, &ApiReply::finished, this, [this, ops](const ApiResponse &response) {
        m_inFlight = nullptr;
        onPushed(response, ops);
    });
}

void SyncEngine::onPushed(const ApiResponse &response, const QList<Op> &sentOps)
{
    const int sent = int(sentOps.size());
    if (response.status == 413 && sent > 1) {
        // One op made the batch too big: halve until it goes, or until it is alone.
        m_batchSize = std::max(1, sent / 2);
        step();
        return;
    }
    if (response.status == 413) {
        // A single op over the server's limit can never be stored: refused, kept visible.
        const QList<OutboxItem> items = m_store.pendingOps(1);
        if (!items.isEmpty())
            m_store.acknowledge({OpResult{items.first().op.opId, OpResult::Rejected, 0, response.message}});
        step();
        return;
    }
    if (!response.ok()) {
        fail(response);
        return;
    }
    QList<OpResult> results;
    for (const QJsonValue &item : response.body.value(QStringLiteral("results")).toArray()) {
        const Decoded<OpResult> result = OpResult::fromJson(item.toObject());
        if (result)
            results.append(*result.value);
    }
    if (results.size() != sent) {
        ApiResponse broken = response;
        broken.failure = ApiResponse::Failure::Protocol;
        broken.message = tr("The server answered %1 results for %2 ops.").arg(results.size()).arg(sent);
        fail(broken);
        return;
    }
    if (!m_store.acknowledge(results)) {
        ApiResponse broken = response;
        broken.failure = ApiResponse::Failure::Protocol;
        broken.message = tr("Could not record the server's answer in the local cache.");
        fail(broken);
        return;
    }
    // A refused change of an incident's fields would stay here alone: take the server's copy.
    for (qsizetype i = 0; i < results.size(); ++i) {
        const OpType type = sentOps.at(i).type;
        const bool incidentField = type == OpType::IncidentUpdate || type == OpType::IncidentStatus
            || type == OpType::IncidentSeverity;
        if (results.at(i).status == OpResult::Rejected && incidentField
            && !m_staleIncidents.contains(sentOps.at(i).incidentId))
            m_staleIncidents.append(sentOps.at(i).incidentId);
    }
    // Without a stream, our ops come back through the feed: pull after pushing.
    if (!m_stream.isOpen())
        wantPull();
    step();
}

void SyncEngine::pull(qint64 since)
{
    noteStreamApplied(m_streamApplier.flush()); // the cursor the pull starts from is current
    // This pull answers every ask for one made so far (a burst that failed just now too).
    // One made while it is on its way stays if it is about a change past its answer
    // (onPulled): the server may write a change after answering, and the stream, on a
    // connection of its own, can bring it before the answer arrives.
    m_pullWanted = false;
    m_pullWantedUpTo = 0;
    setState(SyncState::Syncing);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), QString::number(since < 0 ? m_store.syncCursor() : since));
    query.addQueryItem(QStringLiteral("limit"), QString::number(PullLimit));
    m_inFlight = m_api.get(QStringLiteral("/api/v1/changes"), query);
    connect(m_inFlight, &ApiReply::finished, this, [this](const ApiResponse &response) {
        m_inFlight = nullptr;
        onPulled(response);
    });
}

void SyncEngine::onPulled(const ApiResponse &response)
{
    if (!response.ok()) {
        fail(response);
        return;
    }
    const qint64 cursor = response.body.value(QStringLiteral("cursor")).toInteger();
    const bool more = response.body.value(QStringLiteral("more")).toBool();
    // Catching up: the next page is asked for before this one is decoded and applied, so
    // the server writes it and the network carries it meanwhile (still one request in
    // flight). Not when writes wait: they go first.
    const bool nextPageAsked = more && m_store.pendingOpCount() == 0;
    if (nextPageAsked)
        pull(cursor);
    const auto broken = [&](const QString &message) {
        if (m_inFlight) { // the page asked for ahead belongs to a pull that stops here
            disconnect(m_inFlight, nullptr, this, nullptr);
            m_inFlight->abort();
            m_inFlight = nullptr;
        }
        ApiResponse failed = response;
        failed.failure = ApiResponse::Failure::Protocol;
        failed.message = message;
        fail(failed);
    };
    QList<Change> changes;
    const QJsonArray items = response.body.value(QStringLiteral("changes")).toArray();
    changes.reserve(items.size());
    for (const QJsonValue &item : items) {
        const Decoded<Change> change = Change::fromJson(item.toObject());
        if (!change) {
            broken(tr("The server sent a change this console cannot read (%1).").arg(change.error));
            return;
        }
        changes.append(*change.value);
    }
    const ApplyResult applied = m_store.applyChanges(changes, cursor);
    if (!applied.ok) {
        broken(applied.error);
        return;
    }
    rememberMissing(applied.unknownIncidents);
    if (more && !nextPageAsked)
        wantPull(); // the rest after the writes that wait
    else if (m_pullWanted && m_pullWantedUpTo <= cursor)
        m_pullWanted = false; // what was asked for while it was on its way is in this answer
    step(); // waits for the page asked for ahead, if any
}

// A change of an incident this cache has never seen (it became visible, e.g. a role made
// us a member): its earlier changes are below the cursor, so it comes whole by REST.
void SyncEngine::fetchMissingIncident()
{
    const QUuid id = m_missingIncidents.constFirst();
    const QString path = QStringLiteral("/api/v1/incidents/") + idToString(id);
    m_inFlight = m_api.get(path);
    connect(m_inFlight, &ApiReply::finished, this, [this, id, path](const ApiResponse &incidentResponse) {
        m_inFlight = nullptr;
        if (incidentResponse.status == 404) { // gone from our view again: nothing to show
            m_missingIncidents.removeAll(id);
            step();
            return;
        }
        if (!incidentResponse.ok()) {
            fail(incidentResponse);
            return;
        }
        m_inFlight = m_api.get(path + QStringLiteral("/timeline"));
        connect(m_inFlight, &ApiReply::finished, this, [this, id, incidentResponse](const ApiResponse &timeline) {
            m_inFlight = nullptr;
            if (!timeline.ok() && timeline.status != 404) {
                fail(timeline);
                return;
            }
            const Decoded<Incident> incident = Incident::fromJson(incidentResponse.body);
            QList<TimelineEntry> entries;
            for (const QJsonValue &item : timeline.body.value(QStringLiteral("items")).toArray()) {
                if (const Decoded<TimelineEntry> entry = TimelineEntry::fromJson(item.toObject()))
                    entries.append(*entry.value);
            }
            if (!incident || !m_store.importIncident(*incident.value, entries))
                qCWarning(lcSync) << "could not import incident" << idToString(id) << incident.error;
            m_missingIncidents.removeAll(id);
            step();
        });
    });
}

void SyncEngine::refreshStaleIncident()
{
    const QUuid id = m_staleIncidents.constFirst();
    m_inFlight = m_api.get(QStringLiteral("/api/v1/incidents/") + idToString(id));
    connect(m_inFlight, &ApiReply::finished, this, [this, id](const ApiResponse &response) {
        m_inFlight = nullptr;
        if (!response.ok() && response.status != 404) {
            fail(response);
            return;
        }
        if (const Decoded<Incident> incident = Incident::fromJson(response.body); response.ok() && incident)
            m_store.refreshIncident(*incident.value);
        m_staleIncidents.removeAll(id);
        step();
    });
}

// The organisation's names (authors, role holders, services). A server without the
// route (older than schema 5) answers 404: the cache keeps what it has.
void SyncEngine::fetchDirectory()
{
    m_inFlight = m_api.get(QStringLiteral("/api/v1/directory"));
    connect(m_inFlight, &ApiReply::finished, this, [this](const ApiResponse &response) {
        m_inFlight = nullptr;
        if (!response.ok() && response.status != 404) {
            fail(response);
            return;
        }
        m_directoryWanted = false;
        if (response.ok()) {
            const Decoded<Directory> directory = Directory::fromJson(response.body);
            if (!directory)
                qCWarning(lcSync) << "the server's directory cannot be read:" << directory.error;
            else if (!directory.value->people.isEmpty() || !directory.value->teams.isEmpty()
                     || !directory.value->services.isEmpty())
                m_store.replaceDirectory(directory.value->teams, directory.value->people, directory.value->services);
        }
        step();
    });
}

void SyncEngine::openStream()
{
    setState(SyncState::Syncing);
    m_stream.open(m_api.token(), m_api.verifiedCertificate());
}

void SyncEngine::onStreamChanges(const QList<Change> &changes)
{
    // Queued when they follow on from the cursor without a hole; anything else (a hole,
    // or changes we cannot see in between) is pulled.
    if (!m_streamApplier.enqueue(changes)) {
        noteStreamApplied(m_streamApplier.flush());
        wantPull(changes.constLast().seq); // a message's changes come in seq order (enqueue reads them so)
        step();
    }
}

void SyncEngine::onStreamApplied(const ApplyResult &applied)
{
    noteStreamApplied(applied);
    step();
}

void SyncEngine::noteStreamApplied(const ApplyResult &applied)
{
    if (applied.ok && applied.applied == 0)
        return;
    if (!applied.ok) {
        qCWarning(lcSync) << applied.error;
        wantPull();
    }
    rememberMissing(applied.unknownIncidents);
    m_lastSync = QDateTime::currentDateTimeUtc();
    publish();
}

void SyncEngine::wantPull(qint64 upTo)
{
    m_pullWanted = true;
    m_pullWantedUpTo = std::max(m_pullWantedUpTo, upTo);
}

void SyncEngine::rememberMissing(const QList<QUuid> &incidents)
{
    for (const QUuid &id : incidents) {
        if (!m_missingIncidents.contains(id))
            m_missingIncidents.append(id);
    }
}

void SyncEngine::fail(const ApiResponse &response)
{
    qCInfo(lcSync) << "sync stopped:" << response.message;
    switch (response.failure) {
    case ApiResponse::Failure::Unauthorized:
        m_stream.close();
        setState(SyncState::SignedOut, response.message);
        break;
    case ApiResponse::Failure::Trust:
        m_stream.close();
        m_judgement = response.judgement;
        setState(SyncState::Untrusted, response.message);
        break;
    default:
        // Network, unavailable, refused, protocol: nothing is lost (the outbox and the
        // cursor are in the cache); try again later, a little later each time.
        m_stream.close();
        setState(SyncState::Offline, response.message);
        wantPull();
        if (m_mode == Mode::Continuous)
            retryLater(response.retryAfterSeconds * 1000);
        break;
    }
    if (m_mode == Mode::Once)
        finishOnce();
}

// Exponential backoff with jitter: attempt n waits a random time between half and all of
// first * 2^n (capped), so a server that comes back is not met by every console at once.
void SyncEngine::retryLater(int atLeastMs)
{
    const qint64 ceiling = std::min<qint64>(m_maxBackoffMs, qint64(m_firstBackoffMs) << std::min(m_attempt, 20));
    const qint64 delay = ceiling / 2 + QRandomGenerator::global()->bounded(ceiling / 2 + 1);
    ++m_attempt;
    m_retry.start(int(std::max<qint64>(delay, atLeastMs)));
}

void SyncEngine::setState(SyncState state, const QString &problem)
{
    const bool changed = state != m_state || problem != m_problem;
    // Kept in the cache when it gets level, so a later start (or sitrepctl status) can say
    // since when; once per arrival, not per stream message.
    if (state == SyncState::Online && m_state != SyncState::Online && m_lastSync.isValid())
        m_store.setLastSyncedAt(m_lastSync);
    m_state = state;
    m_problem = problem;
    if (state != SyncState::Untrusted)
        m_judgement = {};
    if (changed)
        publish();
}

void SyncEngine::finishOnce()
{
    m_mode = Mode::Idle;
    if (m_problem.isEmpty())
        setState(SyncState::Online); // level with the server (no stream in this mode)
    emit onceFinished(status());
}

void SyncEngine::publish()
{
    emit statusChanged(status());
}

} // namespace Sitrep
