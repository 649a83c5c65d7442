#include "CheckpointBar.h"
#include "ElidedLabel.h"
#include "IncidentHeader.h"
#include "SeverityBox.h"
#include "StatusStepper.h"
#include "UiTestStore.h"
#include "rules/Labels.h"
#include "store/TimelinePager.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>

using namespace Sitrep;

namespace {
QString hhmm(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("HH:mm"));
}
} // namespace

class tst_IncidentHeader : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void showsTitleSeverityAndStepTimes();
    void aNarrowHeaderShowsPassedStepsByTimeAlone();
    void severityChangesByKeyboardOnly();
    void refusedSeverityReverts();
    void statusAdvancesByKeyboardAndMouse();
    void illegalStatusMoveIsReportedAndChangesNothing();
    void clocksCountFromTheStoresClock();
    void timeBoxExpiresAndAsksOnce();
    void escalateByKeyboardRecordsOneCheckpoint();
    void checkpointOfSomeoneElseStartsTheNextTimeBox();
    void controlsHaveAccessibleNames();

private:
    QList<TimelineEntry> checkpoints() const;
    QToolButton *step(IncidentStatus status) const { return m_header->stepper()->stepButton(status); }

    std::unique_ptr<UiTest::Fixture> m_fixture;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<IncidentHeader> m_header;
    QUuid m_incident;
    QDateTime m_declared;
};

void tst_IncidentHeader::init()
{
    m_fixture = std::make_unique<UiTest::Fixture>();
    QVERIFY(m_fixture->open());
    m_declared = QDateTime(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC);
    m_clock = std::make_unique<ManualClock>(m_declared);
    m_fixture->store->setClock(m_clock.get());
    Incident incident;
    incident.title = QStringLiteral("Checkout errors in EU");
    incident.severity = QStringLiteral("SEV2");
    const CommandResult declared = m_fixture->store->declareIncident(incident);
    QVERIFY2(declared, qPrintable(declared.error));
    m_incident = declared.id;

    m_header = std::make_unique<IncidentHeader>(m_fixture->store.get());
    m_header->resize(900, m_header->sizeHint().height());
    m_header->show();
    QVERIFY(QTest::qWaitForWindowActive(m_header.get()));
    m_header->setIncident(m_incident);
}

void tst_IncidentHeader::cleanup()
{
    m_header.reset();
    m_fixture.reset();
    m_clock.reset();
}

QList<TimelineEntry> tst_IncidentHeader::checkpoints() const
{
    QList<TimelineEntry> found;
    const auto pager = m_fixture->store->timelinePager(m_incident);
    for (const TimelineRow &row : pager->page(0, pager->count())) {
        if (row.entry.kind == EntryKind::Checkpoint)
            found.append(row.entry);
    }
    return found;
}

void tst_IncidentHeader::showsTitleSeverityAndStepTimes()
{
    m_clock->advanceSeconds(4 * 60);
    QVERIFY(m_fixture->store->setStatus(m_incident, IncidentStatus::Investigating));

    QCOMPARE(m_header->titleLabel()->fullText(), QStringLiteral("Checkout errors in EU"));
    QVERIFY(m_header->titleLabel()->font().bold());
    QCOMPARE(m_header->severityBox()->currentText(), QStringLiteral("SEV2 — Major"));
    const QString criteria = SeverityTaxonomy::defaults().level(QStringLiteral("SEV2"))->criteria;
    QCOMPARE(m_header->criteriaLabel()->fullText(), criteria);
    QCOMPARE(m_header->severityBox()->itemData(0, Qt::ToolTipRole).toString(),
             SeverityTaxonomy::defaults().levels().first().criteria);

    // Past steps: a check mark and the time; the current one: a sign, the time, bold and
    // framed; later ones: the label alone.
    QCOMPARE(step(IncidentStatus::Declared)->text(), QStringLiteral("✓ Declared %1").arg(hhmm(m_declared)));
    QVERIFY(step(IncidentStatus::Declared)->toolTip().contains(QStringLiteral("2025-03-01 09:00:00 UTC")));
    QToolButton *current = step(IncidentStatus::Investigating);
    QCOMPARE(current->text(), QStringLiteral("● Investigating %1").arg(hhmm(m_declared.addSecs(240))));
    QVERIFY(current->font().bold());
    QVERIFY(!current->autoRaise());
    QVERIFY(!step(IncidentStatus::Declared)->font().bold());
    QCOMPARE(step(IncidentStatus::Identified)->text(), QStringLiteral("Identified"));
    QVERIFY(step(IncidentStatus::Identified)->autoRaise());

    m_header->setIncident({});
    QCOMPARE(m_header->titleLabel()->fullText(), QStringLiteral("No incident selected"));
    QVERIFY(!m_header->severityBox()->isEnabled());
    QVERIFY(!step(IncidentStatus::Identified)->isEnabled());
}

// Short of room (a narrow window, German words), the steps passed keep their sign and
// time and give up their name (still in the tooltip and the accessible name), so the
// row asks less of the window; shorter still, the current step gives up its time (the
// clock beside it counts from it); with room again they say it in full.
void tst_IncidentHeader::aNarrowHeaderShowsPassedStepsByTimeAlone()
{
    m_clock->advanceSeconds(4 * 60);
    QVERIFY(m_fixture->store->setStatus(m_incident, IncidentStatus::Investigating));
    StatusStepper *stepper = m_header->stepper();
    QVERIFY(stepper->minimumSizeHint().width() < stepper->rowWidth(StatusStepper::Fit::Compact));
    QVERIFY(stepper->rowWidth(StatusStepper::Fit::Compact) < stepper->sizeHint().width());
    QCOMPARE(stepper->fit(), StatusStepper::Fit::Full);
    const QString investigatingAt = hhmm(m_declared.addSecs(240));

    m_header->resize(stepper->rowWidth(StatusStepper::Fit::Compact), m_header->height());
    QTRY_COMPARE(stepper->fit(), StatusStepper::Fit::Compact);
    QToolButton *declared = step(IncidentStatus::Declared);
    QCOMPARE(declared->text(), QStringLiteral("✓ %1").arg(hhmm(m_declared)));
    QVERIFY(declared->accessibleName().contains(QStringLiteral("Declared")));
    QVERIFY(declared->toolTip().contains(QStringLiteral("Declared")));
    // The current step and those ahead keep their names: they are what is read and chosen.
    QCOMPARE(step(IncidentStatus::Investigating)->text(), QStringLiteral("● Investigating %1").arg(investigatingAt));
    QCOMPARE(step(IncidentStatus::Identified)->text(), QStringLiteral("Identified"));
    QTRY_VERIFY(step(IncidentStatus::Closed)->geometry().right() <= stepper->width());

    // The header's narrowest: the clocks shorten too, so the steps are what sets it.
    m_header->resize(m_header->minimumSizeHint().width(), m_header->height());
    QTRY_COMPARE(stepper->fit(), StatusStepper::Fit::Tight);
    QCOMPARE(stepper->width(), stepper->minimumSizeHint().width());
    QCOMPARE(step(IncidentStatus::Investigating)->text(), QStringLiteral("● Investigating"));
    QVERIFY(step(IncidentStatus::Investigating)->toolTip().contains(QStringLiteral("since")));
    QVERIFY(step(IncidentStatus::Investigating)->accessibleName().contains(investigatingAt));
    QCOMPARE(declared->text(), QStringLiteral("✓ %1").arg(hhmm(m_declared)));
    // The arrows between the steps go too (the order reads without them).
    const auto arrowsShown = [stepper] {
        int shown = 0;
        for (const QLabel *arrow : stepper->findChildren<QLabel *>())
            shown += arrow->isVisible() && arrow->text() == QStringLiteral("›") ? 1 : 0;
        return shown;
    };
    QTRY_COMPARE(arrowsShown(), 0);
    // Every step still fits in the narrow row, and the clocks keep their numbers.
    QTRY_VERIFY(step(IncidentStatus::Closed)->geometry().right() <= stepper->width());
    QVERIFY2(m_header->sinceUpdateLabel()->text().startsWith(QStringLiteral("00:00")),
             qPrintable(m_header->sinceUpdateLabel()->text()));

    m_header->resize(stepper->sizeHint().width() + 100, m_header->height());
    QTRY_COMPARE(stepper->fit(), StatusStepper::Fit::Full);
    QCOMPARE(declared->text(), QStringLiteral("✓ Declared %1").arg(hhmm(m_declared)));
    QTRY_COMPARE(arrowsShown(), enumCount<IncidentStatus>() - 1);
}

void tst_IncidentHeader::severityChangesByKeyboardOnly()
{
    SeverityBox *box = m_header->severityBox();
    const int opsBefore = m_fixture->store->pendingOpCount();
    box->setFocus();
    // An arrow key on the closed box opens the list instead of changing the severity.
    QTest::keyClick(box, Qt::Key_Up);
    QTRY_VERIFY(box->view()->isVisible());
    QCOMPARE(m_fixture->store->incident(m_incident)->severity, QStringLiteral("SEV2"));
    QCOMPARE(m_fixture->store->pendingOpCount(), opsBefore);

    // While choosing, the criteria shown are those of the highlighted level.
    QTest::keyClick(box->view(), Qt::Key_Up);
    QCOMPARE(m_header->criteriaLabel()->fullText(), SeverityTaxonomy::defaults().levels().first().criteria);
    QTest::keyClick(box->view(), Qt::Key_Return);
    QTRY_VERIFY(!box->view()->isVisible());

    QCOMPARE(m_fixture->store->incident(m_incident)->severity, QStringLiteral("SEV1"));
    const QList<OutboxItem> ops = m_fixture->store->pendingOps(100);
    QCOMPARE(ops.size(), opsBefore + 2); // the change and its timeline note
    QCOMPARE(ops.at(opsBefore).op.type, OpType::IncidentSeverity);
    QCOMPARE(box->currentText(), QStringLiteral("SEV1 — Critical"));
    QCOMPARE(m_header->criteriaLabel()->fullText(), SeverityTaxonomy::defaults().levels().first().criteria);
}

void tst_IncidentHeader::refusedSeverityReverts()
{
    // The taxonomy changed under the open header (no signal for that): the level it still
    // lists is refused by the store, and the box shows the stored value again.
    SeverityTaxonomy smaller({SeverityTaxonomy::defaults().levels().mid(0, 2)});
    QVERIFY(m_fixture->store->setSeverityTaxonomy(smaller));
    QSignalSpy messages(m_header.get(), &IncidentHeader::message);
    SeverityBox *box = m_header->severityBox();
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Down);
    QTRY_VERIFY(box->view()->isVisible());
    QTest::keyClick(box->view(), Qt::Key_Down); // SEV3
    QTest::keyClick(box->view(), Qt::Key_Return);
    QTRY_COMPARE(messages.count(), 1);
    QVERIFY2(messages.first().first().toString().contains(QStringLiteral("SEV3")),
             qPrintable(messages.first().first().toString()));
    QCOMPARE(m_fixture->store->incident(m_incident)->severity, QStringLiteral("SEV2"));
    QCOMPARE(box->currentText(), QStringLiteral("SEV2 — Major"));
    QCOMPARE(box->count(), 2); // and the list is the store's again
}

void tst_IncidentHeader::statusAdvancesByKeyboardAndMouse()
{
    // Tab goes from the severity to the steps.
    m_header->severityBox()->setFocus();
    QTest::keyClick(m_header->severityBox(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), step(IncidentStatus::Declared));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    QCOMPARE(QApplication::focusWidget(), step(IncidentStatus::Investigating));

    m_clock->advanceSeconds(300);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    Incident stored = *m_fixture->store->incident(m_incident);
    QCOMPARE(stored.status, IncidentStatus::Investigating);
    QCOMPARE(stored.transitions.size(), 2);
    QCOMPARE(stored.transitions.last().at, m_declared.addSecs(300));
    QVERIFY(step(IncidentStatus::Investigating)->text().startsWith(QStringLiteral("●")));

    m_clock->advanceSeconds(300);
    QTest::mouseClick(step(IncidentStatus::Identified), Qt::LeftButton);
    stored = *m_fixture->store->incident(m_incident);
    QCOMPARE(stored.status, IncidentStatus::Identified);
    QCOMPARE(stored.transitions.size(), 3);
    QCOMPARE(step(IncidentStatus::Identified)->text(),
             QStringLiteral("● Identified %1").arg(hhmm(m_declared.addSecs(600))));
    QVERIFY(step(IncidentStatus::Investigating)->text().startsWith(QStringLiteral("✓")));
}

void tst_IncidentHeader::illegalStatusMoveIsReportedAndChangesNothing()
{
    QVERIFY(m_fixture->store->setStatus(m_incident, IncidentStatus::Identified));
    const int ops = m_fixture->store->pendingOpCount();
    QSignalSpy messages(m_header.get(), &IncidentHeader::message);
    QTest::mouseClick(step(IncidentStatus::Investigating), Qt::LeftButton);
    QCOMPARE(messages.count(), 1);
    QVERIFY2(messages.first().first().toString().contains(QStringLiteral("only moves forward")),
             qPrintable(messages.first().first().toString()));
    const Incident stored = *m_fixture->store->incident(m_incident);
    QCOMPARE(stored.status, IncidentStatus::Identified);
    QCOMPARE(stored.transitions.size(), 2);
    QCOMPARE(m_fixture->store->pendingOpCount(), ops);

    // The current step again is refused too, and a closed incident stays closed.
    step(IncidentStatus::Identified)->setFocus();
    QTest::keyClick(step(IncidentStatus::Identified), Qt::Key_Space);
    QCOMPARE(messages.count(), 2);
    QVERIFY(m_fixture->store->setStatus(m_incident, IncidentStatus::Closed));
    QTest::mouseClick(step(IncidentStatus::Resolved), Qt::LeftButton);
    QCOMPARE(messages.count(), 3);
    QCOMPARE(m_fixture->store->incident(m_incident)->status, IncidentStatus::Closed);
    // Closed: no time-box to keep.
    QVERIFY(!m_header->checkpointButton()->isEnabled());
    QVERIFY(m_header->checkpointButton()->text().contains(QStringLiteral("No checkpoints")));
}

void tst_IncidentHeader::clocksCountFromTheStoresClock()
{
    // Laid out on the next pass of the event loop (the clock's text was empty before).
    QTRY_VERIFY2(m_header->sinceDeclaredLabel()->text().contains(QStringLiteral("00:00 since declared")),
                 qPrintable(m_header->sinceDeclaredLabel()->text()));
    QVERIFY(m_header->checkpointButton()->text().contains(QStringLiteral("in 15:00")));
    m_clock->advanceSeconds(40 * 60);
    QVERIFY(m_fixture->store->setStatus(m_incident, IncidentStatus::Investigating));
    m_clock->advanceSeconds(2 * 60 + 17);
    // The timer catches up within a second, without any store signal.
    QTRY_VERIFY2(m_header->sinceDeclaredLabel()->text().contains(QStringLiteral("42:17 since declared")),
                 qPrintable(m_header->sinceDeclaredLabel()->text()));
    QVERIFY2(m_header->sinceUpdateLabel()->text().contains(QStringLiteral("02:17 since status change")),
             qPrintable(m_header->sinceUpdateLabel()->text()));
    // The status change started a new time-box.
    QVERIFY2(m_header->checkpointButton()->text().contains(QStringLiteral("Next checkpoint in 12:43")),
             qPrintable(m_header->checkpointButton()->text()));
    m_clock->advanceSeconds(3600);
    QTRY_VERIFY2(m_header->sinceDeclaredLabel()->text().contains(QStringLiteral("1:42:17 since declared")),
                 qPrintable(m_header->sinceDeclaredLabel()->text()));
}

void tst_IncidentHeader::timeBoxExpiresAndAsksOnce()
{
    QSignalSpy due(m_header.get(), &IncidentHeader::checkpointDue);
    QCOMPARE(m_header->timeBox().deadline(), m_declared.addSecs(15 * 60));
    m_clock->advanceSeconds(15 * 60 - 1);
    QTRY_VERIFY(m_header->checkpointButton()->text().contains(QStringLiteral("in 00:01")));
    QVERIFY(m_header->checkpointBar()->isHidden());
    QCOMPARE(due.count(), 0);

    m_clock->advanceSeconds(1);
    QTRY_VERIFY(m_header->checkpointBar()->isVisible());
    QCOMPARE(due.count(), 1);
    QCOMPARE(due.first().first().toUuid(), m_incident);
    QVERIFY2(m_header->checkpointButton()->text().contains(QStringLiteral("Checkpoint due")),
             qPrintable(m_header->checkpointButton()->text()));
    // Shown without taking the keyboard from anyone.
    QVERIFY(!m_header->checkpointBar()->isAncestorOf(QApplication::focusWidget()));

    // Dismissed, it stays overdue and is not asked again on the next ticks.
    m_header->checkpointBar()->noteEdit()->setFocus();
    QTest::keyClick(m_header->checkpointBar()->noteEdit(), Qt::Key_Escape);
    QVERIFY(m_header->checkpointBar()->isHidden());
    QCOMPARE(QApplication::focusWidget(), m_header->checkpointButton());
    m_clock->advanceSeconds(75);
    QTRY_VERIFY2(m_header->checkpointButton()->text().contains(QStringLiteral("overdue by 01:15")),
                 qPrintable(m_header->checkpointButton()->text()));
    QTest::qWait(1100);
    QVERIFY(m_header->checkpointBar()->isHidden());
    QCOMPARE(due.count(), 1);

    // Space on the checkpoint clock asks again, with the keyboard in the question.
    QTest::keyClick(m_header->checkpointButton(), Qt::Key_Space);
    QVERIFY(m_header->checkpointBar()->isVisible());
    QCOMPARE(QApplication::focusWidget(), m_header->checkpointBar()->noteEdit());
    QVERIFY(checkpoints().isEmpty());
}

void tst_IncidentHeader::escalateByKeyboardRecordsOneCheckpoint()
{
    m_clock->advanceSeconds(16 * 60);
    QTRY_VERIFY(m_header->checkpointBar()->isVisible());
    const int entries = m_fixture->store->entryCount(m_incident);

    m_header->checkpointButton()->setFocus();
    QTest::keyClick(m_header->checkpointButton(), Qt::Key_Space);
    QLineEdit *note = m_header->checkpointBar()->noteEdit();
    QCOMPARE(QApplication::focusWidget(), note);
    QTest::keyClicks(note, QStringLiteral("page the DBA on call"));
    // Enter in the note decides nothing.
    QTest::keyClick(note, Qt::Key_Return);
    QCOMPARE(m_fixture->store->entryCount(m_incident), entries);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), m_header->checkpointBar()->button(CheckpointBar::Decision::Escalate));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    QCOMPARE(m_fixture->store->entryCount(m_incident), entries + 1);
    const QList<TimelineEntry> found = checkpoints();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().body, QStringLiteral("Checkpoint: escalate — page the DBA on call"));
    QCOMPARE(found.first().occurredAt, m_clock->now());
    QVERIFY(m_header->checkpointBar()->isHidden());
    QVERIFY(note->text().isEmpty());
    QCOMPARE(m_header->timeBox().deadline(), m_clock->now().addSecs(15 * 60));
    QVERIFY2(m_header->checkpointButton()->text().contains(QStringLiteral("Next checkpoint in 15:00")),
             qPrintable(m_header->checkpointButton()->text()));
}

void tst_IncidentHeader::checkpointOfSomeoneElseStartsTheNextTimeBox()
{
    m_header->setCheckpointInterval(std::chrono::minutes(10));
    m_clock->advanceSeconds(11 * 60);
    QTRY_VERIFY(m_header->checkpointBar()->isVisible());

    // Other entries do not answer the question.
    TimelineEntry note;
    note.incidentId = m_incident;
    note.body = QStringLiteral("EU 5xx at 38%");
    QVERIFY(m_fixture->store->addEntry(note));
    QVERIFY(m_header->checkpointBar()->isVisible());
    QCOMPARE(m_header->timeBox().deadline(), m_declared.addSecs(10 * 60));

    // A checkpoint recorded elsewhere (another console, sitrepctl) does.
    TimelineEntry checkpoint;
    checkpoint.incidentId = m_incident;
    checkpoint.kind = EntryKind::Checkpoint;
    checkpoint.body = QStringLiteral("Checkpoint: pivot — look at the LB");
    QVERIFY(m_fixture->store->addEntry(checkpoint));
    QVERIFY(m_header->checkpointBar()->isHidden());
    QCOMPARE(m_header->timeBox().deadline(), m_clock->now().addSecs(10 * 60));
    QVERIFY2(m_header->checkpointButton()->text().contains(QStringLiteral("Next checkpoint in 10:00")),
             qPrintable(m_header->checkpointButton()->text()));

    // And a batch (the sync's way) is picked up on the next tick.
    m_clock->advanceSeconds(60);
    checkpoint.id = {};
    checkpoint.occurredAt = {};
    QVERIFY(m_fixture->store->addEntries({checkpoint, note}));
    QTRY_COMPARE(m_header->timeBox().deadline(), m_clock->now().addSecs(10 * 60));
}

void tst_IncidentHeader::controlsHaveAccessibleNames()
{
    m_header->checkpointBar()->show();
    const QList<QWidget *> widgets = m_header->findChildren<QWidget *>();
    int controls = 0;
    for (QWidget *widget : widgets) {
        if (!qobject_cast<QAbstractButton *>(widget) && !qobject_cast<QComboBox *>(widget)
            && !qobject_cast<QLineEdit *>(widget))
            continue;
        if (widget->parentWidget() && qobject_cast<QComboBox *>(widget->parentWidget()->parentWidget()))
            continue; // the combo box's own popup parts
        ++controls;
        QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
        QVERIFY2(!widget->toolTip().isEmpty() || qobject_cast<QComboBox *>(widget) == nullptr,
                 widget->metaObject()->className());
    }
    QCOMPARE(controls, 1 + 6 + 1 + 5); // severity, steps, checkpoint clock, note + 4 buttons
}

QTEST_MAIN(tst_IncidentHeader)
#include "tst_IncidentHeader.moc"
