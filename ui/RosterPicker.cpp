#include "RosterPicker.h"

#include "LazyControls.h"
#include "RosterModel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace Sitrep {

RosterPicker::RosterPicker(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_model(new RosterModel(store, this))
    , m_hint(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QListView(this))
{
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    m_hint->setAccessibleName(tr("Roster hint"));
    m_filter->setAccessibleName(tr("Roster filter"));
    m_filter->setPlaceholderText(tr("Filter people by name or @handle"));
    m_filter->setToolTip(tr("Type to narrow the roster; Enter chooses the highlighted person, Esc goes back"));
    clearButtonOnceTyped(m_filter);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Roster"));
    m_view->setToolTip(tr("Drag a person onto a role, or press Enter to choose them"));
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setDefaultDropAction(Qt::CopyAction);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hint);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    setTabOrder(m_filter, m_view);

    connect(m_filter, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_model->setFilter(text.trimmed()); });
    connect(m_filter, &QLineEdit::returnPressed, this, &RosterPicker::choose);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // The highlighted person is whom Enter chooses: there always is one while any match.
        if (m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0));
    });
    // Keys the list and the line would otherwise ignore: Enter in the list, Esc in both.
    m_view->installEventFilter(this);
    m_filter->installEventFilter(this);
}

void RosterPicker::setHint(const QString &text)
{
    m_hint->setText(text);
}

void RosterPicker::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void RosterPicker::clearFilter()
{
    m_filter->clear();
}

bool RosterPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (watched == m_view && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
            choose();
            return true;
        }
        if (key == Qt::Key_Escape) {
            m_filter->clear();
            emit cancelled();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RosterPicker::choose()
{
    const QModelIndex person = m_view->currentIndex();
    if (!person.isValid()) {
        emit message(m_filter->text().isEmpty() ? tr("Choose a person from the roster.")
                                                : tr("Nobody in the roster matches \"%1\".").arg(m_filter->text()));
        return;
    }
    emit personChosen(m_model->idAt(person.row()));
}

} // namespace Sitrep
