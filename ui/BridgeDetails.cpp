#include "BridgeDetails.h"

#include "ConsolePermissions.h"
#include "NameWidget.h"
#include "rules/Validation.h"
#include "store/Store.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace Sitrep {

BridgeDetails::BridgeDetails(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_critical(new QToolButton(this))
    , m_banner(new QLabel(this))
    , m_link(new QLineEdit(this))
    , m_open(new QLabel(this))
    , m_copy(new QToolButton(this))
    , m_dialIn(new QLineEdit(this))
    , m_fallback(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("Save"), this))
{
    nameWidget(m_critical, "criticalPhase", tr("Critical phase"),
         tr("Limit the bridge to essential participants; the others are moved to the lobby"));
    m_criticalTip = m_critical->toolTip();
    m_critical->setText(tr("Critical phase"));
    m_critical->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_critical->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_critical->setCheckable(true);
    m_critical->setFocusPolicy(Qt::StrongFocus);

    nameWidget(m_banner, "criticalBanner", tr("Critical phase notice"), tr("Set by the commander or facilitator"));
    m_banner->setTextFormat(Qt::PlainText);
    //: Shown on every console while the critical phase is on; ⛔ keeps it legible without colour
    m_banner->setText(tr("⛔ Critical phase: essential participants only"));
    QFont bold = m_banner->font();
    bold.setBold(true);
    m_banner->setFont(bold);
    // Colour for meaning, with the icon and words beside it. A palette, not a style sheet:
    // the first style sheet in the window cost the console's cold start ~2 ms.
    QPalette alarm = m_banner->palette();
    alarm.setColor(QPalette::Window, QColor(0xb3, 0x26, 0x1e));
    alarm.setColor(QPalette::WindowText, Qt::white);
    m_banner->setPalette(alarm);
    m_banner->setAutoFillBackground(true);
    m_banner->setContentsMargins(6, 2, 6, 2);
    m_banner->setVisible(false);

    nameWidget(m_link, "meetingLink", tr("Meeting link"), tr("The bridge's meeting address (https://…, tel:, sip:)"));
    m_link->setPlaceholderText(tr("https://meet.example.com/…"));
    nameWidget(m_open, "openLink", tr("Open meeting link"), tr("Open the meeting in the browser or phone app"));
    m_open->setTextFormat(Qt::RichText);
    m_open->setOpenExternalLinks(true);
    m_open->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    nameWidget(m_copy, "copyLink", tr("Copy meeting link"), tr("Copy the meeting link to the clipboard"));
    m_copy->setText(tr("Copy"));
    m_copy->setFocusPolicy(Qt::StrongFocus);
    nameWidget(m_dialIn, "dialIn", tr("Dial-in"), tr("Phone number and PIN of the bridge"));
    m_dialIn->setPlaceholderText(tr("+44 20 7946 0000, PIN 4711#"));
    nameWidget(m_fallback, "fallback", tr("Fallback channels"),
         tr("What to use when the meeting tool is down: SMS, phone tree, …"));
    m_fallback->setPlaceholderText(tr("If the meeting tool is down: …"));
    m_fallback->setTabChangesFocus(true);
    m_fallback->setFixedHeight(fontMetrics().lineSpacing() * 3 + 12);
    nameWidget(m_save, "saveBridge", tr("Save bridge details"), tr("Save the bridge details (Ctrl+S); Escape undoes edits"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_critical);
    top->addWidget(m_banner, 1);
    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_link, 1);
    linkRow->addWidget(m_open);
    linkRow->addWidget(m_copy);
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Link"), linkRow);
    form->addRow(tr("Dial-in"), m_dialIn);
    form->addRow(tr("Fallback"), m_fallback);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addLayout(form);
    layout->addLayout(buttons);
    setTabOrder(m_critical, m_link);
    setTabOrder(m_link, m_copy);
    setTabOrder(m_copy, m_dialIn);
    setTabOrder(m_dialIn, m_fallback);
    setTabOrder(m_fallback, m_save);

    auto *saveKey = new QShortcut(QKeySequence::Save, this);
    saveKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveKey, &QShortcut::activated, this, &BridgeDetails::save);
    auto *revertKey = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    revertKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(revertKey, &QShortcut::activated, this, &BridgeDetails::revert);
    connect(m_save, &QPushButton::clicked, this, &BridgeDetails::save);
    connect(m_link, &QLineEdit::returnPressed, this, &BridgeDetails::save);
    connect(m_dialIn, &QLineEdit::returnPressed, this, &BridgeDetails::save);
    connect(m_copy, &QToolButton::clicked, this, &BridgeDetails::copyLink);
    connect(m_critical, &QToolButton::clicked, this, &BridgeDetails::switchCriticalPhase);
    connect(m_link, &QLineEdit::textChanged, this, &BridgeDetails::updateState);
    connect(m_dialIn, &QLineEdit::textChanged, this, &BridgeDetails::updateState);
    connect(m_fallback, &QPlainTextEdit::textChanged, this, &BridgeDetails::updateState);
    connect(m_store, &Store::incidentChanged, this, [this](const QUuid &id) {
        if (id == m_incidentId)
            reload();
    });
    setIncident({});
}

void BridgeDetails::setIncident(const QUuid &incidentId)
{
    m_incidentId = incidentId;
    m_shown = {};
    // Another incident's bridge: nothing typed for the last one carries over.
    m_link->clear();
    m_dialIn->clear();
    m_fallback->clear();
    reload();
}

bool BridgeDetails::isDirty() const
{
    return typed() != m_shown;
}

BridgeChannels BridgeDetails::typed() const
{
    return {m_link->text().trimmed(), m_dialIn->text().trimmed(), m_fallback->toPlainText().trimmed()};
}

void BridgeDetails::reload()
{
    const std::optional<Incident> incident = m_incidentId.isNull() ? std::nullopt : m_store->incident(m_incidentId);
    const bool wasDirty = isDirty();
    const BridgeChannels stored = incident ? incident->bridge : BridgeChannels();
    m_criticalPhase = incident && incident->criticalPhase;
    if (!wasDirty || !incident) {
        m_link->setText(stored.meetingLink);
        m_dialIn->setText(stored.dialIn);
        // setText leaves the cursor at the end: a link wider than the field would show its
        // tail ("s://meet…/inc-1197"); the scheme and host are what a person checks.
        m_link->setCursorPosition(0);
        m_dialIn->setCursorPosition(0);
        if (m_fallback->toPlainText() != stored.fallback)
            m_fallback->setPlainText(stored.fallback);
        m_shown = stored;
    }
    updateState();
}

void BridgeDetails::setPermissions(const ConsolePermissions *permissions)
{
    m_permissions = permissions;
    permissions->follow(this, [this] { return m_incidentId; }, [this] { updateState(); });
}

void BridgeDetails::updateState()
{
    m_critical->setChecked(m_criticalPhase);
    const QString refusal = m_permissions && !m_incidentId.isNull()
        ? m_permissions->whyNot(m_incidentId, IncidentAction::ChangeCriticalPhase)
        : QString();
    m_critical->setEnabled(!m_incidentId.isNull() && refusal.isEmpty());
    m_critical->setToolTip(refusal.isEmpty() ? m_criticalTip : refusal);
    // A viewer reads the channels (they are how to reach the bridge) but cannot change them.
    const QString readOnly = m_permissions ? m_permissions->readOnlyReason() : QString();
    for (QLineEdit *line : {m_link, m_dialIn}) {
        line->setEnabled(!m_incidentId.isNull());
        line->setReadOnly(!readOnly.isEmpty());
    }
    m_fallback->setEnabled(!m_incidentId.isNull());
    m_fallback->setReadOnly(!readOnly.isEmpty());
    m_banner->setVisible(m_criticalPhase);
    m_save->setEnabled(!m_incidentId.isNull() && isDirty());
    // Only an address the rules accept becomes a link: never a javascript: or a typo.
    const QString link = m_link->text().trimmed();
    const bool openable = !link.isEmpty() && Validation::checkBridge({link, {}, {}}).isEmpty();
    m_open->setText(openable ? QStringLiteral("<a href=\"%1\">%2</a>").arg(link.toHtmlEscaped(), tr("Open").toHtmlEscaped())
                             : QString());
    m_open->setVisible(openable);
    m_copy->setEnabled(!link.isEmpty());
}

void BridgeDetails::save()
{
    if (m_permissions && !m_permissions->readOnlyReason().isEmpty()) {
        emit message(m_permissions->readOnlyReason());
        return;
    }
    if (m_incidentId.isNull() || !isDirty())
        return;
    // Only the lines the person changed from what the form showed: another console may
    // have changed another line meanwhile (the form keeps what is typed while dirty).
    const BridgeChannels channels = typed();
    const CommandResult result = m_store->editIncident(m_incidentId, [this, &channels](Incident &incident) {
        if (channels.meetingLink != m_shown.meetingLink)
            incident.bridge.meetingLink = channels.meetingLink;
        if (channels.dialIn != m_shown.dialIn)
            incident.bridge.dialIn = channels.dialIn;
        if (channels.fallback != m_shown.fallback)
            incident.bridge.fallback = channels.fallback;
    });
    if (!result) {
        emit message(result.error); // what was typed stays for another try
        return;
    }
    m_shown = channels; // saved: the lines show what is stored again
    reload();
}

void BridgeDetails::revert()
{
    m_shown = {};
    m_link->clear();
    m_dialIn->clear();
    m_fallback->clear();
    reload();
}

void BridgeDetails::switchCriticalPhase(bool on)
{
    if (m_incidentId.isNull())
        return;
    const CommandResult result = m_store->setCriticalPhase(m_incidentId, on);
    if (!result)
        emit message(result.error);
    reload(); // the button shows what is stored
}

void BridgeDetails::copyLink()
{
    const QString link = m_link->text().trimmed();
    if (link.isEmpty())
        return;
    QApplication::clipboard()->setText(link);
    emit message(tr("Meeting link copied."));
}

} // namespace Sitrep
