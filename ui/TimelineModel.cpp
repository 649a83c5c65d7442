#include "TimelineModel.h"

#include "KindLook.h"
#include "rules/Labels.h"
#include "store/Store.h"

#include <QBrush>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPalette>
#include <QLocale>

namespace Sitrep {

TimelineModel::TimelineModel(Store *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_timeFont(QFontDatabase::systemFont(QFontDatabase::FixedFont))
{
    loadPeople();
    connect(m_store, &Store::entryAdded, this, &TimelineModel::entryAdded);
    connect(m_store, &Store::entriesAdded, this, &TimelineModel::entriesAdded);
    connect(m_store, &Store::entryChanged, this, &TimelineModel::entryChanged);
    connect(m_store, &Store::directoryChanged, this, [this] {
        loadPeople();
        if (m_rowCount > 0)
            emit dataChanged(index(0, AuthorColumn), index(m_rowCount - 1, AuthorColumn));
    });
}

TimelineModel::~TimelineModel() = default;

void TimelineModel::setIncident(const QUuid &incidentId)
{
    beginResetModel();
    m_incidentId = incidentId;
    m_filter = {};
    resetPager();
    endResetModel();
}

void TimelineModel::setFilter(const TimelineFilter &filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    resetPager();
    endResetModel();
}

void TimelineModel::resetPager()
{
    m_pages.clear();
    if (m_incidentId.isNull())
        m_pager = nullptr;
    else if (m_filter.isEmpty())
        m_pager = m_store->timelinePager(m_incidentId);
    else
        m_pager = m_store->timelinePager(m_incidentId, m_filter);
    m_rowCount = m_pager ? m_pager->count() : 0;
}

int TimelineModel::rowOf(const QUuid &entryId) const
{
    return m_pager ? m_pager->positionOf(entryId) : -1;
}

void TimelineModel::loadPeople()
{
    m_people.clear();
    const QList<Person> people = m_store->people();
    for (const Person &person : people)
        m_people.insert(person.id, person.name);
}

QString TimelineModel::authorName(const QUuid &personId) const
{
    if (personId.isNull())
        return {};
    const auto found = m_people.constFind(personId);
    // Someone not in the directory (yet): a short id is still something to ask about.
    return found != m_people.cend() ? found.value() : personId.toString(QUuid::WithoutBraces).left(8);
}

const TimelineRow *TimelineModel::rowAt(int row) const
{
    if (!m_pager || row < 0 || row >= m_rowCount)
        return nullptr;
    for (int unannounced : m_unannounced) {
        if (unannounced > row)
            break;
        ++row;
    }
    if (m_removingAt >= 0 && row > m_removingAt)
        --row;
    else if (row == m_removingAt)
        return nullptr; // gone from the pager already
    const int pageIndex = row / PageSize;
    auto found = m_pages.find(pageIndex);
    if (found == m_pages.end()) {
        if (m_pages.size() >= MaxCachedPages) {
            auto oldest = m_pages.begin();
            for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
                if (it->lastUse < oldest->lastUse)
                    oldest = it;
            }
            m_pages.erase(oldest);
        }
        found = m_pages.insert(pageIndex, Page{m_pager->page(pageIndex * PageSize, PageSize), 0});
    }
    found->lastUse = ++m_useClock;
    const int offset = row - pageIndex * PageSize;
    return offset < found->rows.size() ? &found->rows.at(offset) : nullptr;
}

void TimelineModel::invalidateFrom(int row)
{
    const int firstPage = row / PageSize;
    for (auto it = m_pages.begin(); it != m_pages.end();) {
        if (it.key() >= firstPage)
            it = m_pages.erase(it);
        else
            ++it;
    }
}

void TimelineModel::entryAdded(const QUuid &incidentId, const QUuid &entryId)
{
    if (!m_pager || incidentId != m_incidentId)
        return;
    const int position = m_pager->entryInserted(entryId);
    if (position >= 0)
        announceInserted({position});
}

void TimelineModel::announceInserted(const QList<int> &positions)
{
    if (positions.isEmpty())
        return;
    invalidateFrom(positions.first());
    m_unannounced = positions;
    while (!m_unannounced.isEmpty()) {
        const int first = m_unannounced.first();
        int run = 1;
        while (run < m_unannounced.size() && m_unannounced.at(run) == first + run)
            ++run;
        beginInsertRows({}, first, first + run - 1);
        m_unannounced.remove(0, run);
        m_rowCount += run;
        endInsertRows();
    }
}

void TimelineModel::removeRowAt(int position)
{
    invalidateFrom(position);
    m_removingAt = position;
    beginRemoveRows({}, position, position);
    m_removingAt = -1;
    --m_rowCount;
    endRemoveRows();
}

void TimelineModel::entriesAdded(const QUuid &incidentId, const QList<QUuid> &entryIds)
{
    if (!m_pager || incidentId != m_incidentId)
        return;
    if (entryIds.size() <= MaxIncrementalBatch) {
        announceInserted(m_pager->entriesInserted(entryIds));
        return;
    }
    // The pager takes them in as a burst where that is cheaper than reading the timeline
    // again (a filtered pager's rebuild reads the whole incident: ~0.2 s for a million
    // entries; an unfiltered one reads its anchors again at the next page far from the
    // end); the view is reset, not told run by run.
    beginResetModel();
    m_pager->takeBatch(entryIds);
    m_pages.clear();
    m_rowCount = m_pager->count();
    endResetModel();
    emit batchReset(int(entryIds.size()));
}

void TimelineModel::entryChanged(const QUuid &incidentId, const QUuid &entryId)
{
    if (!m_pager || incidentId != m_incidentId)
        return;
    const TimelinePager::Change moved = m_pager->entryChanged(entryId);
    if (moved.removedAt >= 0) {
        removeRowAt(moved.removedAt);
        return;
    }
    if (moved.insertedAt >= 0) {
        announceInserted({moved.insertedAt});
        return;
    }
    const int position = m_pager->positionOf(entryId);
    if (position < 0 || position >= m_rowCount)
        return;
    m_pages.remove(position / PageSize);
    emit dataChanged(index(position, 0), index(position, ColumnCount - 1));
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::displayText(const TimelineRow &row, int column) const
{
    const TimelineEntry &entry = row.entry;
    switch (column) {
    case TimeColumn:
        // Timestamps are read out on a bridge call: seconds matter, the date rarely does.
        return QLocale().toString(entry.occurredAt.toLocalTime().time(), QStringLiteral("HH:mm:ss"));
    case KindColumn:
        return KindLook::columnText(entry.kind);
    case AuthorColumn:
        return authorName(entry.author);
    case StateColumn: {
        // Symbols from DejaVu, which every Debian desktop has; emoji fonts are optional.
        QStringList marks;
        if (row.pending)
            marks.append(tr("◷ pending"));
        if (entry.pinned)
            marks.append(tr("★ pinned"));
        return marks.join(QLatin1Char(' '));
    }
    case BodyColumn:
        return entry.revision > 1 ? entry.body + tr(" (edited)") : entry.body;
    default:
        return {};
    }
}

QString TimelineModel::accessibleText(const TimelineRow &row) const
{
    const TimelineEntry &entry = row.entry;
    //: Screen reader text of a timeline row: time, kind, author, text
    QString text = tr("%1, %2 by %3: %4")
                       .arg(QLocale().toString(entry.occurredAt.toLocalTime().time(), QLocale::LongFormat),
                            Labels::kind(entry.kind), authorName(entry.author), entry.body);
    if (row.pending)
        text += tr(", not yet sent");
    if (entry.pinned)
        text += tr(", pinned");
    return text;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineRow *row = rowAt(index.row());
    if (!row)
        return {};
    const TimelineEntry &entry = row->entry;
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn) {
            return tr("%1 local\n%2 UTC")
                .arg(QLocale().toString(entry.occurredAt.toLocalTime(), QLocale::LongFormat),
                     entry.occurredAt.toUTC().toString(Qt::ISODate));
        }
        if (index.column() == StateColumn && row->pending)
            return tr("Saved on this console; not yet acknowledged by the server.");
        if (index.column() == BodyColumn)
            return entry.body;
        // A narrow row cuts the kind, author and state (YieldingColumns): the whole word here.
        return displayText(*row, index.column());
    case Qt::AccessibleTextRole:
        return accessibleText(*row);
    case Qt::ForegroundRole:
        if (index.column() == KindColumn) {
            // The palette in use (light or dark); a model read without a GUI (tests, tools) gets the light one.
            const bool gui = qobject_cast<QGuiApplication *>(QCoreApplication::instance());
            const QColor base = gui ? QGuiApplication::palette().color(QPalette::Base) : QColor(Qt::white);
            if (const QColor color = KindLook::color(entry.kind, base); color.isValid())
                return QBrush(color); // a brush, as views and QAbstractItemModelTester expect
        }
        return {};
    case Qt::FontRole:
        // Monospace digits keep the time column aligned and easy to scan.
        return index.column() == TimeColumn ? QVariant(m_timeFont) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == BodyColumn ? QVariant() : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case EntryIdRole:
        return entry.id;
    case OccurredAtRole:
        return entry.occurredAt;
    case KindRole:
        return int(entry.kind);
    case BodyRole:
        return entry.body;
    case AuthorIdRole:
        return entry.author;
    case AuthorNameRole:
        return authorName(entry.author);
    case PendingRole:
        return row->pending;
    case PinnedRole:
        return entry.pinned;
    case RevisionRole:
        return entry.revision;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Kind");
    case AuthorColumn:
        return tr("Author");
    case StateColumn:
        return tr("State");
    case BodyColumn:
        return tr("Entry");
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(EntryIdRole, "entryId");
    names.insert(OccurredAtRole, "occurredAt");
    names.insert(KindRole, "kind");
    names.insert(BodyRole, "body");
    names.insert(AuthorIdRole, "authorId");
    names.insert(AuthorNameRole, "authorName");
    names.insert(PendingRole, "pending");
    names.insert(PinnedRole, "pinned");
    names.insert(RevisionRole, "revision");
    return names;
}

} // namespace Sitrep
