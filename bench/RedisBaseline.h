#pragma once

// The floor of the live stream's fan-out: Redis pub/sub (Debian's redis-server, started
// here on a free loopback port, no persistence), one PUBLISH → arrival on every one of
// N subscribers. RESP is spoken over plain QTcpSocket, without a client library, so the
// client side costs about what the stream clients' own event loop costs.

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <memory>
#include <optional>
#include <vector>

namespace Sitrep::Bench {

class Waiter;

class RedisBaseline
{
public:
    RedisBaseline(Waiter &waiter, const QElapsedTimer &clock);
    ~RedisBaseline(); // stops redis-server
    RedisBaseline(const RedisBaseline &) = delete;
    RedisBaseline &operator=(const RedisBaseline &) = delete;

    // Finds redis-server on PATH, starts it and connects the publisher. False (with the
    // reason) when it is not installed or does not answer PING.
    bool start(QString *error);
    QString version() const { return m_version; }

    // Opens subscribers until `count` are subscribed to the channel.
    bool setSubscribers(int count, QString *error);
    int subscriberCount() const { return int(m_subscribers.size()); }

    // One PUBLISH of `payloadBytes` bytes; milliseconds until the last subscriber has it,
    // or nothing after the timeout.
    std::optional<double> round(int payloadBytes, int timeoutMs = 10000);

private:
    struct Subscriber {
        std::unique_ptr<QTcpSocket> socket;
        QByteArray buffer;
        bool subscribed = false;
    };
    void onSubscriberData(Subscriber &subscriber);

    Waiter &m_waiter;
    const QElapsedTimer &m_clock;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_version;
    QTcpSocket m_publisher;
    QByteArray m_publisherBuffer;
    std::vector<std::unique_ptr<Subscriber>> m_subscribers;
    int m_subscribed = 0;
    // The round in progress.
    QByteArray m_tag;
    int m_waiting = 0;
    qint64 m_lastArrivalNs = 0;
    int m_rounds = 0;
};

} // namespace Sitrep::Bench
