#include "RosterModel.h"

#include "RoleBoardModel.h"

#include <QMimeData>

#include <algorithm>

namespace Sitrep {

namespace {
QList<Person> byName(QList<Person> people)
{
    std::sort(people.begin(), people.end(), [](const Person &a, const Person &b) {
        const int order = a.name.localeAwareCompare(b.name);
        return order != 0 ? order < 0 : a.id < b.id;
    });
    return people;
}
} // namespace

RosterModel::RosterModel(Store *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    m_all = byName(m_store->people());
    m_rows = m_all;
    // The directory arrives whole from the server: a reset is the honest signal.
    connect(m_store, &Store::directoryChanged, this, &RosterModel::reload);
}

void RosterModel::reload()
{
    beginResetModel();
    m_all = byName(m_store->people());
    m_rows.clear();
    std::copy_if(m_all.begin(), m_all.end(), std::back_inserter(m_rows),
                 [this](const Person &person) { return matches(person); });
    endResetModel();
}

void RosterModel::setFilter(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    reload();
}

bool RosterModel::matches(const Person &person) const
{
    const QStringList words = m_filter.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::all_of(words.begin(), words.end(), [&person](QString word) {
        if (word.startsWith(QLatin1Char('@')))
            word.remove(0, 1);
        return person.name.contains(word, Qt::CaseInsensitive) || person.handle.contains(word, Qt::CaseInsensitive);
    });
}

QUuid RosterModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QUuid();
}

int RosterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RosterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Person &person = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        //: A person in the roster: name and handle
        return tr("%1  @%2").arg(person.name, person.handle);
    case Qt::ToolTipRole:
        return person.email.isEmpty() ? tr("%1 (@%2)").arg(person.name, person.handle)
                                      : tr("%1 (@%2) · %3").arg(person.name, person.handle, person.email);
    case Qt::AccessibleTextRole:
        return person.name;
    case PersonIdRole:
        return person.id;
    case HandleRole:
        return person.handle;
    default:
        return {};
    }
}

Qt::ItemFlags RosterModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

QStringList RosterModel::mimeTypes() const
{
    return {RoleBoardModel::personMimeType()};
}

QMimeData *RosterModel::mimeData(const QModelIndexList &indexes) const
{
    // One person takes one role: the first dragged row is the one.
    for (const QModelIndex &index : indexes) {
        if (!index.isValid())
            continue;
        auto *data = new QMimeData;
        const Person &person = m_rows.at(index.row());
        data->setData(RoleBoardModel::personMimeType(), person.id.toString(QUuid::WithoutBraces).toLatin1());
        data->setText(person.name); // dropped elsewhere (the entry box), the name is what makes sense
        return data;
    }
    return nullptr;
}

Qt::DropActions RosterModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

} // namespace Sitrep
