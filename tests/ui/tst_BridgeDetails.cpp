// The bridge details panel and the critical-phase switch, driven by keys and clicks.

#include "BridgeDetails.h"
#include "BridgePane.h"
#include "UiTestStore.h"

#include <QApplication>
#include <QClipboard>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>

using namespace Sitrep;

class tst_BridgeDetails : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_fixture = std::make_unique<UiTest::Fixture>();
        QVERIFY(m_fixture->open());
        m_incident = m_fixture->declare(QStringLiteral("Checkout errors in EU"), 30);
        QVERIFY(!m_incident.isNull());
        m_pane = std::make_unique<BridgePane>(m_fixture->store.get());
        m_pane->resize(460, 640);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
        m_pane->setIncident(m_incident);
    }
    void cleanup()
    {
        m_pane.reset();
        m_fixture.reset();
    }

    void savesTheBridgeDetailsByKeyboard()
    {
        auto *link = child<QLineEdit>("meetingLink");
        auto *dialIn = child<QLineEdit>("dialIn");
        auto *fallback = child<QPlainTextEdit>("fallback");
        auto *save = child<QPushButton>("saveBridge");
        QVERIFY(!save->isEnabled());
        link->setFocus();
        QTest::keyClicks(link, QStringLiteral("https://meet.example.com/sev2"));
        QVERIFY(save->isEnabled());
        QVERIFY(child<QLabel>("openLink")->isVisible());
        QVERIFY(child<QLabel>("openLink")->text().contains(QStringLiteral("href=\"https://meet.example.com/sev2\"")));
        QTest::keyClick(link, Qt::Key_Tab); // → Copy
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialIn);
        QTest::keyClicks(dialIn, QStringLiteral("+44 20 7946 0000 PIN 4711#"));
        QTest::keyClick(dialIn, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), fallback);
        QTest::keyClicks(fallback, QStringLiteral("SMS the on-call lead"));
        QTest::keyClick(fallback, Qt::Key_S, Qt::ControlModifier);
        const Incident stored = *m_fixture->store->incident(m_incident);
        QCOMPARE(stored.bridge.meetingLink, QStringLiteral("https://meet.example.com/sev2"));
        QCOMPARE(stored.bridge.dialIn, QStringLiteral("+44 20 7946 0000 PIN 4711#"));
        QCOMPARE(stored.bridge.fallback, QStringLiteral("SMS the on-call lead"));
        QVERIFY(!save->isEnabled());
        const QList<OutboxItem> ops = m_fixture->store->pendingOps(10);
        QCOMPARE(ops.last().op.type, OpType::IncidentUpdate);

        // Copy puts the link on the clipboard.
        QTest::mouseClick(child<QToolButton>("copyLink"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), stored.bridge.meetingLink);
    }

    void refusedLinkIsReportedAndKept()
    {
        QSignalSpy messages(m_pane.get(), &BridgePane::message);
        auto *link = child<QLineEdit>("meetingLink");
        link->setFocus();
        QTest::keyClicks(link, QStringLiteral("javascript:alert(1)"));
        QVERIFY(!child<QLabel>("openLink")->isVisible()); // never a link
        QTest::keyClick(link, Qt::Key_Return);
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().first().toString().contains(QStringLiteral("meeting link")),
                 qPrintable(messages.first().first().toString()));
        QCOMPARE(link->text(), QStringLiteral("javascript:alert(1)"));
        QVERIFY(m_fixture->store->incident(m_incident)->bridge.isEmpty());
        // Escape puts back what is stored.
        QTest::keyClick(link, Qt::Key_Escape);
        QCOMPARE(link->text(), QString());
    }

    void otherConsolesChangeShowsUnlessEditing()
    {
        Incident changed = *m_fixture->store->incident(m_incident);
        changed.bridge.dialIn = QStringLiteral("+1 555 0100");
        QVERIFY(m_fixture->store->updateIncident(changed));
        QCOMPARE(child<QLineEdit>("dialIn")->text(), QStringLiteral("+1 555 0100"));
        auto *fallback = child<QPlainTextEdit>("fallback");
        fallback->setFocus();
        QTest::keyClicks(fallback, QStringLiteral("typing"));
        changed.bridge.dialIn = QStringLiteral("+1 555 0199");
        QVERIFY(m_fixture->store->updateIncident(changed));
        QCOMPARE(fallback->toPlainText(), QStringLiteral("typing")); // unsaved edits are kept
        QVERIFY(m_pane->details()->isDirty());
        // The dial-in line still shows the number this console had; saving the fallback
        // writes the fallback only and keeps the other console's number.
        QCOMPARE(child<QLineEdit>("dialIn")->text(), QStringLiteral("+1 555 0100"));
        QTest::keyClick(fallback, Qt::Key_S, Qt::ControlModifier);
        const BridgeChannels stored = m_fixture->store->incident(m_incident)->bridge;
        QCOMPARE(stored.fallback, QStringLiteral("typing"));
        QCOMPARE(stored.dialIn, QStringLiteral("+1 555 0199"));
        const QJsonObject sent = m_fixture->store->pendingOps(50).last().op.payload;
        QCOMPARE(sent.value(QStringLiteral("fields")).toObject().value(QStringLiteral("bridge")).toObject()
                     .value(QStringLiteral("dialIn")).toString(), QStringLiteral("+1 555 0199"));
        QVERIFY(!m_pane->details()->isDirty());
        QCOMPARE(child<QLineEdit>("dialIn")->text(), QStringLiteral("+1 555 0199")); // shows what is stored again
    }

    // A stored link wider than its field shows its start (scheme and host), not its tail.
    void aStoredLinkShowsItsStart()
    {
        Incident changed = *m_fixture->store->incident(m_incident);
        changed.bridge.meetingLink = QStringLiteral("https://meet.example.com/") + QString(120, QLatin1Char('x'));
        QVERIFY(m_fixture->store->updateIncident(changed));
        auto *link = child<QLineEdit>("meetingLink");
        QCOMPARE(link->text(), changed.bridge.meetingLink);
        QCOMPARE(link->cursorPosition(), 0);
    }

    void criticalPhaseMovesOthersToTheLobbyAndShowsTheLine()
    {
        Store &store = *m_fixture->store;
        BridgeParticipant essential{{}, m_incident, ParticipantKind::Console, m_fixture->alice.id, m_fixture->alice.name};
        essential.essential = true;
        BridgeParticipant guest{{}, m_incident, ParticipantKind::Phone, {}, QStringLiteral("Vendor"), QStringLiteral("tel:1")};
        QVERIFY(store.upsertParticipant(essential));
        const QUuid guestId = store.upsertParticipant(guest).id;
        auto *toggle = child<QToolButton>("criticalPhase");
        auto *banner = child<QLabel>("criticalBanner");
        QVERIFY(!toggle->isChecked());
        QVERIFY(!banner->isVisible());
        QCOMPARE(toggle->accessibleName(), QStringLiteral("Critical phase"));
        QVERIFY(!toggle->icon().isNull());
        QCOMPARE(toggle->text(), QStringLiteral("Critical phase"));

        toggle->setFocus();
        QTest::keyClick(toggle, Qt::Key_Space);
        QVERIFY(store.incident(m_incident)->criticalPhase);
        QVERIFY(toggle->isChecked());
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("Critical phase: essential participants only")));
        for (const BridgeParticipant &participant : store.participants(m_incident))
            QCOMPARE(participant.inLobby, participant.id == guestId);

        // Another console switching it off (the synced flag) hides the line here.
        Incident off = *store.incident(m_incident);
        off.criticalPhase = false;
        QVERIFY(store.updateIncident(off));
        QVERIFY(!toggle->isChecked());
        QVERIFY(!banner->isVisible());
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(store.incident(m_incident)->criticalPhase);
    }

    void everyControlIsNamed()
    {
        for (const char *object : {"criticalPhase", "criticalBanner", "meetingLink", "openLink", "copyLink", "dialIn",
                                   "fallback", "saveBridge"}) {
            auto *widget = m_pane->findChild<QWidget *>(QString::fromLatin1(object));
            QVERIFY2(widget, object);
            QVERIFY2(!widget->accessibleName().isEmpty(), object);
        }
    }

private:
    template<typename T> T *child(const char *objectName) const
    {
        T *widget = m_pane->findChild<T *>(QString::fromLatin1(objectName));
        if (!widget)
            qFatal("no %s", objectName);
        return widget;
    }

    std::unique_ptr<UiTest::Fixture> m_fixture;
    std::unique_ptr<BridgePane> m_pane;
    QUuid m_incident;
};

QTEST_MAIN(tst_BridgeDetails)
#include "tst_BridgeDetails.moc"
