#include "Enums.h"

namespace Sitrep {

bool isForwardTransition(IncidentStatus from, IncidentStatus to)
{
    return int(to) > int(from);
}

} // namespace Sitrep
