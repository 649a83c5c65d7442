#pragma once

// Administration on the server binary: `sitrep-server --data DIR COMMAND …`
// (user add|list|disable|set-role, demo, audit verify).

#include <QString>
#include <QStringList>

namespace Sitrep::Server {

struct StoreLocation;

// Runs one command given as the positional arguments on the database at `location`
// (DIR/server.sqlite or --db postgresql://…); returns the process exit code (2 for an
// unknown command or bad usage).
int runAdminCommand(const QStringList &args, const StoreLocation &location);

} // namespace Sitrep::Server
