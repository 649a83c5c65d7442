#include "SyncLog.h"

namespace Sitrep {
Q_LOGGING_CATEGORY(lcSync, "sitrep.sync")
}
