#include "EntryParser.h"

#include <array>

namespace Sitrep {

namespace {

struct Command {
    const char *shortName;
    const char *longName;
    EntryKind kind;
};

constexpr std::array<Command, 4> Commands{{
    {"d", "decision", EntryKind::Decision},
    {"a", "action", EntryKind::Action},
    {"n", "note", EntryKind::Note},
    {"c", "comms", EntryKind::Comms},
}};

bool isCommandWord(QStringView word)
{
    if (word.isEmpty())
        return false;
    for (QChar c : word) {
        if (!c.isLetter())
            return false;
    }
    return true;
}

} // namespace

ParsedEntry EntryParser::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {false, EntryKind::Note, {}, tr("Type some text first.")};
    if (text.startsWith(QLatin1String("//")))
        return {true, EntryKind::Note, text.mid(1), {}};
    if (!text.startsWith(QLatin1Char('/')))
        return {true, EntryKind::Note, text, {}};

    const qsizetype space = text.indexOf(QLatin1Char(' '));
    const QStringView word = QStringView(text).mid(1, space < 0 ? -1 : space - 1);
    if (!isCommandWord(word))
        return {true, EntryKind::Note, text, {}};

    const QString body = space < 0 ? QString() : text.mid(space + 1).trimmed();
    for (const Command &command : Commands) {
        if (word.compare(QLatin1String(command.shortName), Qt::CaseInsensitive) == 0
            || word.compare(QLatin1String(command.longName), Qt::CaseInsensitive) == 0) {
            if (body.isEmpty())
                return {false, command.kind, {}, tr("Type the text after /%1.").arg(word)};
            return {true, command.kind, body, {}};
        }
    }
    return {false,
            EntryKind::Note,
            {},
            tr("Unknown command /%1. Use /d (decision), /a (action), /n (note), /c (comms), or // to start "
               "with a slash.")
                .arg(word)};
}

} // namespace Sitrep
