#pragma once

#include <QObject>
#include <QPointer>
#include <QUuid>

class QAction;
class QMenu;
class QWidget;

namespace Sitrep {

class ConsoleSession;
class SignInDialog;
class Store;
class SyncBanner;
class SyncIndicator;
struct SessionStatus;

// The main window's sync concern in one place: the indicator (status bar), the banner,
// the Sync menu (Sign in…, Review certificate…, Sync now, Sign out) and the dialogs they
// open. Dialogs are window-modal and opened with open(): nothing waits in a nested loop.
class SyncControls : public QObject
{
    Q_OBJECT
public:
    // session may be null: a console without one shows a local profile and offers nothing.
    SyncControls(ConsoleSession *session, Store *store, QWidget *window);

    SyncIndicator *indicator() const { return m_indicator; }
    SyncBanner *banner() const { return m_banner; }
    QMenu *menu() const { return m_menu; }
    QAction *signInAction() const { return m_signIn; }
    QAction *reviewAction() const { return m_review; }
    QAction *syncNowAction() const { return m_syncNow; }
    QAction *signOutAction() const { return m_signOut; }
    QAction *conflictsAction() const { return m_conflicts; }

    void openSignIn();
    void reviewCertificate();
    // incidentId: only that incident's (null: all).
    void showConflicts(const QUuid &incidentId = {});

signals:
    void message(const QString &text); // for the status bar

private:
    void showStatus(const SessionStatus &status);
    void resolve(); // the indicator was clicked: whatever the state asks for

    ConsoleSession *m_session;
    QWidget *m_window;
    SyncIndicator *m_indicator;
    SyncBanner *m_banner;
    QMenu *m_menu;
    QAction *m_signIn;
    QAction *m_review;
    QAction *m_syncNow;
    QAction *m_signOut;
    QAction *m_conflicts;
    Store *m_store;
    QPointer<SignInDialog> m_signInDialog;
    QPointer<QWidget> m_conflictsDialog;
    QPointer<QWidget> m_trustDialog;
};

} // namespace Sitrep
