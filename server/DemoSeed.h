#pragma once

// `sitrep-server demo`: the console's demo history (core/demo) in the server's database,
// and one demo account per role.

#include "model/Account.h"
#include "storage/AuditLog.h"

#include <QList>
#include <QString>

#include <functional>

namespace Sitrep::Server {

class ServerStore;

struct DemoAccount {
    QString name;
    AccountRole role = AccountRole::Viewer;
    QString password; // plain text: shown once by the caller, never stored
};

struct DemoSeedOptions {
    int incidents = 0;    // 0: the demo generator's own default (two years of history)
    int batchSize = 500;  // ops per applyOps transaction
    AuditActor by = AuditActor::commandLine(); // who adds the demo accounts
    std::function<void(const QString &)> progress; // a line per step, for a person waiting
};

struct DemoSeedResult {
    bool ok = false;
    QString error;
    QList<DemoAccount> accounts; // filled once they exist, even if applying the ops failed later
    QString writer;              // the account the ops were applied as
    int incidents = 0;
    qint64 ops = 0;       // ops applied (conflicts included)
    qint64 conflicts = 0; // of those, applied with a conflict record
};

// The demo accounts: "demo-" and the role ("demo-admin"), one per AccountRole; no passwords.
QString demoAccountName(AccountRole role);
QList<DemoAccount> demoAccountNames();

// Why this database must not take the demo (it holds incidents, or a demo account name
// is taken), or empty when it may. The demo is for an empty server: mixed into a real
// team's history it would be indistinguishable from it.
QString demoRefusal(const ServerStore &store);

// Generates the demo history into a throwaway console cache, then applies that cache's
// outbox to the server through ServerStore::applyOps, exactly as a console pushing it
// would: the change feed, projections and audit log get every op. Checks demoRefusal
// first and changes nothing if it refuses.
DemoSeedResult seedDemo(ServerStore &store, const DemoSeedOptions &options = {});

} // namespace Sitrep::Server
