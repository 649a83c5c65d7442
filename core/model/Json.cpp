#include "Json.h"

#include "Ids.h"

#include <cmath>

namespace Sitrep {

QString timeToJson(const QDateTime &time)
{
    // QDateTime::toString goes through the locale-aware formatter: it was a tenth of the
    // cost of writing an op. This writes the same text ("2026-11-30T04:38:13.123Z").
    if (!time.isValid())
        return {};
    const qint64 msecs = time.toMSecsSinceEpoch();
    constexpr qint64 msecsPerDay = 86400000;
    qint64 days = msecs / msecsPerDay;
    qint64 msOfDay = msecs % msecsPerDay;
    if (msOfDay < 0) {
        msOfDay += msecsPerDay;
        --days;
    }
    int year = 0, month = 0, day = 0;
    QDate(1970, 1, 1).addDays(days).getDate(&year, &month, &day);
    if (year < 0 || year > 9999)
        return time.toUTC().toString(Qt::ISODateWithMs);
    char text[24];
    auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    put(0, year, 4);
    text[4] = '-';
    put(5, month, 2);
    text[7] = '-';
    put(8, day, 2);
    text[10] = 'T';
    put(11, int(msOfDay / 3600000), 2);
    text[13] = ':';
    put(14, int(msOfDay / 60000 % 60), 2);
    text[16] = ':';
    put(17, int(msOfDay / 1000 % 60), 2);
    text[19] = '.';
    put(20, int(msOfDay % 1000), 3);
    text[23] = 'Z';
    return QString::fromLatin1(text, 24);
}

namespace {

// The wire's own form, "2026-11-30T04:38:13.123Z", read by hand: QDateTime::fromString was a
// quarter of decoding a page of the change feed. Anything else goes the general way.
std::optional<QDateTime> wireTime(const QString &text)
{
    if (text.size() != 24 || text.at(23) != QLatin1Char('Z') || text.at(4) != QLatin1Char('-')
        || text.at(7) != QLatin1Char('-') || text.at(10) != QLatin1Char('T') || text.at(13) != QLatin1Char(':')
        || text.at(16) != QLatin1Char(':') || text.at(19) != QLatin1Char('.'))
        return std::nullopt;
    const auto number = [&](int from, int length) {
        int value = 0;
        for (int i = from; i < from + length; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const int hour = number(11, 2), minute = number(14, 2), second = number(17, 2), msec = number(20, 3);
    if (!date.isValid() || date.year() < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
        || second > 59 || msec < 0)
        return std::nullopt;
    return QDateTime(date, QTime(hour, minute, second, msec), Qt::UTC);
}

} // namespace

QDateTime timeFromJson(const QString &text)
{
    if (const std::optional<QDateTime> fast = wireTime(text))
        return *fast;
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return {};
    // An offset can move a time written in year 9999 or 0001 out of the years the wire
    // form can write (timeToJson would give ""): refuse it rather than store it.
    time = time.toUTC();
    if (time.date().year() < 1 || time.date().year() > 9999)
        return {};
    return time;
}

JsonReader::JsonReader(const QJsonObject &object, QString context)
    : m_object(object)
    , m_context(std::move(context))
{
}

void JsonReader::fail(const char *key, const QString &why)
{
    if (m_error.isEmpty())
        m_error = m_context + QLatin1Char('.') + QLatin1String(key) + QStringLiteral(": ") + why;
}

void JsonReader::failNested(const QString &nestedError)
{
    if (m_error.isEmpty())
        m_error = nestedError;
}

QJsonValue JsonReader::present(const char *key, Field presence)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if ((value.isUndefined() || value.isNull()) && presence == Field::Required)
        fail(key, QStringLiteral("missing required field"));
    return value;
}

QString JsonReader::string(const char *key, Field presence)
{
    const QJsonValue value = present(key, presence);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        fail(key, QStringLiteral("expected a string"));
        return {};
    }
    // No text of ours has a use for NUL, and PostgreSQL cannot store it in text columns:
    // refused here, alike on every engine, rather than failing later as a storage error.
    if (value.toString().contains(QChar(0))) {
        fail(key, QStringLiteral("must not contain NUL characters (U+0000)"));
        return {};
    }
    return value.toString();
}

QString JsonReader::nonEmptyString(const char *key)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    const QString text = string(key, Field::Required);
    if (value.isString() && text.trimmed().isEmpty())
        fail(key, QStringLiteral("must not be empty"));
    return text;
}

void JsonReader::failIfEmptyRequired(const char *key, Field presence)
{
    // string() lets "" through as a string; for an id, time or enum that is required it
    // would silently be the null value the field must not have.
    if (presence == Field::Required && m_object.value(QLatin1String(key)).isString())
        fail(key, QStringLiteral("must not be empty"));
}

QUuid JsonReader::id(const char *key, Field presence)
{
    const QString text = string(key, presence);
    if (text.isEmpty()) {
        failIfEmptyRequired(key, presence);
        return {};
    }
    const QUuid id = idFromString(text);
    if (id.isNull())
        fail(key, QStringLiteral("malformed id \"%1\"").arg(text.left(64)));
    return id;
}

QDateTime JsonReader::time(const char *key, Field presence)
{
    const QString text = string(key, presence);
    if (text.isEmpty()) {
        failIfEmptyRequired(key, presence);
        return {};
    }
    const QDateTime time = timeFromJson(text);
    if (!time.isValid())
        fail(key, QStringLiteral("malformed time \"%1\" (expected ISO 8601, e.g. 2026-11-30T04:38:13.123Z)").arg(text.left(64)));
    return time;
}

bool JsonReader::boolean(const char *key, bool fallback)
{
    const QJsonValue value = present(key, Field::Optional);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isBool()) {
        fail(key, QStringLiteral("expected true or false"));
        return fallback;
    }
    return value.toBool();
}

int JsonReader::integer(const char *key, Field presence, int fallback)
{
    const QJsonValue value = present(key, presence);
    if (value.isUndefined() || value.isNull())
        return fallback;
    const double number = value.toDouble();
    // The range first: converting a double outside qint64's range (1e300) is undefined.
    if (!value.isDouble() || !(number >= -2147483648.0 && number <= 2147483647.0) || number != std::trunc(number)) {
        fail(key, QStringLiteral("expected an integer"));
        return fallback;
    }
    return int(number);
}

QJsonArray JsonReader::array(const char *key, Field presence)
{
    const QJsonValue value = present(key, presence);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray()) {
        fail(key, QStringLiteral("expected an array"));
        return {};
    }
    return value.toArray();
}

QJsonObject JsonReader::object(const char *key, Field presence)
{
    const QJsonValue value = present(key, presence);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isObject()) {
        fail(key, QStringLiteral("expected an object"));
        return {};
    }
    return value.toObject();
}

QStringList JsonReader::strings(const char *key)
{
    QStringList result;
    const QJsonArray items = array(key);
    for (const QJsonValue &item : items) {
        if (!item.isString()) {
            fail(key, QStringLiteral("expected an array of strings"));
            return {};
        }
        if (item.toString().contains(QChar(0))) {
            fail(key, QStringLiteral("must not contain NUL characters (U+0000)"));
            return {};
        }
        result.append(item.toString());
    }
    return result;
}

QList<QUuid> JsonReader::ids(const char *key)
{
    QList<QUuid> result;
    const QJsonArray items = array(key);
    for (const QJsonValue &item : items) {
        const QUuid id = item.isString() ? idFromString(item.toString()) : QUuid();
        if (id.isNull()) {
            fail(key, QStringLiteral("expected an array of ids"));
            return {};
        }
        result.append(id);
    }
    return result;
}

void putTime(QJsonObject &object, const char *key, const QDateTime &time)
{
    if (time.isValid())
        object.insert(QLatin1String(key), timeToJson(time));
}

void putId(QJsonObject &object, const char *key, const QUuid &id)
{
    if (!id.isNull())
        object.insert(QLatin1String(key), idToString(id));
}

QJsonArray idsToJson(const QList<QUuid> &ids)
{
    QJsonArray array;
    for (const QUuid &id : ids)
        array.append(idToString(id));
    return array;
}

} // namespace Sitrep
