#pragma once

#include "store/Store.h"

#include <QDate>
#include <QTimeZone>

#include <optional>

namespace Sitrep {

// What the dashboard looks at: a period and filters (docs/METRICS.md has the definitions).
struct MetricsFilter {
    QDateTime from;   // inclusive: incidents declared at or after…
    QDateTime to;     // …and before this
    QUuid team;       // null: every team
    QString severity; // empty: every severity
    QUuid service;    // null: every service
    bool operator==(const MetricsFilter &) const = default;

    // The period of the same length just before this one, with the same filters: the
    // trend's comparison.
    MetricsFilter previous() const;
};

// How a figure is grouped. An incident with several services (or tags) counts in each.
enum class MetricsDimension { Team, Severity, Service, Tag };

// What a click on a chart chose: a group of a dimension (none: every incident of the
// filter), and a week (invalid: the whole period).
struct MetricsSelection {
    std::optional<MetricsDimension> dimension;
    QString key; // as in ResponseFigures::key
    QDate week;
    bool operator==(const MetricsSelection &) const = default;
};

// Mean, median and 90th percentile of durations, in minutes; all 0 when count is 0.
struct DurationStats {
    int count = 0;
    double mean = 0;
    double median = 0;
    double p90 = 0;
    bool operator==(const DurationStats &) const = default;
    static DurationStats of(QList<double> minutes);
};

// The five numbers of a box plot, in minutes.
struct BoxStats {
    int count = 0;
    double min = 0;
    double q1 = 0;
    double median = 0;
    double q3 = 0;
    double max = 0;
    bool operator==(const BoxStats &) const = default;
    static BoxStats of(QList<double> minutes);
};

// The response figures of one group (a team, a severity, a service, a tag) or of all.
struct ResponseFigures {
    QString key; // the team's or service's id (no braces), the severity, the tag; empty: none/all
    int incidents = 0;
    int unacknowledged = 0; // not counted in toAcknowledge
    int unresolved = 0;     // not counted in toResolve
    DurationStats toAcknowledge;
    DurationStats toResolve;
    // The same for the previous period (the trend), same group.
    int previousIncidents = 0;
    DurationStats previousToAcknowledge;
    DurationStats previousToResolve;
};

// Incidents declared per week for one service (the density heat map), services ranked.
struct ServiceDensity {
    QUuid service;
    int total = 0;
    QList<int> perWeek; // one count per MetricsDashboard::weeks
};

// One week of the trend line.
struct WeekTrend {
    QDate week; // its Monday
    int incidents = 0;
    DurationStats toAcknowledge;
    DurationStats toResolve;
};

// A team's response pattern, side by side with the others'.
struct TeamDistribution {
    QUuid team; // null: incidents without an owning team
    BoxStats toAcknowledge;
    BoxStats toResolve;
};

// Every figure of the dashboard for one filter.
struct MetricsDashboard {
    MetricsFilter filter;
    ResponseFigures overall;
    // Most incidents first (severities in their own order, SEV1 first), then by key.
    QList<ResponseFigures> byTeam;
    QList<ResponseFigures> bySeverity;
    QList<ResponseFigures> byService;
    QList<ResponseFigures> byTag;
    QList<QDate> weeks; // the Mondays of every week the period touches
    QList<ServiceDensity> density; // busiest service first
    QList<WeekTrend> trend;         // per week of the period…
    QList<WeekTrend> previousTrend; // …and of the period before it
    QList<TeamDistribution> teams;  // busiest team first

    const QList<ResponseFigures> &by(MetricsDimension dimension) const;
};

namespace Metrics {

// Every figure from the facts of the period and of the one before it (facts outside both
// are ignored). Weeks start on Monday at 00:00 in zone.
MetricsDashboard compute(const QList<IncidentFacts> &facts, const MetricsFilter &filter, const QTimeZone &zone);

// The incidents behind one figure: those of the filter's period that the selection
// chose, newest first.
QList<IncidentFacts> incidentsBehind(const QList<IncidentFacts> &facts, const MetricsFilter &filter,
                                     const MetricsSelection &selection, const QTimeZone &zone);

// The Monday of the week (in zone) the moment falls in.
QDate weekOf(qint64 msecsSinceEpoch, const QTimeZone &zone);

// The p-th percentile (0..1) of values, which it reorders (selection, not a sort),
// interpolating linearly between the closest ranks (Hyndman and Fan's type 7, the default
// of R, NumPy and spreadsheets).
double percentileOf(QList<double> &values, double p);

// Whether the incident is in a dimension's group (key as in ResponseFigures::key).
bool inGroup(const IncidentFacts &incident, MetricsDimension dimension, const QString &key);

QString keyOf(const QUuid &id);

} // namespace Metrics

} // namespace Sitrep
