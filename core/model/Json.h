#pragma once

#include "Enums.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace Sitrep {

// The result of decoding one value from JSON: the value, or an error that names the
// field ("incident.severity: …") so that a person or a client can act on it.
template<typename T> struct Decoded {
    std::optional<T> value;
    QString error;

    explicit operator bool() const { return value.has_value(); }
    static Decoded failure(QString why) { return {std::nullopt, std::move(why)}; }
};

// Wire form of a time: ISO 8601 in UTC with milliseconds ("2026-11-30T04:38:13.123Z").
QString timeToJson(const QDateTime &time);
QDateTime timeFromJson(const QString &text); // invalid QDateTime when malformed

enum class Field { Required, Optional };

// Reads the fields of one JSON object, remembering the first problem. Codecs read every
// field and then check ok(), which keeps them linear and the error specific.
class JsonReader
{
public:
    JsonReader(const QJsonObject &object, QString context);

    QString string(const char *key, Field presence = Field::Required);
    QString nonEmptyString(const char *key);
    QUuid id(const char *key, Field presence = Field::Required);
    QDateTime time(const char *key, Field presence = Field::Required);
    bool boolean(const char *key, bool fallback = false);
    int integer(const char *key, Field presence, int fallback = 0);
    QStringList strings(const char *key);
    QList<QUuid> ids(const char *key);
    QJsonArray array(const char *key, Field presence = Field::Optional);
    QJsonObject object(const char *key, Field presence = Field::Optional);

    template<typename E> E enumValue(const char *key, E fallback, Field presence = Field::Required)
    {
        const QString text = string(key, presence);
        if (text.isEmpty()) {
            failIfEmptyRequired(key, presence);
            return fallback;
        }
        if (const auto value = enumFromString<E>(text))
            return *value;
        fail(key, QStringLiteral("unknown value \"%1\"").arg(text));
        return fallback;
    }

    // A required field given as "": a failure (absent and null already are one).
    void failIfEmptyRequired(const char *key, Field presence);
    // Records a failure in a nested codec ("incident.transitions[2].status: …").
    void failNested(const QString &nestedError);
    void fail(const char *key, const QString &why);

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    const QString &context() const { return m_context; }

private:
    QJsonValue present(const char *key, Field presence);

    const QJsonObject m_object; // a copy (implicitly shared): callers pass temporaries
    QString m_context;
    QString m_error;
};

// Writers that leave out empty optional values, so the JSON stays small and a reader
// sees "absent" rather than a null of the wrong type.
void putTime(QJsonObject &object, const char *key, const QDateTime &time);
void putId(QJsonObject &object, const char *key, const QUuid &id);
QJsonArray idsToJson(const QList<QUuid> &ids);

} // namespace Sitrep
