#pragma once

#include "ConsoleSession.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace Sitrep {

class Store;

// The status bar's sync indicator, always visible: the state in words beside a symbol
// whose shape differs per state (colour is never the only cue), how many changes wait to
// be sent, conflicts and refusals when there are any, and in the tooltip the server, the
// last time the console was level with it and the problem when there is one.
// Clicking the state asks for what fixes it (activated()): sign in, review a certificate,
// retry now.
class SyncIndicator : public QWidget
{
    Q_OBJECT
public:
    // Counts come from the store itself, so a local profile shows them too.
    explicit SyncIndicator(Store *store, QWidget *parent = nullptr);

    void setStatus(const SessionStatus &status);
    const SessionStatus &status() const { return m_status; }

    QToolButton *stateButton() const { return m_state; }
    QLabel *pendingLabel() const { return m_pending; }
    QLabel *conflictsLabel() const { return m_conflicts; }

    // The state as words ("Online", "Signed out", …) and as a symbol.
    static QString stateText(const SessionStatus &status);
    static QIcon stateIcon(const SessionStatus &status);

signals:
    void activated();

private:
    void showCounts();

    Store *m_store;
    SessionStatus m_status;
    QToolButton *m_state;
    QLabel *m_pending;
    QLabel *m_conflicts;
};

} // namespace Sitrep
