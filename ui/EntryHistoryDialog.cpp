#include "EntryHistoryDialog.h"

#include "rules/Labels.h"
#include "store/Store.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Sitrep {

EntryHistoryDialog::EntryHistoryDialog(Store *store, const QUuid &entryId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_entryId(entryId)
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Entry history"));
    setModal(false);
    setAttribute(Qt::WA_DeleteOnClose);
    m_table->setAccessibleName(tr("Revisions, oldest first"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Revision"), tr("When"), tr("Who"), tr("Kind"), tr("Text")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close history"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(640, 260);

    connect(m_store, &Store::entryChanged, this, [this](const QUuid &, const QUuid &changed) {
        if (changed == m_entryId)
            reload();
    });
    reload();
}

void EntryHistoryDialog::reload()
{
    const std::optional<TimelineEntry> entry = m_store->entry(m_entryId, true);
    m_table->setRowCount(0);
    if (!entry)
        return;
    QHash<QUuid, QString> names;
    const QList<Person> people = m_store->people();
    for (const Person &person : people)
        names.insert(person.id, person.name);
    QList<EntryRevision> revisions = entry->history;
    revisions.append({entry->revision, entry->kind, entry->body, entry->author, entry->recordedAt});
    m_table->setRowCount(int(revisions.size()));
    for (int row = 0; row < revisions.size(); ++row) {
        const EntryRevision &revision = revisions.at(row);
        const QString who = names.value(revision.editedBy, revision.editedBy.toString(QUuid::WithoutBraces).left(8));
        const QString number = row + 1 == revisions.size() ? tr("%1 (current)").arg(revision.revision)
                                                             : QString::number(revision.revision);
        const QStringList cells{number,
                                QLocale().toString(revision.recordedAt.toLocalTime(), QLocale::ShortFormat), who,
                                Labels::kind(revision.kind), revision.body};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == 1)
                item->setToolTip(tr("%1 UTC").arg(revision.recordedAt.toUTC().toString(Qt::ISODate)));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
}

} // namespace Sitrep
