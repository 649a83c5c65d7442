#pragma once

#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace Sitrep::Bench {

// One measured figure, printed as one JSON object per line on stdout:
//   {"bench": NAME, "value": X, "unit": U, "baseline": Y, "ratio": X/Y,
//    "goal": G, "goal_on": "value"|"ratio", "goal_op": "<="|">=", "met": bool, ...}
// "baseline" (and "ratio") only when a baseline was measured in the same run: these
// machines are noisy, so the ratio is the figure to compare between runs.
struct Figure {
    QString bench;
    double value = 0;
    QString unit;
    std::optional<double> baseline;
    std::optional<double> goal;
    bool goalOnRatio = false;
    bool goalIsMinimum = false; // ">=" (throughput) rather than "<=" (latency, memory)
    QList<QPair<QString, QJsonValue>> extra; // context: counts, sizes, queries

    Figure &withBaseline(double value)
    {
        baseline = value;
        return *this;
    }
    Figure &withGoal(double target, bool onRatio, bool isMinimum)
    {
        goal = target;
        goalOnRatio = onRatio;
        goalIsMinimum = isMinimum;
        return *this;
    }
    Figure &with(const QString &key, const QJsonValue &value)
    {
        extra.append({key, value});
        return *this;
    }
};

// Prints the figure as one JSON line on stdout and flushes, so a run that is stopped
// half-way still leaves every figure measured so far.
void print(const Figure &figure);

// Progress for the person watching: stderr only, stdout stays pure JSON.
void progress(const QString &message);

// Nearest-rank percentile (0–100) of unsorted samples; 0 when there are none.
double percentile(QList<double> samples, double p);
double median(const QList<double> &samples);

} // namespace Sitrep::Bench
