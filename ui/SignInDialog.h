#pragma once

#include "ConsoleSession.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Sitrep {

// Signs the profile in to a team server: server address, user name, password. Enter
// signs in, Escape cancels (also a sign-in under way). While the session works the form
// is locked and says so, and the window stays responsive; a problem is shown in place,
// with the focus on the field to fix and nothing typed lost but a wrong password. A
// certificate nobody vouches for is shown for confirmation (TrustDialog) on the way.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(ConsoleSession *session, QWidget *parent = nullptr);

    QLineEdit *serverEdit() const { return m_server; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *signInButton() const { return m_signIn; }
    QLabel *errorLabel() const { return m_error; }
    bool isBusy() const { return m_busy; }

    void accept() override; // starts the sign-in; the dialog closes when it succeeds
    void reject() override; // also cancels a sign-in under way

private:
    void setBusy(bool busy);
    void onFinished(const SignInResult &result);
    void askTrust(const QUrl &server, const ServerTrust::Judgement &judgement);

    ConsoleSession *m_session;
    QLineEdit *m_server;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_error;
    QLabel *m_progressText;
    QProgressBar *m_progress;
    QPushButton *m_signIn;
    QPushButton *m_cancel;
    bool m_busy = false;
};

} // namespace Sitrep
