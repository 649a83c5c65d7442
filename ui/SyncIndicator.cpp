#include "SyncIndicator.h"

#include "store/Store.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolButton>

namespace Sitrep {

namespace {

// What the indicator can look like: the sync states, plus "no server at all", and the
// two reasons for distrust, which ask for different care.
enum class Look { Local, Connecting, Syncing, Online, Offline, SignedOut, Unconfirmed, CertificateChanged };

Look lookOf(const SessionStatus &status)
{
    if (!status.hasServer)
        return Look::Local;
    switch (status.sync.state) {
    case SyncState::Offline:
        return Look::Offline;
    case SyncState::Connecting:
        return Look::Connecting;
    case SyncState::Syncing:
        return Look::Syncing;
    case SyncState::Online:
        return Look::Online;
    case SyncState::SignedOut:
        return Look::SignedOut;
    case SyncState::Untrusted:
        return status.sync.judgement.verdict == ServerTrust::Verdict::Changed ? Look::CertificateChanged
                                                                              : Look::Unconfirmed;
    }
    return Look::Offline;
}

// Shapes first (filled dot, arc, crossed ring, padlock, warning triangle, square), colour
// second: the state reads the same in greyscale and to people who do not see colour.
QIcon drawIcon(Look look)
{
    constexpr int Size = 16;
    QIcon icon;
    for (const qreal ratio : {1.0, 2.0}) {
        QPixmap pixmap(int(Size * ratio), int(Size * ratio));
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF ring(2.5, 2.5, 11, 11);
        switch (look) {
        case Look::Online:
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(0x2e, 0x7d, 0x32));
            painter.drawEllipse(QRectF(2, 2, 12, 12));
            break;
        case Look::Connecting:
        case Look::Syncing:
            painter.setPen(QPen(QColor(0x15, 0x65, 0xc0), 2.2, Qt::SolidLine, Qt::RoundCap));
            painter.drawArc(ring, 90 * 16, look == Look::Syncing ? -270 * 16 : -120 * 16);
            break;
        case Look::Offline:
            painter.setPen(QPen(QColor(0x61, 0x61, 0x61), 1.6));
            painter.drawEllipse(ring);
            painter.drawLine(QPointF(3.5, 12.5), QPointF(12.5, 3.5));
            break;
        case Look::SignedOut: {
            const QColor amber(0xb2, 0x5e, 0x00);
            painter.setPen(QPen(amber, 1.8));
            painter.drawArc(QRectF(4.5, 1.5, 7, 9), 0, 180 * 16);
            painter.drawLine(QPointF(4.5, 6), QPointF(4.5, 7.5));
            painter.drawLine(QPointF(11.5, 6), QPointF(11.5, 7.5));
            painter.setPen(Qt::NoPen);
            painter.setBrush(amber);
            painter.drawRoundedRect(QRectF(2.5, 7, 11, 8), 1.5, 1.5);
            break;
        }
        case Look::Unconfirmed:
        case Look::CertificateChanged: {
            QPainterPath triangle;
            triangle.moveTo(8, 1);
            triangle.lineTo(15, 14.5);
            triangle.lineTo(1, 14.5);
            triangle.closeSubpath();
            painter.setPen(Qt::NoPen);
            painter.setBrush(look == Look::CertificateChanged ? QColor(0xc6, 0x28, 0x28) : QColor(0xb2, 0x5e, 0x00));
            painter.drawPath(triangle);
            painter.setPen(QPen(Qt::white, 1.8, Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(QPointF(8, 5.5), QPointF(8, 9.5));
            painter.drawPoint(QPointF(8, 12.3));
            break;
        }
        case Look::Local:
            painter.setPen(QPen(QColor(0x61, 0x61, 0x61), 1.6));
            painter.drawRoundedRect(QRectF(2.5, 3.5, 11, 9), 1.5, 1.5);
            painter.drawLine(QPointF(5, 8), QPointF(11, 8));
            break;
        }
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QString lastSyncText(const QDateTime &lastSync)
{
    if (!lastSync.isValid())
        return SyncIndicator::tr("Not in step with the server yet.");
    const QDateTime local = lastSync.toLocalTime();
    const QString when = local.date() == QDate::currentDate() ? QLocale().toString(local.time(), QLocale::ShortFormat)
                                                              : QLocale().toString(local, QLocale::ShortFormat);
    return SyncIndicator::tr("Last in step with the server: %1").arg(when);
}

} // namespace

SyncIndicator::SyncIndicator(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_state(new QToolButton(this))
    , m_pending(new QLabel(this))
    , m_conflicts(new QLabel(this))
{
    setAccessibleName(tr("Sync"));
    m_state->setObjectName(QStringLiteral("syncState"));
    m_state->setAccessibleName(tr("Sync state"));
    m_state->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_state->setAutoRaise(true);
    m_state->setFocusPolicy(Qt::TabFocus);
    m_pending->setAccessibleName(tr("Pending changes"));
    m_conflicts->setAccessibleName(tr("Conflicts"));
    // Amber text beside words, never the only cue; readable on light and dark palettes.
    // (A palette and a font, not a style sheet: the console's cold start pays for the first.)
    QPalette amber = m_conflicts->palette();
    amber.setColor(QPalette::WindowText, QColor(0xb2, 0x5e, 0x00));
    m_conflicts->setPalette(amber);
    QFont bold = m_conflicts->font();
    bold.setBold(true);
    m_conflicts->setFont(bold);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_state);
    layout->addWidget(m_pending);
    layout->addWidget(m_conflicts);

    connect(m_state, &QToolButton::clicked, this, &SyncIndicator::activated);
    connect(m_store, &Store::outboxChanged, this, &SyncIndicator::showCounts);
    connect(m_store, &Store::conflictsChanged, this, &SyncIndicator::showCounts);
    connect(m_store, &Store::rejectedOpsChanged, this, &SyncIndicator::showCounts);
    setStatus(m_status);
}

QString SyncIndicator::stateText(const SessionStatus &status)
{
    switch (lookOf(status)) {
    case Look::Local:
        return tr("Local only");
    case Look::Connecting:
        return tr("Connecting…");
    case Look::Syncing:
        return tr("Syncing…");
    case Look::Online:
        return tr("Online");
    case Look::Offline:
        return tr("Offline");
    case Look::SignedOut:
        return tr("Signed out");
    case Look::Unconfirmed:
        return tr("Certificate not confirmed");
    case Look::CertificateChanged:
        return tr("Sync stopped: certificate changed");
    }
    return {};
}

QIcon SyncIndicator::stateIcon(const SessionStatus &status)
{
    return drawIcon(lookOf(status));
}

void SyncIndicator::setStatus(const SessionStatus &status)
{
    m_status = status;
    const Look look = lookOf(status);
    m_state->setText(stateText(status));
    m_state->setIcon(stateIcon(status));

    QStringList lines;
    if (status.hasServer)
        lines << tr("Server: %1 as %2").arg(status.server.toDisplayString(), status.user);
    switch (look) {
    case Look::Local:
        lines << tr("This profile has no server: your changes stay on this console.")
              << tr("Click to sign in to your team's server (Ctrl+Shift+I).");
        break;
    case Look::Online:
        lines << tr("Changes go out as you make them and others' arrive live.");
        break;
    case Look::Connecting:
    case Look::Syncing:
        break;
    case Look::Offline:
        lines << tr("Your changes are kept on this console and sent when the server is back. Retrying "
                    "automatically; click to retry now (F5).");
        break;
    case Look::SignedOut:
        lines << tr("Your changes are kept on this console until you sign in. Click to sign in (Ctrl+Shift+I).");
        break;
    case Look::Unconfirmed:
    case Look::CertificateChanged:
        lines << tr("Click to review the server's certificate.");
        break;
    }
    if (!status.sync.problem.isEmpty())
        lines << status.sync.problem;
    if (status.hasServer)
        lines << lastSyncText(status.sync.lastSync);
    if (!status.notice.isEmpty())
        lines << status.notice;
    const QString details = lines.join(QLatin1Char('\n'));
    m_state->setToolTip(details);
    m_state->setAccessibleDescription(details);
    showCounts();
}

void SyncIndicator::showCounts()
{
    const int pending = m_store->pendingOpCount();
    const bool connected = m_status.sync.state == SyncState::Online || m_status.sync.state == SyncState::Syncing;
    if (pending == 0 && !m_status.hasServer)
        m_pending->setText(tr("All saved locally"));
    else if (pending == 0)
        m_pending->setText(connected ? tr("All sent") : tr("Nothing pending"));
    else
        m_pending->setText(tr("%n pending", nullptr, pending));
    m_pending->setToolTip(
        pending == 0 ? QString()
        : m_status.hasServer
            ? tr("%n change(s) saved on this console, not yet acknowledged by the server.", nullptr, pending)
            : tr("%n change(s) saved on this console; this profile has no server to send them to.", nullptr, pending));

    const int conflicts = m_store->conflictCount();
    const int refused = m_store->rejectedOpCount();
    QStringList problems;
    if (conflicts > 0)
        problems << tr("Conflicts: %n", nullptr, conflicts);
    if (refused > 0)
        problems << tr("Refused: %n", nullptr, refused);
    m_conflicts->setText(problems.join(QStringLiteral(" · ")));
    m_conflicts->setToolTip(
        tr("Conflicts: someone else changed the same field at the same time; the value that lost is kept on the "
           "incident. Refused: changes the server did not accept."));
    m_conflicts->setVisible(!problems.isEmpty());
}

} // namespace Sitrep
