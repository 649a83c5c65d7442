#include "Directory.h"

namespace Sitrep {

QJsonObject Team::toJson() const
{
    QJsonObject object;
    putId(object, "id", id);
    object.insert(QStringLiteral("name"), name);
    if (!businessUnit.isEmpty())
        object.insert(QStringLiteral("businessUnit"), businessUnit);
    return object;
}

Decoded<Team> Team::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, QStringLiteral("team"));
    Team team{reader.id("id"), reader.nonEmptyString("name"), reader.string("businessUnit", Field::Optional)};
    if (!reader.ok())
        return Decoded<Team>::failure(reader.error());
    return {team, {}};
}

QJsonObject Person::toJson() const
{
    QJsonObject object;
    putId(object, "id", id);
    object.insert(QStringLiteral("name"), name);
    object.insert(QStringLiteral("handle"), handle);
    if (!email.isEmpty())
        object.insert(QStringLiteral("email"), email);
    putId(object, "teamId", teamId);
    return object;
}

Decoded<Person> Person::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, QStringLiteral("person"));
    Person person{reader.id("id"), reader.nonEmptyString("name"), reader.nonEmptyString("handle"),
                  reader.string("email", Field::Optional), reader.id("teamId", Field::Optional)};
    if (!reader.ok())
        return Decoded<Person>::failure(reader.error());
    return {person, {}};
}

QJsonObject Service::toJson() const
{
    QJsonObject object;
    putId(object, "id", id);
    object.insert(QStringLiteral("name"), name);
    putId(object, "ownerTeamId", ownerTeamId);
    object.insert(QStringLiteral("tier"), tier);
    return object;
}

Decoded<Service> Service::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, QStringLiteral("service"));
    Service service{reader.id("id"), reader.nonEmptyString("name"), reader.id("ownerTeamId", Field::Optional),
                    reader.integer("tier", Field::Optional, 2)};
    if (reader.ok() && (service.tier < 1 || service.tier > 4))
        reader.fail("tier", QStringLiteral("must be between 1 and 4"));
    if (!reader.ok())
        return Decoded<Service>::failure(reader.error());
    return {service, {}};
}

namespace {

template<typename T> QJsonArray encodeAll(const QList<T> &items)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(item.toJson());
    return array;
}

template<typename T> bool decodeAll(const QJsonObject &object, const char *key, QList<T> &into, QString *error)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isUndefined() && !value.isArray()) {
        *error = QStringLiteral("directory.%1: expected an array").arg(QLatin1String(key));
        return false;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const Decoded<T> item = T::fromJson(array.at(i).toObject());
        if (!item) {
            *error = QStringLiteral("directory.%1[%2]: %3").arg(QLatin1String(key)).arg(i).arg(item.error);
            return false;
        }
        into.append(*item.value);
    }
    return true;
}

} // namespace

QJsonObject Directory::toJson() const
{
    return {{QStringLiteral("teams"), encodeAll(teams)},
            {QStringLiteral("people"), encodeAll(people)},
            {QStringLiteral("services"), encodeAll(services)}};
}

Decoded<Directory> Directory::fromJson(const QJsonObject &object)
{
    Directory directory;
    QString error;
    if (!decodeAll(object, "teams", directory.teams, &error) || !decodeAll(object, "people", directory.people, &error)
        || !decodeAll(object, "services", directory.services, &error))
        return Decoded<Directory>::failure(error);
    return {directory, {}};
}

} // namespace Sitrep
