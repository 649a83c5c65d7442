#pragma once

#include <QString>

class QCoreApplication;

namespace Sitrep {

// What the console was asked to do on its command line.
struct CommandLineOptions {
    QString profileDir;     // absolute; the default profile when --profile is not given
    QString screenshotFile; // non-empty: save a picture of the main window there, then quit
    QString screenshotView; // "search" or "shortcuts": picture that dialog instead
    // Connect the profile to a server as a user, trusting the certificate with this
    // SHA-256 fingerprint (each optional; see ConsoleSession::configure).
    QString server;
    QString user;
    QString pin;
};

class CommandLine
{
public:
    // Parses the application's arguments. --help, --version and malformed arguments are
    // answered on stdout/stderr and end the process, as QCommandLineParser::process does.
    static CommandLineOptions parse(const QCoreApplication &app);
};

} // namespace Sitrep
