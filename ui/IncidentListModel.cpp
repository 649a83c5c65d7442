#include "IncidentListModel.h"

#include "rules/Labels.h"

#include <QLocale>

#include <algorithm>

namespace Sitrep {

namespace {

qsizetype indexOf(const QList<IncidentSummary> &rows, const QUuid &id)
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).id == id)
            return i;
    }
    return -1;
}

// Whether the listed rows, ignoring some of them, are the first of the fresh ones, in the
// same order, ignoring the same: the fresh read may go further (incidents coming in at the
// end), never less far.
bool listedComeFirst(const QList<IncidentSummary> &listed, const QList<IncidentSummary> &fresh,
                     const QSet<QUuid> &ignored)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (true) {
        while (i < listed.size() && ignored.contains(listed.at(i).id))
            ++i;
        while (j < fresh.size() && ignored.contains(fresh.at(j).id))
            ++j;
        if (i == listed.size())
            return true;
        if (j == fresh.size() || listed.at(i).id != fresh.at(j).id)
            return false;
        ++i;
        ++j;
    }
}

bool sameIds(const QList<IncidentSummary> &a, const QList<IncidentSummary> &b)
{
    return a.size() == b.size()
           && std::equal(a.cbegin(), a.cend(), b.cbegin(), [](const auto &x, const auto &y) { return x.id == y.id; });
}

QSet<QUuid> idsOf(const QList<IncidentSummary> &rows)
{
    QSet<QUuid> ids;
    ids.reserve(rows.size());
    for (const IncidentSummary &row : rows)
        ids.insert(row.id);
    return ids;
}

// The fresh rows up to the last one that is listed or touched: what lies after it only
// came into the read because the read went further.
QList<IncidentSummary> upToTheLastKnown(QList<IncidentSummary> fresh, const QSet<QUuid> &listed,
                                        const QSet<QUuid> &touched)
{
    while (!fresh.isEmpty() && !touched.contains(fresh.constLast().id) && !listed.contains(fresh.constLast().id))
        fresh.removeLast();
    return fresh;
}

} // namespace

IncidentListModel::IncidentListModel(Store *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    m_taxonomy = m_store->severityTaxonomy();
    m_rows = read(PageRows);
    connect(m_store, &Store::incidentChanged, this, &IncidentListModel::incidentTouched);
    connect(m_store, &Store::entryAdded, this,
            [this](const QUuid &incidentId, const QUuid &) { incidentTouched(incidentId); });
    connect(m_store, &Store::entriesAdded, this, &IncidentListModel::burstArrived);
    m_burstWindow.setSingleShot(true);
    m_burstWindow.setInterval(BurstRefreshMs);
    connect(&m_burstWindow, &QTimer::timeout, this, [this] {
        if (m_touchedByBursts.isEmpty())
            return;
        refresh(std::exchange(m_touchedByBursts, {}));
        m_burstWindow.start(); // more may follow: keep taking them at this pace
    });
    connect(m_store, &Store::rolesChanged, this, &IncidentListModel::incidentTouched); // "my role"
    connect(m_store, &Store::readMarkerChanged, this, &IncidentListModel::incidentTouched); // unread
}

QList<IncidentSummary> IncidentListModel::read(int rows)
{
    // The store's order is total (active first, latest activity, then id), so every
    // change has one exact place.
    IncidentFilter first = m_filter;
    first.limit = std::min(m_filter.limit, rows);
    QList<IncidentSummary> result = m_store->incidents(first);
    m_more = result.size() >= first.limit && first.limit < m_filter.limit;
    return result;
}

void IncidentListModel::setFilter(const IncidentFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows = read(PageRows);
    m_touchedByBursts.clear(); // read just now
    endResetModel();
}

void IncidentListModel::reload()
{
    beginResetModel();
    m_taxonomy = m_store->severityTaxonomy();
    m_rows = read(std::max(PageRows, int(m_rows.size())));
    m_touchedByBursts.clear(); // read just now
    endResetModel();
}

void IncidentListModel::incidentTouched(const QUuid &incidentId)
{
    // Bursts held back are taken with it: the rows must be in step with the store but for
    // the incidents refreshed together.
    QSet<QUuid> touched = std::exchange(m_touchedByBursts, {});
    touched.insert(incidentId);
    refresh(touched);
}

void IncidentListModel::refresh(const QSet<QUuid> &touched)
{
    // Read as far as the listed rows could have been pushed down by the touched ones, so
    // none of them leaves; further while a listed one that was touched is not in the read
    // yet (resolved among hundreds of active incidents, it sorts far down): the incident
    // being read never leaves the list. Keep what reaches the last listed or touched row.
    const QSet<QUuid> listed = idsOf(m_rows);
    int reach = std::max(PageRows, int(m_rows.size() + touched.size()));
    QList<IncidentSummary> fresh = read(reach);
    const auto touchedListedNotRead = [&] {
        QList<QUuid> missing;
        const QSet<QUuid> readIds = idsOf(fresh);
        for (const QUuid &id : touched)
            if (listed.contains(id) && !readIds.contains(id))
                missing.append(id);
        return missing;
    };
    // The store says where each one is now, so one more read reaches them all (and one
    // row past, so whether more follow is known); one the filter leaves out now has simply
    // left (not looked for down to the end). Should the live stream's writer (its own
    // connection) move one further in between, again; at least twice as far when the
    // store's answer falls short, so the reads end.
    while (m_more) {
        int deeper = -1;
        for (const QUuid &id : touchedListedNotRead()) {
            const int position = m_store->incidentPosition(m_filter, id);
            if (position >= 0)
                deeper = std::max(deeper, position + 2);
        }
        if (deeper < 0)
            break;
        reach = deeper > reach ? deeper : 2 * reach;
        fresh = read(reach);
    }
    if (m_more) // cut off: what the deeper read brought past the known rows waits for a scroll
        fresh = upToTheLastKnown(std::move(fresh), listed, touched);
    if (!listedComeFirst(m_rows, fresh, touched)) {
        resetTo(std::move(fresh));
        return;
    }
    // The touched incidents that left the list, then the others in the order they end
    // in (with any that came in between), each put right after the row it follows there:
    // one removal, insert or move each. Untouched listed rows keep their order, so only
    // the touched and the new ones are looked for.
    const QSet<QUuid> freshIds = idsOf(fresh);
    for (qsizetype row = m_rows.size() - 1; row >= 0; --row) {
        if (!freshIds.contains(m_rows.at(row).id)) {
            beginRemoveRows({}, int(row), int(row));
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    for (qsizetype at = 0; at < fresh.size(); ++at) {
        const QUuid &id = fresh.at(at).id;
        const bool isListed = listed.contains(id);
        if (isListed && !touched.contains(id))
            continue;
        const qsizetype from = isListed ? indexOf(m_rows, id) : -1;
        const qsizetype to = at == 0 ? 0 : indexOf(m_rows, fresh.at(at - 1).id) + 1;
        if (from < 0) {
            beginInsertRows({}, int(to), int(to));
            m_rows.insert(to, fresh.at(at));
            endInsertRows();
        } else if (from != to) {
            // beginMoveRows counts the destination in the list before the move.
            beginMoveRows({}, int(from), int(from), {}, int(to));
            m_rows.move(from, to > from ? to - 1 : to);
            endMoveRows();
        }
    }
    if (!sameIds(m_rows, fresh)) { // not when the order is total; never show a wrong row
        resetTo(std::move(fresh));
        return;
    }
    // Rows other than the touched ones may carry new values too (e.g. counts the store
    // updated without a signal).
    takeChangedValues(fresh);
}

void IncidentListModel::takeHeldBackBursts()
{
    if (!m_touchedByBursts.isEmpty())
        refresh(std::exchange(m_touchedByBursts, {}));
}

void IncidentListModel::resetTo(QList<IncidentSummary> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void IncidentListModel::takeChangedValues(const QList<IncidentSummary> &fresh)
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (!(m_rows.at(row) == fresh.at(row))) {
            m_rows[row] = fresh.at(row);
            emit dataChanged(index(int(row)), index(int(row)));
        }
    }
}

void IncidentListModel::burstArrived(const QUuid &incidentId)
{
    m_touchedByBursts.insert(incidentId);
    if (m_burstWindow.isActive())
        return; // taken when the window ends
    refresh(std::exchange(m_touchedByBursts, {}));
    m_burstWindow.start();
}

int IncidentListModel::rowOf(const QUuid &incidentId) const
{
    return int(indexOf(m_rows, incidentId));
}

QUuid IncidentListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QUuid();
}

int IncidentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool IncidentListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void IncidentListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        growTo(int(m_rows.size()) + PageRows);
}

int IncidentListModel::fetchUntil(const QUuid &incidentId)
{
    takeHeldBackBursts(); // the incident may be among them
    int row = rowOf(incidentId);
    if (row >= 0 || !m_more)
        return row;
    // One read down to where the store has it (and a page past it, for the view to scroll
    // on); none for an incident the filter leaves out.
    const int position = m_store->incidentPosition(m_filter, incidentId);
    if (position < 0)
        return -1;
    growTo(std::max(position + 1 + PageRows, int(m_rows.size())));
    row = rowOf(incidentId);
    // Doubling, should it have moved further down meanwhile: a few reads, not one per page.
    while (row < 0 && m_more) {
        growTo(2 * std::max(PageRows, int(m_rows.size())));
        row = rowOf(incidentId);
    }
    return row;
}

void IncidentListModel::growTo(int rows)
{
    takeHeldBackBursts(); // the next rows follow the store's first ones
    // At least the rows listed now, which the bursts may have added to.
    QList<IncidentSummary> fresh = read(std::max(rows, int(m_rows.size())));
    if (!sameIds(m_rows, fresh.mid(0, m_rows.size()))) { // something changed without a signal
        resetTo(std::move(fresh));
        return;
    }
    takeChangedValues(fresh); // values the store changed quietly
    if (fresh.size() > m_rows.size()) {
        beginInsertRows({}, int(m_rows.size()), int(fresh.size() - 1));
        m_rows.append(fresh.mid(m_rows.size()));
        endInsertRows();
    }
}

QString IncidentListModel::accessibleText(const IncidentSummary &summary) const
{
    //: Screen reader text of an incident row: severity, title, status, entry count
    QString text = tr("%1, %2, %3, %n entries", nullptr, summary.entryCount)
                       .arg(summary.severity, summary.title, Labels::status(summary.status));
    if (summary.restricted)
        text += tr(", restricted");
    if (!summary.myRole.isEmpty())
        text += tr(", your role: %1").arg(Labels::role(summary.myRole));
    if (summary.neverOpened)
        text += tr(", new");
    else if (summary.unread > 0)
        text += tr(", %n unread", nullptr, summary.unread);
    return text;
}

QVariant IncidentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IncidentSummary &summary = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return summary.title;
    case Qt::ToolTipRole: {
        const SeverityLevel *level = m_taxonomy.level(summary.severity);
        const QString severity = level ? summary.severity + QStringLiteral(" ") + level->name : summary.severity;
        return tr("%1 · %2\nDeclared %3")
            .arg(severity, Labels::status(summary.status),
                 QLocale().toString(summary.declaredAt.toLocalTime(), QLocale::ShortFormat));
    }
    case Qt::AccessibleTextRole:
        return accessibleText(summary);
    case IdRole:
        return summary.id;
    case SeverityRole:
        return summary.severity;
    case SeverityRankRole:
        return m_taxonomy.rank(summary.severity);
    case StatusRole:
        return int(summary.status);
    case StatusTextRole:
        return Labels::status(summary.status);
    case DeclaredAtRole:
        return summary.declaredAt;
    case LastActivityAtRole:
        return summary.lastActivityAt;
    case EntryCountRole:
        return summary.entryCount;
    case RestrictedRole:
        return summary.restricted;
    case MyRoleRole:
        return summary.myRole.isEmpty() ? QString() : Labels::role(summary.myRole);
    case UnreadRole:
        return summary.unread;
    case NeverOpenedRole:
        return summary.neverOpened;
    default:
        return {};
    }
}

QHash<int, QByteArray> IncidentListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(SeverityRole, "severity");
    names.insert(SeverityRankRole, "severityRank");
    names.insert(StatusRole, "status");
    names.insert(StatusTextRole, "statusText");
    names.insert(DeclaredAtRole, "declaredAt");
    names.insert(LastActivityAtRole, "lastActivityAt");
    names.insert(EntryCountRole, "entryCount");
    names.insert(RestrictedRole, "restricted");
    names.insert(MyRoleRole, "myRole");
    names.insert(UnreadRole, "unread");
    names.insert(NeverOpenedRole, "neverOpened");
    return names;
}

} // namespace Sitrep
