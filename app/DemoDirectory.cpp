#include "DemoDirectory.h"

#include "ConsoleSession.h"
#include "demo/DemoData.h"
#include "model/Ids.h"
#include "store/Store.h"

#include <QLoggingCategory>

namespace Sitrep {

namespace {
Q_LOGGING_CATEGORY(lcDemo, "sitrep.demo", QtInfoMsg)
// DemoData::buildDirectory: the directory's ids are made this long before the reference time.
constexpr qint64 DirectoryAgeMs = 3LL * 365 * 24 * 3600 * 1000;
} // namespace

DemoDirectory::DemoDirectory(Store &store, ConsoleSession &session, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    // After each pull that brought something, until the directory is there.
    m_watch = connect(&session, &ConsoleSession::statusChanged, this, [this](const SessionStatus &status) {
        if (status.sync.state == SyncState::Online && fill())
            disconnect(m_watch);
    });
}

bool DemoDirectory::fill()
{
    const QList<IncidentSummary> first = m_store.incidents(IncidentFilter{.limit = 1});
    if (first.isEmpty())
        return false; // nothing synced yet
    const std::optional<Incident> incident = m_store.incident(first.first().id);
    if (!incident || incident->declaredBy.isNull())
        return true;
    const QUuid declarer = incident->declaredBy;
    const QList<Person> people = m_store.people();
    if (std::any_of(people.cbegin(), people.cend(), [&](const Person &person) { return person.id == declarer; }))
        return true; // the directory is there already
    const qint64 idTime = idTimestamp(declarer);
    if (idTime < 0)
        return true;
    DemoOptions options;
    options.referenceTime = QDateTime::fromMSecsSinceEpoch(idTime + DirectoryAgeMs, Qt::UTC);
    const DemoData demo(options);
    if (std::none_of(demo.people().cbegin(), demo.people().cend(),
                     [&](const Person &person) { return person.id == declarer; })) {
        qCInfo(lcDemo) << "the server's incidents are not the demo's: no demo directory";
        return true;
    }
    qCInfo(lcDemo) << "demo directory as of" << options.referenceTime;
    m_store.replaceDirectory(demo.teams(), demo.people(), demo.services());
    return true;
}

} // namespace Sitrep
