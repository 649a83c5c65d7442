#include "DemoSeed.h"

#include "auth/Tokens.h"
#include "demo/DemoData.h"
#include "storage/ServerStore.h"
#include "store/Sqlite.h"
#include "store/Store.h"

#include <QTemporaryDir>

#include <algorithm>
#include <limits>

namespace Sitrep::Server {

namespace {

// The demo history is applied as this role's account. A manager, because the history
// holds every kind of op, severity changes and closures by the incidents' commanders
// included, and most of the demo's people are not accounts (auth/Permissions.h). Each
// demo account is one of the first demo people, so a restricted demo incident is visible
// to the admin, to the writer (its declarer), and to a demo account whose person holds a
// role on it: need-to-know at work.
constexpr AccountRole WriterRole = AccountRole::Manager;

// Where the ops "came from" in the audit log: this machine's command line.
const char *const LocalAddress = "local";

// 20 base64url characters: 120 random bits from libsodium, short enough to type.
QString randomPassword()
{
    return QString::fromLatin1(Tokens::generate().left(20));
}

void report(const DemoSeedOptions &options, const QString &line)
{
    if (options.progress)
        options.progress(line);
}

struct DemoHistory {
    QString error; // empty on success
    int incidents = 0;
    QList<Op> ops;
    Directory directory; // the demo organisation the history names
};

// The console's own commands write the demo into a throwaway cache, so the server gets
// exactly the ops a console would push, in the order it would push them.
DemoHistory generateHistory(int incidents)
{
    DemoHistory history;
    QTemporaryDir dir;
    if (!dir.isValid()) {
        history.error = QStringLiteral("cannot create a temporary folder for the demo history: %1").arg(dir.errorString());
        return history;
    }
    Store cache;
    if (const OpenResult opened = cache.open(dir.filePath(QStringLiteral("cache.sqlite"))); !opened.ok) {
        history.error = opened.error;
        return history;
    }
    // Thrown away afterwards: a durable commit per command would only cost thousands of fsyncs.
    cache.db().exec(QStringLiteral("PRAGMA synchronous=OFF"));
    DemoData::Options options;
    if (incidents > 0)
        options.incidentCount = incidents;
    DemoData demo(options);
    const DemoData::Result generated = demo.generate(cache);
    if (!generated.ok) {
        history.error = QStringLiteral("the demo generator failed: %1").arg(generated.error);
        return history;
    }
    history.incidents = generated.incidents;
    history.directory = Directory{demo.teams(), demo.people(), demo.services()};
    const QList<OutboxItem> outbox = cache.pendingOps(std::numeric_limits<int>::max());
    history.ops.reserve(outbox.size());
    for (const OutboxItem &item : outbox)
        history.ops.append(item.op);
    return history;
}

// Each demo account is one of the demo's people (the first ones, in role order), so that
// its own entries carry a name and role assignments can name it.
QString createAccounts(ServerStore &store, const AuditActor &by, const QList<Person> &people, QList<DemoAccount> &accounts)
{
    qsizetype next = 0;
    for (DemoAccount account : demoAccountNames()) {
        account.password = randomPassword();
        const QUuid person = next < people.size() ? people.at(next++).id : QUuid();
        const AddUserResult added = store.addUser(account.name, account.role, account.password, by, person);
        if (!added.account)
            return added.error;
        accounts.append(account);
    }
    return {};
}

// Stops at the first op the server does not take: the demo is generated to be valid, so
// one that is refused means something is wrong that a person must look at.
QString applyHistory(ServerStore &store, const QList<Op> &ops, const Account &writer, const DemoSeedOptions &options,
                     DemoSeedResult &result)
{
    const qsizetype batchSize = std::max(1, options.batchSize);
    for (qsizetype first = 0; first < ops.size(); first += batchSize) {
        const QList<OpResult> applied = store.applyOps(ops.mid(first, batchSize), writer, QLatin1String(LocalAddress));
        for (const OpResult &op : applied) {
            if (op.status != OpResult::Applied && op.status != OpResult::Conflict)
                return QStringLiteral("op %1 was %2: %3")
                    .arg(result.ops + 1)
                    .arg(OpResult::statusName(op.status), op.error);
            ++result.ops;
            if (op.status == OpResult::Conflict)
                ++result.conflicts;
        }
        report(options, QStringLiteral("applied %1 of %2 ops").arg(result.ops).arg(ops.size()));
    }
    return {};
}

} // namespace

QString demoAccountName(AccountRole role)
{
    return QStringLiteral("demo-") + enumToString(role);
}

QList<DemoAccount> demoAccountNames()
{
    QList<DemoAccount> accounts;
    for (const AccountRole role : {AccountRole::Admin, AccountRole::Manager, AccountRole::Responder, AccountRole::Viewer})
        accounts.append({demoAccountName(role), role, {}});
    return accounts;
}

QString demoRefusal(const ServerStore &store)
{
    if (const qint64 seq = store.lastSeq(); seq > 0)
        return QStringLiteral("the database already holds incidents (%1 changes): the demo only goes into an empty "
                              "server. Use a new --data folder for it.")
            .arg(seq);
    for (const DemoAccount &account : demoAccountNames()) {
        if (store.user(account.name))
            return QStringLiteral("a user named \"%1\" already exists: the demo only goes into an empty server. Use a "
                                  "new --data folder for it.")
                .arg(account.name);
    }
    return {};
}

DemoSeedResult seedDemo(ServerStore &store, const DemoSeedOptions &options)
{
    DemoSeedResult result;
    if (result.error = demoRefusal(store); !result.error.isEmpty())
        return result;

    // Generated before anything is written, so a generator failure leaves the server as it was.
    report(options, QStringLiteral("generating the demo history…"));
    const DemoHistory history = generateHistory(options.incidents);
    if (!history.error.isEmpty()) {
        result.error = history.error;
        return result;
    }
    result.incidents = history.incidents;

    report(options, QStringLiteral("adding the demo accounts…"));
    if (result.error = createAccounts(store, options.by, history.directory.people, result.accounts); !result.error.isEmpty())
        return result;
    if (const StoreResult stored = store.setDirectory(history.directory, options.by); !stored.ok) {
        result.error = stored.error;
        return result;
    }
    result.writer = demoAccountName(WriterRole);
    const std::optional<Account> writer = store.user(result.writer);
    if (!writer) {
        result.error = QStringLiteral("the account %1 vanished while seeding").arg(result.writer);
        return result;
    }

    report(options, QStringLiteral("applying %1 ops as %2…").arg(history.ops.size()).arg(result.writer));
    if (const QString error = applyHistory(store, history.ops, *writer, options, result); !error.isEmpty()) {
        result.error = QStringLiteral("%1. The database now holds part of the demo: start again with a new --data "
                                      "folder.")
                           .arg(error);
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace Sitrep::Server
