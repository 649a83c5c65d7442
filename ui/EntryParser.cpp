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

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.');
}

// The word at the start of text after a sign ("#network ..." -> "network"), or empty.
QString leadingName(const QString &text, QChar sign)
{
    if (!text.startsWith(sign))
        return {};
    qsizetype end = 1;
    while (end < text.size() && isNameChar(text.at(end)))
        ++end;
    if (end == 1 || (end < text.size() && !text.at(end).isSpace()))
        return {};
    return text.mid(1, end - 1);
}

// Takes the track and owner tokens off the front of the text; the owner stays in it.
ParsedEntry withTokens(EntryKind kind, QString text)
{
    ParsedEntry parsed{true, kind, {}, {}, {}, {}};
    QString ownerToken;
    for (;;) {
        if (text.startsWith(QLatin1String("##"))) {
            text.remove(0, 1);
            break;
        }
        const QString track = leadingName(text, QLatin1Char('#'));
        if (!track.isEmpty() && parsed.track.isEmpty()) {
            parsed.track = track;
            text = text.mid(track.size() + 1).trimmed();
            continue;
        }
        const QString owner = leadingName(text, QLatin1Char('@'));
        if (kind == EntryKind::Action && !owner.isEmpty() && parsed.owner.isEmpty()) {
            parsed.owner = owner;
            ownerToken = text.left(owner.size() + 1);
            text = text.mid(owner.size() + 1).trimmed();
            continue;
        }
        break;
    }
    parsed.body = ownerToken.isEmpty() ? text : (text.isEmpty() ? QString() : ownerToken + QLatin1Char(' ') + text);
    return parsed;
}

} // namespace

ParsedEntry EntryParser::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {false, EntryKind::Note, {}, tr("Type some text first."), {}, {}};
    if (text.startsWith(QLatin1String("//")))
        return {true, EntryKind::Note, text.mid(1), {}, {}, {}};
    if (!text.startsWith(QLatin1Char('/')))
        return finish(withTokens(EntryKind::Note, text), QString());

    const qsizetype space = text.indexOf(QLatin1Char(' '));
    const QStringView word = QStringView(text).mid(1, space < 0 ? -1 : space - 1);
    if (!isCommandWord(word))
        return {true, EntryKind::Note, text, {}, {}, {}};

    const QString body = space < 0 ? QString() : text.mid(space + 1).trimmed();
    for (const Command &command : Commands) {
        if (word.compare(QLatin1String(command.shortName), Qt::CaseInsensitive) == 0
            || word.compare(QLatin1String(command.longName), Qt::CaseInsensitive) == 0) {
            ParsedEntry parsed = finish(withTokens(command.kind, body), word.toString());
            parsed.command = true;
            return parsed;
        }
    }
    return {false,
            EntryKind::Note,
            {},
            tr("Unknown command /%1. Use /d (decision), /a (action), /n (note), /c (comms), or // to start "
               "with a slash.")
                .arg(word),
            {},
            {}};
}

ParsedEntry EntryParser::finish(ParsedEntry parsed, const QString &command)
{
    // A track or an owner alone is not an entry yet: "/a @chen" has nothing to do.
    if (parsed.body.isEmpty()) {
        parsed.ok = false;
        parsed.error = command.isEmpty() ? tr("Type some text after #%1.").arg(parsed.track)
                                         : tr("Type the text after /%1.").arg(command);
    }
    return parsed;
}

} // namespace Sitrep
