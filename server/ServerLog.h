#pragma once

#include <QLoggingCategory>

namespace Sitrep::Server {
Q_DECLARE_LOGGING_CATEGORY(lcServer) // "sitrep.server": start, stop, identity, admin
Q_DECLARE_LOGGING_CATEGORY(lcHttp)   // "sitrep.http": connections, limits, protocol errors
} // namespace Sitrep::Server
