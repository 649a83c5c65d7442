#include "LiveHub.h"

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
    QSet<QUuid> present;
    for (const Subscriber *other : std::as_const(m_subscribers)) {
        present.insert(other->viewing);
        present.insert(other->bridge);
    }
    present.remove(QUuid());
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

QByteArray LiveHub::presenceMessage(const QUuid &incidentId) const
{
    QStringList viewing;
    QStringList bridge;
    QStringList viewingPeople;
    QStringList bridgePeople;
    for (const Subscriber *subscriber : std::as_const(m_subscribers)) {
        // Names for people reading the stream raw; person ids so consoles can match the
        // directory and the bridge roster (an account without a person has no id here).
        const QString person = subscriber->account.personId.isNull() ? QString() : idToString(subscriber->account.personId);
        if (subscriber->viewing == incidentId) {
            viewing.append(subscriber->account.name);
            viewingPeople.append(person);
        }
        if (subscriber->bridge == incidentId) {
            bridge.append(subscriber->account.name);
            bridgePeople.append(person);
        }
    }
    // One entry per person, however many consoles they have open; sorted so that the same
    // state always reads the same.
    for (QStringList *names : {&viewing, &bridge, &viewingPeople, &bridgePeople}) {
        names->removeAll(QString());
        names->sort();
        names->removeDuplicates();
    }
    return compact({{QStringLiteral("type"), QStringLiteral("presence")},
                    {QStringLiteral("incidentId"), idToString(incidentId)},
                    {QStringLiteral("viewing"), QJsonArray::fromStringList(viewing)},
                    {QStringLiteral("bridge"), QJsonArray::fromStringList(bridge)},
                    {QStringLiteral("viewingPeople"), QJsonArray::fromStringList(viewingPeople)},
                    {QStringLiteral("bridgePeople"), QJsonArray::fromStringList(bridgePeople)}});
}

void LiveHub::sendPresence(const QUuid &incidentId)
{
    const QByteArray message = presenceMessage(incidentId);
    for (const Subscriber *subscriber : std::as_const(m_subscribers)) {
        if (m_store.mayView(incidentId, subscriber->account))
            subscriber->send(message);
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
        m_fanOutWanted = true;
    }
    m_fanOutWake.notify_one();
}

// Commits only raise a flag: however many arrive while a push runs, the next push reads
// them all at once. Pushing happens here, not on the committing thread, so that a request
// is answered after its commit without waiting for hundreds of streams.
void LiveHub::runFanOut()
{
    std::unique_lock lock(m_fanOutMutex);
    for (;;) {
        m_fanOutWake.wait(lock, [this] { return m_fanOutWanted || m_fanOutStopping; });
        if (m_fanOutStopping)
            return;
        m_fanOutWanted = false;
        lock.unlock();
        pushCommitted();
        lock.lock();
    }
}

void LiveHub::pushCommitted()
{
    std::lock_guard lock(m_mutex);
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
    }
}

} // namespace Sitrep::Server
