#pragma once

#include "store/TimelinePager.h"

#include <QAbstractTableModel>
#include <QFont>
#include <QHash>
#include <QUuid>

#include <memory>

namespace Sitrep {

class Store;

// One incident's timeline for a QTableView, oldest first, lazy: rowCount() is the
// pager's count and data() loads pages of PageSize rows on demand into a small LRU cache
// (at most MaxCachedPages), so a timeline of a million entries costs a few pages of
// memory and a paint reads one or two pages.
//
// Signals: one entry added (the normal case, live or typed) is one rowsInserted at its
// position, back-dated or not; an entry changed (edit, pin, acknowledged by the server)
// is one dataChanged for its row. A small batch (Store::entriesAdded: a burst of the live
// stream) is one rowsInserted per entry, so the view keeps its place as it does for one.
// A large batch (imports, a sync catching up) goes into the pager as a burst does but
// resets the model (batchReset): it can land anywhere in the timeline and one reset is
// cheaper for the view than thousands of single inserts.
// setIncident() and setFilter() reset too. Under a filter, an edit that changes the
// kind (or, as the editor becomes the author, the author) can move an entry off or onto
// the timeline: one rowsRemoved or rowsInserted.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 20;
    // Up to this many entries of one batch are inserted in place (the live stream's
    // bursts: StreamApplier::MaxQueued); more reset the model.
    static constexpr int MaxIncrementalBatch = 500;

    enum Column { TimeColumn, KindColumn, AuthorColumn, StateColumn, BodyColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        OccurredAtRole, // QDateTime (UTC)
        KindRole,       // EntryKind as int
        BodyRole,
        AuthorIdRole,
        AuthorNameRole,
        PendingRole, // not yet acknowledged by the server
        PinnedRole,
        RevisionRole,
    };
    Q_ENUM(Role)

    explicit TimelineModel(Store *store, QObject *parent = nullptr);
    ~TimelineModel() override;

    void setIncident(const QUuid &incidentId);
    QUuid incident() const { return m_incidentId; }
    // Shows only the entries that pass the filter (the pager filters in SQL); resets.
    // setIncident() clears it: another incident starts unfiltered.
    void setFilter(const TimelineFilter &filter);
    const TimelineFilter &filter() const { return m_filter; }
    // The row of an entry, or -1 when it is not on this timeline.
    int rowOf(const QUuid &entryId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // How many pages are cached now (tests check that memory stays bounded).
    int cachedPageCount() const { return int(m_pages.size()); }

signals:
    // A large batch of entries reset the model (after endResetModel).
    void batchReset(int entries);

private:
    struct Page {
        QList<TimelineRow> rows;
        quint64 lastUse = 0;
    };

    const TimelineRow *rowAt(int row) const;
    void invalidateFrom(int row);
    void resetPager();
    // Tells views about rows the pager already has (ascending positions), one
    // rowsInserted per run of adjacent rows: each costs the view a pass over all its rows.
    void announceInserted(const QList<int> &positions);
    void removeRowAt(int position);
    void entryAdded(const QUuid &incidentId, const QUuid &entryId);
    void entriesAdded(const QUuid &incidentId, const QList<QUuid> &entryIds);
    void entryChanged(const QUuid &incidentId, const QUuid &entryId);
    void loadPeople();
    QString authorName(const QUuid &personId) const;
    QVariant displayText(const TimelineRow &row, int column) const;
    QString accessibleText(const TimelineRow &row) const;

    Store *m_store;
    QUuid m_incidentId;
    std::unique_ptr<TimelinePager> m_pager;
    // What views were last told. While rows are being inserted the pager and the page
    // cache already hold the new timeline, but views must still read the old one until
    // each run is announced: m_unannounced are the (ascending) positions in the pager of
    // rows views have not been told about, and rowAt() skips them.
    int m_rowCount = 0;
    QList<int> m_unannounced;
    int m_removingAt = -1;
    TimelineFilter m_filter;
    mutable QHash<int, Page> m_pages; // page index -> rows; filled lazily from const data()
    mutable quint64 m_useClock = 0;
    QHash<QUuid, QString> m_people;
    QFont m_timeFont;
};

} // namespace Sitrep
