#include "CtlOptions.h"

#include "store/Profile.h"

#include <QCoreApplication>
#include <QDir>

namespace Sitrep::Ctl {

QString takeOption(QStringList &words, const QString &name)
{
    const QString flag = QStringLiteral("--") + name;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (words.at(i) == flag && i + 1 < words.size()) {
            const QString value = words.at(i + 1);
            words.remove(i, 2);
            return value;
        }
        if (words.at(i).startsWith(flag + QLatin1Char('='))) {
            const QString value = words.at(i).mid(flag.size() + 1);
            words.remove(i);
            return value;
        }
    }
    return {};
}

QStringList takeOptions(QStringList &words, const QString &name)
{
    QStringList values;
    for (;;) {
        const qsizetype before = words.size();
        const QString value = takeOption(words, name);
        if (words.size() == before)
            return values;
        values.append(value);
    }
}

bool takeFlag(QStringList &words, const QString &name)
{
    return words.removeAll(QStringLiteral("--") + name) > 0;
}

Options parse(const QStringList &arguments)
{
    Options options;
    QStringList words = arguments.mid(1);
    options.help = takeFlag(words, QStringLiteral("help")) || words.removeAll(QStringLiteral("-h")) > 0;
    options.version = takeFlag(words, QStringLiteral("version"));
    options.json = takeFlag(words, QStringLiteral("json"));
    takeFlag(words, QStringLiteral("verbose")); // read by main() before anything logs
    options.profileDir = takeOption(words, QStringLiteral("profile"));
    options.server = takeOption(words, QStringLiteral("server"));
    options.caFile = takeOption(words, QStringLiteral("ca"));
    options.pin = takeOption(words, QStringLiteral("pin"));
    if (!options.caFile.isEmpty() && !options.pin.isEmpty())
        options.usageError = Text::tr("Give either --ca or --pin, not both.");
    options.profileDir = QDir(options.profileDir.isEmpty() ? Profile::defaultDirectory() : options.profileDir).absolutePath();
    options.words = words;
    if (!options.help && !options.version && words.isEmpty() && options.usageError.isEmpty())
        options.usageError = Text::tr("No command given.");
    return options;
}

QString usage()
{
    return QCoreApplication::translate("Sitrep::Ctl",
        "Usage: sitrepctl [--profile DIR] [--server URL] [--ca FILE | --pin SHA256] COMMAND [--json] [--verbose]\n"
        "\n"
        "Commands:\n"
        "  login USER                 sign in (password from SITREP_PASSWORD or standard input)\n"
        "  logout                     sign out and forget the token\n"
        "  status                     server, account, pending writes, conflicts\n"
        "  sync [--watch]             push queued writes and pull changes (--watch: stay live)\n"
        "  incident declare --title T --severity SEV [--service S]...   prints the new id\n"
        "  incident list\n"
        "  incident show ID\n"
        "  incident set ID --status S | --severity SEV\n"
        "  timeline add ID TEXT [--kind K]\n"
        "  timeline list ID\n"
        "  role assign ID ROLE PERSON\n"
        "  role list ID\n"
        "\n"
        "IDs may be shortened to a unique prefix. PERSON is a person id, a handle or name from the\n"
        "directory, or \"me\". --pin takes the fingerprint as `openssl x509 -fingerprint -sha256`\n"
        "prints it (colons and case optional). The token comes from SITREP_TOKEN or the keychain.\n"
        "\n"
        "Exit status: 0 done (a write the server could not be reached for is queued in the profile\n"
        "and pushed by a later sync); 1 error; 2 usage; 3 saved in the profile but not pushed:\n"
        "sign in again or confirm the server's certificate.\n");
}

} // namespace Sitrep::Ctl
