#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Sitrep::Ctl {

// The translation context of everything sitrepctl says: Text::tr("…").
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Sitrep::Ctl)
};

// sitrepctl [--profile DIR] [--server URL] [--ca FILE | --pin SHA256] COMMAND [--json]
// Global options may stand anywhere; what is left is the command and its own words.
struct Options {
    QString profileDir;
    QString server;      // empty: the profile's
    QString caFile;      // empty: the profile's, else the system's CAs
    QString pin;         // as typed; normalised by the caller
    bool json = false;
    QStringList words;   // the command and its arguments, e.g. {"incident", "show", ID}
    QString usageError;  // set when the command line cannot be used
    bool help = false;
    bool version = false;
};

Options parse(const QStringList &arguments);
QString usage();

// The value after `--name` in words (removing both), or the empty string.
QString takeOption(QStringList &words, const QString &name);
QStringList takeOptions(QStringList &words, const QString &name); // repeated
bool takeFlag(QStringList &words, const QString &name);

} // namespace Sitrep::Ctl
