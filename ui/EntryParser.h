#pragma once

#include "model/Enums.h"

#include <QCoreApplication>
#include <QString>

namespace Sitrep {

// What the scribe typed into the entry box, split into an entry kind and its text.
struct ParsedEntry {
    bool ok = false;
    EntryKind kind = EntryKind::Note;
    QString body;
    QString error; // set when ok is false: a message for the status bar
    // "#name" before the text: the track the entry belongs to, without the sign (the
    // caller resolves it against the incident's tracks). Empty: no track.
    QString track;
    // For an action, "@handle" before the text: who owns it, without the sign. The
    // handle also stays in the body: TimelineEntry has no owner field, and the text is
    // what every console shows.
    QString owner;
    // A command ("/d", "/note", …) set the kind; false for plain text, "//…" and a path
    // like "/var/log": an edited entry then keeps its own kind.
    bool command = false;
};

// The entry box's prefix language, kept tiny so it can be typed as fast as people talk:
//   text            a note
//   /d text         a decision        (also /decision)
//   /a text         an action         (also /action)
//   /n text         a note            (also /note)
//   /c text         a comms entry     (also /comms)
//   //text          a note that starts with "/"
// and after the command, before the text (in any order):
//   #track          the entry's track ("/d #network roll back"); "##x" is a literal "#x"
//   @handle         for an action, its owner ("/a @chen check LB health"); kept in the body
// A known command without text, or an unknown "/word " command, is refused rather than
// recorded as a note: a mistyped command must not land on the shared timeline. A slash
// not followed by a word and a space ("/var/log is full") is plain text.
class EntryParser
{
    Q_DECLARE_TR_FUNCTIONS(Sitrep::EntryParser)
public:
    static ParsedEntry parse(const QString &input);

private:
    // Refuses an entry left without text once its tokens are taken off.
    static ParsedEntry finish(ParsedEntry parsed, const QString &command);
};

} // namespace Sitrep
