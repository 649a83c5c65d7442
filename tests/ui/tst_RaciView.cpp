// The RACI matrix view, driven by keys and clicks: letters, Space, Delete, the one-A rule,
// flagged rows, add/remove, reset to the severity's default; saved through the store.

#include "RaciModel.h"
#include "RaciView.h"
#include "UiTestStore.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QTableView>

using namespace Sitrep;

class tst_RaciView : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_fixture = std::make_unique<UiTest::Fixture>();
        QVERIFY(m_fixture->open());
        m_incident = m_fixture->declare(QStringLiteral("Search lag"), 10, QStringLiteral("SEV2"));
        m_view = std::make_unique<RaciView>(m_fixture->store.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_view->model(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_view->resize(720, 420);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
        m_view->setIncident(m_incident);
    }
    void cleanup()
    {
        m_tester.reset();
        m_view.reset();
        m_fixture.reset();
    }

    void resetsToTheSeveritysDefault()
    {
        auto *reset = m_view->findChild<QPushButton *>(QStringLiteral("resetRaci"));
        QCOMPARE(reset->text(), QStringLiteral("Reset to the default for SEV2"));
        QCOMPARE(m_view->model()->rowCount(), 0);
        QTest::mouseClick(reset, Qt::LeftButton);
        QCOMPARE(m_fixture->store->incident(m_incident)->raci, RaciMatrix::defaultFor(QStringLiteral("SEV2")));
        QCOMPARE(m_view->model()->rowCount(), 8);
        QCOMPARE(m_view->model()->columnCount(), 5);
        // Short role names over the columns (five share a dock's width), the full one on hover.
        QCOMPARE(m_view->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("IC"));
        QCOMPARE(m_view->model()->headerData(0, Qt::Horizontal, Qt::ToolTipRole).toString(), QStringLiteral("Incident commander"));
        m_view->resize(380, 420); // the dock's width beside the timeline
        QCoreApplication::processEvents();
        const QHeaderView *header = m_view->findChild<QTableView *>()->horizontalHeader();
        const int margins = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        for (int column = 0; column < 5; ++column) {
            const QString title = m_view->model()->headerData(column, Qt::Horizontal).toString();
            const int needed = header->fontMetrics().horizontalAdvance(title) + margins;
            QVERIFY2(header->sectionSize(column) >= needed,
                     qPrintable(QStringLiteral("%1: %2 px for %3").arg(title).arg(header->sectionSize(column)).arg(needed)));
        }
        QCOMPARE(m_view->model()->index(0, 0).data().toString(), QStringLiteral("A"));
    }

    void lettersSpaceAndDeleteEditCells()
    {
        QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("resetRaci")), Qt::LeftButton);
        QTableView *table = m_view->view();
        RaciModel *model = m_view->model();
        // "Diagnose" (row 2): the technical lead (column 2) is A. The scribe (column 1) is empty.
        table->setFocus();
        table->setCurrentIndex(model->index(2, 1));
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        QTest::keyClick(table, Qt::Key_C);
        QCOMPARE(model->index(2, 1).data().toString(), QStringLiteral("C"));
        QCOMPARE(changed.size(), 1); // one cell, one signal
        QCOMPARE(stored().activities.at(2).cell(Roles::Scribe), Raci::Consulted);
        QTest::keyClick(table, Qt::Key_Space); // C → I
        QCOMPARE(model->index(2, 1).data().toString(), QStringLiteral("I"));
        QTest::keyClick(table, Qt::Key_Space); // I → empty
        QCOMPARE(model->index(2, 1).data().toString(), QString());
        QTest::keyClick(table, Qt::Key_R);
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(stored().activities.at(2).cell(Roles::Scribe), Raci::None);
        // A click steps through too.
        const QRect cell = table->visualRect(model->index(2, 1));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(model->index(2, 1).data().toString(), QStringLiteral("R"));
    }

    void refusesASecondAccountableAndFlagsARowWithout()
    {
        QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("resetRaci")), Qt::LeftButton);
        QTableView *table = m_view->view();
        RaciModel *model = m_view->model();
        QSignalSpy messages(m_view.get(), &RaciView::message);
        table->setFocus();
        table->setCurrentIndex(model->index(2, 1));
        QTest::keyClick(table, Qt::Key_A); // the technical lead already is
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().first().toString().contains(QStringLiteral("only one role may be A")),
                 qPrintable(messages.first().first().toString()));
        QCOMPARE(model->index(2, 1).data().toString(), QString());

        // Taking the A away leaves the row without one: flagged, and kept here unsaved.
        table->setCurrentIndex(model->index(2, 2));
        QTest::keyClick(table, Qt::Key_R);
        QVERIFY(model->headerData(2, Qt::Vertical, Qt::UserRole).toBool());
        QVERIFY(!model->headerData(2, Qt::Vertical, Qt::DecorationRole).isNull());
        QVERIFY(model->isDirty());
        auto *status = m_view->findChild<QLabel *>(QStringLiteral("raciStatus"));
        QVERIFY2(status->text().contains(QStringLiteral("Not saved")), qPrintable(status->text()));
        QCOMPARE(stored().activities.at(2).cell(Roles::TechnicalLead), Raci::Accountable);
        // Giving the row its A again saves the whole matrix.
        table->setCurrentIndex(model->index(2, 0));
        QTest::keyClick(table, Qt::Key_A);
        QVERIFY(!model->headerData(2, Qt::Vertical, Qt::UserRole).toBool());
        QVERIFY(!model->isDirty());
        QCOMPARE(stored().activities.at(2).cell(Roles::IncidentCommander), Raci::Accountable);
        QCOMPARE(stored().activities.at(2).cell(Roles::TechnicalLead), Raci::Responsible);
        QVERIFY(status->text().startsWith(QStringLiteral("Saved")));
    }

    void addsAndRemovesActivities()
    {
        QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("resetRaci")), Qt::LeftButton);
        RaciModel *model = m_view->model();
        QTableView *table = m_view->view();
        auto *name = m_view->findChild<QLineEdit *>(QStringLiteral("newActivity"));
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("Notify the regulator"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model->rowCount(), 9);
        QVERIFY(name->text().isEmpty());
        // Focus is on the new row, which has no A yet: not saved until it does.
        QCOMPARE(QApplication::focusWidget(), table);
        QCOMPARE(table->currentIndex().row(), 8);
        QVERIFY(model->headerData(8, Qt::Vertical, Qt::UserRole).toBool());
        QCOMPARE(stored().activities.size(), 8);
        table->setCurrentIndex(model->index(8, 3)); // comms lead
        QTest::keyClick(table, Qt::Key_A);
        QCOMPARE(stored().activities.size(), 9);
        QCOMPARE(stored().activities.last().name, QStringLiteral("Notify the regulator"));

        QSignalSpy messages(m_view.get(), &RaciView::message);
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("mitigate"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(messages.size(), 1); // already there
        QCOMPARE(name->text(), QStringLiteral("mitigate"));

        table->setFocus();
        table->setCurrentIndex(model->index(0, 0));
        QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
        QTest::keyClick(table, Qt::Key_Delete, Qt::ControlModifier);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(stored().activities.size(), 8);
        QCOMPARE(stored().activities.first().name, QStringLiteral("Coordinate the response"));
    }

    void showsAnotherConsolesMatrix()
    {
        Incident changed = *m_fixture->store->incident(m_incident);
        changed.raci = RaciMatrix::defaultFor(QStringLiteral("SEV4"));
        QVERIFY(m_fixture->store->updateIncident(changed));
        QCOMPARE(m_view->model()->rowCount(), 8);
        QCOMPARE(m_view->model()->matrix(), changed.raci);
        QVERIFY(!m_view->findChild<QLabel *>(QStringLiteral("raciStatus"))->text().isEmpty());
    }

private:
    RaciMatrix stored() const { return m_fixture->store->incident(m_incident)->raci; }

    std::unique_ptr<UiTest::Fixture> m_fixture;
    std::unique_ptr<RaciView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QUuid m_incident;
};

QTEST_MAIN(tst_RaciView)
#include "tst_RaciView.moc"
