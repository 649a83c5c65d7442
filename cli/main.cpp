// sitrepctl: the console's core from a shell. Every command opens the profile's cache,
// does its one thing and exits; writes go into the cache first (so nothing typed is lost
// when the server is away) and are pushed at once when the server can be reached.

#include "CtlContext.h"
#include "CtlOptions.h"
#include "IncidentCommands.h"
#include "SessionCommands.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

using namespace Sitrep::Ctl;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The console's names: the default profile is the console's own.
    QCoreApplication::setOrganizationName(QStringLiteral("Sitrep"));
    QCoreApplication::setApplicationName(QStringLiteral("sitrep"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SITREP_VERSION));

    // stdout and stderr belong to the command's own words; the core's progress notes
    // (migrations, reconnects) only with --verbose. Warnings always show.
    if (!QCoreApplication::arguments().contains(QStringLiteral("--verbose")))
        QLoggingCategory::setFilterRules(QStringLiteral("sitrep.*.info=false\nsitrep.*.debug=false"));
    const Options options = parse(QCoreApplication::arguments());
    if (options.help) {
        QTextStream(stdout) << usage();
        return Done;
    }
    if (options.version) {
        QTextStream(stdout) << QStringLiteral("sitrepctl ") << QCoreApplication::applicationVersion() << Qt::endl;
        return Done;
    }
    if (!options.usageError.isEmpty()) {
        QTextStream(stderr) << QStringLiteral("sitrepctl: ") << options.usageError << QStringLiteral("\n\n") << usage();
        return Usage;
    }

    CtlContext context(options);
    if (!context.open())
        return Failed;
    const QString command = options.words.constFirst();
    if (command == QLatin1String("login"))
        return runLogin(context);
    if (command == QLatin1String("logout"))
        return runLogout(context);
    if (command == QLatin1String("status"))
        return runStatus(context);
    if (command == QLatin1String("sync"))
        return runSync(context);
    if (command == QLatin1String("incident"))
        return runIncident(context);
    if (command == QLatin1String("timeline"))
        return runTimeline(context);
    if (command == QLatin1String("role"))
        return runRole(context);
    QTextStream(stderr) << QStringLiteral("sitrepctl: ")
                        << Text::tr("Unknown command \"%1\".").arg(command)
                        << QStringLiteral("\n\n") << usage();
    return Usage;
}
