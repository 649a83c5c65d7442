#pragma once

#include "model/Enums.h"

#include <QColor>
#include <QList>
#include <QString>

class QFontMetrics;

namespace Sitrep {

// How a timeline entry's kind looks: a sign of its own shape and a colour, always beside
// its name (the name alone tells it apart, in grey scale and to a screen reader too). The
// signs are DejaVu Sans glyphs, which every Debian desktop has (no emoji font needed).
namespace KindLook {

// Every kind, in the order menus list them.
const QList<EntryKind> &allKinds();

QString symbol(EntryKind kind);

// The kind column's text: the sign and the name in capitals ("▲ ESCALATION").
QString columnText(EntryKind kind);
// In a sentence's place (a menu, beside the entry box): the sign and the name ("◆ Decision").
QString nameText(EntryKind kind);
// The widest of every kind's text in this font and language: a column or label that
// does not change width with the kind it shows.
int widestText(const QFontMetrics &metrics, QString (*textOf)(EntryKind));

// A colour that reads on this base (the view's background): dark ones on a light base,
// light ones on a dark base, each with a contrast of at least 4.5:1. Invalid for a note:
// the most common kind stays in the text's own colour.
QColor color(EntryKind kind, const QColor &base);

} // namespace KindLook

} // namespace Sitrep
