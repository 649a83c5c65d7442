#include "ConflictsDialog.h"
#include "ConsolePermissions.h"
#include "DeclareIncidentDialog.h"
#include "model/RaciMatrix.h"
#include "IncidentListModel.h"
#include "IncidentListPane.h"
#include "IncidentPanels.h"
#include "MainWindow.h"
#include "SearchDialog.h"
#include "SearchResultsModel.h"
#include "RaciView.h"
#include "ShortcutSheet.h"
#include "Theme.h"
#include "TimelineModel.h"
#include "TimelinePane.h"
#include "TracksPane.h"
#include "UiTestStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QListView>
#include <QSettings>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QStatusBar>
#include <QTableView>
#include <QHeaderView>
#include <QTableWidget>

using namespace Sitrep;

// The console driven as a person drives it: keys only, no slot calls.
class tst_MainWindow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void declareAndWriteByKeyboard();
    void declareRefusalKeepsTheDialog();
    void shortcutsMoveFocus();
    void filterHasAClearButtonOnceTyped();
    void theIncidentListReadsMoreAtItsEnd();
    void keyboardSelectsIncident();
    void followsTheTopWhileFilling();
    void conflictsAndRefusalsAreShown();
    void remembersLayout();
    void everyControlHasAnAccessibleName();
    void searchOpensTheHit();
    void shortcutSheetListsTheWindowsKeys();
    void themeChoiceIsAppliedAndRemembered();
    void aViewerCannotDeclareOrWrite();

private:
    void showWindow();
    DeclareIncidentDialog *openDeclareDialog();
    QString pendingText() const;

    std::unique_ptr<UiTest::Fixture> m_fixture;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MainWindow::init()
{
    m_fixture = std::make_unique<UiTest::Fixture>();
    QVERIFY(m_fixture->open());
    m_settings =
        std::make_unique<QSettings>(m_fixture->dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    showWindow();
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_fixture.reset();
}

void tst_MainWindow::showWindow()
{
    m_window = std::make_unique<MainWindow>(m_fixture->store.get(), m_settings.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

DeclareIncidentDialog *tst_MainWindow::openDeclareDialog()
{
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    DeclareIncidentDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        dialog = m_window->findChild<DeclareIncidentDialog *>();
        return dialog && dialog->isVisible();
    });
    if (!shown)
        return nullptr;
    QApplication::setActiveWindow(dialog);
    return QTest::qWaitForWindowActive(dialog) ? dialog : nullptr;
}

QString tst_MainWindow::pendingText() const
{
    for (QLabel *label : m_window->statusBar()->findChildren<QLabel *>()) {
        if (label->accessibleName() == QStringLiteral("Pending changes"))
            return label->text();
    }
    return {};
}

void tst_MainWindow::declareAndWriteByKeyboard()
{
    QCOMPARE(pendingText(), QStringLiteral("All saved locally"));
    DeclareIncidentDialog *dialog = openDeclareDialog();
    QVERIFY(dialog);
    QCOMPARE(QApplication::focusWidget(), dialog->titleEdit());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Checkout errors in EU"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->severityBox());
    // From the default (least severe, SEV4) two steps up.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
    QCOMPARE(dialog->severityBox()->currentData().toString(), QStringLiteral("SEV2"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    const QList<IncidentSummary> incidents = m_fixture->store->incidents();
    QCOMPARE(incidents.size(), 1);
    QCOMPARE(incidents.first().title, QStringLiteral("Checkout errors in EU"));
    QCOMPARE(incidents.first().severity, QStringLiteral("SEV2"));
    const QUuid id = incidents.first().id;
    // It starts with its severity's default RACI matrix.
    QCOMPARE(m_fixture->store->incident(id)->raci, RaciMatrix::defaultFor(QStringLiteral("SEV2")));

    // The new incident is selected and the entry box has the focus.
    QTRY_VERIFY(!m_window->findChild<DeclareIncidentDialog *>());
    QCOMPARE(m_window->incidentList()->currentIncident(), id);
    QCOMPARE(m_window->timeline()->incident(), id);
    QCOMPARE(m_window->focusWidget(), m_window->timeline()->entryEdit());
    // The offscreen platform has no window manager to give the window back its activation.
    QApplication::setActiveWindow(m_window.get());
    QCOMPARE(QApplication::focusWidget(), m_window->timeline()->entryEdit());
    QCOMPARE(pendingText(), QStringLiteral("1 pending"));

    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("/d Roll back 14:02 deploy"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(m_fixture->store->entryCount(id), 1);
    TimelineModel *timeline = m_window->timeline()->model();
    QCOMPARE(timeline->rowCount(), 1);
    QCOMPARE(timeline->index(0, 0).data(TimelineModel::BodyRole).toString(), QStringLiteral("Roll back 14:02 deploy"));
    QCOMPARE(timeline->index(0, 0).data(TimelineModel::KindRole).toInt(), int(EntryKind::Decision));
    QCOMPARE(timeline->index(0, 0).data(TimelineModel::PendingRole).toBool(), true);
    QCOMPARE(m_window->timeline()->entryEdit()->text(), QString());
    QCOMPARE(pendingText(), QStringLiteral("2 pending"));

    // A refused entry is explained in the status bar and kept in the box.
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("/d"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(!m_window->statusBar()->currentMessage().isEmpty());
    QCOMPARE(m_window->timeline()->entryEdit()->text(), QStringLiteral("/d"));
    QCOMPARE(m_fixture->store->entryCount(id), 1);
}

void tst_MainWindow::declareRefusalKeepsTheDialog()
{
    DeclareIncidentDialog *dialog = openDeclareDialog();
    QVERIFY(dialog);
    // No title: the store refuses, the dialog stays with the reason shown.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(m_fixture->store->incidents().isEmpty());
    bool reasonShown = false;
    for (QLabel *label : dialog->findChildren<QLabel *>())
        reasonShown = reasonShown || (label->isVisible() && label->text().contains(QStringLiteral("title")));
    QVERIFY(reasonShown);
    QCOMPARE(QApplication::focusWidget(), dialog->titleEdit());

    // Escape closes it without declaring anything.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<DeclareIncidentDialog *>());
    QVERIFY(m_fixture->store->incidents().isEmpty());
}

// Scrolled to its end, the list reads the next page; an incident opened from elsewhere
// (a search hit) is found however far down it is.
void tst_MainWindow::theIncidentListReadsMoreAtItsEnd()
{
    const int total = IncidentListModel::PageRows + 20;
    QUuid oldest;
    for (int i = 0; i < total; ++i)
        oldest = m_fixture->declare(QStringLiteral("Incident %1").arg(i), total - i);
    IncidentListPane other(m_fixture->store.get());
    other.resize(400, 600);
    other.show();
    QVERIFY(QTest::qWaitForWindowExposed(&other));
    QAbstractItemModel *rows = other.view()->model();
    QCOMPARE(rows->rowCount(), IncidentListModel::PageRows);
    other.view()->scrollToBottom();
    QTRY_COMPARE(rows->rowCount(), total);

    IncidentListPane fresh(m_fixture->store.get());
    QCOMPARE(fresh.view()->model()->rowCount(), IncidentListModel::PageRows);
    fresh.selectIncident(oldest);
    QCOMPARE(fresh.currentIncident(), oldest);
}

void tst_MainWindow::filterHasAClearButtonOnceTyped()
{
    m_fixture->declare(QStringLiteral("Search lag"));
    m_fixture->declare(QStringLiteral("Checkout errors"));
    QLineEdit *filter = m_window->incidentList()->filterEdit();
    QAbstractItemModel *incidents = m_window->incidentList()->view()->model();
    QCOMPARE(incidents->rowCount(), 2);
    // Switched on with the first text (its icon is not decoded at start).
    QVERIFY(!filter->isClearButtonEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(filter, QStringLiteral("checkout"));
    QVERIFY(filter->isClearButtonEnabled());
    QTRY_COMPARE(incidents->rowCount(), 1);
    // The line edit's one tool button is its clear button.
    const QList<QToolButton *> buttons = filter->findChildren<QToolButton *>();
    QCOMPARE(buttons.size(), 1);
    QToolButton *button = buttons.first();
    QTRY_VERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(filter->text().isEmpty());
    QTRY_COMPARE(incidents->rowCount(), 2);
}

void tst_MainWindow::shortcutsMoveFocus()
{
    m_fixture->declare(QStringLiteral("Search lag"));
    m_window->incidentList()->selectIncident(m_fixture->store->incidents().first().id);
    QLineEdit *filter = m_window->incidentList()->filterEdit();
    QLineEdit *entry = m_window->timeline()->entryEdit();

    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), filter);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), entry);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), filter);
    // From the incident list, Ctrl+E reaches the entry box.
    m_window->incidentList()->view()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), entry);

    // The tabs behind the roles and the bridge are made when first shown (cold start), by
    // their Go keys too, on the incident in view.
    IncidentPanels *panels = m_window->panels();
    QVERIFY(!panels->tracksDock()->widget());
    QVERIFY(!panels->raciDock()->widget());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(panels->tracksDock()->widget());
    QCOMPARE(QApplication::focusWidget(), panels->tracks()->tracksView());
    const QUuid inView = m_window->incidentList()->currentIncident();
    QCOMPARE(panels->tracks()->incident(), inView);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), panels->raci()->view());
    QCOMPARE(panels->raci()->incident(), inView);
}

void tst_MainWindow::keyboardSelectsIncident()
{
    const QUuid older = m_fixture->declare(QStringLiteral("Cert expiry"), 60);
    const QUuid newer = m_fixture->declare(QStringLiteral("Search lag"), 5);
    QCOMPARE(m_window->incidentList()->model()->rowCount(), 2);

    // Ctrl+F, type part of a title, Enter: the list takes the focus on the first match.
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("cert"));
    QCOMPARE(m_window->incidentList()->model()->rowCount(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), m_window->incidentList()->view());
    QCOMPARE(m_window->timeline()->incident(), older);

    // Clearing the filter keeps the current incident; arrows move through the list.
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
    QCOMPARE(m_window->incidentList()->model()->rowCount(), 2);
    QCOMPARE(m_window->timeline()->incident(), older);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
    QCOMPARE(m_window->timeline()->incident(), newer);
}

// A profile that starts empty fills from the server, oldest first: the top incident stays
// current until the person picks one.
void tst_MainWindow::followsTheTopWhileFilling()
{
    QVERIFY(m_window->incidentList()->currentIncident().isNull());
    const QUuid oldest = m_fixture->declare(QStringLiteral("Cert expiry"), 600);
    QTRY_COMPARE(m_window->incidentList()->currentIncident(), oldest);
    const QUuid newer = m_fixture->declare(QStringLiteral("Search lag"), 60);
    QTRY_COMPARE(m_window->incidentList()->currentIncident(), newer);
    QCOMPARE(m_window->timeline()->incident(), newer);

    // The person picks the older one (Down in the list): it stays, whatever arrives.
    m_window->incidentList()->view()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QCOMPARE(m_window->incidentList()->currentIncident(), oldest);
    m_fixture->declare(QStringLiteral("Checkout errors"), 1);
    QTest::qWait(50);
    QCOMPARE(m_window->incidentList()->currentIncident(), oldest);
}

// What sync could not settle quietly is one shortcut away, with the losing value shown.
void tst_MainWindow::conflictsAndRefusalsAreShown()
{
    Store &store = *m_fixture->store;
    const QUuid incident = m_fixture->declare(QStringLiteral("Checkout errors in EU"));
    QVERIFY(store.setSeverity(incident, QStringLiteral("SEV1")));
    QList<Op> ops;
    for (const OutboxItem &item : store.pendingOps(10))
        ops.append(item.op);
    QCOMPARE(ops.size(), 3); // declare, severity, its timeline note
    // The server kept our SEV1 over someone's SEV3, and refused the note.
    QVERIFY(store.acknowledge({OpResult{ops.at(0).opId, OpResult::Applied, 1, {}},
                               OpResult{ops.at(1).opId, OpResult::Conflict, 3, {}},
                               OpResult{ops.at(2).opId, OpResult::Rejected, 0, QStringLiteral("forbidden: a viewer")}}));
    Change severity;
    severity.seq = 3;
    severity.op = ops.at(1);
    severity.appliedAt = QDateTime::currentDateTimeUtc();
    severity.conflicts = {ChangeConflict{QStringLiteral("severity"), QStringLiteral("SEV3"), QStringLiteral("SEV1")}};
    QVERIFY(store.applyChanges({severity}).ok);

    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    ConflictsDialog *dialog = nullptr;
    QVERIFY(QTest::qWaitFor([&] {
        dialog = m_window->findChild<ConflictsDialog *>();
        return dialog && dialog->isVisible();
    }));
    const QList<QTreeWidget *> lists = dialog->findChildren<QTreeWidget *>();
    QCOMPARE(lists.size(), 2);
    QTreeWidget *conflicts = lists.at(0)->accessibleName() == QLatin1String("Conflicts") ? lists.at(0) : lists.at(1);
    QTreeWidget *refused = conflicts == lists.at(0) ? lists.at(1) : lists.at(0);
    QCOMPARE(conflicts->topLevelItemCount(), 1);
    QCOMPARE(conflicts->topLevelItem(0)->text(0), QStringLiteral("Checkout errors in EU"));
    QCOMPARE(conflicts->topLevelItem(0)->text(2), QStringLiteral("SEV1")); // kept
    QCOMPARE(conflicts->topLevelItem(0)->text(3), QStringLiteral("SEV3")); // lost, still shown
    QCOMPARE(refused->topLevelItemCount(), 1);
    QVERIFY(refused->topLevelItem(0)->text(2).contains(QStringLiteral("forbidden")));
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTRY_VERIFY(dialog->isAncestorOf(QApplication::focusWidget())); // keyboard users land in it
    QPointer<ConflictsDialog> open = dialog;
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!open || !open->isVisible());

    // And on the incident itself, beside its header: this incident's conflicts only.
    QTRY_COMPARE(m_window->timeline()->incident(), incident);
    QPushButton *button = m_window->timeline()->conflictsButton();
    QVERIFY(button->isVisible());
    QVERIFY(button->text().contains(QStringLiteral("Conflicts: 1")));
    QTest::mouseClick(button, Qt::LeftButton);
    ConflictsDialog *forIncident = nullptr;
    QVERIFY(QTest::qWaitFor([&] {
        forIncident = m_window->findChild<ConflictsDialog *>();
        return forIncident && forIncident->isVisible();
    }));
    QVERIFY(forIncident->windowTitle().contains(QStringLiteral("Checkout errors in EU")));
    for (QTreeWidget *list : forIncident->findChildren<QTreeWidget *>())
        QCOMPARE(list->topLevelItemCount(), 1);
    forIncident->close();
}

void tst_MainWindow::remembersLayout()
{
    auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    QVERIFY(splitter);
    splitter->setSizes({222, 700});
    const QList<int> sizes = splitter->sizes();
    m_window->close();
    QVERIFY(m_settings->contains(QStringLiteral("mainWindow/geometry")));
    QVERIFY(m_settings->contains(QStringLiteral("mainWindow/splitter")));

    m_window.reset();
    showWindow();
    QCOMPARE(m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
}

void tst_MainWindow::everyControlHasAnAccessibleName()
{
    m_fixture->declare(QStringLiteral("Search lag"));
    DeclareIncidentDialog *dialog = openDeclareDialog();
    QVERIFY(dialog);
    QList<QWidget *> controls;
    for (QWidget *root : {static_cast<QWidget *>(m_window.get()), static_cast<QWidget *>(dialog)}) {
        for (QWidget *widget : root->findChildren<QWidget *>()) {
            if (qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
                || qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QAbstractButton *>(widget)) {
                // A combo box's own line edit or popup view is named through the combo.
                if (qobject_cast<QComboBox *>(widget->parentWidget()) || widget->inherits("QComboBoxPrivateContainer"))
                    continue;
                if (widget->window() == m_window.get() || widget->window() == dialog)
                    controls.append(widget);
            }
        }
    }
    QVERIFY(controls.size() >= 8);
    for (QWidget *widget : std::as_const(controls)) {
        if (!widget->isVisibleTo(widget->window()))
            continue;
        QVERIFY2(!widget->accessibleName().isEmpty(),
                 qPrintable(QStringLiteral("%1 in %2").arg(QString::fromLatin1(widget->metaObject()->className()),
                                                          widget->parentWidget() ? widget->parentWidget()->accessibleName() : QString())));
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
}

void tst_MainWindow::searchOpensTheHit()
{
    const QUuid checkout = m_fixture->declare(QStringLiteral("Checkout errors in EU"), 30);
    const QUuid other = m_fixture->declare(QStringLiteral("Search lag"), 5);
    for (int i = 0; i < 400; ++i) {
        TimelineEntry entry;
        entry.incidentId = checkout;
        entry.body = i == 17 ? QStringLiteral("Decision: roll back the 14:02 deploy") : QStringLiteral("note %1").arg(i);
        entry.occurredAt = QDateTime::currentDateTimeUtc().addSecs(-3000 + i);
        QVERIFY(m_fixture->store->addEntry(entry));
    }
    m_window->incidentList()->selectIncident(other);

    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    SearchDialog *search = m_window->searchDialog();
    QVERIFY(search && search->isVisible());
    QVERIFY(QTest::qWaitForWindowActive(search));
    QTRY_COMPARE(QApplication::focusWidget(), search->queryEdit());
    // Typed and Enter at once, faster than the search: it opens the hit when it arrives.
    QTest::keyClicks(search->queryEdit(), QStringLiteral("roll back"));
    QTest::keyClick(search->queryEdit(), Qt::Key_Return);
    QTRY_VERIFY(!search->isVisible());
    QCOMPARE(m_window->incidentList()->currentIncident(), checkout);
    const QModelIndex current = m_window->timeline()->view()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.row(), 17);
    QVERIFY(m_window->timeline()->view()->visualRect(current).intersects(m_window->timeline()->view()->viewport()->rect()));

    // Again: Up/Down walk the hits from the text, Enter opens the incident hit.
    QApplication::setActiveWindow(m_window.get()); // what the window manager does as the dialog closes
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    QVERIFY(search->isVisible());
    QCOMPARE(search->queryEdit()->selectedText(), QStringLiteral("roll back")); // ready to type over
    QTest::keyClicks(search->queryEdit(), QStringLiteral("note"));
    QTRY_COMPARE(search->results()->rowCount(), 50);
    QTest::keyClick(search->queryEdit(), Qt::Key_Down);
    QTest::keyClick(search->queryEdit(), Qt::Key_Down);
    QTest::keyClick(search->queryEdit(), Qt::Key_Up);
    QCOMPARE(search->resultsView()->currentIndex().row(), 1);
    QCOMPARE(QApplication::focusWidget(), search->queryEdit());
    // The results shown are those of "note"; Enter right after typing on waits for "lag"'s.
    QTest::keyClick(search->queryEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(search->queryEdit(), QStringLiteral("lag"));
    QTest::keyClick(search->queryEdit(), Qt::Key_Return);
    QTRY_COMPARE(m_window->incidentList()->currentIncident(), other);
}

void tst_MainWindow::shortcutSheetListsTheWindowsKeys()
{
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    ShortcutSheet *sheet = nullptr;
    QTRY_VERIFY((sheet = m_window->findChild<ShortcutSheet *>()) && sheet->isVisible());
    QTableWidget *table = sheet->table();
    auto rowWith = [table](const QString &action) {
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 1)->text() == action)
                return row;
        return -1;
    };
    const int search = rowWith(QStringLiteral("Search incidents and timelines"));
    QVERIFY(search >= 0);
    QCOMPARE(table->item(search, 2)->text(), QKeySequence(Qt::CTRL | Qt::Key_K).toString(QKeySequence::NativeText));
    QVERIFY(rowWith(QStringLiteral("Declare incident")) >= 0);
    QVERIFY(rowWith(QStringLiteral("Decision")) >= 0); // the entry box's prefixes
    // Every column fits the sheet: the keys are never scrolled out of sight.
    QHeaderView *columns = table->horizontalHeader();
    QVERIFY2(columns->sectionViewportPosition(2) + columns->sectionSize(2) <= table->viewport()->width(),
             qPrintable(QStringLiteral("keys end at %1 of %2")
                            .arg(columns->sectionViewportPosition(2) + columns->sectionSize(2))
                            .arg(table->viewport()->width())));
    // Typing filters the sheet.
    QTest::keyClicks(sheet->filterEdit(), QStringLiteral("declare"));
    QVERIFY(!table->isRowHidden(rowWith(QStringLiteral("Declare incident"))));
    QVERIFY(table->isRowHidden(search));
    QTest::keyClick(sheet->filterEdit(), Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<ShortcutSheet *>());
}

void tst_MainWindow::themeChoiceIsAppliedAndRemembered()
{
    const QColor systemWindow = QApplication::palette().color(QPalette::Window);
    QAction *dark = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>())
        if (action->text() == QStringLiteral("&Dark"))
            dark = action;
    QVERIFY(dark);
    dark->trigger(); // what the menu does on a click or Enter
    QCOMPARE(QApplication::palette().color(QPalette::Window), Theme::darkPalette().color(QPalette::Window));
    QCOMPARE(m_settings->value(QStringLiteral("ui/theme")).toString(), QStringLiteral("dark"));

    // A new window of the same profile starts dark; choosing System restores the platform's.
    m_window.reset();
    Theme::apply(Theme::Choice::System);
    showWindow();
    QCOMPARE(QApplication::palette().color(QPalette::Window), Theme::darkPalette().color(QPalette::Window));
    for (QAction *action : m_window->findChildren<QAction *>())
        if (action->text() == QStringLiteral("&System"))
            action->trigger();
    QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
    QCOMPARE(m_settings->value(QStringLiteral("ui/theme")).toString(), QStringLiteral("system"));
}

// The window follows the account: a viewer's Ctrl+N opens nothing and the entry box says
// why it is off; back as a responder, both work again.
void tst_MainWindow::aViewerCannotDeclareOrWrite()
{
    QVERIFY(!m_fixture->declare(QStringLiteral("Checkout errors in EU")).isNull());
    QTRY_VERIFY(!m_window->incidentList()->currentIncident().isNull());
    QLineEdit *entry = m_window->timeline()->entryEdit();
    QVERIFY(entry->isEnabled());
    QTest::keyClicks(entry, QStringLiteral("EU 5xx at 38%"));
    QTest::keyClick(entry, Qt::Key_Return);

    m_window->permissions()->setAccount(true, AccountRole::Viewer);
    QVERIFY(!entry->isEnabled());
    QVERIFY(entry->placeholderText().contains(QStringLiteral("can view incidents but not change them")));
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QTest::qWait(50);
    QVERIFY(!m_window->findChild<DeclareIncidentDialog *>());
    // Pinning an entry is writing too.
    QTableView *timeline = m_window->timeline()->view();
    QVERIFY(timeline && timeline->model()->rowCount() > 0);
    timeline->setFocus();
    timeline->setCurrentIndex(timeline->model()->index(0, 0));
    QTest::keyClick(timeline, Qt::Key_P, Qt::ControlModifier);
    QVERIFY(!timeline->currentIndex().data(TimelineModel::PinnedRole).toBool());

    m_window->permissions()->setAccount(true, AccountRole::Responder);
    QVERIFY(entry->isEnabled());
    QVERIFY(openDeclareDialog());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
