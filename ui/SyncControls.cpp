#include "SyncControls.h"

#include "ConflictsDialog.h"
#include "ConsoleSession.h"
#include "SignInDialog.h"
#include "SyncBanner.h"
#include "SyncIndicator.h"
#include "TrustDialog.h"

#include <QAction>
#include <QMenu>

namespace Sitrep {

SyncControls::SyncControls(ConsoleSession *session, Store *store, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_indicator(new SyncIndicator(store, window))
    , m_banner(new SyncBanner(window))
    , m_menu(new QMenu(tr("&Sync"), window))
{
    m_signIn = m_menu->addAction(tr("Sign &in…"));
    m_signIn->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    m_review = m_menu->addAction(tr("&Review server certificate…"));
    m_syncNow = m_menu->addAction(tr("Sync &now"));
    m_syncNow->setShortcut(QKeySequence(tr("F5")));
    m_conflicts = m_menu->addAction(tr("&Conflicts and refused changes…"));
    m_conflicts->setShortcut(QKeySequence(tr("Ctrl+Shift+K")));
    m_menu->addSeparator();
    m_signOut = m_menu->addAction(tr("Sign &out"));
    m_store = store;
    // Shown for a local profile too: the list is simply empty there.
    connect(m_conflicts, &QAction::triggered, this, [this] { showConflicts(); });

    connect(m_signIn, &QAction::triggered, this, &SyncControls::openSignIn);
    connect(m_review, &QAction::triggered, this, &SyncControls::reviewCertificate);
    connect(m_indicator, &SyncIndicator::activated, this, &SyncControls::resolve);
    connect(m_banner, &SyncBanner::signInRequested, this, &SyncControls::openSignIn);
    connect(m_banner, &SyncBanner::reviewRequested, this, &SyncControls::reviewCertificate);
    if (!m_session) {
        for (QAction *action : {m_signIn, m_review, m_syncNow, m_signOut})
            action->setEnabled(false);
        showStatus(SessionStatus());
        return;
    }
    connect(m_syncNow, &QAction::triggered, m_session, &ConsoleSession::syncNow);
    connect(m_signOut, &QAction::triggered, m_session, &ConsoleSession::signOut);
    connect(m_session, &ConsoleSession::statusChanged, this, &SyncControls::showStatus);
    connect(m_session, &ConsoleSession::message, this, &SyncControls::message);
    connect(m_session, &ConsoleSession::signInFinished, this, [this](const SignInResult &result) {
        if (result.ok)
            emit message(tr("Signed in to %1 as %2.")
                             .arg(m_session->settings().server.toDisplayString(), m_session->settings().user));
    });
    showStatus(m_session->status());
}

void SyncControls::showStatus(const SessionStatus &status)
{
    m_indicator->setStatus(status);
    m_banner->setStatus(status);
    if (!m_session)
        return;
    const SyncState state = status.sync.state;
    const bool connected = status.hasServer && state != SyncState::SignedOut;
    m_review->setEnabled(status.hasServer && state == SyncState::Untrusted);
    m_syncNow->setEnabled(connected && state != SyncState::Untrusted);
    m_signOut->setEnabled(connected);
}

void SyncControls::resolve()
{
    const SessionStatus status = m_indicator->status();
    if (!m_session)
        return;
    if (!status.hasServer || status.sync.state == SyncState::SignedOut)
        openSignIn();
    else if (status.sync.state == SyncState::Untrusted)
        reviewCertificate();
    else if (status.sync.state == SyncState::Offline)
        m_session->syncNow();
    else if (status.sync.conflicts > 0 || status.sync.rejected > 0)
        showConflicts();
}

void SyncControls::showConflicts(const QUuid &incidentId)
{
    if (m_conflictsDialog)
        m_conflictsDialog->close(); // another incident's, or all: this one replaces it
    auto *dialog = new ConflictsDialog(m_store, incidentId, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_conflictsDialog = dialog;
    dialog->open();
}

void SyncControls::openSignIn()
{
    if (!m_session)
        return;
    if (m_signInDialog) {
        m_signInDialog->raise();
        m_signInDialog->activateWindow();
        return;
    }
    m_signInDialog = new SignInDialog(m_session, m_window);
    m_signInDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_signInDialog->open();
}

void SyncControls::reviewCertificate()
{
    if (!m_session || m_trustDialog)
        return;
    const SessionStatus status = m_session->status();
    if (status.sync.state != SyncState::Untrusted || status.sync.judgement.fingerprint.isEmpty())
        return;
    auto *dialog =
        new TrustDialog(status.server, status.sync.judgement, m_session->pinnedFingerprint(status.server), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, m_session,
            [session = m_session, fingerprint = status.sync.judgement.fingerprint] {
                session->trustCertificate(fingerprint);
            });
    m_trustDialog = dialog;
    dialog->open();
}

} // namespace Sitrep
