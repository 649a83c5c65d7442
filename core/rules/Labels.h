#pragma once

#include "model/Enums.h"

#include <QString>

namespace Sitrep::Labels {

// The words a person reads for the domain's closed vocabularies. The wire names in
// model/Enums.h are protocol; these are translated and may change freely.
QString status(IncidentStatus status);
QString kind(EntryKind kind);
// The mandatory bridge roles by name; any other role key is shown as it is.
QString role(const QString &key);

} // namespace Sitrep::Labels
