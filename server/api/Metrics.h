#pragma once

#include <QHash>
#include <QString>

#include <array>
#include <functional>
#include <mutex>

namespace Sitrep::Server {

// The server's figures for Prometheus (GET /metrics, text format 0.0.4): requests by
// route and status, a latency histogram, open connections and streams, ops by outcome, failed
// sign-ins. Labels carry route patterns and fixed words only, never ids or names, so
// nothing of a restricted incident can appear here. Thread-safe.
class Metrics
{
public:
    void recordRequest(const QString &route, int status, double seconds);
    void recordOp(const QString &status);
    void recordLoginFailure();
    void setConnectionsGauge(std::function<int()> gauge);
    void setStreamsGauge(std::function<int()> gauge);

    QByteArray exposition() const;

private:
    static constexpr std::array<double, 11> Buckets{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5};

    mutable std::mutex m_mutex;
    QHash<QPair<QString, int>, quint64> m_requests;
    std::array<quint64, Buckets.size()> m_latencyBuckets{};
    quint64 m_latencyCount = 0;
    double m_latencySum = 0;
    QHash<QString, quint64> m_ops;
    quint64 m_loginFailures = 0;
    std::function<int()> m_connections;
    std::function<int()> m_streams;
};

} // namespace Sitrep::Server
