#pragma once

// A real store on a real SQLite file in a temporary folder, with a small directory.

#include "model/Ids.h"
#include "store/Store.h"
#include "store/TimelinePager.h"

#include <QTemporaryDir>
#include <QTest>

namespace Sitrep::Testing {

// A command on any store, failing loudly in the log (the caller checks the id).
inline QUuid declareIn(Store &store, const QString &title, const QString &severity = QStringLiteral("SEV2"))
{
    Incident incident;
    incident.title = title;
    incident.severity = severity;
    const CommandResult result = store.declareIncident(incident);
    if (!result)
        qWarning() << result.error;
    return result.id;
}

inline QUuid addEntryIn(Store &store, const QUuid &incident, const QString &body, const QDateTime &occurredAt = {})
{
    TimelineEntry entry;
    entry.incidentId = incident;
    entry.body = body;
    entry.occurredAt = occurredAt;
    const CommandResult result = store.addEntry(entry);
    if (!result)
        qWarning() << result.error;
    return result.id;
}

// A change of the feed as the server would relay an op (for folding tests without one).
inline Change changeOf(const Op &op, qint64 seq, QList<ChangeConflict> conflicts = {})
{
    Change change;
    change.seq = seq;
    change.op = op;
    change.actorName = QStringLiteral("someone");
    change.appliedAt = QDateTime::currentDateTimeUtc();
    change.conflicts = std::move(conflicts);
    return change;
}

// The store's waiting ops, as a push would send them.
inline QList<Op> takeOps(Store &store)
{
    QList<Op> ops;
    for (const OutboxItem &item : store.pendingOps(1000))
        ops.append(item.op);
    return ops;
}

struct StoreFixture {
    QTemporaryDir dir;
    Store store;
    Person ana{newId(), QStringLiteral("Ana Rivera"), QStringLiteral("arivera"), {}, {}};
    Person jo{newId(), QStringLiteral("Jo Okafor"), QStringLiteral("jokafor"), {}, {}};
    Service checkout{newId(), QStringLiteral("checkout-api"), {}, 1};

    QString path() const { return dir.filePath(QStringLiteral("cache.sqlite")); }

    bool open()
    {
        const OpenResult result = store.open(path());
        if (!result.ok) {
            qWarning() << result.error;
            return false;
        }
        store.setActor(ana.id);
        return store.replaceDirectory({}, {ana, jo}, {checkout});
    }

    QUuid declare(const QString &title = QStringLiteral("Checkout errors in EU"),
                  const QString &severity = QStringLiteral("SEV2"))
    {
        return declareIn(store, title, severity);
    }

    QUuid addEntry(const QUuid &incident, const QString &body, const QDateTime &occurredAt = {})
    {
        return addEntryIn(store, incident, body, occurredAt);
    }
};

} // namespace Sitrep::Testing
