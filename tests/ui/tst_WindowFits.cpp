// The console fits a laptop's screen in every language it speaks: at 1280×720 the
// incident list keeps room for its titles, the commander's header gives way (the clocks
// shorten, the checkpoint question folds) instead of pushing the list to a sliver or the
// window past the screen. German and French words are longer than English ones; a layout
// checked only in English broke in French (the list crushed to ~100 px).

#include "CheckpointBar.h"
#include "ElidedLabel.h"
#include "IncidentHeader.h"
#include "IncidentListPane.h"
#include "IncidentPanels.h"
#include "BridgePane.h"
#include "RoleBoard.h"
#include "MainWindow.h"
#include "StatusStepper.h"
#include "TimelinePane.h"
#include "UiTestStore.h"
#include "rules/Clock.h"

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QListView>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QSettings>
#include <QToolButton>
#include <QTranslator>

using namespace Sitrep;

class tst_WindowFits : public QObject
{
    Q_OBJECT
private slots:
    void everyLanguageFitsALaptop_data();
    void everyLanguageFitsALaptop();
    void theArrangementSavedIsKept();
};

void tst_WindowFits::everyLanguageFitsALaptop_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    for (const char *language : {"en", "de", "fr"}) {
        QTest::addRow("%s 1280x720", language) << QString::fromLatin1(language) << QSize(1280, 720);
        QTest::addRow("%s 1296x810", language) << QString::fromLatin1(language) << QSize(1296, 810);
    }
}

void tst_WindowFits::everyLanguageFitsALaptop()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    const QLocale locale(language);
    QLocale::setDefault(locale);
    QTranslator translator;
    if (language != QLatin1String("en")) {
        QVERIFY(translator.load(locale, QStringLiteral("sitrep"), QStringLiteral("_"), QStringLiteral(SITREP_QM_DIR)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
    }

    UiTest::Fixture fixture;
    QVERIFY(fixture.open());
    // More than a day into an incident, its checkpoint overdue: long clocks ("27:41:04"),
    // and the checkpoint question on screen.
    const QDateTime declared(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC);
    ManualClock clock(declared);
    fixture.store->setClock(&clock);
    fixture.declare(QStringLiteral("Checkout errors in EU"));
    Incident incident;
    incident.title = QStringLiteral("Payment provider timeouts for card payments in the EU region");
    incident.severity = QStringLiteral("SEV1");
    incident.declaredAt = declared;
    const CommandResult result = fixture.store->declareIncident(incident);
    QVERIFY2(result, qPrintable(result.error));
    QVERIFY(fixture.store->setStatus(result.id, IncidentStatus::Investigating));
    clock.advanceSeconds(27 * 3600 + 41 * 60 + 4);

    QSettings settings(fixture.dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    MainWindow window(fixture.store.get(), &settings);
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.incidentList()->selectIncident(result.id);
    IncidentHeader *header = window.header();
    QTRY_VERIFY(header->checkpointBar()->isVisible());

    // What the window's parts ask for, to read when a language or a font outgrows the screen.
    const auto why = [&]() -> QString {
        return QStringLiteral("window %1, its minimum %2; list %3 (min %4), header %5 (min %6), timeline min %7")
                   .arg(window.width())
                   .arg(window.minimumSizeHint().width())
                   .arg(window.incidentList()->width())
                   .arg(window.incidentList()->minimumSizeHint().width())
                   .arg(header->width())
                   .arg(header->minimumSizeHint().width())
                   .arg(window.timeline()->minimumSizeHint().width())
               + QStringLiteral("; stepper min %1, checkpoint bar min %2, docks %3 (min %4)")
                     .arg(header->stepper()->minimumSizeHint().width())
                     .arg(header->checkpointBar()->minimumSizeHint().width())
                     .arg(window.panels()->rolesDock()->width())
                     .arg(window.panels()->rolesDock()->minimumSizeHint().width())
               + QStringLiteral(", bridge dock min %1").arg(window.panels()->bridgeDock()->minimumSizeHint().width())
               + [&] { // the panes behind tabs, once made
                     QString made;
                     for (const QDockWidget *dock : {window.panels()->tracksDock(), window.panels()->raciDock()})
                         if (dock->widget())
                             made += QStringLiteral(", %1 min %2")
                                         .arg(dock->objectName())
                                         .arg(dock->widget()->minimumSizeHint().width());
                     return made;
                 }();
    };
    // Nothing pushes the window past the screen it was sized for (its minimum is what the
    // layout settles on; the size follows a pass of the event loop later).
    QVERIFY2(window.minimumSizeHint().width() <= size.width(), qPrintable(why()));
    QTRY_VERIFY2(window.width() <= size.width(), qPrintable(why()));
    // The list keeps room for the severity tag and a dozen characters of each title.
    QListView *list = window.incidentList()->view();
    const int readable = list->fontMetrics().horizontalAdvance(QStringLiteral("SEV1 Checkout errors"));
    QTRY_VERIFY2(list->viewport()->width() >= readable,
                 qPrintable(why() + QStringLiteral(", readable %1").arg(readable)));
    // Every checkpoint decision shows its whole word.
    for (const auto decision :
         {CheckpointBar::Decision::Continue, CheckpointBar::Decision::Pivot, CheckpointBar::Decision::Escalate}) {
        const QPushButton *button = header->checkpointBar()->button(decision);
        QTRY_VERIFY2(button->isVisible() && button->width() >= button->sizeHint().width(),
                     qPrintable(button->text() + QStringLiteral(": ") + why()));
    }
    // The clocks keep their numbers, whatever of their words has to go.
    const QList<QWidget *> clocks{header->sinceDeclaredLabel(), header->sinceUpdateLabel(), header->checkpointButton()};
    for (QWidget *clockWidget : clocks)
        QTRY_VERIFY2(clockWidget->isVisible() && clockWidget->width() > 0, qPrintable(why()));
    QTRY_VERIFY2(header->sinceDeclaredLabel()->text().startsWith(QStringLiteral("27:41:04")),
                 qPrintable(header->sinceDeclaredLabel()->text()));
    // On a short screen the docks share one column of tabs, so the role table shows every
    // role and the roster more than a few people; on a taller one they are stacked.
    IncidentPanels *panels = window.panels();
    const bool shared = window.tabifiedDockWidgets(panels->rolesDock()).contains(panels->bridgeDock());
    QCOMPARE(shared, size.height() < 900);
    // A dock behind another's tab is moved out of the window, not hidden.
    const auto onScreen = [&window](const QWidget *dock) {
        return dock->isVisible() && window.rect().intersects(dock->geometry());
    };
    QVERIFY(onScreen(panels->rolesDock()));
    QTableView *roles = panels->roleBoard()->rolesView();
    if (shared) {
        QTRY_VERIFY2(roles->verticalHeader()->length() <= roles->viewport()->height(),
                     qPrintable(QStringLiteral("%1 rows need %2 px, shown %3")
                                    .arg(roles->model()->rowCount())
                                    .arg(roles->verticalHeader()->length())
                                    .arg(roles->viewport()->height())));
        QTRY_VERIFY(!onScreen(panels->bridgeDock())); // behind the roles' tab, a key away
        QTest::keyClick(&window, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(onScreen(panels->bridgeDock()));
        QTRY_VERIFY(panels->bridge()->view()->viewport()->height()
                    >= 8 * panels->bridge()->view()->verticalHeader()->defaultSectionSize());
        QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(onScreen(panels->rolesDock()));
    } else {
        QVERIFY(onScreen(panels->bridgeDock()));
    }
    // The panes behind tabs wait to be looked at; made, they too fit the column.
    QVERIFY(!panels->tracksDock()->widget() && !panels->raciDock()->widget());
    panels->tracks();
    panels->raci();
    QTRY_VERIFY2(window.minimumSizeHint().width() <= size.width(), qPrintable(why()));
    QTRY_VERIFY2(window.width() <= size.width(), qPrintable(why()));

    // Asked to be narrower than anything fits (a window dragged small), the list still
    // keeps its titles: the window stops at its minimum and the centre is what gave way.
    const int before = window.width();
    window.resize(900, size.height());
    QTRY_VERIFY2(window.width() < before, qPrintable(why())); // at its minimum, laid out
    QTRY_VERIFY2(list->viewport()->width() >= readable,
                 qPrintable(why() + QStringLiteral(", readable %1").arg(readable)));
    QCoreApplication::removeTranslator(&translator);
}

// The short window's arrangement is only the first one: docks the person stacked stay
// stacked when the console opens on a laptop, and a window made short later is left alone.
void tst_WindowFits::theArrangementSavedIsKept()
{
    UiTest::Fixture fixture;
    QVERIFY(fixture.open());
    fixture.declare(QStringLiteral("Checkout errors in EU"));
    QSettings settings(fixture.dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    const auto shared = [](MainWindow &window) {
        return window.tabifiedDockWidgets(window.panels()->rolesDock()).contains(window.panels()->bridgeDock());
    };
    {
        MainWindow window(fixture.store.get(), &settings);
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!shared(window));
        window.resize(1280, 720);
        QTRY_COMPARE(window.height(), 720);
        QVERIFY(!shared(window));
        window.close(); // saves the layout
    }
    MainWindow reopened(fixture.store.get(), &settings);
    reopened.resize(1280, 720);
    reopened.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reopened));
    QVERIFY(!shared(reopened));
    QDockWidget *bridge = reopened.panels()->bridgeDock();
    QVERIFY(bridge->isVisible() && reopened.rect().intersects(bridge->geometry()));
}

QTEST_MAIN(tst_WindowFits)
#include "tst_WindowFits.moc"
