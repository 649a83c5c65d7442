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

} // namespace Sitrep
