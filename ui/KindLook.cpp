#include "KindLook.h"

#include "rules/Labels.h"

#include <QFontMetrics>

#include <algorithm>

namespace Sitrep::KindLook {

namespace {

struct Look {
    EntryKind kind;
    const char16_t *symbol;
    QRgb onLight; // on a white base; 0: the text's own colour
    QRgb onDark;  // on the dark palette's base
};

// Shapes first (pencil, diamond, play, cycle, exchange, envelope, up, flag); the colours
// follow the severity chips' reds and ambers where they mean the same (escalation, a
// checkpoint due).
constexpr Look Looks[] = {
    {EntryKind::Note, u"✎", 0, 0},
    {EntryKind::Decision, u"◆", 0x6a1b9a, 0xce93d8},
    {EntryKind::Action, u"▶", 0x1565c0, 0x90caf9},
    {EntryKind::StatusChange, u"↻", 0x2e7d32, 0xa5d6a7},
    {EntryKind::RoleChange, u"⇄", 0x6d4c41, 0xd7ccc8},
    {EntryKind::Comms, u"✉", 0x00695c, 0x80cbc4},
    {EntryKind::Escalation, u"▲", 0xc62828, 0xef9a9a},
    {EntryKind::Checkpoint, u"⚑", 0x806300, 0xffe082},
};

const Look &lookOf(EntryKind kind)
{
    for (const Look &look : Looks) {
        if (look.kind == kind)
            return look;
    }
    return Looks[0];
}

} // namespace

const QList<EntryKind> &allKinds()
{
    static const QList<EntryKind> kinds = [] {
        QList<EntryKind> all;
        for (const Look &look : Looks)
            all.append(look.kind);
        return all;
    }();
    return kinds;
}

QString symbol(EntryKind kind)
{
    return QString::fromUtf16(lookOf(kind).symbol);
}

QString columnText(EntryKind kind)
{
    return symbol(kind) + QLatin1Char(' ') + Labels::kind(kind).toUpper();
}

QString nameText(EntryKind kind)
{
    return symbol(kind) + QLatin1Char(' ') + Labels::kind(kind);
}

int widestText(const QFontMetrics &metrics, QString (*textOf)(EntryKind))
{
    int widest = 0;
    for (EntryKind kind : allKinds())
        widest = std::max(widest, metrics.horizontalAdvance(textOf(kind)));
    return widest;
}

QColor color(EntryKind kind, const QColor &base)
{
    const Look &look = lookOf(kind);
    if (look.onLight == 0)
        return {};
    return QColor::fromRgb(base.lightness() < 128 ? look.onDark : look.onLight);
}

} // namespace Sitrep::KindLook
