#pragma once

// The permission matrix (model/Permissions.h, shared with the console) and which action an
// op the server checks asks for.

#include "model/Permissions.h"

namespace Sitrep::Server {

struct CheckedOp;

// The action an op asks for (incident.update touching "restricted" is ChangeRestriction,
// else one touching "criticalPhase" ChangeCriticalPhase: whoever may restrict may also
// switch the critical phase, so the stricter action stands for an op doing both).
IncidentAction actionOf(const CheckedOp &checked);

} // namespace Sitrep::Server
