// What one server instance keeps of the presence the others announce (RemotePresence):
// merged per incident, replaced per instance, removed by an empty announcement, expired
// after the time its sender gave, and its own and malformed payloads ignored.

#include "api/RemotePresence.h"

#include <QTest>

using namespace Sitrep::Server;
using namespace std::chrono_literals;

class tst_RemotePresence : public QObject
{
    Q_OBJECT

    const QUuid m_self = QUuid::createUuid();
    const QUuid m_a = QUuid::createUuid();
    const QUuid m_b = QUuid::createUuid();
    const QUuid m_incident = QUuid::createUuid();
    const RemotePresence::Clock::time_point m_t0 = RemotePresence::Clock::now();

    static PresenceLists onBridge(const QString &name)
    {
        PresenceLists lists;
        lists.bridge = {name};
        lists.bridgePeople = {name + QStringLiteral("-id")};
        return lists;
    }

private slots:
    void announcementsOfTwoInstancesMerge()
    {
        RemotePresence presence;
        const auto heard =
            presence.hear(RemotePresence::announcement(m_a, m_incident, onBridge(QStringLiteral("alice")), 3s), m_self, m_t0);
        QCOMPARE(heard.kind, RemotePresence::Heard::Kind::Update);
        QCOMPARE(heard.incidentId, m_incident);
        presence.hear(RemotePresence::announcement(m_b, m_incident, onBridge(QStringLiteral("bob")), 3s), m_self, m_t0);
        PresenceLists merged = presence.at(m_incident);
        merged.normalise();
        QCOMPARE(merged.bridge, (QStringList{QStringLiteral("alice"), QStringLiteral("bob")}));
        QCOMPARE(merged.bridgePeople, (QStringList{QStringLiteral("alice-id"), QStringLiteral("bob-id")}));
        QVERIFY(merged.viewing.isEmpty());

        // A later announcement of A replaces A's, an empty one removes it.
        // The same again (the periodic round) tells nobody anything: only its expiry moves.
        QCOMPARE(presence.hear(RemotePresence::announcement(m_b, m_incident, onBridge(QStringLiteral("bob")), 3s), m_self, m_t0).kind,
                 RemotePresence::Heard::Kind::Ignored);
        presence.hear(RemotePresence::announcement(m_a, m_incident, onBridge(QStringLiteral("carol")), 3s), m_self, m_t0);
        merged = presence.at(m_incident);
        merged.normalise();
        QCOMPARE(merged.bridge, (QStringList{QStringLiteral("bob"), QStringLiteral("carol")}));
        presence.hear(RemotePresence::announcement(m_a, m_incident, {}, 3s), m_self, m_t0);
        presence.hear(RemotePresence::announcement(m_b, m_incident, {}, 3s), m_self, m_t0);
        QVERIFY(presence.at(m_incident).isEmpty());
        QVERIFY(presence.incidents().isEmpty());
    }

    void announcementsExpireAfterTheirTime()
    {
        RemotePresence presence;
        presence.hear(RemotePresence::announcement(m_a, m_incident, onBridge(QStringLiteral("alice")), 3s), m_self, m_t0);
        presence.hear(RemotePresence::announcement(m_b, m_incident, onBridge(QStringLiteral("bob")), 10s), m_self, m_t0);
        QVERIFY(presence.expire(m_t0 + 2s).isEmpty());
        QCOMPARE(presence.expire(m_t0 + 3s), QList<QUuid>{m_incident});
        QCOMPARE(presence.at(m_incident).bridge, QStringList{QStringLiteral("bob")});
        QCOMPARE(presence.expire(m_t0 + 11s), QList<QUuid>{m_incident});
        QVERIFY(presence.incidents().isEmpty());

        // However long a sender says, an hour at most.
        presence.hear(RemotePresence::announcement(m_a, m_incident, onBridge(QStringLiteral("alice")), 24h), m_self, m_t0);
        QVERIFY(presence.expire(m_t0 + 59min).isEmpty());
        QCOMPARE(presence.expire(m_t0 + 1h), QList<QUuid>{m_incident});
    }

    void ownMalformedAndResyncPayloads()
    {
        RemotePresence presence;
        QCOMPARE(presence.hear(RemotePresence::announcement(m_self, m_incident, onBridge(QStringLiteral("me")), 3s), m_self, m_t0).kind,
                 RemotePresence::Heard::Kind::Ignored);
        for (const QByteArray &bad : {QByteArray("not json"), QByteArray("[]"), QByteArray(R"({"instance":"x"})"),
                                      QByteArray(QByteArray(R"({"instance":")") + m_a.toByteArray(QUuid::WithoutBraces) + "\"}")})
            QCOMPARE(presence.hear(bad, m_self, m_t0).kind, RemotePresence::Heard::Kind::Ignored);
        QVERIFY(presence.incidents().isEmpty());
        QCOMPARE(presence.hear(RemotePresence::resyncRequest(m_a), m_self, m_t0).kind, RemotePresence::Heard::Kind::Resync);
        QCOMPARE(presence.hear(RemotePresence::resyncRequest(m_self), m_self, m_t0).kind, RemotePresence::Heard::Kind::Ignored);
    }
};

QTEST_GUILESS_MAIN(tst_RemotePresence)
#include "tst_RemotePresence.moc"
