#include "TrustDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Sitrep {

namespace {

// "AB:CD:…" in two rows of 16 pairs: 32 pairs on one line are hard to compare by eye.
QString twoRows(const QString &fingerprint)
{
    const QString display = Fingerprint::display(fingerprint);
    const qsizetype half = 16 * 3 - 1; // 16 pairs and their colons
    return display.size() > half ? display.left(half) + QLatin1Char('\n') + display.mid(half + 1) : display;
}

QLabel *makeFingerprintLabel(const QString &fingerprint, const QString &name, QWidget *parent)
{
    auto *label = new QLabel(twoRows(fingerprint), parent);
    label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAccessibleName(name);
    // Screen readers get it in one piece, as the server's log prints it.
    label->setAccessibleDescription(Fingerprint::display(fingerprint));
    return label;
}

} // namespace

TrustDialog::TrustDialog(const QUrl &server, const ServerTrust::Judgement &judgement, const QString &pinned,
                         QWidget *parent)
    : QDialog(parent)
    , m_judgement(judgement)
    , m_fingerprint(
          makeFingerprintLabel(judgement.fingerprint, tr("SHA-256 fingerprint of the server's certificate"), this))
{
    const bool changed = isChange();
    setWindowTitle(changed ? tr("The server's certificate has changed") : tr("Confirm the server's certificate"));
    setAccessibleName(windowTitle());

    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(
        style()
            ->standardIcon(changed ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxQuestion, nullptr, this)
            .pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);

    auto *headline = new QLabel(this);
    headline->setWordWrap(true);
    headline->setTextFormat(Qt::PlainText);
    QFont bold = headline->font();
    bold.setBold(true);
    headline->setFont(bold);
    auto *explanation = new QLabel(this);
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::PlainText);
    if (changed) {
        headline->setText(tr("Sync with %1 is stopped: the server presented a different certificate from the one "
                             "you confirmed.")
                              .arg(server.toDisplayString()));
        explanation->setText(
            tr("This happens when the server's certificate was replaced, and also when someone is intercepting the "
               "connection. Nothing is sent to the server until you decide; your changes stay on this console. "
               "Ask the server's administrator for the new fingerprint and compare it before you trust it."));
    } else {
        headline->setText(tr("Is this your team's server? No trusted authority vouches for the certificate of %1.")
                              .arg(server.toDisplayString()));
        explanation->setText(tr("Compare this fingerprint with the one the server printed when it started (its log "
                                "line \"certificate SHA-256 fingerprint\"), or ask its administrator. Trust it only "
                                "if they match: Sitrep will then accept this certificate, and only this one, "
                                "from this server."));
    }
    headline->setAccessibleName(tr("Warning"));
    explanation->setAccessibleName(tr("Explanation"));

    auto *facts = new QFormLayout;
    auto *serverLabel = new QLabel(server.toDisplayString(), this);
    serverLabel->setAccessibleName(tr("Server"));
    serverLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    facts->addRow(tr("Server:"), serverLabel);
    if (changed && !pinned.isEmpty())
        facts->addRow(tr("Confirmed before:"), makeFingerprintLabel(pinned, tr("Fingerprint confirmed before"), this));
    facts->addRow(changed ? tr("Presented now:") : tr("SHA-256:"), m_fingerprint);

    auto *buttons = new QDialogButtonBox(this);
    m_trust = buttons->addButton(changed ? tr("&Trust the new certificate") : tr("&Trust this certificate"),
                                 QDialogButtonBox::AcceptRole);
    m_trust->setAccessibleName(m_trust->text().remove(QLatin1Char('&')));
    QPushButton *cancel =
        buttons->addButton(changed ? tr("&Keep sync stopped") : tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setAccessibleName(cancel->text().remove(QLatin1Char('&')));
    m_trust->setAutoDefault(false);
    cancel->setDefault(true);

    auto *text = new QVBoxLayout;
    text->addWidget(headline);
    text->addWidget(explanation);
    text->addLayout(facts);
    if (changed) {
        m_checked = new QCheckBox(tr("I have &checked the new fingerprint with the server's administrator"), this);
        m_checked->setAccessibleName(tr("I have checked the new fingerprint"));
        m_trust->setEnabled(false);
        connect(m_checked, &QCheckBox::toggled, m_trust, &QPushButton::setEnabled);
        text->addWidget(m_checked);
    }
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    cancel->setFocus();
}

} // namespace Sitrep
