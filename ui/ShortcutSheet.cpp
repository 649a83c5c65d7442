#include "ShortcutSheet.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Sitrep {

namespace {

QString withoutMnemonic(QString text)
{
    // "&&" is a literal ampersand; a single one marks the mnemonic.
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text.remove(QStringLiteral("…")).trimmed();
}

void collect(const QList<QAction *> &actions, const QString &area, QList<ShortcutSheet::Row> &rows)
{
    for (QAction *action : actions) {
        if (action->menu()) {
            collect(action->menu()->actions(), withoutMnemonic(action->menu()->title()), rows);
            continue;
        }
        QStringList keys;
        for (const QKeySequence &sequence : action->shortcuts())
            keys.append(sequence.toString(QKeySequence::NativeText));
        if (!keys.isEmpty())
            rows.append({area, withoutMnemonic(action->text()), keys.join(QStringLiteral(", "))});
    }
}

} // namespace

ShortcutSheet::ShortcutSheet(const QList<Row> &rows, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_table(new QTableWidget(int(rows.size()), 3, this))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    setAccessibleName(windowTitle());
    m_filter->setPlaceholderText(tr("Find a shortcut…"));
    m_filter->setAccessibleName(tr("Find a shortcut"));
    m_filter->setClearButtonEnabled(true);
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Where"), tr("Action"), tr("Keys")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    // The keys are what people come for: always in view. Long descriptions wrap instead of
    // pushing them off to the right (a German sheet did).
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(1, QHeaderView::Stretch);
    columns->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->setWordWrap(true);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int row = 0; row < rows.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(rows[row].area));
        m_table->setItem(row, 1, new QTableWidgetItem(rows[row].action));
        auto *keys = new QTableWidgetItem(rows[row].keys);
        keys->setFont(QFont(QStringLiteral("monospace")));
        m_table->setItem(row, 2, keys);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutSheet::applyFilter);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(620, 520);
    m_filter->setFocus();
}

QList<ShortcutSheet::Row> ShortcutSheet::rowsOf(const QWidget *window)
{
    QList<Row> rows;
    const auto *menuBar = window->findChild<QMenuBar *>(QString(), Qt::FindDirectChildrenOnly);
    if (menuBar)
        collect(menuBar->actions(), tr("Window"), rows);
    return rows;
}

void ShortcutSheet::applyFilter(const QString &text)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        bool matches = text.isEmpty();
        for (int column = 0; column < m_table->columnCount() && !matches; ++column)
            matches = m_table->item(row, column)->text().contains(text, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !matches);
    }
}

} // namespace Sitrep
