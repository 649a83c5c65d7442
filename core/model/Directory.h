#pragma once

#include "Json.h"

namespace Sitrep {

// The organisation the incidents happen in: teams, their people, and the services they own.

struct Team {
    QUuid id;
    QString name;
    QString businessUnit;
    bool operator==(const Team &) const = default;
    QJsonObject toJson() const;
    static Decoded<Team> fromJson(const QJsonObject &object);
};

struct Person {
    QUuid id;
    QString name;
    QString handle; // for @mentions, e.g. "achen"
    QString email;
    QUuid teamId;
    bool operator==(const Person &) const = default;
    QJsonObject toJson() const;
    static Decoded<Person> fromJson(const QJsonObject &object);
};

struct Service {
    QUuid id;
    QString name;
    QUuid ownerTeamId;
    int tier = 2; // 1 (most critical) … 4
    bool operator==(const Service &) const = default;
    QJsonObject toJson() const;
    static Decoded<Service> fromJson(const QJsonObject &object);
};

// The whole organisation as the team server serves it (GET /api/v1/directory) and an
// admin imports it (`sitrep-server directory import FILE`): {"teams","people","services"}.
struct Directory {
    QList<Team> teams;
    QList<Person> people;
    QList<Service> services;
    bool operator==(const Directory &) const = default;
    QJsonObject toJson() const;
    static Decoded<Directory> fromJson(const QJsonObject &object);
};

} // namespace Sitrep
