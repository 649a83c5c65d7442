#include "demo/DemoData.h"
#include "store/Store.h"
#include "store/TimelinePager.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Sitrep;

namespace {

const QDateTime Reference(QDate(2025, 6, 2), QTime(9, 0), Qt::UTC);

DemoData::Options smallOptions(quint32 seed)
{
    DemoData::Options options;
    options.seed = seed;
    options.incidentCount = 30;
    options.referenceTime = Reference;
    return options;
}

// Everything the generator decides about each incident, as the store gives it back.
QStringList fingerprint(Store &store)
{
    QList<IncidentSummary> incidents = store.incidents();
    std::sort(incidents.begin(), incidents.end(),
              [](const IncidentSummary &a, const IncidentSummary &b) { return a.declaredAt < b.declaredAt; });
    QStringList lines;
    for (const IncidentSummary &summary : std::as_const(incidents)) {
        const Incident incident = *store.incident(summary.id);
        lines.append(QStringList{summary.id.toString(), summary.title, summary.severity,
                                 enumToString(summary.status), summary.declaredAt.toString(Qt::ISODateWithMs),
                                 summary.lastActivityAt.toString(Qt::ISODateWithMs),
                                 QString::number(summary.entryCount), incident.acknowledgedAt.toString(Qt::ISODateWithMs),
                                 incident.mitigatedAt.toString(Qt::ISODateWithMs),
                                 incident.resolvedAt.toString(Qt::ISODateWithMs),
                                 incident.closedAt.toString(Qt::ISODateWithMs), incident.tags.join(QLatin1Char(','))}
                         .join(QLatin1Char('|')));
        for (const StatusTransition &step : incident.transitions)
            lines.append(QStringLiteral("  status %1 %2").arg(enumToString(step.status), step.at.toString(Qt::ISODateWithMs)));
        for (const RoleAssignment &role : store.roles(summary.id, false))
            lines.append(QStringLiteral("  role %1 %2 %3").arg(role.role, role.personId.toString(), role.assignedAt.toString(Qt::ISODateWithMs)));
        for (const Track &track : store.tracks(summary.id))
            lines.append(QStringLiteral("  track %1 %2 %3").arg(track.name, track.hypothesis, track.ruledOut.join(QLatin1Char(';'))));
        for (const BridgeParticipant &participant : store.participants(summary.id))
            lines.append(QStringLiteral("  participant %1 %2").arg(participant.displayName, participant.channel));
        auto pager = store.timelinePager(summary.id);
        for (const TimelineRow &row : pager->page(0, pager->count())) {
            lines.append(QStringLiteral("  entry %1 %2 %3 %4")
                             .arg(enumToString(row.entry.kind), row.entry.body,
                                  row.entry.occurredAt.toString(Qt::ISODateWithMs),
                                  row.entry.recordedAt.toString(Qt::ISODateWithMs)));
        }
    }
    return lines;
}

} // namespace

class tst_DemoData : public QObject
{
    Q_OBJECT
private slots:
    void sameSeedSameHistory()
    {
        QTemporaryDir dir;
        Store first;
        Store second;
        QVERIFY(first.open(dir.filePath(QStringLiteral("a.sqlite"))).ok);
        QVERIFY(second.open(dir.filePath(QStringLiteral("b.sqlite"))).ok);
        const DemoData::Result a = DemoData(smallOptions(7)).generate(first);
        const DemoData::Result b = DemoData(smallOptions(7)).generate(second);
        QVERIFY2(a.ok, qPrintable(a.error));
        QVERIFY2(b.ok, qPrintable(b.error));
        QCOMPARE(a.incidents, 30);
        QCOMPARE(b.entries, a.entries);
        QCOMPARE(first.people(), second.people());
        QCOMPARE(first.services(), second.services());
        const QStringList expected = fingerprint(first);
        QVERIFY(expected.size() > 30 * 15);
        QCOMPARE(fingerprint(second), expected);
    }

    void otherSeedOtherHistory()
    {
        QTemporaryDir dir;
        Store first;
        Store second;
        QVERIFY(first.open(dir.filePath(QStringLiteral("a.sqlite"))).ok);
        QVERIFY(second.open(dir.filePath(QStringLiteral("b.sqlite"))).ok);
        QVERIFY(DemoData(smallOptions(7)).generate(first).ok);
        QVERIFY(DemoData(smallOptions(8)).generate(second).ok);
        QVERIFY(fingerprint(first) != fingerprint(second));
    }

    // The default demo profile, as `make run` shows it.
    void defaultHistoryIsBelievable()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("cache.sqlite"))).ok);
        DemoData::Options options;
        options.referenceTime = Reference;
        DemoData demo(options);
        const DemoData::Result result = demo.generate(store);
        QVERIFY2(result.ok, qPrintable(result.error));

        QCOMPARE(store.teams().size(), 6);
        QCOMPARE(store.people().size(), 40);
        QCOMPARE(store.services().size(), 20);

        const QList<IncidentSummary> incidents = store.incidents();
        QCOMPARE(incidents.size(), 200);
        QHash<QString, int> severities;
        QHash<QString, QList<double>> minutesToAcknowledge;
        int active = 0;
        int closed = 0;
        QSet<EntryKind> kinds;
        bool phoneOnBridge = false;
        bool ruledOutFinding = false;
        bool fullBridgeRoles = false;
        int withBridgeChannels = 0;
        const QStringList mandatory = Roles::mandatory();
        const QSet<QString> mandatoryRoles(mandatory.cbegin(), mandatory.cend());
        for (const IncidentSummary &summary : incidents) {
            ++severities[summary.severity];
            const Incident incident = *store.incident(summary.id);
            QVERIFY(incident.declaredAt >= Reference.addDays(-731));
            QVERIFY(incident.declaredAt <= Reference);
            // Every stamp is historical, in order, and matches the milestones.
            QVERIFY(summary.lastActivityAt <= Reference);
            QVERIFY(incident.transitions.size() >= 2);
            QCOMPARE(incident.transitions.last().status, summary.status);
            for (qsizetype i = 1; i < incident.transitions.size(); ++i)
                QVERIFY(incident.transitions.at(i - 1).at <= incident.transitions.at(i).at);
            QCOMPARE(incident.transitions.at(1).at, incident.acknowledgedAt);
            if (incident.closedAt.isValid())
                QCOMPARE(incident.transitions.last().at, incident.closedAt);
            if (isActive(summary.status)) {
                ++active;
                QVERIFY2(summary.status != IncidentStatus::Declared, qPrintable(summary.title));
                QVERIFY(!incident.resolvedAt.isValid());
            } else {
                QVERIFY(incident.resolvedAt > incident.acknowledgedAt);
                QVERIFY(incident.resolvedAt <= Reference);
                closed += summary.status == IncidentStatus::Closed;
            }
            minutesToAcknowledge[summary.severity].append(double(incident.declaredAt.msecsTo(incident.acknowledgedAt)) / 60000);
            QVERIFY2(summary.entryCount >= options.minEntries, qPrintable(summary.title));
            QVERIFY(summary.entryCount <= options.maxEntries + 20);

            auto pager = store.timelinePager(summary.id);
            for (const TimelineRow &row : pager->page(0, pager->count())) {
                kinds.insert(row.entry.kind);
                QVERIFY(!row.entry.body.contains(QLatin1Char('{'))); // every template was filled
            }
            if (!incident.bridge.isEmpty()) { // the severe ones: link, dial-in, fallbacks, RACI
                ++withBridgeChannels;
                QVERIFY(incident.bridge.meetingLink.startsWith(QLatin1String("https://")));
                QVERIFY(!incident.bridge.dialIn.isEmpty() && !incident.bridge.fallback.contains(QLatin1Char('{')));
                QVERIFY(!incident.raci.activities.isEmpty()); // and their severity's RACI matrix
            }
            for (const BridgeParticipant &participant : store.participants(summary.id))
                phoneOnBridge = phoneOnBridge || participant.kind == ParticipantKind::Phone;
            for (const Track &track : store.tracks(summary.id))
                ruledOutFinding = ruledOutFinding || !track.ruledOut.isEmpty();
            QSet<QString> roles;
            for (const RoleAssignment &role : store.roles(summary.id))
                roles.insert(role.role);
            fullBridgeRoles = fullBridgeRoles || roles.contains(mandatoryRoles);
        }
        QCOMPARE(kinds.size(), enumCount<EntryKind>());
        QCOMPARE(active, options.activeIncidents);
        QVERIFY(closed > 150);
        QVERIFY(closed < 200 - active); // the newest resolved still await their postmortem
        QVERIFY(phoneOnBridge);
        QVERIFY(ruledOutFinding);
        QVERIFY(fullBridgeRoles);
        QVERIFY2(withBridgeChannels >= 15 && withBridgeChannels < 100, qPrintable(QString::number(withBridgeChannels)));

        // About 5 / 15 / 40 / 40 %.
        QVERIFY2(severities.value(QStringLiteral("SEV1")) >= 3 && severities.value(QStringLiteral("SEV1")) <= 20,
                 qPrintable(QString::number(severities.value(QStringLiteral("SEV1")))));
        QVERIFY(severities.value(QStringLiteral("SEV2")) >= 15 && severities.value(QStringLiteral("SEV2")) <= 50);
        QVERIFY(severities.value(QStringLiteral("SEV3")) >= 55 && severities.value(QStringLiteral("SEV3")) <= 105);
        QVERIFY(severities.value(QStringLiteral("SEV4")) >= 55 && severities.value(QStringLiteral("SEV4")) <= 105);

        // Severe incidents are acknowledged faster (medians ~4 and ~30 minutes).
        auto median = [](QList<double> values) {
            std::sort(values.begin(), values.end());
            return values.at(values.size() / 2);
        };
        const double sev1 = median(minutesToAcknowledge.value(QStringLiteral("SEV1")));
        const double sev4 = median(minutesToAcknowledge.value(QStringLiteral("SEV4")));
        QVERIFY2(sev1 < sev4, qPrintable(QStringLiteral("SEV1 %1 min, SEV4 %2 min").arg(sev1).arg(sev4)));
        QVERIFY(sev4 > 10 && sev4 < 90);

        // Written through the commands: every change has its op, waiting to be pushed.
        QVERIFY(store.pendingOpCount() > result.entries);
    }

    void bigIncidentHasEveryKindAndThePlantedWord()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("big.sqlite"))).ok);
        DemoData::Options options;
        options.referenceTime = Reference;
        options.batchSize = 3000;
        DemoData demo(options);
        int batches = 0;
        const DemoData::Result result =
            demo.generateBigIncident(store, 12000, [&](qint64 done, qint64 total) {
                ++batches;
                QVERIFY(done <= total);
            });
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(batches, 4);
        QVERIFY(store.entryCount(result.incidentId) >= 12000);

        auto pager = store.timelinePager(result.incidentId);
        QSet<EntryKind> kinds;
        int backDated = 0;
        QDateTime previous;
        for (const TimelineRow &row : pager->page(0, pager->count())) {
            kinds.insert(row.entry.kind);
            backDated += row.entry.occurredAt < row.entry.recordedAt.addSecs(-5);
            QVERIFY(!previous.isValid() || previous <= row.entry.occurredAt);
            previous = row.entry.occurredAt;
        }
        QCOMPARE(kinds.size(), enumCount<EntryKind>());
        QVERIFY(backDated > 100);

        const QList<SearchHit> hits = store.search(DemoData::rareToken() + QLatin1Char(' '));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().incidentId, result.incidentId);
        QVERIFY(store.search(QStringLiteral("error ")).size() >= 50);
    }
};

QTEST_GUILESS_MAIN(tst_DemoData)
#include "tst_DemoData.moc"
