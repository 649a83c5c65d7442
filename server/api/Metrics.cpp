#include "Metrics.h"

#include <QList>
#include <QTextStream>

#include <algorithm>

namespace Sitrep::Server {

void Metrics::recordRequest(const QString &route, int status, double seconds)
{
    std::lock_guard lock(m_mutex);
    ++m_requests[qMakePair(route, status)];
    for (std::size_t i = 0; i < Buckets.size(); ++i) {
        if (seconds <= Buckets[i])
            ++m_latencyBuckets[i];
    }
    ++m_latencyCount;
    m_latencySum += seconds;
}

void Metrics::recordOp(const QString &status)
{
    std::lock_guard lock(m_mutex);
    ++m_ops[status];
}

void Metrics::recordLoginFailure()
{
    std::lock_guard lock(m_mutex);
    ++m_loginFailures;
}

void Metrics::setConnectionsGauge(std::function<int()> gauge)
{
    std::lock_guard lock(m_mutex);
    m_connections = std::move(gauge);
}

void Metrics::setStreamsGauge(std::function<int()> gauge)
{
    std::lock_guard lock(m_mutex);
    m_streams = std::move(gauge);
}

QByteArray Metrics::exposition() const
{
    std::lock_guard lock(m_mutex);
    QByteArray text;
    QTextStream out(&text);
    out << "# HELP sitrep_http_requests_total HTTP requests by route pattern and status.\n"
        << "# TYPE sitrep_http_requests_total counter\n";
    // Sorted, so two scrapes of the same state are byte-identical.
    QList<QPair<QString, int>> keys = m_requests.keys();
    std::sort(keys.begin(), keys.end());
    for (const auto &key : std::as_const(keys))
        out << "sitrep_http_requests_total{route=\"" << key.first << "\",status=\"" << key.second << "\"} "
            << m_requests.value(key) << '\n';
    out << "# HELP sitrep_http_request_duration_seconds Time from a complete request to its response.\n"
        << "# TYPE sitrep_http_request_duration_seconds histogram\n";
    for (std::size_t i = 0; i < Buckets.size(); ++i)
        out << "sitrep_http_request_duration_seconds_bucket{le=\"" << Buckets[i] << "\"} " << m_latencyBuckets[i] << '\n';
    out << "sitrep_http_request_duration_seconds_bucket{le=\"+Inf\"} " << m_latencyCount << '\n'
        << "sitrep_http_request_duration_seconds_sum " << m_latencySum << '\n'
        << "sitrep_http_request_duration_seconds_count " << m_latencyCount << '\n';
    out << "# HELP sitrep_http_connections Open client connections.\n"
        << "# TYPE sitrep_http_connections gauge\n"
        << "sitrep_http_connections " << (m_connections ? m_connections() : 0) << '\n';
    out << "# HELP sitrep_streams_connected Live streams (GET /api/v1/stream) open now.\n"
        << "# TYPE sitrep_streams_connected gauge\n"
        << "sitrep_streams_connected " << (m_streams ? m_streams() : 0) << '\n';
    out << "# HELP sitrep_ops_total Client ops by outcome.\n"
        << "# TYPE sitrep_ops_total counter\n";
    QStringList statuses = m_ops.keys();
    statuses.sort();
    for (const QString &status : std::as_const(statuses))
        out << "sitrep_ops_total{status=\"" << status << "\"} " << m_ops.value(status) << '\n';
    out << "# HELP sitrep_login_failures_total Failed sign-ins (wrong credentials or throttled).\n"
        << "# TYPE sitrep_login_failures_total counter\n"
        << "sitrep_login_failures_total " << m_loginFailures << '\n';
    out.flush();
    return text;
}

} // namespace Sitrep::Server
