// The permission matrix of docs/ARCHITECTURE.md, cell by cell.

#include "auth/Permissions.h"
#include "model/Ids.h"
#include "storage/OpPayloads.h"

#include <QTest>

using namespace Sitrep;
using namespace Sitrep::Server;

Q_DECLARE_METATYPE(Sitrep::AccountRole)
Q_DECLARE_METATYPE(Sitrep::IncidentAction)

namespace {

// The standings that matter: an outsider to the incident, its declarer while no commander
// is assigned, its declarer after somebody else became commander, its commander, its
// facilitator (somebody else commands).
enum class Standing { Outsider, DeclarerNoCommander, DeclarerOtherCommander, Commander, Facilitator };

IncidentStanding standing(Standing which)
{
    switch (which) {
    case Standing::Outsider:
        return {false, false, true, false};
    case Standing::DeclarerNoCommander:
        return {true, false, false, true};
    case Standing::DeclarerOtherCommander:
        return {true, false, true, true};
    case Standing::Commander:
        return {false, true, true, true};
    case Standing::Facilitator:
        return {false, false, true, true, true};
    }
    return {};
}

const QList<IncidentAction> everyday{IncidentAction::Declare,     IncidentAction::AddEntry,      IncidentAction::EditEntry,
                                     IncidentAction::PinEntry,    IncidentAction::AdvanceStatus, IncidentAction::UpdateFields,
                                     IncidentAction::AssignRole,  IncidentAction::RelieveRole,   IncidentAction::UpsertTrack,
                                     IncidentAction::UpsertParticipant};
const QList<IncidentAction> commandDecisions{IncidentAction::Close, IncidentAction::ChangeSeverity,
                                             IncidentAction::ChangeRestriction, IncidentAction::ChangeCriticalPhase,
                                             IncidentAction::ModerateBridge};

} // namespace

class tst_Permissions : public QObject
{
    Q_OBJECT

private slots:
    // What on a bridge row is moderation (the commander's or facilitator's) and what is the
    // person's own business.
    void moderatingTheBridge()
    {
        const QUuid me = QUuid::createUuid();
        const QUuid them = QUuid::createUuid();
        BridgeParticipant theirs;
        theirs.personId = them;
        theirs.joinedAt = QDateTime::currentDateTimeUtc();
        BridgeParticipant mine = theirs;
        mine.personId = me;
        const auto changed = [](BridgeParticipant row, auto &&change) {
            change(row);
            return row;
        };
        // New rows: joining, adding a phone participant.
        QVERIFY(!moderatesBridge(std::nullopt, mine, me));
        QVERIFY(!moderatesBridge(std::nullopt, theirs, me));
        // One's own row: hand, mute, leaving are one's own; admitting oneself or being
        // essential are not.
        QVERIFY(!moderatesBridge(mine, changed(mine, [](auto &r) { r.handRaised = true; }), me));
        QVERIFY(!moderatesBridge(mine, changed(mine, [](auto &r) { r.muteRequested = true; }), me));
        QVERIFY(!moderatesBridge(mine, changed(mine, [](auto &r) { r.leftAt = QDateTime::currentDateTimeUtc(); }), me));
        const BridgeParticipant waiting = changed(mine, [](auto &r) { r.inLobby = true; });
        QVERIFY(moderatesBridge(waiting, mine, me));
        QVERIFY(moderatesBridge(mine, changed(mine, [](auto &r) { r.essential = true; }), me));
        // Someone else's row: admit, send to the lobby, remove, ask to mute, essential.
        QVERIFY(moderatesBridge(changed(theirs, [](auto &r) { r.inLobby = true; }), theirs, me));
        QVERIFY(moderatesBridge(theirs, changed(theirs, [](auto &r) { r.inLobby = true; }), me));
        QVERIFY(moderatesBridge(theirs, changed(theirs, [](auto &r) { r.leftAt = QDateTime::currentDateTimeUtc(); }), me));
        QVERIFY(moderatesBridge(theirs, changed(theirs, [](auto &r) { r.muteRequested = true; }), me));
        QVERIFY(moderatesBridge(theirs, changed(theirs, [](auto &r) { r.essential = true; }), me));
        // …but not a raised hand someone lowers for them, nor a correction of the channel.
        QVERIFY(!moderatesBridge(changed(theirs, [](auto &r) { r.handRaised = true; }), theirs, me));
        QVERIFY(!moderatesBridge(theirs, changed(theirs, [](auto &r) { r.channel = QStringLiteral("tel:+44 1"); }), me));
    }

    void matrix_data()
    {
        QTest::addColumn<AccountRole>("role");
        QTest::addColumn<IncidentAction>("action");
        QTest::addColumn<int>("standing");
        QTest::addColumn<bool>("allowed");
        const QList<Standing> standings{Standing::Outsider, Standing::DeclarerNoCommander,
                                        Standing::DeclarerOtherCommander, Standing::Commander, Standing::Facilitator};
        for (const IncidentAction action : everyday + commandDecisions) {
            const bool decision = commandDecisions.contains(action);
            for (const Standing which : standings) {
                const QByteArray tag = QByteArray::number(int(action)) + '/' + QByteArray::number(int(which));
                // Admins and managers: everything, wherever they stand.
                QTest::newRow(QByteArray("admin " + tag).constData()) << AccountRole::Admin << action << int(which) << true;
                QTest::newRow(QByteArray("manager " + tag).constData()) << AccountRole::Manager << action << int(which) << true;
                // Viewers: nothing, even as commander.
                QTest::newRow(QByteArray("viewer " + tag).constData()) << AccountRole::Viewer << action << int(which) << false;
                // Responders: the everyday work anywhere; the command decisions as commander, or
                // as declarer while nobody commands; the critical phase as facilitator too.
                const bool responderMay = !decision || which == Standing::Commander || which == Standing::DeclarerNoCommander
                    || ((action == IncidentAction::ChangeCriticalPhase || action == IncidentAction::ModerateBridge)
                        && which == Standing::Facilitator);
                QTest::newRow(QByteArray("responder " + tag).constData()) << AccountRole::Responder << action << int(which) << responderMay;
            }
        }
    }
    void matrix()
    {
        QFETCH(AccountRole, role);
        QFETCH(IncidentAction, action);
        QFETCH(int, standing);
        QFETCH(bool, allowed);
        const Account account{7, QStringLiteral("someone"), role, false, {}};
        const QString why = refusal(account, action, ::standing(Standing(standing)));
        QCOMPARE(why.isEmpty(), allowed);
        if (!allowed)
            QVERIFY2(why.startsWith(QStringLiteral("forbidden: ")), qPrintable(why));
    }

    void disabledAccountsDoNothing()
    {
        const Account account{7, QStringLiteral("gone"), AccountRole::Admin, true, {}};
        QVERIFY(!refusal(account, IncidentAction::AddEntry, standing(Standing::Commander)).isEmpty());
    }

    void refusalsSayWhoMay()
    {
        const Account responder{7, QStringLiteral("r"), AccountRole::Responder, false, {}};
        QVERIFY(refusal(responder, IncidentAction::Close, standing(Standing::Outsider)).contains(QStringLiteral("commander")));
        QVERIFY(refusal(responder, IncidentAction::ChangeSeverity, standing(Standing::Outsider)).contains(QStringLiteral("severity")));
    }

    void actionOfAnUpdate_data()
    {
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<IncidentAction>("action");
        QTest::newRow("bridge") << QStringList{QStringLiteral("bridge")} << IncidentAction::UpdateFields;
        QTest::newRow("raci") << QStringList{QStringLiteral("raci"), QStringLiteral("title")} << IncidentAction::UpdateFields;
        QTest::newRow("critical phase") << QStringList{QStringLiteral("criticalPhase")} << IncidentAction::ChangeCriticalPhase;
        QTest::newRow("critical phase and bridge") << QStringList{QStringLiteral("bridge"), QStringLiteral("criticalPhase")}
                                                   << IncidentAction::ChangeCriticalPhase;
        // Whoever may restrict may switch the phase: the stricter action stands for both.
        QTest::newRow("critical phase and restriction")
            << QStringList{QStringLiteral("criticalPhase"), QStringLiteral("restricted")} << IncidentAction::ChangeRestriction;
    }
    void actionOfAnUpdate()
    {
        QFETCH(QStringList, fields);
        QFETCH(IncidentAction, action);
        const QUuid id = newId();
        QJsonObject values, base;
        for (const QString &field : fields) {
            values.insert(field, field == QLatin1String("title") ? QJsonValue(QStringLiteral("t"))
                                 : field == QLatin1String("criticalPhase") || field == QLatin1String("restricted") ? QJsonValue(true)
                                                                                                                     : QJsonValue::Null);
            base.insert(field, QJsonValue::Null);
        }
        const auto checked = checkOp(Op{newId(), OpType::IncidentUpdate, id, id, {}, QDateTime::currentDateTimeUtc(),
                                        {{QStringLiteral("fields"), values}, {QStringLiteral("base"), base}}});
        QVERIFY2(checked, qPrintable(checked.error));
        QCOMPARE(actionOf(*checked.value), action);
        const Account responder{7, QStringLiteral("r"), AccountRole::Responder, false, {}};
        if (action == IncidentAction::ChangeCriticalPhase)
            QVERIFY(refusal(responder, action, standing(Standing::Outsider)).contains(QStringLiteral("facilitator")));
    }

    void needToKnow()
    {
        for (const AccountRole role : {AccountRole::Admin, AccountRole::Manager, AccountRole::Responder, AccountRole::Viewer}) {
            const Account account{7, QStringLiteral("someone"), role, false, {}};
            QVERIFY(mayView(account, false, standing(Standing::Outsider)));
            QCOMPARE(mayView(account, true, standing(Standing::Outsider)), role == AccountRole::Admin);
            QVERIFY(mayView(account, true, standing(Standing::Commander)));
            QVERIFY(mayView(account, true, standing(Standing::DeclarerOtherCommander)));
        }
    }
};

QTEST_GUILESS_MAIN(tst_Permissions)
#include "tst_Permissions.moc"
