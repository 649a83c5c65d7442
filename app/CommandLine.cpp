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
    const QCommandLineOption screenshotViewOption(
        QStringLiteral("screenshot-view"),
        QCoreApplication::translate("Sitrep::CommandLine",
                                    "With --screenshot: picture <view> instead of the main window: search (Ctrl+K, "
                                    "with a query typed), shortcuts (F1), metrics or metrics-density, -trend, -teams (Ctrl+Shift+M), "
                                    "dialogs (the main window with the dialogs open over it, e.g. sign-in), panels (the main "
                                    "window with the RACI matrix and the tracks in front)."),
        QCoreApplication::translate("Sitrep::CommandLine", "view"));
    parser.addOption(screenshotViewOption);

    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QCoreApplication::translate("Sitrep::CommandLine",
                                    "Sync the profile with the team server at <url> (e.g. ops.example.com:8443)."),
        QCoreApplication::translate("Sitrep::CommandLine", "url"));
    parser.addOption(serverOption);
    const QCommandLineOption userOption(
        QStringLiteral("user"),
        QCoreApplication::translate(
            "Sitrep::CommandLine",
            "Sign in as <name>, with the password in SITREP_PASSWORD or typed in the sign-in dialog."),
        QCoreApplication::translate("Sitrep::CommandLine", "name"));
    parser.addOption(userOption);
    const QCommandLineOption pinOption(
        QStringLiteral("pin"),
        QCoreApplication::translate("Sitrep::CommandLine",
                                    "Trust the server's certificate with this SHA-256 <fingerprint> (as the server "
                                    "prints it at start)."),
        QCoreApplication::translate("Sitrep::CommandLine", "fingerprint"));
    parser.addOption(pinOption);

    parser.process(app);

    CommandLineOptions options;
    const QString profile = parser.value(profileOption);
    options.profileDir = QDir(profile.isEmpty() ? Profile::defaultDirectory() : profile).absolutePath();
    if (parser.isSet(screenshotOption)) {
        options.screenshotFile = QDir().absoluteFilePath(parser.value(screenshotOption));
        options.screenshotView = parser.value(screenshotViewOption);
    }
    options.server = parser.value(serverOption);
    options.user = parser.value(userOption);
    options.pin = parser.value(pinOption);
    return options;
}

} // namespace Sitrep
