#pragma once

#include "store/Store.h"

#include <QAbstractListModel>
#include <QSet>
#include <QTimer>

namespace Sitrep {

// The incident list: one row per incident matching a filter, active incidents first and
// then by latest activity (the store's order, with the id breaking ties so that the
// order is total and a change can be placed exactly).
//
// A change to an incident (declared, edited, new entries) updates its row: one
// rowsInserted, rowsRemoved or rowsMoved plus dataChanged, never a reset; incidents
// refreshed together (bursts held back, below) one each. Only setFilter() and reload()
// reset, and so does a change or a read further down that finds other rows out of step
// with the store (rows changed by something that did not notify), because then no
// single fine-grained signal would be true.
//
// Bursts of entries (the live stream's, a page of the feed) are taken at most once per
// BurstRefreshMs, the first at once: each refresh reads every listed incident, ~1 ms for
// 200, and at 2,000 live entries a second a burst arrives every ~17 ms. A single entry
// (the console's own, a quiet stream) is taken at once.
//
// The rows are the first of the store's order, PageRows at first and a page more each
// time the view reaches the end (fetchMore): a team's cache holds years of incidents, and
// the console starts, and follows each change, by reading the listed ones, not all (at
// 5,000 incidents the whole list took 25 ms to read, on every change). A change never
// pushes a listed incident out: an incident coming in from further down adds a row, so
// the one being read stays where it is.
class IncidentListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr int BurstRefreshMs = 250;
    static constexpr int PageRows = 200;

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
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Reads down to the incident (a search hit, a link from the metrics) and a page past
    // it, as far as Store::incidentPosition places it, not page by page: its row, or -1
    // when the filter leaves it out (nothing read looking for it).
    int fetchUntil(const QUuid &incidentId);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    // The first `rows` incidents of the store's order that match the filter; notes
    // whether there may be more (m_more).
    QList<IncidentSummary> read(int rows);
    // Lists the first `rows` incidents, adding those past the current end.
    void growTo(int rows);
    void incidentTouched(const QUuid &incidentId);
    void burstArrived(const QUuid &incidentId);
    void refresh(const QSet<QUuid> &touched);
    // Shows `rows` instead, in one reset: when no fine-grained signal would be true.
    void resetTo(QList<IncidentSummary> rows);
    // Refreshes for the bursts held back, before a read further down: their incidents have
    // moved in the store already, and the listed rows must be its first ones.
    void takeHeldBackBursts();
    // The listed rows' values from `fresh` (the same incidents, first, in the same order),
    // with a dataChanged for each row that differs.
    void takeChangedValues(const QList<IncidentSummary> &fresh);
    QString accessibleText(const IncidentSummary &summary) const;

    Store *m_store;
    IncidentFilter m_filter;
    QList<IncidentSummary> m_rows;
    bool m_more = false; // incidents past the listed ones may match: the view can read more
    SeverityTaxonomy m_taxonomy;
    QSet<QUuid> m_touchedByBursts;
    QTimer m_burstWindow; // running: a burst was taken less than BurstRefreshMs ago
};

} // namespace Sitrep
