#pragma once

#include "model/Enums.h"
#include "model/Op.h"

#include <QJsonValue>
#include <QString>

namespace Sitrep::Labels {

// The words a person reads for the domain's closed vocabularies. The wire names in
// model/Enums.h are protocol; these are translated and may change freely.
QString status(IncidentStatus status);
QString kind(EntryKind kind);
// The mandatory bridge roles by name; any other role key is shown as it is.
QString role(const QString &key);
// A few letters for narrow places (the RACI matrix's columns), beside the full name in a
// tooltip; a role the incident added is shown by its key.
QString roleAbbreviation(const QString &key);
// An incident field by its wire name ("severity", "title", …), as a conflict names it.
QString incidentField(const QString &key);
// A field's value as a person reads it: text as it is, lists joined, a status by its label,
// nothing as "(empty)".
QString fieldValue(const QJsonValue &value);
// What a change did, by its op type ("Severity change", "Timeline entry", …).
QString opType(OpType type);

} // namespace Sitrep::Labels
