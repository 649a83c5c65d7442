#include "LiveHub.h"

#include "PushPacing.h"
#include "ServerLog.h"
#include "model/Ids.h"
#include "model/Json.h"
#include "storage/ServerStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Sitrep::Server {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray changesMessage(const QJsonArray &changes)
{
    return compact({{QStringLiteral("type"), QStringLiteral("changes")}, {QStringLiteral("changes"), changes}});
}

QByteArray errorMessage(const QString &code, const QString &message)
{
    return compact({{QStringLiteral("type"), QStringLiteral("error")},
                    {QStringLiteral("error"),
                     QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}});
}

// An incident id in a client message: absent or null means none; anything else must be an id.
std::optional<QUuid> optionalId(const QJsonObject &message, const QString &key)
{
    const QJsonValue value = message.value(key);
    if (value.isUndefined() || value.isNull())
        return QUuid();
    const QUuid id = value.isString() ? idFromString(value.toString()) : QUuid();
    if (id.isNull())
        return std::nullopt;
    return id;
}

} // namespace

// One open stream. Its state is guarded by the hub's mutex.
class LiveHub::Subscriber : public StreamPeer
{
public:
    Subscriber(LiveHub &hub, Account account, QByteArray token)
        : account(std::move(account))
        , token(std::move(token))
        , m_hub(hub)
    {
    }

    void opened(std::shared_ptr<StreamChannel> openedChannel) override
    {
        channel = std::move(openedChannel);
        m_hub.attach(this);
    }
    void received(const QByteArray &text) override;
    void heartbeat() override { m_hub.heartbeat(this); }
    void closed() override
    {
        m_hub.detach(this);
        channel.reset();
    }

    void send(const QByteArray &message) const
    {
        if (channel)
            channel->send(message);
    }

    Account account;
    const QByteArray token;
    std::shared_ptr<StreamChannel> channel;
    QUuid viewing; // presence: the incident open on this console
    QUuid bridge;  // presence: the incident whose bridge this person is on

private:
    LiveHub &m_hub;
};

// Client → server: {"type":"presence","viewing":ID|null,"bridge":ID|null}. Anything else
// gets an error message; the stream stays open (a newer client may know more types).
void LiveHub::Subscriber::received(const QByteArray &text)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        send(errorMessage(QStringLiteral("malformed_json"), QStringLiteral("Send one JSON object per message.")));
        return;
    }
    const QJsonObject message = document.object();
    const QString type = message.value(QStringLiteral("type")).toString();
    if (type != QLatin1String("presence")) {
        send(errorMessage(QStringLiteral("unknown_message"),
                          QStringLiteral("Unknown message type \"%1\": this server understands \"presence\".").arg(type)));
        return;
    }
    const std::optional<QUuid> viewingId = optionalId(message, QStringLiteral("viewing"));
    const std::optional<QUuid> bridgeId = optionalId(message, QStringLiteral("bridge"));
    if (!viewingId || !bridgeId) {
        send(errorMessage(QStringLiteral("invalid_message"),
                          QStringLiteral("viewing and bridge take an incident id or null.")));
        return;
    }
    m_hub.setPresence(this, *viewingId, *bridgeId);
}

LiveHub::LiveHub(ServerStore &store, std::chrono::seconds heartbeatInterval)
    : m_store(store)
    , m_heartbeatInterval(heartbeatInterval)
    , m_fannedOutSeq(store.lastSeq())
    , m_instance(QUuid::createUuid())
    , m_fanOutThread([this] { runFanOut(); })
{
}

LiveHub::~LiveHub()
{
    stop();
}

void LiveHub::stop()
{
    {
        std::lock_guard lock(m_fanOutMutex);
        m_fanOutStopping = true;
    }
    m_fanOutWake.notify_one();
    if (m_fanOutThread.joinable())
        m_fanOutThread.join();
}

std::shared_ptr<StreamPeer> LiveHub::subscribe(const Account &account, const QByteArray &token)
{
    return std::make_shared<Subscriber>(*this, account, token);
}

int LiveHub::streamCount() const
{
    std::lock_guard lock(m_mutex);
    return int(m_subscribers.size());
}

// The hello tells the client from which seq on the stream has everything: it pulls
// GET /api/v1/changes up to there and takes the rest from the stream.
void LiveHub::attach(Subscriber *subscriber)
{
    std::lock_guard lock(m_mutex);
    m_subscribers.insert(subscriber);
    subscriber->send(compact({{QStringLiteral("type"), QStringLiteral("hello")},
                              {QStringLiteral("protocol"), ProtocolVersion},
                              {QStringLiteral("seq"), m_fannedOutSeq},
                              {QStringLiteral("user"), subscriber->account.toJson()},
                              {QStringLiteral("heartbeatSeconds"), qint64(m_heartbeatInterval.count())}}));
    QSet<QUuid> present = locallyPresent();
    for (const QUuid &incidentId : m_remotePresence.incidents())
        present.insert(incidentId);
    for (const QUuid &incidentId : std::as_const(present)) {
        if (m_store.mayView(incidentId, subscriber->account))
            subscriber->send(presenceMessage(incidentId));
    }
}

void LiveHub::detach(Subscriber *subscriber)
{
    std::lock_guard lock(m_mutex);
    m_subscribers.remove(subscriber);
    const QUuid viewing = std::exchange(subscriber->viewing, QUuid());
    const QUuid bridge = std::exchange(subscriber->bridge, QUuid());
    for (const QUuid &incidentId : {viewing, bridge}) {
        if (!incidentId.isNull())
            sendPresence(incidentId);
    }
}

void LiveHub::setPresence(Subscriber *subscriber, const QUuid &viewing, const QUuid &bridge)
{
    std::lock_guard lock(m_mutex);
    // An incident the account may not see gets the answer a missing one gets.
    for (const QUuid &incidentId : {viewing, bridge}) {
        if (!incidentId.isNull() && !m_store.mayView(incidentId, subscriber->account)) {
            subscriber->send(errorMessage(QStringLiteral("not_found"),
                                          QStringLiteral("No such incident: %1").arg(idToString(incidentId))));
            return;
        }
    }
    QSet<QUuid> touched{subscriber->viewing, subscriber->bridge, viewing, bridge};
    touched.remove(QUuid());
    subscriber->viewing = viewing;
    subscriber->bridge = bridge;
    for (const QUuid &incidentId : std::as_const(touched))
        sendPresence(incidentId);
}

PresenceLists LiveHub::localPresence(const QUuid &incidentId) const
{
    PresenceLists lists;
    for (const Subscriber *subscriber : std::as_const(m_subscribers)) {
        // An account without a person has no id here.
        const QString person = subscriber->account.personId.isNull() ? QString() : idToString(subscriber->account.personId);
        if (subscriber->viewing == incidentId) {
            lists.viewing.append(subscriber->account.name);
            lists.viewingPeople.append(person);
        }
        if (subscriber->bridge == incidentId) {
            lists.bridge.append(subscriber->account.name);
            lists.bridgePeople.append(person);
        }
    }
    lists.normalise();
    return lists;
}

QSet<QUuid> LiveHub::locallyPresent() const
{
    QSet<QUuid> present;
    for (const Subscriber *subscriber : std::as_const(m_subscribers)) {
        present.insert(subscriber->viewing);
        present.insert(subscriber->bridge);
    }
    present.remove(QUuid());
    return present;
}

QByteArray LiveHub::presenceMessage(const QUuid &incidentId) const
{
    PresenceLists lists = localPresence(incidentId);
    lists.add(m_remotePresence.at(incidentId));
    lists.normalise();
    QJsonObject message{{QStringLiteral("type"), QStringLiteral("presence")}, {QStringLiteral("incidentId"), idToString(incidentId)}};
    lists.writeTo(message);
    return compact(message);
}

void LiveHub::sendPresence(const QUuid &incidentId)
{
    sendPresenceHere(incidentId);
    announcePresence(incidentId);
}

void LiveHub::sendPresenceHere(const QUuid &incidentId)
{
    const QByteArray message = presenceMessage(incidentId);
    for (const Subscriber *subscriber : std::as_const(m_subscribers)) {
        if (m_store.mayView(incidentId, subscriber->account))
            subscriber->send(message);
    }
}

void LiveHub::announcePresence(const QUuid &incidentId)
{
    if (!m_publishPresence)
        return;
    // Valid for a few rounds: one lost announcement does not make anyone vanish, and an
    // instance that died without a word is forgotten soon after.
    const QByteArray payload =
        RemotePresence::announcement(m_instance, incidentId, localPresence(incidentId), m_relayInterval * 3);
    if (payload.size() > RemotePresence::MaxPayloadBytes) {
        qCWarning(lcServer) << "presence on incident" << idToString(incidentId) << "is too long to share with the"
                            << "other server instances (" << payload.size() << "bytes); they keep what they had";
        return;
    }
    m_publishPresence(payload);
}

void LiveHub::relayPresence(std::function<void(const QByteArray &)> publish, std::chrono::milliseconds interval)
{
    {
        // The one place both locks are held: announcePresence reads the interval under
        // m_mutex, the fan-out loop under m_fanOutMutex.
        std::scoped_lock lock(m_mutex, m_fanOutMutex);
        m_publishPresence = std::move(publish);
        m_relayInterval = interval;
        m_resyncWanted = true; // starts the rounds
    }
    m_fanOutWake.notify_one();
}

void LiveHub::hearPresence(const QByteArray &payload)
{
    RemotePresence::Heard heard;
    {
        std::lock_guard lock(m_mutex);
        heard = m_remotePresence.hear(payload, m_instance, RemotePresence::Clock::now());
        if (heard.kind == RemotePresence::Heard::Kind::Update)
            sendPresenceHere(heard.incidentId);
    }
    if (heard.kind == RemotePresence::Heard::Kind::Resync) {
        {
            std::lock_guard lock(m_fanOutMutex);
            m_resyncWanted = true;
        }
        m_fanOutWake.notify_one();
    }
}

void LiveHub::resyncPresence()
{
    {
        std::lock_guard lock(m_fanOutMutex);
        m_resyncWanted = true;
        m_askOthers = true;
    }
    m_fanOutWake.notify_one();
}

void LiveHub::relayRound(bool timed, bool askOthers)
{
    std::lock_guard lock(m_mutex);
    if (!m_publishPresence)
        return;
    if (askOthers)
        m_publishPresence(RemotePresence::resyncRequest(m_instance));
    for (const QUuid &incidentId : locallyPresent())
        announcePresence(incidentId);
    if (timed) {
        for (const QUuid &incidentId : m_remotePresence.expire(RemotePresence::Clock::now()))
            sendPresenceHere(incidentId);
    }
}

// Also where a stream notices that its token was revoked or its account disabled, and
// where a role change reaches it.
void LiveHub::heartbeat(Subscriber *subscriber)
{
    const std::optional<Account> account = m_store.accountForToken(subscriber->token);
    std::lock_guard lock(m_mutex);
    if (!account) {
        if (subscriber->channel)
            subscriber->channel->close(QStringLiteral("Signed out, expired or disabled: sign in again."));
        return;
    }
    subscriber->account = *account;
    subscriber->send(compact({{QStringLiteral("type"), QStringLiteral("heartbeat")},
                              {QStringLiteral("seq"), m_fannedOutSeq},
                              {QStringLiteral("at"), timeToJson(QDateTime::currentDateTimeUtc())}}));
}

void LiveHub::fanOut()
{
    {
        std::lock_guard lock(m_fanOutMutex);
        // Already wanted: the thread is on its way (or waiting out the pacing gap, which
        // a wake-up would only interrupt to wait again).
        if (std::exchange(m_fanOutWanted, true))
            return;
    }
    m_fanOutWake.notify_one();
}

// Commits only raise a flag: however many arrive while a push runs, the next push reads
// them all at once. Pushing happens here, not on the committing thread, so that a request
// is answered after its commit without waiting for hundreds of streams.
void LiveHub::runFanOut()
{
    using Clock = RemotePresence::Clock;
    std::unique_lock lock(m_fanOutMutex);
    Clock::time_point nextRelayRound = Clock::time_point::max();
    PushPacing pacing;
    for (;;) {
        const auto woken = [this] { return m_fanOutWanted || m_resyncWanted || m_fanOutStopping; };
        if (nextRelayRound == Clock::time_point::max())
            m_fanOutWake.wait(lock, woken); // (a wait_until max() may overflow into a busy loop)
        else
            m_fanOutWake.wait_until(lock, nextRelayRound, woken);
        if (m_fanOutStopping)
            return;
        if (m_fanOutWanted && Clock::now() < pacing.nextPushAt()) {
            // Busy: what commits meanwhile goes out with this push.
            m_fanOutWake.wait_until(lock, pacing.nextPushAt(), [this] { return m_fanOutStopping; });
            if (m_fanOutStopping)
                return;
        }
        const bool push = std::exchange(m_fanOutWanted, false);
        const bool resync = std::exchange(m_resyncWanted, false);
        const bool askOthers = std::exchange(m_askOthers, false);
        const bool relaying = m_relayInterval.count() > 0;
        const bool timed = relaying && Clock::now() >= nextRelayRound;
        if (relaying && (timed || nextRelayRound == Clock::time_point::max()))
            nextRelayRound = Clock::now() + m_relayInterval;
        lock.unlock();
        if (push) {
            const Clock::time_point started = Clock::now();
            pacing.pushed(started, pushCommitted());
        }
        if (relaying && (timed || resync))
            relayRound(timed, askOthers);
        lock.lock();
    }
}

int LiveHub::pushCommitted()
{
    std::lock_guard lock(m_mutex);
    int pushed = 0;
    bool more = true;
    while (more) {
        const QList<FanOutChange> changes = m_store.changesForFanOut(m_fannedOutSeq, ServerStore::MaxChangesPerPage, &more);
        if (changes.isEmpty())
            break;
        // One message per page and stream, {"type":"changes","changes":[…]}: at thousands of
        // changes a second a frame (a TLS record and a write) per change and stream is what
        // a server cannot afford. Streams that may see every change of the page share the
        // same bytes (implicitly shared, never copied).
        QJsonArray everything;
        for (const FanOutChange &change : changes)
            everything.append(change.change);
        const QByteArray shared = changesMessage(everything);
        const bool anyRestricted =
            std::any_of(changes.cbegin(), changes.cend(), [](const FanOutChange &change) { return change.restricted; });
        // Need-to-know is asked once per restricted incident and stream in this page.
        QHash<QPair<const Subscriber *, QUuid>, bool> mayView;
        for (const Subscriber *subscriber : std::as_const(m_subscribers)) {
            if (!subscriber->channel)
                continue;
            if (!anyRestricted || subscriber->account.role == AccountRole::Admin) {
                subscriber->channel->send(shared);
                continue;
            }
            QJsonArray allowed;
            for (const FanOutChange &change : changes) {
                if (change.restricted) {
                    const auto key = qMakePair(subscriber, change.incidentId);
                    auto known = mayView.constFind(key);
                    if (known == mayView.constEnd())
                        known = mayView.insert(key, m_store.mayView(change.incidentId, subscriber->account));
                    if (!known.value())
                        continue;
                }
                allowed.append(change.change);
            }
            if (allowed.size() == everything.size())
                subscriber->channel->send(shared);
            else if (!allowed.isEmpty())
                subscriber->channel->send(changesMessage(allowed));
        }
        m_fannedOutSeq = changes.constLast().change.value(QStringLiteral("seq")).toInteger();
        pushed += int(changes.size());
    }
    return pushed;
}

} // namespace Sitrep::Server
