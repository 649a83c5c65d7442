#include "RedisBaseline.h"

#include "Waiter.h"

#include <QStandardPaths>
#include <QTcpServer>

namespace Sitrep::Bench {

namespace {

const QByteArray Channel = "sitrep-bench";

// One command as a RESP array of bulk strings.
QByteArray command(const QList<QByteArray> &parts)
{
    QByteArray out = '*' + QByteArray::number(parts.size()) + "\r\n";
    for (const QByteArray &part : parts)
        out += '$' + QByteArray::number(part.size()) + "\r\n" + part + "\r\n";
    return out;
}

// Takes one complete reply off the front of the buffer: what pub/sub sends, an array of
// bulk strings and integers, or one simple string, error or integer. Nothing while the
// reply is incomplete.
std::optional<QList<QByteArray>> takeReply(QByteArray &buffer)
{
    qsizetype pos = 0;
    auto line = [&]() -> std::optional<QByteArray> {
        const qsizetype end = buffer.indexOf("\r\n", pos);
        if (end < 0)
            return std::nullopt;
        const QByteArray text = buffer.mid(pos, end - pos);
        pos = end + 2;
        return text;
    };
    // One element: a bulk string's bytes, else the line without its type character.
    auto element = [&]() -> std::optional<QByteArray> {
        const std::optional<QByteArray> header = line();
        if (!header || header->isEmpty())
            return std::nullopt;
        if (header->at(0) != '$')
            return header->mid(1);
        const qsizetype length = header->mid(1).toLongLong();
        if (length < 0)
            return QByteArray();
        if (buffer.size() < pos + length + 2)
            return std::nullopt;
        const QByteArray bytes = buffer.mid(pos, length);
        pos += length + 2;
        return bytes;
    };
    QList<QByteArray> reply;
    if (buffer.startsWith('*')) {
        const std::optional<QByteArray> header = line();
        if (!header)
            return std::nullopt;
        const int count = header->mid(1).toInt();
        for (int i = 0; i < count; ++i) {
            const std::optional<QByteArray> item = element();
            if (!item)
                return std::nullopt;
            reply.append(*item);
        }
    } else {
        const std::optional<QByteArray> item = element();
        if (!item)
            return std::nullopt;
        reply.append(*item);
    }
    buffer.remove(0, pos);
    return reply;
}

// A port nobody listens on now (Redis needs an explicit one).
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

RedisBaseline::RedisBaseline(Waiter &waiter, const QElapsedTimer &clock)
    : m_waiter(waiter)
    , m_clock(clock)
{
}

RedisBaseline::~RedisBaseline()
{
    m_subscribers.clear();
    m_publisher.abort();
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
    }
}

bool RedisBaseline::start(QString *error)
{
    const QString binary = QStandardPaths::findExecutable(QStringLiteral("redis-server"));
    if (binary.isEmpty()) {
        *error = QStringLiteral("redis-server is not installed (Debian package redis-server)");
        return false;
    }
    m_port = freePort();
    if (m_port == 0 || !m_dir.isValid()) {
        *error = QStringLiteral("no free port or temporary folder for redis-server");
        return false;
    }
    // In memory only, on loopback; the working folder is a temporary one.
    m_process.setWorkingDirectory(m_dir.path());
    m_process.setStandardOutputFile(m_dir.filePath(QStringLiteral("redis.log")));
    m_process.setStandardErrorFile(m_dir.filePath(QStringLiteral("redis.log")), QIODevice::Append);
    m_process.start(binary, {QStringLiteral("--port"), QString::number(m_port), QStringLiteral("--bind"),
                             QStringLiteral("127.0.0.1"), QStringLiteral("--save"), QString(),
                             QStringLiteral("--appendonly"), QStringLiteral("no"), QStringLiteral("--dir"), m_dir.path()});
    if (!m_process.waitForStarted(5000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(binary, m_process.errorString());
        return false;
    }
    m_publisher.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    QObject::connect(&m_publisher, &QTcpSocket::readyRead, &m_publisher, [this] {
        m_publisherBuffer += m_publisher.readAll();
        m_waiter.poke();
    });
    QObject::connect(&m_publisher, &QTcpSocket::stateChanged, &m_publisher, [this] { m_waiter.poke(); });
    // It takes a moment to listen: retry the connection until PING answers.
    QElapsedTimer started;
    started.start();
    while (started.elapsed() < 10000 && m_process.state() == QProcess::Running) {
        m_publisher.connectToHost(QHostAddress::LocalHost, m_port);
        if (m_waiter.wait([this] { return m_publisher.state() == QAbstractSocket::ConnectedState
                                              || m_publisher.state() == QAbstractSocket::UnconnectedState; },
                          1000)
            && m_publisher.state() == QAbstractSocket::ConnectedState)
            break;
        m_publisher.abort();
        m_waiter.wait([] { return false; }, 100);
    }
    if (m_publisher.state() != QAbstractSocket::ConnectedState) {
        *error = QStringLiteral("redis-server did not listen on port %1").arg(m_port);
        return false;
    }
    m_publisher.write(command({"INFO", "server"}));
    std::optional<QList<QByteArray>> info;
    if (!m_waiter.wait([&] { return info.has_value() || (info = takeReply(m_publisherBuffer)).has_value(); }, 5000) || info->isEmpty()) {
        *error = QStringLiteral("redis-server did not answer INFO");
        return false;
    }
    for (const QByteArray &line : info->constFirst().split('\n')) {
        if (line.startsWith("redis_version:"))
            m_version = QString::fromLatin1(line.mid(14).trimmed());
    }
    m_publisherBuffer.clear();
    return true;
}

bool RedisBaseline::setSubscribers(int count, QString *error)
{
    while (int(m_subscribers.size()) > count)
        m_subscribers.pop_back(); // closes the socket
    m_subscribed = int(std::count_if(m_subscribers.begin(), m_subscribers.end(),
                                     [](const auto &subscriber) { return subscriber->subscribed; }));
    while (int(m_subscribers.size()) < count) {
        auto subscriber = std::make_unique<Subscriber>();
        subscriber->socket = std::make_unique<QTcpSocket>();
        Subscriber *raw = subscriber.get();
        QObject::connect(raw->socket.get(), &QTcpSocket::readyRead, raw->socket.get(),
                         [this, raw] { onSubscriberData(*raw); });
        QObject::connect(raw->socket.get(), &QTcpSocket::connected, raw->socket.get(),
                         [raw] { raw->socket->write(command({"SUBSCRIBE", Channel})); });
        raw->socket->connectToHost(QHostAddress::LocalHost, m_port);
        m_subscribers.push_back(std::move(subscriber));
    }
    if (!m_waiter.wait([this, count] { return m_subscribed >= count; }, 20000)) {
        *error = QStringLiteral("only %1 of %2 Redis subscribers subscribed").arg(m_subscribed).arg(count);
        return false;
    }
    return true;
}

void RedisBaseline::onSubscriberData(Subscriber &subscriber)
{
    const qint64 now = m_clock.nsecsElapsed();
    subscriber.buffer += subscriber.socket->readAll();
    while (std::optional<QList<QByteArray>> reply = takeReply(subscriber.buffer)) {
        if (reply->size() == 3 && reply->at(0) == "subscribe") {
            subscriber.subscribed = true;
            ++m_subscribed;
        } else if (reply->size() == 3 && reply->at(0) == "message" && !m_tag.isEmpty() && reply->at(2).startsWith(m_tag)) {
            --m_waiting;
            m_lastArrivalNs = now;
        }
    }
    m_waiter.poke();
}

std::optional<double> RedisBaseline::round(int payloadBytes, int timeoutMs)
{
    m_tag = "round-" + QByteArray::number(++m_rounds) + ' ';
    const QByteArray payload = m_tag + QByteArray(std::max<qsizetype>(0, payloadBytes - m_tag.size()), 'x');
    const QByteArray message = command({"PUBLISH", Channel, payload});
    m_waiting = int(m_subscribers.size());
    m_publisherBuffer.clear();
    const qint64 sent = m_clock.nsecsElapsed();
    m_publisher.write(message);
    m_publisher.flush();
    const bool arrived = m_waiter.wait([this] { return m_waiting <= 0 && m_publisherBuffer.endsWith("\r\n"); }, timeoutMs);
    m_tag.clear();
    if (!arrived)
        return std::nullopt;
    return double(m_lastArrivalNs - sent) / 1e6;
}

} // namespace Sitrep::Bench
