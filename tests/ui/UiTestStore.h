#pragma once

// A real store on a temporary file, seeded through the store's own commands, for the
// ui/ tests. Header-only: each test is one executable.

#include "model/Ids.h"
#include "store/Store.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Sitrep::UiTest {

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    Person alice{newId(), QStringLiteral("Alice Rivera"), QStringLiteral("arivera"), {}, {}};
    Person jo{newId(), QStringLiteral("Jo Okafor"), QStringLiteral("jokafor"), {}, {}};
    Service checkout{newId(), QStringLiteral("Checkout"), {}, 1};

    // Returns false (after a QTest failure message) when the store cannot be set up.
    bool open()
    {
        store = std::make_unique<Store>();
        const OpenResult opened = store->open(dir.filePath(QStringLiteral("cache.sqlite")));
        if (!opened.ok) {
            qWarning("%s", qPrintable(opened.error));
            return false;
        }
        store->setActor(alice.id);
        return store->replaceDirectory({}, {alice, jo}, {checkout});
    }

    // `count` entries on an incident's timeline, "<prefix> 0", "<prefix> 1", …, as one
    // batch (the way the live stream and a sync page add them).
    bool addBatch(const QUuid &incidentId, int count, const QString &prefix)
    {
        QList<TimelineEntry> entries;
        for (int i = 0; i < count; ++i) {
            TimelineEntry entry;
            entry.incidentId = incidentId;
            entry.body = QStringLiteral("%1 %2").arg(prefix).arg(i);
            entries.append(entry);
        }
        return static_cast<bool>(store->addEntries(entries));
    }

    // minutesAgo sets the declared time (and so the last activity) so tests control the order.
    QUuid declare(const QString &title, int minutesAgo = 0, const QString &severity = QStringLiteral("SEV2"))
    {
        Incident incident;
        incident.title = title;
        incident.severity = severity;
        incident.declaredAt = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
        const CommandResult result = store->declareIncident(incident);
        if (!result)
            qWarning("%s", qPrintable(result.error));
        return result.id;
    }

    // Someone on an incident's bridge: by phone (no person) or on a console.
    QUuid addParticipant(const QUuid &incidentId, const QString &name, const QDateTime &joinedAt, bool inLobby = false,
                         const QUuid &personId = {})
    {
        BridgeParticipant participant;
        participant.incidentId = incidentId;
        participant.displayName = name;
        participant.personId = personId;
        participant.kind = personId.isNull() ? ParticipantKind::Phone : ParticipantKind::Console;
        participant.channel = personId.isNull() ? QStringLiteral("tel:+44 20 7946 0000") : QString();
        participant.joinedAt = joinedAt;
        participant.inLobby = inLobby;
        return store->upsertParticipant(participant).id;
    }
};

} // namespace Sitrep::UiTest
