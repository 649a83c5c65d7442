#include "CommandLine.h"
#include "store/Profile.h"

#include "ConsoleSession.h"
#include "HeapPreTouch.h"
#include "IncidentPanels.h"
#include "MainWindow.h"
#include "MetricsFilterBar.h"
#include "MetricsWindow.h"
#include "SearchDialog.h"
#include "ShortcutSheet.h"
#include "StartupWarmUp.h"
#include "Translations.h"
#include "SyncControls.h"
#include "store/Store.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QTabWidget>
#include <QDir>
#include <QDockWidget>
#include <QIcon>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <memory>

namespace {

// How long the event loop runs before --screenshot grabs the window: enough for the
// first layout, paint and queued model loads.
constexpr int ScreenshotDelayMs = 500;

// A fatal start-up problem: on stderr for logs and scripts, and in a dialog for the
// person who double-clicked the icon. Headless platforms have nobody to click "OK".
int fail(const QString &message)
{
    QTextStream(stderr) << QCoreApplication::applicationName() << QStringLiteral(": ") << message << Qt::endl;
    const QString platform = QGuiApplication::platformName();
    if (platform != QLatin1String("offscreen") && platform != QLatin1String("minimal")) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("Sitrep::Main", "Sitrep cannot start"), message);
    }
    return 1;
}

// --help and --version print and exit: they must work over ssh and in scripts, where
// there is no display for the window system plugin to connect to.
bool asksOnlyForInformation(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // Set aside first, before the QApplication starts filling the heap; written by the
    // warm-up below.
    Sitrep::HeapPreTouch heapForTheWindow;
    if (asksOnlyForInformation(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication::setApplicationName(QStringLiteral("sitrep"));
    QApplication::setApplicationDisplayName(QStringLiteral("Sitrep"));
    QApplication::setOrganizationName(QStringLiteral("Sitrep"));
    QApplication::setApplicationVersion(QStringLiteral(SITREP_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(SITREP_APP_ID));

    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(SITREP_APP_ID)));
    Sitrep::Translations::install(app);

    const Sitrep::CommandLineOptions options = Sitrep::CommandLine::parse(app);
    // Past the last exit() of --help and the like: the warm-up's thread is joined on return.
    const Sitrep::StartupWarmUp warmingUp(&heapForTheWindow);

    const Sitrep::Profile profile(options.profileDir);
    const Sitrep::ProfileResult created = profile.create();
    if (!created.ok) {
        return fail(created.error);
    }

    QSettings settings(profile.settingsPath(), QSettings::IniFormat);

    Sitrep::Store store;
    const Sitrep::OpenResult opened = store.open(profile.cachePath());
    if (!opened.ok) {
        return fail(opened.error);
    }

    Sitrep::ConsoleSession session(store, profile.settingsPath());
    if (!options.server.isEmpty() || !options.user.isEmpty() || !options.pin.isEmpty()) {
        QString error;
        const QString server = options.server.isEmpty() ? session.settings().server.toString() : options.server;
        const QString user = options.user.isEmpty() ? session.settings().user : options.user;
        if (!session.configure(server, user, options.pin, &error))
            return fail(error);
    }
    // For unattended starts (`make run`), as sitrepctl takes it; not passed on to children.
    const QString startupPassword = QString::fromUtf8(qgetenv("SITREP_PASSWORD"));
    qunsetenv("SITREP_PASSWORD");
    session.setStartupPassword(startupPassword);

    Sitrep::MainWindow window(&store, &settings, &session);
    window.show();
    if (!options.user.isEmpty() && startupPassword.isEmpty()) {
        // Started to sign in as someone without a password: if no saved token does it
        // either, ask. Only the outcome of the start counts, not a later sign-out.
        auto first = std::make_shared<QMetaObject::Connection>();
        *first = QObject::connect(&session, &Sitrep::ConsoleSession::statusChanged, &window,
                                  [&window, first](const Sitrep::SessionStatus &status) {
                                      if (status.sync.state == Sitrep::SyncState::Connecting)
                                          return;
                                      QObject::disconnect(*first);
                                      if (status.sync.state == Sitrep::SyncState::SignedOut)
                                          window.sync()->openSignIn();
                                  });
    }
    session.start();

    if (!options.screenshotFile.isEmpty()) {
        QWidget *pictured = &window;
        if (options.screenshotView == QLatin1String("search")) {
            window.showSearch();
            window.searchDialog()->queryEdit()->setText(QStringLiteral("rollback"));
            pictured = window.searchDialog();
        } else if (options.screenshotView == QLatin1String("shortcuts")) {
            window.showShortcuts();
            pictured = window.findChild<Sitrep::ShortcutSheet *>();
        } else if (options.screenshotView == QLatin1String("panels")) {
            // The tabs behind the role board and the bridge: the RACI matrix and the tracks.
            window.panels()->raciDock()->raise();
            window.panels()->tracksDock()->raise();
        } else if (options.screenshotView.startsWith(QLatin1String("metrics"))) {
            window.showMetrics();
            Sitrep::MetricsWindow *metrics = window.metricsWindow();
            metrics->filterBar()->periodBox()->setCurrentIndex(3); // the last 12 months
            // metrics, metrics-density, metrics-trend, metrics-teams: the tabs in order.
            const QStringList tabs{QStringLiteral("metrics"), QStringLiteral("metrics-density"),
                                   QStringLiteral("metrics-trend"), QStringLiteral("metrics-teams")};
            metrics->tabs()->setCurrentIndex(std::max<int>(0, int(tabs.indexOf(options.screenshotView))));
            pictured = metrics;
        }
        // The window with whatever dialogs opened by themselves (e.g. the sign-in of a
        // profile started with --user and no saved token) drawn where they are over it.
        const bool withDialogs = options.screenshotView == QLatin1String("dialogs");
        // SITREP_SCREENSHOT_DELAY_MS waits longer, e.g. for a first sync (scripts/screenshots.sh).
        bool delayGiven = false;
        const int delayMs = qEnvironmentVariableIntValue("SITREP_SCREENSHOT_DELAY_MS", &delayGiven);
        QTimer::singleShot(delayGiven ? delayMs : ScreenshotDelayMs, &window, [pictured, withDialogs, &window, &options] {
            QPixmap picture = pictured ? pictured->grab() : QPixmap();
            if (withDialogs && !picture.isNull()) {
                QPainter painter(&picture);
                for (QDialog *dialog : window.findChildren<QDialog *>()) {
                    if (dialog->isVisible())
                        painter.drawPixmap(dialog->geometry().topLeft() - window.geometry().topLeft(), dialog->grab());
                }
            }
            const bool saved = !picture.isNull() && picture.save(options.screenshotFile);
            if (!saved) {
                QTextStream(stderr) << QCoreApplication::translate("Sitrep::Main",
                                                                   "Could not save the screenshot to %1")
                                           .arg(QDir::toNativeSeparators(options.screenshotFile))
                                    << Qt::endl;
            }
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }

    return QApplication::exec();
}
