#include "BridgePane.h"

#include "BridgeCommands.h"
#include "BridgeDetails.h"
#include "BridgeRosterModel.h"
#include "CompactTable.h"
#include "ConsolePermissions.h"
#include "RosterColumns.h"
#include "NameWidget.h"
#include "store/Store.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Sitrep {

BridgePane::BridgePane(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_details(new BridgeDetails(store, this))
    , m_model(new BridgeRosterModel(store, this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
    , m_phoneName(new QLineEdit(this))
    , m_phoneChannel(new QLineEdit(this))
    , m_addPhone(new QPushButton(tr("Add phone"), this))
{
    m_join = makeAction(tr("Join bridge"), tr("Join"), QKeySequence(Qt::Key_J),
                        tr("Join this incident's bridge from this console"));
    m_leave = makeAction(tr("Leave bridge"), tr("Leave"), QKeySequence(Qt::Key_L), tr("Leave this incident's bridge"));
    m_admit = makeAction(tr("Admit from lobby"), tr("Admit"), QKeySequence(Qt::Key_A),
                         tr("Let the selected participant in from the lobby"));
    m_mute = makeAction(tr("Mute requested"), tr("Mute"), QKeySequence(Qt::Key_M),
                        tr("Ask the selected participant to mute, or withdraw the request"));
    m_essential = makeAction(tr("Essential"), tr("Essential"), QKeySequence(Qt::Key_E),
                             tr("Mark the selected participant essential to the bridge, or not"));
    m_hand = makeAction(tr("Hand raised"), tr("Hand"), QKeySequence(Qt::Key_H),
                        tr("Raise or lower the selected participant's hand"));
    m_remove = makeAction(tr("Remove from bridge"), tr("Remove"), QKeySequence(Qt::Key_Delete),
                          tr("Take the selected participant off the bridge (the row stays, with the time)"));
    for (QAction *toggle : {m_mute, m_essential, m_hand})
        toggle->setCheckable(true);

    nameWidget(m_summary, "bridgeSummary", tr("Bridge summary"), tr("People on the bridge, in the lobby, and watching"));
    m_summary->setTextFormat(Qt::PlainText);
    // Wraps rather than widening the dock: German and French counts are longer.
    m_summary->setWordWrap(true);
    nameWidget(m_view, "roster", tr("Bridge roster"),
         tr("Who is on the bridge. A admit, M mute, E essential, H hand, Delete remove"));
    m_view->setModel(m_model);
    setUpCompactTable(m_view);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    new RosterColumns(m_view);

    nameWidget(m_phoneName, "phoneName", tr("Phone participant name"),
         tr("Name of someone on the bridge by phone only (Insert) — Enter adds"));
    m_phoneName->setPlaceholderText(tr("Phone participant"));
    nameWidget(m_phoneChannel, "phoneChannel", tr("Phone participant channel"),
         tr("How to reach them: a phone number or other channel — Enter adds"));
    m_phoneChannel->setPlaceholderText(tr("tel:+44 20 7946 0000"));
    nameWidget(m_addPhone, "addPhone", tr("Add phone participant"), tr("Add the phone participant to the roster (Enter)"));
    for (QWidget *widget : std::initializer_list<QWidget *>{m_phoneName, m_phoneChannel, m_addPhone})
        widget->setStatusTip(widget->toolTip()); // what updateActions() puts back

    auto *top = new QHBoxLayout;
    QToolButton *joinButton = button(m_join);
    QToolButton *leaveButton = button(m_leave);
    top->addWidget(joinButton);
    top->addWidget(leaveButton);
    top->addWidget(m_summary, 1);
    auto *controls = new QHBoxLayout;
    const QList<QAction *> rowActions{m_admit, m_mute, m_essential, m_hand, m_remove};
    QList<QWidget *> chain{joinButton, leaveButton, m_view};
    for (QAction *action : rowActions) {
        chain.append(button(action));
        controls->addWidget(chain.last());
    }
    controls->addStretch(1);
    auto *phone = new QHBoxLayout;
    phone->addWidget(m_phoneName, 2);
    phone->addWidget(m_phoneChannel, 3);
    phone->addWidget(m_addPhone);
    chain << m_phoneName << m_phoneChannel << m_addPhone;
    // Reading order: this console's own join/leave, the roster, its row actions, then adding by phone.
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_details);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(controls);
    layout->addLayout(phone);

    // The roster's menu: this console first, then what applies to the selected row.
    m_view->addAction(m_join);
    m_view->addAction(m_leave);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_view->addAction(separator);
    m_view->addActions(rowActions);

    auto *insert = new QShortcut(QKeySequence(Qt::Key_Insert), this);
    insert->setContext(Qt::WidgetWithChildrenShortcut);
    connect(insert, &QShortcut::activated, this, [this] { m_phoneName->setFocus(Qt::ShortcutFocusReason); });
    connect(m_details, &BridgeDetails::message, this, &BridgePane::message);
    connect(m_phoneName, &QLineEdit::returnPressed, this, &BridgePane::addPhone);
    connect(m_phoneChannel, &QLineEdit::returnPressed, this, &BridgePane::addPhone);
    connect(m_addPhone, &QPushButton::clicked, this, &BridgePane::addPhone);
    connect(m_join, &QAction::triggered, this,
            [this] { report(BridgeCommands::join(*m_store, m_incidentId, m_model->consoleOf(m_store->actor()))); });
    connect(m_leave, &QAction::triggered, this,
            [this] { report(BridgeCommands::leave(*m_store, m_model->consoleOf(m_store->actor()))); });
    connect(m_admit, &QAction::triggered, this, [this] { onSelected(&BridgeCommands::admit); });
    connect(m_remove, &QAction::triggered, this, [this] { onSelected(&BridgeCommands::remove); });
    connect(m_mute, &QAction::triggered, this, [this](bool on) { setFlag(&BridgeParticipant::muteRequested, on); });
    connect(m_essential, &QAction::triggered, this, [this](bool on) { setFlag(&BridgeParticipant::essential, on); });
    connect(m_hand, &QAction::triggered, this, [this](bool on) { setFlag(&BridgeParticipant::handRaised, on); });

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &BridgePane::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BridgePane::updateActions);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &BridgePane::updateActions);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_model, signal, this, &BridgePane::updateSummary);
        connect(m_model, signal, this, &BridgePane::updateActions);
    }
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BridgePane::updateSummary);
    // A reset (presence changing several rows at once) keeps the selected participant selected.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const std::optional<BridgeParticipant> current = selected();
        m_keepSelected = current ? current->id : QUuid();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOf(m_keepSelected);
        if (row >= 0)
            m_view->setCurrentIndex(m_model->index(row, 0));
        updateSummary();
        updateActions();
    });
    setIncident({});
}

QAction *BridgePane::makeAction(const QString &text, const QString &iconText, const QKeySequence &key,
                                const QString &tip)
{
    auto *action = new QAction(text, this);
    action->setIconText(iconText);
    action->setShortcut(key);
    // Single keys act on the roster only, so they never take a letter typed elsewhere.
    action->setShortcutContext(Qt::WidgetShortcut);
    //: An action's tooltip: what it does, then its key on the roster
    action->setToolTip(tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    action->setStatusTip(action->toolTip()); // what offer() puts back
    return action;
}

QToolButton *BridgePane::button(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setAccessibleName(action->text());
    button->setFocusPolicy(Qt::StrongFocus);
    button->setAutoRaise(false);
    return button;
}

void BridgePane::setIncident(const QUuid &incidentId)
{
    m_incidentId = incidentId;
    m_details->setIncident(incidentId);
    m_model->setIncident(incidentId);
    updateSummary();
    updateActions();
}

void BridgePane::showPresence(const QStringList &viewing, const QStringList &onBridge)
{
    m_model->setPresence(viewing, onBridge);
}

std::optional<BridgeParticipant> BridgePane::selected() const
{
    return m_model->participantAt(m_view->currentIndex().row());
}

void BridgePane::updateSummary()
{
    if (m_incidentId.isNull()) {
        m_summary->setText(tr("No incident"));
        return;
    }
    //: Bridge summary: people on the bridge · waiting in the lobby · consoles watching without a row
    m_summary->setText(tr("%1 on · %2 in lobby · %3 watching")
                           .arg(m_model->presentCount())
                           .arg(m_model->lobbyCount())
                           .arg(m_model->watchingCount()));
}

void BridgePane::setPermissions(const ConsolePermissions *permissions)
{
    m_permissions = permissions;
    m_details->setPermissions(permissions);
    permissions->follow(this, [this] { return m_incidentId; }, [this] { updateActions(); });
}

void BridgePane::offer(QAction *action, bool enabled, const QString &refusal)
{
    action->setEnabled(enabled && refusal.isEmpty());
    action->setToolTip(enabled && !refusal.isEmpty() ? refusal : action->statusTip());
}

void BridgePane::updateActions()
{
    const std::optional<BridgeParticipant> current = selected();
    const bool present = current && current->isPresent();
    // What the server counts as moderating (model/Permissions.h, moderatesBridge): one's own
    // leaving, muting and hand are one's own business; admitting and essential never are.
    const QString moderation = m_permissions && !m_incidentId.isNull()
        ? m_permissions->whyNot(m_incidentId, IncidentAction::ModerateBridge)
        : QString();
    // A viewer changes nothing, not even their own row.
    const QString readOnly = m_permissions ? m_permissions->readOnlyReason() : QString();
    const bool self = current && !m_store->actor().isNull() && current->personId == m_store->actor();
    const QString aboutOthers = self ? readOnly : moderation;
    offer(m_admit, present && current->inLobby, moderation);
    offer(m_remove, present, aboutOthers);
    offer(m_mute, present, current && current->muteRequested ? readOnly : aboutOthers); // lifting it is anyone's
    offer(m_essential, present, moderation);
    offer(m_hand, present, readOnly);
    const bool phones = !m_incidentId.isNull() && readOnly.isEmpty();
    for (QWidget *widget : std::initializer_list<QWidget *>{m_phoneName, m_phoneChannel, m_addPhone}) {
        widget->setEnabled(phones);
        widget->setToolTip(readOnly.isEmpty() ? widget->statusTip() : readOnly);
    }
    // Checked shows what is stored for the selected participant.
    m_mute->setChecked(current && current->muteRequested);
    m_essential->setChecked(current && current->essential);
    m_hand->setChecked(current && current->handRaised);
    const std::optional<BridgeParticipant> mine = m_model->consoleOf(m_store->actor());
    const bool signedIn = !m_incidentId.isNull() && !m_store->actor().isNull();
    offer(m_join, signedIn && !(mine && mine->isPresent()), readOnly);
    offer(m_leave, signedIn && mine && mine->isPresent(), readOnly);
}

bool BridgePane::report(const CommandResult &result)
{
    if (!result) {
        emit message(result.error);
        updateActions(); // the toggles show what is stored again
    }
    return result.ok;
}

void BridgePane::addPhone()
{
    if (m_incidentId.isNull())
        return;
    if (!report(BridgeCommands::addPhone(*m_store, m_incidentId, m_phoneName->text(), m_phoneChannel->text())))
        return; // what was typed stays for another try
    m_phoneName->clear();
    m_phoneChannel->clear();
    m_phoneName->setFocus(Qt::OtherFocusReason); // ready for the next caller
}

void BridgePane::onSelected(CommandResult (*command)(Store &, BridgeParticipant))
{
    if (const std::optional<BridgeParticipant> participant = selected())
        report(command(*m_store, *participant));
}

void BridgePane::setFlag(bool BridgeParticipant::*flag, bool on)
{
    if (const std::optional<BridgeParticipant> participant = selected())
        report(BridgeCommands::setFlag(*m_store, *participant, flag, on));
}

QList<ShortcutSheet::Row> BridgePane::keyHelp()
{
    const QString area = tr("Bridge roster");
    return {
        {area, tr("Admit from the lobby"), tr("A")},
        {area, tr("Request mute (again: withdraw)"), tr("M")},
        {area, tr("Mark essential"), tr("E")},
        {area, tr("Hand raised or lowered"), tr("H")},
        {area, tr("Remove from the bridge"), tr("Delete")},
        {area, tr("Join or leave the bridge yourself"), tr("J, L")},
        {area, tr("Add a phone participant"), tr("Insert")},
        {area, tr("Save the bridge details"), tr("Ctrl+S")},
    };
}

} // namespace Sitrep
