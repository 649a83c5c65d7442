#include "AdminCommands.h"

#include "model/Ids.h"

#include "DemoSeed.h"
#include "model/Account.h"
#include "storage/ServerStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace Sitrep::Server {

namespace {

constexpr int ExitOk = 0;
constexpr int ExitFailure = 1;
constexpr int ExitUsage = 2;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int usage(const QString &problem)
{
    err() << "sitrep-server: " << problem << Qt::endl
          << "usage: sitrep-server [--data DIR] [--db URL] user add NAME --role admin|manager|responder|viewer"
             " [--person ID]" << Qt::endl
          << "       sitrep-server [--data DIR] user list" << Qt::endl
          << "       sitrep-server [--data DIR] user disable NAME" << Qt::endl
          << "       sitrep-server [--data DIR] user enable NAME" << Qt::endl
          << "       sitrep-server [--data DIR] user set-role NAME ROLE" << Qt::endl
          << "       sitrep-server [--data DIR] user set-person NAME ID" << Qt::endl
          << "       sitrep-server [--data DIR] directory import FILE" << Qt::endl
          << "       sitrep-server [--data DIR] demo" << Qt::endl
          << "       sitrep-server [--data DIR] audit verify" << Qt::endl
          << "The password of `user add` comes from SITREP_PASSWORD or the first line of standard input." << Qt::endl
          << "`demo` seeds an empty server with the demo incidents and one demo account per role." << Qt::endl
          << "`directory import` replaces the teams, people and services consoles show, from a JSON file" << Qt::endl
          << "{\"teams\":[…],\"people\":[…],\"services\":[…]} (docs/openapi.yaml, Directory)." << Qt::endl
          << "--person links the account to a directory person (the id role assignments name); without it" << Qt::endl
          << "the account is a new person. Restricted incidents are visible to admins and their members." << Qt::endl;
    return ExitUsage;
}

// Never from the command line, where other users see it in the process list.
QString readPassword()
{
    if (qEnvironmentVariableIsSet("SITREP_PASSWORD"))
        return qEnvironmentVariable("SITREP_PASSWORD");
    QTextStream in(stdin);
    return in.readLine();
}

std::optional<AccountRole> parseRole(const QString &text)
{
    return enumFromString<AccountRole>(text);
}

int report(const StoreResult &result, const QString &done)
{
    if (!result.ok) {
        err() << "sitrep-server: " << result.error << Qt::endl;
        return ExitFailure;
    }
    out() << done << Qt::endl;
    return ExitOk;
}

int userCommand(const QStringList &args, ServerStore &store)
{
    const QString verb = args.value(1);
    if (verb == QLatin1String("list") && args.size() == 2) {
        for (const Account &account : store.users()) {
            out() << account.name << '\t' << enumToString(account.role) << '\t'
                  << (account.personId.isNull() ? QStringLiteral("-") : idToString(account.personId))
                  << (account.disabled ? QStringLiteral("\tdisabled") : QString()) << Qt::endl;
        }
        return ExitOk;
    }
    // user add NAME --role ROLE [--person ID]: without --person the account is a new person.
    const bool withPerson = args.size() == 7 && args.at(5) == QLatin1String("--person");
    if (verb == QLatin1String("add") && (args.size() == 5 || withPerson) && args.at(3) == QLatin1String("--role")) {
        const std::optional<AccountRole> role = parseRole(args.at(4));
        if (!role)
            return usage(QStringLiteral("unknown role %1").arg(args.at(4)));
        const QUuid personId = withPerson ? idFromString(args.at(6)) : QUuid();
        if (withPerson && personId.isNull())
            return usage(QStringLiteral("--person takes a directory person's id (a UUID), not %1").arg(args.at(6)));
        const AddUserResult added = store.addUser(args.at(2), *role, readPassword(), AuditActor::commandLine(), personId);
        if (!added.account) {
            err() << "sitrep-server: " << added.error << Qt::endl;
            return ExitFailure;
        }
        out() << "added " << added.account->name << " (" << enumToString(added.account->role) << ")" << Qt::endl;
        return ExitOk;
    }
    if ((verb == QLatin1String("disable") || verb == QLatin1String("enable")) && args.size() == 3) {
        const bool disable = verb == QLatin1String("disable");
        return report(store.setDisabled(args.at(2), disable),
                      (disable ? QStringLiteral("disabled ") : QStringLiteral("enabled ")) + args.at(2));
    }
    if (verb == QLatin1String("set-person") && args.size() == 4) {
        const QUuid personId = idFromString(args.at(3));
        if (personId.isNull())
            return usage(QStringLiteral("set-person takes a directory person's id (a UUID), not %1").arg(args.at(3)));
        return report(store.setPerson(args.at(2), personId), args.at(2) + QStringLiteral(" is now person ") + args.at(3));
    }
    if (verb == QLatin1String("set-role") && args.size() == 4) {
        const std::optional<AccountRole> role = parseRole(args.at(3));
        if (!role)
            return usage(QStringLiteral("unknown role %1").arg(args.at(3)));
        return report(store.setRole(args.at(2), *role), args.at(2) + QStringLiteral(" is now ") + args.at(3));
    }
    return usage(QStringLiteral("unknown user command: %1").arg(args.join(QLatin1Char(' '))));
}

int directoryCommand(const QStringList &args, ServerStore &store)
{
    if (args.size() != 3 || args.at(1) != QLatin1String("import"))
        return usage(QStringLiteral("unknown directory command: %1").arg(args.join(QLatin1Char(' '))));
    QFile file(args.at(2));
    if (!file.open(QIODevice::ReadOnly)) {
        err() << "sitrep-server: cannot read " << args.at(2) << ": " << file.errorString() << Qt::endl;
        return ExitFailure;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        err() << "sitrep-server: " << args.at(2) << " is not a JSON object ("
              << (parseError.error == QJsonParseError::NoError ? QStringLiteral("an array or a value")
                                                               : parseError.errorString())
              << ")" << Qt::endl;
        return ExitFailure;
    }
    const Decoded<Directory> directory = Directory::fromJson(document.object());
    if (!directory) {
        err() << "sitrep-server: " << args.at(2) << ": " << directory.error << Qt::endl;
        return ExitFailure;
    }
    const StoreResult stored = store.setDirectory(*directory.value);
    if (!stored.ok) {
        err() << "sitrep-server: " << stored.error << Qt::endl;
        return ExitFailure;
    }
    out() << "directory imported: " << directory.value->teams.size() << " teams, " << directory.value->people.size()
          << " people, " << directory.value->services.size() << " services" << Qt::endl;
    return ExitOk;
}

int auditCommand(const QStringList &args, ServerStore &store)
{
    if (args != QStringList{QStringLiteral("audit"), QStringLiteral("verify")})
        return usage(QStringLiteral("unknown audit command: %1").arg(args.join(QLatin1Char(' '))));
    const AuditLog::Verification verification = store.verifyAudit();
    if (!verification.ok) {
        err() << "sitrep-server: the audit log is broken: " << verification.error << Qt::endl;
        return ExitFailure;
    }
    out() << "audit log intact: " << verification.entries << " entries, last hash " << verification.lastHash << Qt::endl;
    return ExitOk;
}

void printDemoAccounts(const DemoSeedResult &seeded)
{
    out() << Qt::endl
          << "Demo accounts. Copy these passwords now: they are shown this once and stored nowhere in" << Qt::endl
          << "readable form (the server keeps only their argon2id hashes). Retire one with: user disable NAME." << Qt::endl
          << Qt::endl;
    out() << "  " << qSetFieldWidth(16) << Qt::left << "user" << qSetFieldWidth(11) << "role" << qSetFieldWidth(0)
          << "password" << Qt::endl;
    for (const DemoAccount &account : seeded.accounts)
        out() << "  " << qSetFieldWidth(16) << Qt::left << account.name << qSetFieldWidth(11)
              << enumToString(account.role) << qSetFieldWidth(0) << account.password << Qt::endl;
}

// `demo [--incidents N]`: the option is left out of the usage on purpose; it is for
// tests and quick looks, the full history is what a demo should show.
int demoCommand(const QStringList &args, ServerStore &store)
{
    DemoSeedOptions options;
    if (args.size() == 3 && args.at(1) == QLatin1String("--incidents")) {
        bool ok = false;
        options.incidents = args.at(2).toInt(&ok);
        if (!ok || options.incidents <= 0)
            return usage(QStringLiteral("--incidents takes a positive number"));
    } else if (args.size() != 1) {
        return usage(QStringLiteral("unknown demo command: %1").arg(args.join(QLatin1Char(' '))));
    }
    // Progress on stderr: stdout is the result, passwords included, and nothing else.
    options.progress = [](const QString &line) { err() << "sitrep-server: " << line << Qt::endl; };
    QElapsedTimer timer;
    timer.start();
    const DemoSeedResult seeded = seedDemo(store, options);
    if (!seeded.ok) {
        err() << "sitrep-server: demo refused or failed: " << seeded.error << Qt::endl;
        // Accounts that were made before a failure must still be known to someone.
        if (!seeded.accounts.isEmpty())
            printDemoAccounts(seeded);
        return ExitFailure;
    }
    out() << "Demo data: " << seeded.incidents << " incidents, " << seeded.ops << " changes ("
          << seeded.conflicts << " with a conflict record), applied as " << seeded.writer << " in "
          << QString::number(double(timer.elapsed()) / 1000.0, 'f', 1) << " s." << Qt::endl
          << "Restricted incidents are visible to " << demoAccountName(AccountRole::Admin) << ", " << seeded.writer
          << " and the demo accounts whose person holds a role on them." << Qt::endl;
    printDemoAccounts(seeded);
    return ExitOk;
}

} // namespace

int runAdminCommand(const QStringList &args, const StoreLocation &location)
{
    const QString command = args.value(0);
    if (command != QLatin1String("user") && command != QLatin1String("audit") && command != QLatin1String("demo")
        && command != QLatin1String("directory"))
        return usage(QStringLiteral("unknown command: %1").arg(args.join(QLatin1Char(' '))));
    ServerStore store;
    const StoreResult opened = store.open(location);
    if (!opened.ok) {
        err() << "sitrep-server: " << opened.error << Qt::endl;
        return ExitFailure;
    }
    if (command == QLatin1String("demo"))
        return demoCommand(args, store);
    if (command == QLatin1String("directory"))
        return directoryCommand(args, store);
    return command == QLatin1String("audit") ? auditCommand(args, store) : userCommand(args, store);
}

} // namespace Sitrep::Server
