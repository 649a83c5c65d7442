#include "Report.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace Sitrep::Bench {

namespace {

QString number(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("null");
    // Big throughputs as integers, small latencies with enough digits to compare.
    if (std::abs(value) >= 1000)
        return QString::number(value, 'f', 0);
    return QString::number(value, 'g', 4);
}

QString jsonValue(const QJsonValue &value)
{
    if (value.isDouble())
        return number(value.toDouble());
    // A one-element array is the shortest way to have Qt escape a scalar.
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

} // namespace

void print(const Figure &figure)
{
    // Written by hand rather than with QJsonObject so that the keys keep this order.
    QStringList fields;
    auto add = [&](const char *key, const QString &json) {
        fields.append(QLatin1Char('"') + QLatin1String(key) + QStringLiteral("\": ") + json);
    };
    add("bench", jsonValue(figure.bench));
    add("value", number(figure.value));
    add("unit", jsonValue(figure.unit));
    std::optional<double> ratio;
    if (figure.baseline) {
        add("baseline", number(*figure.baseline));
        if (*figure.baseline != 0) {
            ratio = figure.value / *figure.baseline;
            add("ratio", number(*ratio));
        }
    }
    if (figure.goal) {
        add("goal", number(*figure.goal));
        add("goal_on", jsonValue(figure.goalOnRatio ? QStringLiteral("ratio") : QStringLiteral("value")));
        add("goal_op", jsonValue(figure.goalIsMinimum ? QStringLiteral(">=") : QStringLiteral("<=")));
        const std::optional<double> measured = figure.goalOnRatio ? ratio : std::optional<double>(figure.value);
        if (measured) {
            const bool met = figure.goalIsMinimum ? *measured >= *figure.goal : *measured <= *figure.goal;
            add("met", met ? QStringLiteral("true") : QStringLiteral("false"));
        }
    }
    for (const auto &[key, value] : figure.extra)
        fields.append(jsonValue(key) + QStringLiteral(": ") + jsonValue(value));
    const QByteArray line = (QLatin1Char('{') + fields.join(QStringLiteral(", ")) + QStringLiteral("}\n")).toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

void progress(const QString &message)
{
    const QByteArray line = (QStringLiteral("sitrep-bench: ") + message + QLatin1Char('\n')).toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(samples.size())));
    return samples.at(std::clamp<qsizetype>(rank - 1, 0, samples.size() - 1));
}

double median(const QList<double> &samples)
{
    return percentile(samples, 50);
}

} // namespace Sitrep::Bench
