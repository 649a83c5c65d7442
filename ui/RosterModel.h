#pragma once

#include "store/Store.h"

#include <QAbstractListModel>

namespace Sitrep {

// The people of the directory, by name, narrowed by a filter on name and handle: where
// a commander picks who takes a role. Rows drag as RoleBoardModel::personMimeType().
class RosterModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        PersonIdRole = Qt::UserRole + 1,
        HandleRole,
    };
    Q_ENUM(Role)

    explicit RosterModel(Store *store, QObject *parent = nullptr);

    // Every word must appear in the name or the handle (case-insensitive; a leading '@'
    // is ignored, as people type handles that way). Empty: everyone.
    void setFilter(const QString &text);
    QString filter() const { return m_filter; }
    QUuid idAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    void reload();
    bool matches(const Person &person) const;

    Store *m_store;
    QString m_filter;
    QList<Person> m_all;
    QList<Person> m_rows;
};

} // namespace Sitrep
