#include "Metrics.h"

#include <limits>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Sitrep {

namespace {

constexpr double MsPerMinute = 60.0 * 1000.0;

// A clock that ran backwards (a milestone stamped before the declaration by a skewed
// client) counts as zero, not as a negative time.
double minutesBetween(qint64 from, qint64 to)
{
    return std::max(0.0, double(to - from) / MsPerMinute);
}

// The durations of one group, as its incidents are met.
struct Tally {
    int incidents = 0;
    int unacknowledged = 0;
    int unresolved = 0;
    QList<double> toAcknowledge;
    QList<double> toResolve;

    void add(const IncidentFacts &incident)
    {
        ++incidents;
        if (incident.acknowledgedAt > 0)
            toAcknowledge.append(minutesBetween(incident.declaredAt, incident.acknowledgedAt));
        else
            ++unacknowledged;
        if (incident.resolvedAt > 0)
            toResolve.append(minutesBetween(incident.declaredAt, incident.resolvedAt));
        else
            ++unresolved;
    }
};

struct GroupTally {
    Tally current;
    Tally previous;
};

ResponseFigures figuresOf(const QString &key, const GroupTally &tally)
{
    ResponseFigures figures;
    figures.key = key;
    figures.incidents = tally.current.incidents;
    figures.unacknowledged = tally.current.unacknowledged;
    figures.unresolved = tally.current.unresolved;
    figures.toAcknowledge = DurationStats::of(tally.current.toAcknowledge);
    figures.toResolve = DurationStats::of(tally.current.toResolve);
    figures.previousIncidents = tally.previous.incidents;
    figures.previousToAcknowledge = DurationStats::of(tally.previous.toAcknowledge);
    figures.previousToResolve = DurationStats::of(tally.previous.toResolve);
    return figures;
}

// Groups keyed by id (teams, services) or text (severities, tags); keys become text at the end.
template<typename Key> QList<ResponseFigures> rankedFigures(const QHash<Key, GroupTally> &groups)
{
    QList<ResponseFigures> ranked;
    ranked.reserve(groups.size());
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        if constexpr (std::is_same_v<Key, QUuid>)
            ranked.append(figuresOf(Metrics::keyOf(it.key()), it.value()));
        else
            ranked.append(figuresOf(it.key(), it.value()));
    }
    std::sort(ranked.begin(), ranked.end(), [](const ResponseFigures &a, const ResponseFigures &b) {
        return a.incidents != b.incidents ? a.incidents > b.incidents : a.key < b.key;
    });
    return ranked;
}

// The weeks a period touches, and where each begins: an incident's week is then a binary
// search instead of a time-zone conversion per incident.
class Weeks
{
public:
    Weeks(const MetricsFilter &filter, const QTimeZone &zone)
    {
        if (!filter.from.isValid() || !filter.to.isValid() || filter.from >= filter.to)
            return;
        const QDate last = Metrics::weekOf(filter.to.toMSecsSinceEpoch() - 1, zone);
        for (QDate monday = Metrics::weekOf(filter.from.toMSecsSinceEpoch(), zone); monday <= last;
             monday = monday.addDays(7)) {
            m_mondays.append(monday);
            m_starts.append(QDateTime(monday, QTime(0, 0), zone).toMSecsSinceEpoch());
        }
    }
    const QList<QDate> &mondays() const { return m_mondays; }
    qsizetype indexOf(qint64 msecs) const
    {
        const auto after = std::upper_bound(m_starts.cbegin(), m_starts.cend(), msecs);
        return std::max<qsizetype>(0, (after - m_starts.cbegin()) - 1);
    }

private:
    QList<QDate> m_mondays;
    QList<qint64> m_starts;
};

QList<WeekTrend> trendOf(const Weeks &weeks, const QList<Tally> &tallies)
{
    QList<WeekTrend> trend;
    for (qsizetype i = 0; i < weeks.mondays().size(); ++i) {
        const Tally &tally = tallies.at(i);
        trend.append({weeks.mondays().at(i), tally.incidents, DurationStats::of(tally.toAcknowledge),
                      DurationStats::of(tally.toResolve)});
    }
    return trend;
}

int severityOrder(const QString &severity)
{
    // "SEV1" before "SEV2" before "SEV10"; anything else after them, by name.
    bool number = false;
    const int level = severity.startsWith(QLatin1String("SEV")) ? severity.mid(3).toInt(&number) : 0;
    return number ? level : std::numeric_limits<int>::max();
}

// A filter with its period in milliseconds: QDateTime's conversions, per incident, were
// a fifth of the figures' time.
class PeriodBounds
{
public:
    explicit PeriodBounds(const MetricsFilter &filter)
        : m_filter(filter)
        , m_from(filter.from.toMSecsSinceEpoch())
        , m_to(filter.to.toMSecsSinceEpoch())
    {
    }
    bool matches(const IncidentFacts &incident) const
    {
        return incident.declaredAt >= m_from && incident.declaredAt < m_to
            && (m_filter.team.isNull() || incident.owningTeam == m_filter.team)
            && (m_filter.severity.isEmpty() || incident.severity == m_filter.severity)
            && (m_filter.service.isNull() || incident.services.contains(m_filter.service));
    }

private:
    const MetricsFilter &m_filter;
    qint64 m_from;
    qint64 m_to;
};

} // namespace

MetricsFilter MetricsFilter::previous() const
{
    MetricsFilter before = *this;
    before.to = from;
    before.from = from.addMSecs(-from.msecsTo(to));
    return before;
}

DurationStats DurationStats::of(QList<double> minutes)
{
    DurationStats stats;
    stats.count = int(minutes.size());
    if (minutes.isEmpty())
        return stats;
    stats.mean = std::accumulate(minutes.cbegin(), minutes.cend(), 0.0) / double(minutes.size());
    stats.median = Metrics::percentileOf(minutes, 0.5);
    stats.p90 = Metrics::percentileOf(minutes, 0.9);
    return stats;
}

BoxStats BoxStats::of(QList<double> minutes)
{
    BoxStats box;
    box.count = int(minutes.size());
    if (minutes.isEmpty())
        return box;
    const auto [lowest, highest] = std::minmax_element(minutes.cbegin(), minutes.cend());
    box.min = *lowest;
    box.max = *highest;
    box.q1 = Metrics::percentileOf(minutes, 0.25);
    box.median = Metrics::percentileOf(minutes, 0.5);
    box.q3 = Metrics::percentileOf(minutes, 0.75);
    return box;
}

const QList<ResponseFigures> &MetricsDashboard::by(MetricsDimension dimension) const
{
    switch (dimension) {
    case MetricsDimension::Team:
        return byTeam;
    case MetricsDimension::Severity:
        return bySeverity;
    case MetricsDimension::Service:
        return byService;
    case MetricsDimension::Tag:
        break;
    }
    return byTag;
}

namespace Metrics {

QString keyOf(const QUuid &id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

double percentileOf(QList<double> &values, double p)
{
    // The two order statistics the interpolation needs, by selection rather than a sort:
    // O(n) each instead of O(n log n), which was most of the dashboard's compute time.
    if (values.isEmpty())
        return 0;
    const double rank = std::clamp(p, 0.0, 1.0) * double(values.size() - 1);
    const auto below = qsizetype(std::floor(rank));
    std::nth_element(values.begin(), values.begin() + below, values.end());
    const double low = values.at(below);
    if (below + 1 >= values.size() || rank == double(below))
        return low;
    const double high = *std::min_element(values.cbegin() + below + 1, values.cend());
    return low + (rank - double(below)) * (high - low);
}

QDate weekOf(qint64 msecsSinceEpoch, const QTimeZone &zone)
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, zone).date();
    return day.addDays(1 - day.dayOfWeek());
}

bool inGroup(const IncidentFacts &incident, MetricsDimension dimension, const QString &key)
{
    switch (dimension) {
    case MetricsDimension::Team:
        return keyOf(incident.owningTeam) == key;
    case MetricsDimension::Severity:
        return incident.severity == key;
    case MetricsDimension::Service:
        return key.isEmpty() ? incident.services.isEmpty()
                             : std::any_of(incident.services.cbegin(), incident.services.cend(),
                                           [&key](const QUuid &service) { return keyOf(service) == key; });
    case MetricsDimension::Tag:
        return key.isEmpty() ? incident.tags.isEmpty() : incident.tags.contains(key);
    }
    return false;
}

MetricsDashboard compute(const QList<IncidentFacts> &facts, const MetricsFilter &filter, const QTimeZone &zone)
{
    MetricsDashboard dashboard;
    dashboard.filter = filter;
    const MetricsFilter before = filter.previous();
    const PeriodBounds inPeriod(filter);
    const PeriodBounds inPeriodBefore(before);
    const Weeks weeks(filter, zone);
    const Weeks previousWeeks(before, zone);
    dashboard.weeks = weeks.mondays();

    GroupTally overall;
    QHash<QUuid, GroupTally> teams;
    QHash<QString, GroupTally> severities;
    QHash<QUuid, GroupTally> services;
    QHash<QString, GroupTally> tags;
    QList<Tally> perWeek(weeks.mondays().size());
    QList<Tally> previousPerWeek(previousWeeks.mondays().size());
    QHash<QUuid, ServiceDensity> density;

    for (const IncidentFacts &incident : facts) {
        const bool current = inPeriod.matches(incident);
        if (!current && !inPeriodBefore.matches(incident))
            continue;
        auto count = [&incident, current](GroupTally &group) {
            (current ? group.current : group.previous).add(incident);
        };
        count(overall);
        count(teams[incident.owningTeam]);
        count(severities[incident.severity]);
        if (incident.services.isEmpty())
            count(services[QUuid()]);
        for (const QUuid &service : incident.services)
            count(services[service]);
        if (incident.tags.isEmpty())
            count(tags[QString()]);
        for (const QString &tag : incident.tags)
            count(tags[tag]);
        if (!current) {
            if (!previousPerWeek.isEmpty())
                previousPerWeek[previousWeeks.indexOf(incident.declaredAt)].add(incident);
            continue;
        }
        if (perWeek.isEmpty())
            continue;
        const qsizetype week = weeks.indexOf(incident.declaredAt);
        perWeek[week].add(incident);
        for (const QUuid &service : incident.services) {
            ServiceDensity &row = density[service];
            if (row.perWeek.isEmpty()) {
                row.service = service;
                row.perWeek.resize(perWeek.size());
            }
            ++row.total;
            ++row.perWeek[week];
        }
    }

    dashboard.overall = figuresOf(QString(), overall);
    dashboard.byTeam = rankedFigures(teams);
    dashboard.bySeverity = rankedFigures(severities);
    std::stable_sort(dashboard.bySeverity.begin(), dashboard.bySeverity.end(),
                     [](const ResponseFigures &a, const ResponseFigures &b) {
                         return severityOrder(a.key) < severityOrder(b.key);
                     });
    dashboard.byService = rankedFigures(services);
    dashboard.byTag = rankedFigures(tags);
    dashboard.trend = trendOf(weeks, perWeek);
    dashboard.previousTrend = trendOf(previousWeeks, previousPerWeek);

    dashboard.density = density.values();
    std::sort(dashboard.density.begin(), dashboard.density.end(), [](const ServiceDensity &a, const ServiceDensity &b) {
        return a.total != b.total ? a.total > b.total : a.service.toString() < b.service.toString();
    });

    for (const ResponseFigures &team : std::as_const(dashboard.byTeam)) {
        if (team.incidents == 0)
            continue; // only in the previous period
        const QUuid id = QUuid::fromString(team.key); // the ranking's key of the team's tally
        const Tally &tally = teams.value(id).current;
        dashboard.teams.append({id, BoxStats::of(tally.toAcknowledge), BoxStats::of(tally.toResolve)});
    }
    return dashboard;
}

QList<IncidentFacts> incidentsBehind(const QList<IncidentFacts> &facts, const MetricsFilter &filter,
                                     const MetricsSelection &selection, const QTimeZone &zone)
{
    QList<IncidentFacts> behind;
    const PeriodBounds inPeriod(filter);
    for (const IncidentFacts &incident : facts) {
        if (inPeriod.matches(incident)
            && (!selection.dimension || inGroup(incident, *selection.dimension, selection.key))
            && (!selection.week.isValid() || weekOf(incident.declaredAt, zone) == selection.week))
            behind.append(incident);
    }
    std::sort(behind.begin(), behind.end(),
              [](const IncidentFacts &a, const IncidentFacts &b) { return a.declaredAt > b.declaredAt; });
    return behind;
}

} // namespace Metrics

} // namespace Sitrep
