#include "MentionCompleter.h"

#include "store/Store.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStandardItemModel>

namespace Sitrep {

namespace {
constexpr int HandleRole = Qt::UserRole + 1;
}

MentionCompleter::MentionCompleter(Store *store, QLineEdit *edit)
    : QObject(edit)
    , m_store(store)
    , m_edit(edit)
    , m_people(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_people, this))
{
    m_completer->setWidget(m_edit);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->popup()->setAccessibleName(tr("People to mention"));
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { insert(index.data(HandleRole).toString()); });
    connect(m_edit, &QLineEdit::textEdited, this, &MentionCompleter::textEdited);
    connect(m_store, &Store::directoryChanged, this, &MentionCompleter::loadPeople);
    // Tab picks the highlighted person instead of leaving the box.
    m_completer->popup()->installEventFilter(this);
    loadPeople();
}

void MentionCompleter::loadPeople()
{
    m_people->clear();
    const QList<Person> people = m_store->people();
    for (const Person &person : people) {
        if (person.handle.isEmpty())
            continue;
        //: A completion in the entry box: @handle, then the person's name
        auto *item = new QStandardItem(tr("@%1 — %2").arg(person.handle, person.name));
        item->setData(person.handle, HandleRole);
        m_people->appendRow(item);
    }
}

qsizetype MentionCompleter::mentionStart() const
{
    const QString text = m_edit->text();
    qsizetype start = m_edit->cursorPosition();
    while (start > 0 && !text.at(start - 1).isSpace() && text.at(start - 1) != QLatin1Char('@'))
        --start;
    if (start == 0 || text.at(start - 1) != QLatin1Char('@'))
        return -1;
    --start;
    // "a@b" (an address) is not a mention: the sign starts a word.
    if (start > 0 && !text.at(start - 1).isSpace())
        return -1;
    return start;
}

void MentionCompleter::textEdited()
{
    const qsizetype start = mentionStart();
    if (start < 0) {
        m_completer->popup()->hide();
        return;
    }
    const QString prefix = m_edit->text().mid(start + 1, m_edit->cursorPosition() - start - 1);
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

void MentionCompleter::insert(const QString &handle)
{
    const qsizetype start = mentionStart();
    if (start < 0 || handle.isEmpty())
        return;
    QString text = m_edit->text();
    const qsizetype cursor = m_edit->cursorPosition();
    qsizetype end = cursor;
    while (end < text.size() && !text.at(end).isSpace())
        ++end;
    const QString mention = QLatin1Char('@') + handle + QLatin1Char(' ');
    text.replace(start, end - start + (end < text.size() ? 1 : 0), mention);
    m_edit->setText(text);
    m_edit->setCursorPosition(int(start + mention.size()));
}

bool MentionCompleter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_completer->popup() && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Tab) {
        const QModelIndex current = m_completer->popup()->currentIndex();
        m_completer->popup()->hide();
        if (current.isValid())
            insert(current.data(HandleRole).toString());
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Sitrep
