#include "SyncBanner.h"

#include "SyncIndicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Sitrep {

SyncBanner::SyncBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_button(new QPushButton(this))
{
    setObjectName(QStringLiteral("syncBanner"));
    setAccessibleName(tr("Sync problem"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setAccessibleName(tr("Sync problem"));
    m_button->setFocusPolicy(Qt::TabFocus); // reachable, but never steals the entry box's focus

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(8);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_button, 0, Qt::AlignVCenter);

    connect(m_button, &QPushButton::clicked, this, [this] {
        if (m_review)
            emit reviewRequested();
        else
            emit signInRequested();
    });
    hide();
}

void SyncBanner::setStatus(const SessionStatus &status)
{
    const SyncState state = status.sync.state;
    if (!status.hasServer || (state != SyncState::SignedOut && state != SyncState::Untrusted)) {
        hide();
        return;
    }
    m_review = state == SyncState::Untrusted;
    const bool changed = m_review && status.sync.judgement.verdict == ServerTrust::Verdict::Changed;
    const QString server = status.server.toDisplayString();
    QString text;
    if (changed)
        text = tr("Sync is stopped: the certificate of %1 has changed since you confirmed it. Nothing is sent "
                  "or received until you review it; your changes stay on this console.")
                   .arg(server);
    else if (m_review)
        text = tr("Sync is waiting: confirm that the certificate of %1 is your team server's.").arg(server);
    else
        text = tr("Not signed in to %1 as %2: your changes stay on this console until you sign in.")
                   .arg(server, status.user);
    if (!status.sync.problem.isEmpty() && !m_review)
        text += QLatin1Char('\n') + status.sync.problem;
    m_text->setText(text);
    m_button->setText(m_review ? tr("&Review certificate…") : tr("Sign &in…"));
    m_button->setAccessibleName(m_review ? tr("Review certificate") : tr("Sign in"));
    m_icon->setPixmap(SyncIndicator::stateIcon(status).pixmap(16, 16));
    // Fixed colours on purpose: a tinted bar with dark text reads on light and dark palettes.
    // A full-width bar, like a browser's information bar, ruled off from the panes below.
    const QString colours =
        changed ? QStringLiteral("background: #fdecea; color: #5f2120; border-bottom: 1px solid #c62828;")
                : QStringLiteral("background: #fff4e5; color: #663c00; border-bottom: 1px solid #b25e00;");
    setStyleSheet(QStringLiteral("#syncBanner { %1 } #syncBanner QLabel { color: %2; border: none; }")
                      .arg(colours, changed ? QStringLiteral("#5f2120") : QStringLiteral("#663c00")));
    show();
}

} // namespace Sitrep
