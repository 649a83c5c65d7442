#include "CommandLine.h"

#include "store/Profile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace Sitrep {

CommandLineOptions CommandLine::parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Sitrep::CommandLine", "Incident command console"));
    parser.addHelpOption();
    parser.addVersionOption();

    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QCoreApplication::translate("Sitrep::CommandLine",
                                    "Use the profile in <directory>: its settings and offline cache. Default: %1.")
            .arg(QDir::toNativeSeparators(Profile::defaultDirectory())),
        QCoreApplication::translate("Sitrep::CommandLine", "directory"));
    parser.addOption(profileOption);

    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("Sitrep::CommandLine",
                                    "Save a picture of the main window to <file> once it is shown, then quit."),
        QCoreApplication::translate("Sitrep::CommandLine", "file"));
    parser.addOption(screenshotOption);

    parser.process(app);

    CommandLineOptions options;
    const QString profile = parser.value(profileOption);
    options.profileDir = QDir(profile.isEmpty() ? Profile::defaultDirectory() : profile).absolutePath();
    if (parser.isSet(screenshotOption)) {
        options.screenshotFile = QDir().absoluteFilePath(parser.value(screenshotOption));
    }
    return options;
}

} // namespace Sitrep
