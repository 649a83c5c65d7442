// LANG=de_DE.UTF-8 shows the German console: the catalogue the application embeds is
// loaded for the locale the environment names (this test's ENVIRONMENT in CMake), the
// same way app/main.cpp loads it.

#include "IncidentPanels.h"
#include "MainWindow.h"
#include "SeverityBox.h"
#include "Translations.h"
#include "UiTestStore.h"
#include "model/RaciMatrix.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>

using namespace Sitrep;

class tst_GermanUi : public QObject
{
    Q_OBJECT
private slots:
    void theWindowSpeaksGerman()
    {
        QCOMPARE(QLocale().language(), QLocale::German); // from LANG, as on a German desktop
        QVERIFY(Translations::install(*QCoreApplication::instance(), QStringLiteral(SITREP_QM_DIR)));

        UiTest::Fixture fixture;
        QVERIFY(fixture.open());
        fixture.declare(QStringLiteral("Checkout errors in EU"));
        QSettings settings(fixture.dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        MainWindow window(fixture.store.get(), &settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus.append(action->text());
        QVERIFY2(menus.contains(QStringLiteral("&Störung")) && menus.contains(QStringLiteral("&Gehe zu")),
                 qPrintable(menus.join(QStringLiteral(", "))));
        // The commander's panes too, not only the menus.
        const QStringList english{QStringLiteral("Roles"), QStringLiteral("Bridge"), QStringLiteral("Tracks")};
        const QList<QDockWidget *> docks{window.panels()->rolesDock(), window.panels()->bridgeDock(),
                                         window.panels()->tracksDock()};
        for (QDockWidget *dock : docks)
            QVERIFY2(!english.contains(dock->windowTitle()), qPrintable(dock->windowTitle()));
        // The default severity levels are stored in English (data every console shares) and
        // shown in the console's language.
        const SeverityBox *severity = window.findChild<SeverityBox *>();
        QVERIFY(severity && severity->count() == 4);
        QCOMPARE(severity->itemText(0), QStringLiteral("SEV1 — Kritisch"));
        QVERIFY2(severity->itemData(0, Qt::ToolTipRole).toString().startsWith(QStringLiteral("Für Kunden sichtbarer Ausfall")),
                 qPrintable(severity->itemData(0, Qt::ToolTipRole).toString()));
        QCOMPARE(fixture.store->severityTaxonomy().levels().first().name, QStringLiteral("Critical"));
        // Qt's own words too (qt6-translations-l10n, scripts/install-deps.sh): the standard
        // buttons of the dialogs (Close on the shortcut sheet, OK and Cancel elsewhere).
        QDialogButtonBox buttons(QDialogButtonBox::Close | QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Close)->text(), QStringLiteral("Schließen"));
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
        // And the model's words a German console writes: a new incident's default RACI
        // activities, and why a matrix is refused.
        RaciMatrix matrix = RaciMatrix::defaultFor(QStringLiteral("SEV1"));
        QCOMPARE(matrix.activities.first().name, QStringLiteral("Ausrufen und Schweregrad festlegen"));
        matrix.activities.first().cells.clear();
        QVERIFY2(matrix.problem().startsWith(QStringLiteral("Niemand ist für „Ausrufen")), qPrintable(matrix.problem()));
    }
};

QTEST_MAIN(tst_GermanUi)
#include "tst_GermanUi.moc"
