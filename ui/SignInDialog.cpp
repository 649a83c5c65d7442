#include "SignInDialog.h"

#include "TrustDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sitrep {

SignInDialog::SignInDialog(ConsoleSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_server(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_progressText(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setWindowTitle(tr("Sign in"));
    setAccessibleName(tr("Sign in"));

    const ServerSettings settings = m_session->settings();
    m_server->setAccessibleName(tr("Server"));
    m_server->setPlaceholderText(tr("ops.example.com:8443"));
    m_server->setText(settings.isConfigured() ? settings.server.toDisplayString() : QString());
    m_user->setAccessibleName(tr("User name"));
    m_user->setText(settings.user);
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);

    auto *intro = new QLabel(
        tr("Sign in to your team's Sitrep server to share this console's incidents. Until then everything you "
           "write stays on this console."),
        this);
    intro->setWordWrap(true);

    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    m_progressText->setAccessibleName(tr("Progress"));
    m_progressText->hide();
    m_progress->setAccessibleName(tr("Signing in"));
    m_progress->setRange(0, 0); // busy: how long the server takes is not known
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Server"), m_server);
    form->addRow(tr("&User name"), m_user);
    form->addRow(tr("&Password"), m_password);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_signIn = buttons->button(QDialogButtonBox::Ok);
    m_signIn->setText(tr("Sign &in"));
    m_signIn->setAccessibleName(tr("Sign in"));
    m_signIn->setDefault(true);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_cancel->setAccessibleName(tr("Cancel"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_progressText);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_session, &ConsoleSession::signInFinished, this, &SignInDialog::onFinished);
    connect(m_session, &ConsoleSession::trustNeeded, this, &SignInDialog::askTrust);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);

    // The first field still to fill.
    if (m_server->text().isEmpty())
        m_server->setFocus();
    else if (m_user->text().isEmpty())
        m_user->setFocus();
    else
        m_password->setFocus();
}

void SignInDialog::accept()
{
    if (m_busy)
        return;
    m_error->hide();
    setBusy(true);
    m_progressText->setText(tr("Signing in to %1…").arg(m_server->text().trimmed()));
    // Returns at once; the answer comes as signInFinished (or trustNeeded first).
    m_session->signIn(m_server->text(), m_user->text(), m_password->text());
}

void SignInDialog::reject()
{
    if (m_busy)
        m_session->cancelSignIn(); // its signInFinished comes back while the dialog goes
    QDialog::reject();
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *field : {static_cast<QWidget *>(m_server), static_cast<QWidget *>(m_user),
                           static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_signIn)})
        field->setEnabled(!busy);
    m_progressText->setVisible(busy);
    m_progress->setVisible(busy);
    if (busy)
        m_cancel->setFocus(); // Escape or Enter on it stops the wait
}

void SignInDialog::onFinished(const SignInResult &result)
{
    if (!m_busy || !isVisible())
        return; // not ours (a sign-in started elsewhere), or already closing
    setBusy(false);
    if (result.ok) {
        m_password->clear();
        QDialog::accept();
        return;
    }
    m_error->setText(result.error);
    m_error->show();
    QLineEdit *field = m_server;
    switch (result.field) {
    case SignInField::User:
        field = m_user;
        break;
    case SignInField::Password:
        field = m_password;
        break;
    case SignInField::Server:
    case SignInField::None:
        break;
    }
    field->setFocus();
    field->selectAll();
}

void SignInDialog::askTrust(const QUrl &server, const ServerTrust::Judgement &judgement)
{
    if (!m_busy)
        return;
    m_progressText->setText(tr("Waiting for you to confirm the certificate of %1…").arg(server.toDisplayString()));
    auto *trust = new TrustDialog(server, judgement, m_session->pinnedFingerprint(server), this);
    trust->setAttribute(Qt::WA_DeleteOnClose);
    connect(trust, &QDialog::accepted, this, [this, fingerprint = judgement.fingerprint] {
        m_progressText->setText(tr("Signing in to %1…").arg(m_server->text().trimmed()));
        m_session->trustCertificate(fingerprint);
    });
    connect(trust, &QDialog::rejected, this, [this] {
        m_session->cancelSignIn();
        // cancelSignIn answered "Not signed in."; say why.
        m_error->setText(tr("Not signed in: the server's certificate was not confirmed."));
    });
    trust->open();
}

} // namespace Sitrep
