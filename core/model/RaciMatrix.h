#pragma once

#include "Json.h"

#include <QMap>

namespace Sitrep {

// One cell of a RACI matrix: who is Responsible for an activity, Accountable for it (the
// one who signs it off), Consulted before, or Informed after; None leaves the cell empty.
enum class Raci { None, Responsible, Accountable, Consulted, Informed };

// The cell's letter on the wire and on screen: "R", "A", "C", "I"; "" for None.
QString raciLetter(Raci value);
// The cell for a letter (case-insensitive); nullopt for anything else ("" included).
std::optional<Raci> raciFromLetter(const QString &letter);

struct RaciActivity {
    QString name;
    QMap<QString, Raci> cells; // role key → letter; a role without a cell has None

    Raci cell(const QString &role) const { return cells.value(role, Raci::None); }
    bool operator==(const RaciActivity &) const = default;
};

// An incident's RACI matrix: activities (rows) × roles (columns, role keys, in order).
// Wire form:
//   {"roles": ["incident_commander", …],
//    "activities": [{"name": "Mitigate", "cells": {"incident_commander": "A", …}}, …]}
// The codec checks the form (role keys, unique names, letters, cells of listed roles);
// problem() the rule; Validation::checkRaci the sizes and the rule.
struct RaciMatrix {
    QStringList roles;
    QList<RaciActivity> activities;

    bool isEmpty() const { return roles.isEmpty() && activities.isEmpty(); }
    bool operator==(const RaciMatrix &) const = default;

    // How many roles are Accountable for the activity at index (0 for a bad index).
    int accountableCount(qsizetype activity) const;
    // Empty when every activity has exactly one Accountable role; otherwise a sentence
    // naming the first activity that has none or several.
    QString problem() const;

    // A starting point for an incident of the severity: the usual activities × the
    // mandatory bridge roles (model/RoleAssignment.h). SEV1 and SEV2 keep more people
    // consulted and informed, the comms lead above all; one Accountable everywhere.
    static RaciMatrix defaultFor(const QString &severity);

    // An empty matrix is {}.
    QJsonObject toJson() const;
    static Decoded<RaciMatrix> fromJson(const QJsonObject &object, const QString &context = QStringLiteral("raci"));
};

} // namespace Sitrep
