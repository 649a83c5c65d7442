#pragma once

#include "store/Store.h"

#include <QAbstractListModel>

namespace Sitrep {

// The incident list: one row per incident matching a filter, active incidents first and
// then by latest activity (the store's order, with the id breaking ties so that the
// order is total and a change can be placed exactly).
//
// A change to one incident (declared, edited, new entries) updates that one row: one
// rowsInserted, rowsRemoved or rowsMoved plus dataChanged, never a reset. Only
// setFilter() resets, and so does a change that finds other rows out of step with the
// store (rows changed by something that did not notify), because then no single
// fine-grained signal would be true.
class IncidentListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        SeverityRole,
        StatusRole,     // IncidentStatus as int
        StatusTextRole, // translated status
        DeclaredAtRole,
        LastActivityAtRole,
        EntryCountRole,
        RestrictedRole,
        SeverityRankRole, // 0 = most severe; -1 unknown
        MyRoleRole,       // the person's role on it, translated; empty if none
        UnreadRole,       // entries since they last had it open
        NeverOpenedRole,  // new to this console
    };
    Q_ENUM(Role)

    explicit IncidentListModel(Store *store, QObject *parent = nullptr);

    void setFilter(const IncidentFilter &filter);
    const IncidentFilter &filter() const { return m_filter; }

    // The row of an incident, or -1 when it is not shown.
    int rowOf(const QUuid &incidentId) const;
    QUuid idAt(int row) const;
    // Reloads everything (after the directory or taxonomy changed).
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<IncidentSummary> query() const;
    void incidentTouched(const QUuid &incidentId);
    QString accessibleText(const IncidentSummary &summary) const;

    Store *m_store;
    IncidentFilter m_filter;
    QList<IncidentSummary> m_rows;
    SeverityTaxonomy m_taxonomy;
};

} // namespace Sitrep
