#include "IncidentHeader.h"

#include "ConsolePermissions.h"
#include "ElidedLabel.h"
#include "SeverityBox.h"
#include "StatusStepper.h"
#include "TimeText.h"
#include "rules/Labels.h"
#include "store/Store.h"

#include <QApplication>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Sitrep {

namespace {

constexpr int TickMs = 1000;


} // namespace

IncidentHeader::IncidentHeader(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_title(new ElidedLabel(this))
    , m_severity(new SeverityBox(this))
    , m_criteria(new ElidedLabel(this))
    , m_stepper(new StatusStepper(this))
    , m_sinceDeclared(new ElidedLabel(this))
    , m_sinceUpdate(new ElidedLabel(this))
    , m_checkpoint(new QToolButton(this))
    , m_bar(new CheckpointBar(this))
    , m_clock(new QTimer(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_criteria->setTextFormat(Qt::PlainText);
    m_criteria->setForegroundRole(QPalette::PlaceholderText);
    m_criteria->setAccessibleName(tr("Severity criteria"));

    // Fixed-width digits: a ticking clock must not make the line jitter.
    const QFont clockFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    // A narrow header (a laptop, longer German or French words) shortens the clocks'
    // words and keeps their numbers; the tooltip says what each counts from.
    for (ElidedLabel *clock : {m_sinceDeclared, m_sinceUpdate}) {
        clock->setFont(clockFont);
        clock->setToolTipShowsText(false);
    }
    m_checkpoint->setFont(clockFont);
    m_checkpoint->setAutoRaise(true);
    m_checkpoint->setFocusPolicy(Qt::StrongFocus);
    m_checkpoint->setAccessibleName(tr("Next checkpoint"));
    m_bar->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 0);
    top->addWidget(m_severity, 0);
    top->addWidget(m_criteria, 1);
    auto *clocks = new QHBoxLayout;
    clocks->setSpacing(16);
    clocks->addWidget(m_sinceDeclared);
    clocks->addWidget(m_sinceUpdate);
    clocks->addWidget(m_checkpoint);
    clocks->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_stepper);
    layout->addLayout(clocks);
    layout->addWidget(m_bar);
    setTabOrder(m_severity, m_stepper->stepButton(IncidentStatus::Declared));
    setTabOrder(m_stepper->stepButton(IncidentStatus::Closed), m_checkpoint);

    connect(m_severity, &SeverityBox::severityChosen, this, &IncidentHeader::chooseSeverity);
    connect(m_severity, &SeverityBox::criteriaShown, m_criteria, &ElidedLabel::setFullText);
    connect(m_stepper, &StatusStepper::stepChosen, this, &IncidentHeader::chooseStatus);
    connect(m_checkpoint, &QToolButton::clicked, this, &IncidentHeader::askCheckpoint);
    connect(m_bar, &CheckpointBar::decided, this, &IncidentHeader::recordCheckpoint);
    connect(m_bar, &CheckpointBar::dismissed, this, &IncidentHeader::dismissCheckpoint);
    connect(m_store, &Store::incidentChanged, this, [this](const QUuid &id) {
        if (id == m_incidentId)
            reload();
    });
    connect(m_store, &Store::entryAdded, this, [this](const QUuid &id, const QUuid &entryId) {
        if (id != m_incidentId)
            return;
        // One point lookup per live entry; only a checkpoint moves the time-box.
        const std::optional<TimelineEntry> entry = m_store->entry(entryId);
        if (entry && entry->kind == EntryKind::Checkpoint) {
            reloadTimeBox();
            tick();
        }
    });
    // Batches and edits (an edit may change an entry's kind) are rarer but may be large:
    // one re-read on the next tick covers any number of them.
    connect(m_store, &Store::entriesAdded, this, [this](const QUuid &id) { m_timeBoxStale |= id == m_incidentId; });
    connect(m_store, &Store::entryChanged, this, [this](const QUuid &id) { m_timeBoxStale |= id == m_incidentId; });
    connect(m_store, &Store::directoryChanged, this, &IncidentHeader::reload);
    m_clock->setInterval(TickMs);
    connect(m_clock, &QTimer::timeout, this, &IncidentHeader::tick);
    reload();
}

QDateTime IncidentHeader::now() const
{
    return m_store->clock()->now();
}

void IncidentHeader::setIncident(const QUuid &incidentId)
{
    if (incidentId == m_incidentId)
        return;
    m_incidentId = incidentId;
    // A question about another incident's checkpoint must not stay on screen.
    m_timeBox.clear();
    m_bar->reset();
    m_bar->hide();
    reload();
}

void IncidentHeader::setCheckpointInterval(std::chrono::minutes interval)
{
    m_timeBox.setInterval(interval);
    tick();
}

void IncidentHeader::reload()
{
    m_incident = m_incidentId.isNull() ? std::nullopt : m_store->incident(m_incidentId);
    m_severity->setTaxonomy(m_store->severityTaxonomy());
    m_severity->setSeverity(m_incident ? m_incident->severity : QString());
    applyPermissions(); // also shows the steps
    m_checkpoint->setEnabled(m_incident.has_value());
    if (!m_incident) {
        m_title->setFullText(tr("No incident selected"));
        m_title->setAccessibleName(m_title->fullText());
        for (ElidedLabel *clock : {m_sinceDeclared, m_sinceUpdate}) {
            clock->setKeptStart(QString());
            clock->setFullText(QString());
        }
        m_checkpoint->setText(QString());
        m_timeBox.clear();
        m_bar->hide();
        m_clock->stop();
        return;
    }
    m_title->setFullText(m_incident->title);
    m_title->setAccessibleName(tr("Incident: %1").arg(m_incident->title));
    reloadTimeBox();
    if (!m_clock->isActive())
        m_clock->start();
    tick();
}

void IncidentHeader::setPermissions(const ConsolePermissions *permissions)
{
    m_permissions = permissions;
    permissions->follow(this, [this] { return m_incidentId; }, [this] { applyPermissions(); });
}

QString IncidentHeader::readOnlyReason() const
{
    return m_permissions ? m_permissions->readOnlyReason() : QString();
}

QString IncidentHeader::refusal(IncidentAction action) const
{
    return m_permissions && m_incident ? m_permissions->whyNot(m_incidentId, action) : QString();
}

void IncidentHeader::applyPermissions()
{
    const QString severity = refusal(IncidentAction::ChangeSeverity);
    m_severity->setRefusal(severity);
    m_severity->setEnabled(m_incident.has_value() && severity.isEmpty());
    m_stepper->setRefusals(refusal(IncidentAction::AdvanceStatus), refusal(IncidentAction::Close));
    m_stepper->setIncident(m_incident);
    if (!readOnlyReason().isEmpty())
        m_bar->hide();
}

void IncidentHeader::reloadTimeBox()
{
    m_timeBoxStale = false;
    if (!m_incident)
        return;
    const QDateTime before = m_timeBox.deadline();
    // Checkpoints older than the newest declaration or transition cannot start the
    // time-box, so the walk back over the timeline stops there.
    const QDateTime bound = TimeBox::startOf(*m_incident, {});
    m_timeBox.reset(*m_incident, m_store->latestEntryAt(m_incidentId, EntryKind::Checkpoint, bound));
    // Answered elsewhere (another console, a status change): the question is moot, unless
    // the commander has started typing a note into it.
    if (!m_bar->isHidden() && m_timeBox.deadline() != before && !m_timeBox.isDue(now())
        && m_bar->noteEdit()->text().isEmpty())
        m_bar->hide();
}

void IncidentHeader::chooseSeverity(const QString &key)
{
    if (!m_incident || key == m_incident->severity)
        return;
    const CommandResult result = m_store->setSeverity(m_incidentId, key);
    if (!result) {
        emit message(result.error);
        // The list may be what was stale (a new taxonomy arrives without a signal).
        m_severity->setTaxonomy(m_store->severityTaxonomy());
        m_severity->setSeverity(m_incident->severity);
    }
}

void IncidentHeader::chooseStatus(IncidentStatus status)
{
    if (!m_incident)
        return;
    // The store runs Validation::checkStatusChange; its reason is what the person reads.
    const CommandResult result = m_store->setStatus(m_incidentId, status);
    if (!result)
        emit message(result.error);
}

void IncidentHeader::tick()
{
    if (!m_incident)
        return;
    if (m_timeBoxStale)
        reloadTimeBox();
    const QDateTime at = now();
    const QDateTime declared = m_incident->declaredAt;
    const QDateTime changed = m_incident->transitions.isEmpty() ? declared : m_incident->transitions.constLast().at;
    //: Clock: time since the incident was declared ([h:]mm:ss). Keep %1 first: where the
    //: header is narrow, the words after it are cut, not the time
    showClock(m_sinceDeclared, declared.secsTo(at), tr("%1 since declared"),
              tr("Declared at %1 (%2 UTC)").arg(TimeText::localClock(declared), TimeText::utcClock(declared)));
    //: Clock: time since the last status change ([h:]mm:ss). Keep %1 first: where the
    //: header is narrow, the words after it are cut, not the time
    showClock(m_sinceUpdate, changed.secsTo(at), tr("%1 since status change"),
              tr("Status changed at %1 (%2 UTC)").arg(TimeText::localClock(changed), TimeText::utcClock(changed)));
    showCheckpointClock(at);
}

void IncidentHeader::showClock(ElidedLabel *clock, qint64 seconds, const QString &text, const QString &description)
{
    const QString span = TimeBox::formatSpan(seconds);
    clock->setKeptStart(span); // a narrow header cuts the words, never the number
    clock->setFullText(text.arg(span));
    // A screen reader hears the fixed moment, not a number that changes every second; set
    // only on change, so a tick does not send accessibility events.
    if (clock->toolTip() == description)
        return;
    clock->setToolTip(description);
    clock->setAccessibleName(description);
}

void IncidentHeader::showCheckpointClock(const QDateTime &now)
{
    if (!m_timeBox.isActive()) {
        m_checkpoint->setText(tr("No checkpoints: %1").arg(Labels::status(m_incident->status)));
        m_checkpoint->setToolTip(QString());
        m_checkpoint->setEnabled(false);
        m_bar->hide();
        return;
    }
    m_checkpoint->setEnabled(true);
    const bool due = m_timeBox.isDue(now);
    const QString span = TimeBox::formatSpan(m_timeBox.secondsLeft(now));
    if (m_checkpoint->font().bold() != due) {
        QFont font = m_checkpoint->font();
        font.setBold(due);
        m_checkpoint->setFont(font);
    }
    //: The time-box expired: how long ago ([h:]mm:ss)
    m_checkpoint->setText(due ? tr("⚠ Checkpoint due — overdue by %1").arg(span) : tr("Next checkpoint in %1").arg(span));
    const QDateTime deadline = m_timeBox.deadline();
    const QString description = tr("Checkpoint at %1 (%2 UTC): every %3 min after the declaration, a status change "
                                   "or a recorded checkpoint. Space decides now.")
                                    .arg(TimeText::localClock(deadline), TimeText::utcClock(deadline))
                                    .arg(m_timeBox.interval().count());
    if (m_checkpoint->toolTip() != description) {
        m_checkpoint->setToolTip(description);
        m_checkpoint->setAccessibleDescription(description);
    }
    if (due)
        m_bar->setPrompt(tr("Checkpoint due:"));
    if (m_timeBox.takeExpiry(now)) {
        // Shown, not focused: whoever is typing elsewhere keeps their keyboard. A viewer
        // sees the clock say it is due, without the question they cannot answer.
        if (readOnlyReason().isEmpty())
            m_bar->show();
        emit checkpointDue(m_incidentId);
    }
}

void IncidentHeader::askCheckpoint()
{
    if (!m_incident || !m_timeBox.isActive())
        return;
    if (const QString why = readOnlyReason(); !why.isEmpty()) {
        emit message(why);
        return;
    }
    if (!m_timeBox.isDue(now()))
        m_bar->setPrompt(tr("Checkpoint now:"));
    m_bar->show();
    m_bar->focusPrompt();
}

void IncidentHeader::focusSeverity()
{
    if (!m_incident)
        return;
    if (const QString why = refusal(IncidentAction::ChangeSeverity); !why.isEmpty()) {
        emit message(why); // the shortcut says why nothing opens
        return;
    }
    m_severity->setFocus(Qt::ShortcutFocusReason);
    m_severity->showPopup();
}

void IncidentHeader::focusStatus()
{
    if (!m_incident)
        return;
    if (QToolButton *current = m_stepper->stepButton(m_incident->status))
        current->setFocus(Qt::ShortcutFocusReason);
}

void IncidentHeader::recordCheckpoint(CheckpointBar::Decision decision, const QString &note)
{
    if (!m_incident)
        return;
    TimelineEntry entry;
    entry.incidentId = m_incidentId;
    entry.kind = EntryKind::Checkpoint;
    entry.body = CheckpointBar::entryText(decision, note);
    // Asked before the store's notification can hide the bar and move the focus.
    const bool hadFocus = barHasFocus();
    const CommandResult result = m_store->addEntry(entry);
    if (!result) {
        emit message(result.error); // the question and the note stay
        return;
    }
    m_bar->reset();
    hideBar(hadFocus);
}

void IncidentHeader::dismissCheckpoint()
{
    hideBar(barHasFocus());
}

bool IncidentHeader::barHasFocus() const
{
    return m_bar->hasFocus() || m_bar->isAncestorOf(QApplication::focusWidget());
}

void IncidentHeader::hideBar(bool returnFocus)
{
    m_bar->hide();
    // The keyboard lands on the checkpoint clock, from where Space asks again.
    if (returnFocus)
        m_checkpoint->setFocus(Qt::OtherFocusReason);
}

} // namespace Sitrep
