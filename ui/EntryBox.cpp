#include "EntryBox.h"

#include "EntryParser.h"
#include "KindLook.h"
#include "MentionCompleter.h"
#include "store/Store.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

namespace Sitrep {

namespace {

// How an entry's text goes back into the box so that parsing it gives the same kind
// and text: the kind's prefix, and escapes for text that would read as a command.
QString editableText(EntryKind kind, const QString &body)
{
    QString prefix;
    switch (kind) {
    case EntryKind::Decision:
        prefix = QStringLiteral("/d ");
        break;
    case EntryKind::Action:
        prefix = QStringLiteral("/a ");
        break;
    case EntryKind::Comms:
        prefix = QStringLiteral("/c ");
        break;
    default:
        break;
    }
    QString text = body;
    if (text.startsWith(QLatin1Char('#')))
        text.prepend(QLatin1Char('#'));
    else if (prefix.isEmpty() && text.startsWith(QLatin1Char('/')))
        text.prepend(QLatin1Char('/'));
    return prefix + text;
}

bool sameTrackName(const QString &name, const QString &typed)
{
    QString simple = name.trimmed();
    simple.replace(QLatin1Char(' '), QLatin1Char('-'));
    return simple.compare(typed, Qt::CaseInsensitive) == 0;
}

} // namespace

EntryBox::EntryBox(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_editNote(new QLabel(this))
    , m_kind(new QLabel(this))
    , m_edit(new QLineEdit(this))
    , m_mentions(new MentionCompleter(store, m_edit))
    , m_cancel(new QAction(tr("Cancel the edit"), this))
{
    m_editNote->setTextFormat(Qt::PlainText);
    m_editNote->setAccessibleName(tr("Editing an entry"));
    m_editNote->hide();
    m_edit->setAccessibleName(tr("New timeline entry"));
    m_edit->setPlaceholderText(hint());
    m_edit->setEnabled(false);
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancel->setShortcutContext(Qt::WidgetShortcut);
    m_cancel->setEnabled(false); // Escape means nothing here unless an edit is open
    m_edit->addAction(m_cancel);

    m_kind->setTextFormat(Qt::PlainText);
    m_kind->setAccessibleName(tr("Kind of the new entry"));
    m_kind->setToolTip(tr("What the text will be recorded as: /d decision, /a action, /c comms, otherwise a note"));
    // As wide as the widest kind, so the box does not move as the prefix changes it.
    m_kind->setMinimumWidth(KindLook::widestText(m_kind->fontMetrics(), KindLook::nameText) + 6);

    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    row->addWidget(m_kind);
    row->addWidget(m_edit, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_editNote);
    layout->addLayout(row);

    connect(m_edit, &QLineEdit::returnPressed, this, &EntryBox::submit);
    connect(m_edit, &QLineEdit::textChanged, this, &EntryBox::showKind);
    showKind();
    connect(m_cancel, &QAction::triggered, this, &EntryBox::cancelEdit);
}

void EntryBox::setIncident(const QUuid &incidentId)
{
    if (isEditing())
        cancelEdit();
    m_incidentId = incidentId;
    m_edit->setEnabled(!incidentId.isNull() && m_refusal.isEmpty());
    m_kind->setEnabled(m_edit->isEnabled());
}

void EntryBox::setRefusal(const QString &why)
{
    if (!why.isEmpty() && isEditing())
        cancelEdit();
    m_refusal = why;
    m_edit->setPlaceholderText(why.isEmpty() ? hint() : why);
    m_edit->setEnabled(!m_incidentId.isNull() && why.isEmpty());
    m_kind->setEnabled(m_edit->isEnabled());
}

void EntryBox::showKind()
{
    // Editing keeps the entry's kind unless a command changes it (as saveEdit does).
    const ParsedEntry parsed = EntryParser::parse(m_edit->text());
    const EntryKind kind = isEditing() && !parsed.command ? EntryKind(m_editingKind) : parsed.kind;
    m_kind->setText(KindLook::nameText(kind));
    // In the kind's colour for the window behind it; a note in the text's own, and a
    // disabled box's label greyed (a palette that sets nothing else: the rest follows the
    // theme).
    QPalette look;
    if (const QColor color = KindLook::color(kind, palette().color(QPalette::Window)); color.isValid()) {
        look.setColor(QPalette::Active, QPalette::WindowText, color);
        look.setColor(QPalette::Inactive, QPalette::WindowText, color);
    }
    m_kind->setPalette(look);
}

void EntryBox::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        showKind(); // light or dark: the other shade of the kind's colour
}

QString EntryBox::hint()
{
    return tr("Note… /d decision, /a @owner action, /c comms, #track — Enter to add (Ctrl+L)");
}

bool EntryBox::beginEdit(const QUuid &entryId)
{
    if (!m_refusal.isEmpty())
        return false;
    const std::optional<TimelineEntry> entry = m_store->entry(entryId);
    if (!entry || entry->incidentId != m_incidentId)
        return false;
    if (!isEditing())
        m_draft = m_edit->text();
    m_editing = entryId;
    m_editingKind = int(entry->kind);
    //: Above the entry box while it holds an entry being edited: the entry's local time
    m_editNote->setText(tr("Editing the entry of %1 — Enter saves a new revision, Escape cancels")
                            .arg(QLocale().toString(entry->occurredAt.toLocalTime().time(), QStringLiteral("HH:mm:ss"))));
    m_editNote->show();
    m_cancel->setEnabled(true);
    m_edit->setText(editableText(entry->kind, entry->body));
    showKind(); // also when the text did not change (no textChanged)
    m_edit->setFocus(Qt::OtherFocusReason);
    return true;
}

void EntryBox::cancelEdit()
{
    const QUuid entryId = m_editing;
    endEdit();
    emit editFinished(entryId);
}

void EntryBox::endEdit()
{
    m_editing = QUuid();
    m_editNote->hide();
    m_cancel->setEnabled(false);
    m_edit->setText(m_draft);
    m_draft.clear();
    showKind();
}

void EntryBox::submit()
{
    if (m_incidentId.isNull())
        return;
    const ParsedEntry parsed = EntryParser::parse(m_edit->text());
    if (!parsed.ok) {
        emit message(parsed.error);
        return;
    }
    if (isEditing())
        saveEdit(parsed);
    else
        add(parsed);
}

bool EntryBox::resolve(const ParsedEntry &parsed, TimelineEntry &entry)
{
    if (!parsed.owner.isEmpty()) {
        const QList<Person> people = m_store->people();
        const bool known = std::any_of(people.cbegin(), people.cend(), [&](const Person &person) {
            return person.handle.compare(parsed.owner, Qt::CaseInsensitive) == 0;
        });
        if (!known) {
            emit message(tr("No one has the handle @%1: type @ and pick the owner from the list.").arg(parsed.owner));
            return false;
        }
    }
    if (parsed.track.isEmpty())
        return true;
    const QList<Track> tracks = m_store->tracks(m_incidentId);
    for (const Track &track : tracks) {
        if (sameTrackName(track.name, parsed.track)) {
            entry.trackId = track.id;
            return true;
        }
    }
    emit message(tr("This incident has no track #%1 (write ##%1 for the text \"#%1\").").arg(parsed.track));
    return false;
}

void EntryBox::add(const ParsedEntry &parsed)
{
    TimelineEntry entry;
    entry.incidentId = m_incidentId;
    entry.kind = parsed.kind;
    entry.body = parsed.body;
    if (!resolve(parsed, entry))
        return;
    const CommandResult result = m_store->addEntry(entry);
    if (!result) {
        emit message(result.error);
        return;
    }
    m_edit->clear();
}

void EntryBox::saveEdit(const ParsedEntry &parsed)
{
    if (!parsed.track.isEmpty()) {
        emit message(tr("An edit keeps the entry's track; remove #%1, or add a new entry on that track.")
                         .arg(parsed.track));
        return;
    }
    TimelineEntry ignored;
    if (!resolve(parsed, ignored))
        return;
    // Without a command the entry keeps its kind (status changes, escalations and the
    // like have no prefix); a typed command changes it.
    const EntryKind kind = parsed.command ? parsed.kind : EntryKind(m_editingKind);
    const CommandResult result = m_store->editEntry(m_editing, kind, parsed.body);
    if (!result) {
        emit message(result.error);
        return;
    }
    const QUuid entryId = m_editing;
    endEdit();
    emit editFinished(entryId);
}

} // namespace Sitrep
