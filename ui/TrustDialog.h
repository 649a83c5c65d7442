#pragma once

#include "sync/ServerTrust.h"

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QLabel;
class QPushButton;

namespace Sitrep {

// Asks the person whether a server certificate is their team's, showing its SHA-256
// fingerprint in the form the server logs and openssl prints ("AB:CD:…"):
// - unknown (nobody vouches for it): Trust / Cancel;
// - changed (not the one confirmed before): a hard warning that sync is stopped, both
//   fingerprints, and trusting the new one needs a tick that it was checked first.
// Cancel is the default button: Enter never trusts by accident.
class TrustDialog : public QDialog
{
    Q_OBJECT
public:
    // pinned: the fingerprint confirmed before (normalised), if any.
    TrustDialog(const QUrl &server, const ServerTrust::Judgement &judgement, const QString &pinned,
                QWidget *parent = nullptr);

    QString fingerprint() const { return m_judgement.fingerprint; }
    bool isChange() const { return m_judgement.verdict == ServerTrust::Verdict::Changed; }
    QPushButton *trustButton() const { return m_trust; }
    QCheckBox *checkedBox() const { return m_checked; } // null unless a change
    QLabel *fingerprintLabel() const { return m_fingerprint; }

private:
    ServerTrust::Judgement m_judgement;
    QLabel *m_fingerprint;
    QCheckBox *m_checked = nullptr;
    QPushButton *m_trust = nullptr;
};

} // namespace Sitrep
