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
};

// The entry box's prefix language, kept tiny so it can be typed as fast as people talk:
//   text            a note
//   /d text         a decision        (also /decision)
//   /a text         an action         (also /action)
//   /n text         a note            (also /note)
//   /c text         a comms entry     (also /comms)
//   //text          a note that starts with "/"
// A known command without text, or an unknown "/word " command, is refused rather than
// recorded as a note: a mistyped command must not land on the shared timeline. A slash
// not followed by a word and a space ("/var/log is full") is plain text.
class EntryParser
{
    Q_DECLARE_TR_FUNCTIONS(Sitrep::EntryParser)
public:
    static ParsedEntry parse(const QString &input);
};

} // namespace Sitrep
