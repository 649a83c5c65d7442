#include "ServerLog.h"

namespace Sitrep::Server {
Q_LOGGING_CATEGORY(lcServer, "sitrep.server")
Q_LOGGING_CATEGORY(lcHttp, "sitrep.http")
} // namespace Sitrep::Server
