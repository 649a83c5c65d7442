#pragma once

#include <QObject>

class QTableView;

namespace Sitrep {

class YieldingColumns;

// The bridge roster's columns in the room a dock gives them: on a laptop the Bridge dock
// has ~370 px for six. Names are what people look for there: the name column is as wide
// as the longest name (up to ~30 characters), and gives way last. Short of room, "On by"
// gives way first, to its sign alone (⌨ console, ☎ phone: the cell's short text), then
// the role. The flags, moved to the end, stretch and keep a share of the row. "Left"
// shows once someone has left, and the times are as wide as they read
// (keepTimeColumnsFitted). Every cell's tooltip has the whole text.
//
// The row is fitted again when the room changes, when "Left" comes or goes, when the
// longest name or a time's width changes; not at every roster change (presence, a hand
// raised), so a width the person dragged stays until then (YieldingColumns).
class RosterColumns : public QObject
{
public:
    static constexpr double FlagsShare = 0.25;
    static constexpr int MaxNameCharacters = 30; // of the font's average width

    explicit RosterColumns(QTableView *view); // over a BridgeRosterModel

private:
    void follow(); // what the rows hold now
    int longestName() const;

    QTableView *m_view;
    YieldingColumns *m_yielding;
    int m_fittedNameWidth = -1; // the last width given to the names; another one was dragged
};

} // namespace Sitrep
