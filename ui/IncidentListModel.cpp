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

// Whether two lists hold the same incidents in the same order, ignoring some of them.
bool sameOrderWithout(const QList<IncidentSummary> &a, const QList<IncidentSummary> &b, const QSet<QUuid> &ignored)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (true) {
        while (i < a.size() && ignored.contains(a.at(i).id))
            ++i;
        while (j < b.size() && ignored.contains(b.at(j).id))
            ++j;
        if (i == a.size() || j == b.size())
            return i == a.size() && j == b.size();
        if (a.at(i).id != b.at(j).id)
            return false;
        ++i;
        ++j;
    }
}

} // namespace

IncidentListModel::IncidentListModel(Store *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    m_taxonomy = m_store->severityTaxonomy();
    m_rows = query();
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

QList<IncidentSummary> IncidentListModel::query() const
{
    // The store's order is total (active first, latest activity, then id), so every
    // change has one exact place.
    return m_store->incidents(m_filter);
}

void IncidentListModel::setFilter(const IncidentFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows = query();
    m_touchedByBursts.clear(); // read just now
    endResetModel();
}

void IncidentListModel::reload()
{
    beginResetModel();
    m_taxonomy = m_store->severityTaxonomy();
    m_rows = query();
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
    QList<IncidentSummary> fresh = query();
    if (!sameOrderWithout(m_rows, fresh, touched)) {
        beginResetModel();
        m_rows = std::move(fresh);
        endResetModel();
        return;
    }
    // The touched incidents that left the list, then the others in the order they end
    // in, each put right after the row it follows there: one removal, insert or move each.
    for (qsizetype row = m_rows.size() - 1; row >= 0; --row) {
        if (touched.contains(m_rows.at(row).id) && indexOf(fresh, m_rows.at(row).id) < 0) {
            beginRemoveRows({}, int(row), int(row));
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    for (qsizetype at = 0; at < fresh.size(); ++at) {
        if (!touched.contains(fresh.at(at).id))
            continue;
        const qsizetype to = at == 0 ? 0 : indexOf(m_rows, fresh.at(at - 1).id) + 1;
        const qsizetype from = indexOf(m_rows, fresh.at(at).id);
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
    // Rows other than the touched ones may carry new values too (e.g. counts the store
    // updated without a signal); tell views about each row that differs.
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
